import {formatMessage} from '../message/format-message.js'
import type {Message} from '../schema/message.js'
import type {StreamClaimsOptions} from '../stream/stream-claims.js'
import {createProgress, type Progress} from './create-progress.js'
import type {Input} from './open-input.js'
import type {Output} from './open-output.js'
import type {CommandArguments} from './parse-command-arguments.js'

/**
 * Files from this size on are extracted on worker threads at once (smaller ones: from 2 MB read, if ever).
 *
 * @example
 * const workerThreshold = size >= largeInput ? 0 : undefined
 */
export const largeInput = 2 * 1024 * 1024

/** What a command works with: its input, output and where messages go. */
export interface Session {
  args: CommandArguments
  output: Output
  /** The input's bytes, counted for the progress bar. */
  chunks: AsyncIterable<Buffer>
  /** Options for the stream readers, with messages wired to stderr. */
  streamOptions: StreamClaimsOptions
  /** Whether a fatal message was seen (the exit code is then 1). */
  failed(): boolean
  /** Remove the progress bar. */
  finish(): void
}

/**
 * Wire an opened input and output into a session: messages go to stderr as
 * `file:line:column: reason [ruleId]` (warnings not with `--quiet`), a
 * progress bar shows for large files on a terminal.
 *
 * @example
 * const session = createSession(args, input, output)
 */
export function createSession(args: CommandArguments, input: Input, output: Output): Session {
  const progress: Progress = createProgress(input.size, process.stderr, {quiet: args.quiet})
  let fatal = false

  function onMessage(message: Message) {
    if (message.fatal) fatal = true
    if (args.quiet && !message.fatal) return
    progress.clear()
    process.stderr.write(formatMessage(message, input.name) + '\n')
  }

  async function* chunks() {
    for await (const chunk of input.chunks) {
      progress.advance(chunk.length)
      yield chunk
    }
  }

  return {
    args,
    output,
    chunks: chunks(),
    streamOptions: {
      format: args.inputFormat,
      year: args.year,
      categories: args.categories,
      jobs: args.jobs,
      // A file known to be large gets its workers at once, not after 2 MB.
      workerThreshold: input.size !== undefined && input.size >= largeInput ? 0 : undefined,
      onMessage
    },
    failed: () => fatal,
    finish: () => progress.done()
  }
}
