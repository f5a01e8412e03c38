/**
 * A mistake in the command line (an unknown option, a bad value): the CLI
 * prints it with a hint to `--help` and exits with code 2.
 *
 * @example
 * throw new UsageError('Expected a number for --jobs, not `many`', 'claims')
 */
export class UsageError extends Error {
  /** The command whose help to point to, if any. */
  readonly command: string | undefined

  constructor(message: string, command?: string) {
    super(message)
    this.name = 'UsageError'
    this.command = command
  }
}
