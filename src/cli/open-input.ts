import {open} from 'node:fs/promises'
import {createMessage} from '../message/create-message.js'
import type {Message} from '../schema/message.js'

/** An input opened for reading. */
export interface Input {
  /** How messages name it: the path, or `<stdin>`. */
  name: string
  /** Its bytes, as they come. */
  chunks: AsyncIterable<Buffer>
  /** Its size in bytes when known (files), for the progress bar. */
  size: number | undefined
}

/**
 * Open a file, or stdin for `-`, for streaming. Returns a fatal message
 * (place 1:1) instead when the path cannot be read: missing, a directory,
 * not permitted. The file is opened here, so that failures show before any
 * output is written.
 *
 * @example
 * const input = await openInput('seeds/daily-papers.txt')
 */
export async function openInput(path: string): Promise<Input | Message> {
  if (path === '-') return {name: '<stdin>', chunks: process.stdin, size: undefined}

  try {
    const handle = await open(path, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) {
      await handle.close()
      return createMessage('Cannot read input: it is a directory, not a file', {ruleId: 'unreadable-input', fatal: true})
    }

    return {name: path, chunks: handle.createReadStream({highWaterMark: 1 << 20}), size: stats.size}
  } catch (error) {
    return createMessage(`Cannot read input: ${describe(error)}`, {ruleId: 'unreadable-input', fatal: true})
  }
}

/** A short, stable reason for a file system error. */
function describe(error: unknown): string {
  const code = (error as {code?: unknown} | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory, not a file'
  return error instanceof Error ? error.message : String(error)
}
