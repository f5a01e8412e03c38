import {formatMessage} from '../message/format-message.js'
import {findBuiltEntry} from '../stream/find-built-entry.js'
import {acquireTagger} from '../stream/start-tagger.js'
import {isTaggerReady} from '../stream/tagger-channel.js'
import {createSession, largeInput, type Session} from './create-session.js'
import {delayOptimization, holdOptimization} from './delay-optimization.js'
import {help} from './help.js'
import {openInput} from './open-input.js'
import {OutputClosedError, openOutput, type Output} from './open-output.js'
import {parseCommandArguments, type CommandSpec} from './parse-command-arguments.js'
import {UsageError} from './usage-error.js'

interface Command {
  spec: CommandSpec
  /** Loaded only when run, so help and usage errors start fast. */
  load(): Promise<(session: Session) => Promise<void>>
}

const commands: Record<string, Command> = {
  papers: {
    spec: {name: 'papers', formats: ['jsonl', 'json', 'csv']},
    load: async () => (await import('./run-papers.js')).runPapers
  },
  claims: {
    spec: {name: 'claims', formats: ['csv', 'jsonl', 'json']},
    load: async () => (await import('./run-claims.js')).runClaims
  },
  leaderboard: {
    spec: {
      name: 'leaderboard',
      formats: ['md', 'csv', 'json'],
      strings: ['benchmark', 'metric', 'model', 'since', 'until', 'table']
    },
    load: async () => (await import('./run-leaderboard.js')).runLeaderboard
  },
  report: {
    spec: {name: 'report', formats: ['html'], strings: ['title', 'benchmark', 'metric', 'model']},
    load: async () => (await import('./run-report.js')).runReport
  }
}

/**
 * Run the CLI with `argv` (the arguments after `node cli.js`) and resolve to
 * the exit code: 0 done, 1 the input could not be read or a fatal message,
 * 2 usage. Never throws for a user's mistake; prints to stdout/stderr.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), '0.1.0')
 */
export async function main(argv: readonly string[], version: string): Promise<number> {
  const [name, ...rest] = argv

  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(help[''] + '\n')
    return 0
  }

  if (name === '-v' || name === '--version') {
    process.stdout.write(version + '\n')
    return 0
  }

  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) return usage(new UsageError(`Unknown command \`${name}\`; expected papers, claims, leaderboard or report`))

  try {
    const args = parseCommandArguments(command.spec, rest)
    if (args.help) {
      process.stdout.write(help[name] + '\n')
      return 0
    }

    const input = await openInput(args.file)
    if ('reason' in input) {
      process.stderr.write(formatMessage(input, args.file) + '\n')
      return 1
    }

    if (name !== 'papers') {
      delayOptimization()
      // A large file is extracted on worker threads, which ask one tagger
      // thread about noun phrases: start it now, while the command loads.
      const tagger = args.jobs > 1 && (input.size ?? 0) >= largeInput ? acquireTagger(findBuiltEntry('tagger-worker.cjs')) : undefined
      if (tagger) holdOptimization(() => !isTaggerReady(tagger))
    }

    let output: Output
    try {
      output = await openOutput(args.output)
    } catch (error) {
      process.stderr.write(`${args.output ?? '<stdout>'}: Cannot write output: ${reasonOf(error)}\n`)
      return 1
    }

    const run = await command.load()
    const session = createSession(args, input, output)
    try {
      await run(session)
    } finally {
      session.finish()
      await output.close()
    }

    return session.failed() ? 1 : 0
  } catch (error) {
    if (error instanceof UsageError) return usage(error)
    if (error instanceof OutputClosedError) return 0
    // A failure while reading (the disk, a pipe): one line, no stack trace.
    process.stderr.write(`benchmark-claims: ${reasonOf(error)}\n`)
    return 1
  }
}

function usage(error: UsageError): number {
  const hint = error.command ? `benchmark-claims ${error.command} --help` : 'benchmark-claims --help'
  process.stderr.write(`benchmark-claims: ${error.message}\nTry \`${hint}\` for usage.\n`)
  return 2
}

function reasonOf(error: unknown): string {
  const code = (error as {code?: unknown} | undefined)?.code
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'ENOENT') return 'no such directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  // One line, whatever the error: no stack traces or dumped objects on stderr.
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
