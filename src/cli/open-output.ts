import {createWriteStream} from 'node:fs'
import type {Writable} from 'node:stream'

/**
 * Thrown by `write` once the reader went away (`| head`): stop quietly, the work is not wanted.
 *
 * @example
 * if (error instanceof OutputClosedError) return 0
 */
export class OutputClosedError extends Error {
  constructor() {
    super('Output closed by its reader')
    this.name = 'OutputClosedError'
  }
}

/** Where a command writes its result. */
export interface Output {
  /** Write text, waiting when the destination is slower than us. */
  write(text: string): Promise<void>
  /** Finish writing (and close the file). */
  close(): Promise<void>
}

/**
 * Open `path` for writing, or stdout when there is none. A reader that goes
 * away (`| head`) ends the output quietly instead of crashing.
 *
 * @example
 * const output = await openOutput('claims.csv')
 * await output.write('paper,model\n')
 * await output.close()
 */
export async function openOutput(path: string | undefined): Promise<Output> {
  const stream: Writable = path === undefined || path === '-' ? process.stdout : createWriteStream(path)
  let failed: Error | undefined
  let gone = false

  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') gone = true
    else failed = error
  })

  if (stream !== process.stdout) {
    // Fail now (a directory, no permission), before reading any input.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve())
      stream.once('error', reject)
    })
  }

  return {
    async write(text) {
      if (failed) throw failed
      if (gone) throw new OutputClosedError()
      if (text === '') return
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done)
            stream.off('close', done)
            stream.off('error', done)
            resolve()
          }

          stream.on('drain', done)
          stream.on('close', done)
          stream.on('error', done)
        })
      }
    },
    async close() {
      if (stream === process.stdout) return
      await new Promise<void>((resolve) => stream.end(resolve))
      if (failed) throw failed
    }
  }
}
