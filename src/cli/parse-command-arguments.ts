import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {inputFormats} from '../schema/input-formats.js'
import type {InputFormat} from '../schema/paper.js'
import {UsageError} from './usage-error.js'

/** What a command accepts beyond the options all commands share. */
export interface CommandSpec {
  name: string
  formats: readonly string[]
  /** Extra string options (`--benchmark`), each possibly repeated. */
  strings?: readonly string[]
}

/** The command line of one command, checked. */
export interface CommandArguments {
  /** The input path, or `-` for stdin. */
  file: string
  format: string
  output: string | undefined
  quiet: boolean
  help: boolean
  inputFormat: InputFormat | undefined
  year: number | undefined
  categories: string[] | undefined
  jobs: number
  /** Values of the command's extra options, comma lists split. */
  extra: Record<string, string[]>
}

/**
 * The input used when no FILE is given and it exists in the working directory.
 *
 * @example
 * existsSync(DEFAULT_INPUT) // true in a clone of the repository
 */
export const DEFAULT_INPUT = 'seeds/daily-papers.txt'

const shared = {
  help: {type: 'boolean', short: 'h'},
  output: {type: 'string', short: 'o'},
  quiet: {type: 'boolean', short: 'q'},
  format: {type: 'string', short: 'f'},
  'input-format': {type: 'string'},
  year: {type: 'string'},
  categories: {type: 'string'},
  jobs: {type: 'string', short: 'j'}
} as const satisfies ParseArgsConfig['options']

/**
 * Parse and check the arguments after the command name. Throws a
 * `UsageError` that names the mistake.
 *
 * @example
 * parseCommandArguments({name: 'claims', formats: ['csv']}, ['seed.txt', '-j', '2']).jobs // 2
 */
export function parseCommandArguments(spec: CommandSpec, argv: readonly string[]): CommandArguments {
  const options: NonNullable<ParseArgsConfig['options']> = {...shared}
  for (const name of spec.strings ?? []) options[name] = {type: 'string', multiple: true}

  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), spec.name)
  }

  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const help = values.help === true
  const [file, ...rest] = parsed.positionals
  if (rest.length > 0) throw new UsageError(`Expected one FILE, not also \`${rest.join(' ')}\``, spec.name)
  // In a clone of the project the seed listing is the default input, so that
  // `benchmark-claims claims` runs the whole job; elsewhere a FILE is needed.
  const input = file ?? (existsSync(DEFAULT_INPUT) ? DEFAULT_INPUT : undefined)
  if (input === undefined && !help) {
    throw new UsageError(`Expected a FILE, or \`-\` to read stdin (there is no \`${DEFAULT_INPUT}\` here to default to)`, spec.name)
  }

  const format = (values.format as string | undefined) ?? (spec.formats[0] as string)
  if (!spec.formats.includes(format)) {
    throw new UsageError(`Expected --format ${spec.formats.join(', ')}, not \`${format}\``, spec.name)
  }

  const extra: Record<string, string[]> = {}
  for (const name of spec.strings ?? []) {
    const list = (values[name] as string[] | undefined) ?? []
    extra[name] = list.flatMap((value) => splitList(value))
  }

  return {
    file: input ?? '-',
    format,
    output: values.output as string | undefined,
    quiet: values.quiet === true,
    help,
    inputFormat: readInputFormat(values['input-format'] as string | undefined, spec.name),
    year: readInteger(values.year as string | undefined, 'year', 1900, 2999, spec.name),
    categories: values.categories === undefined ? undefined : splitList(values.categories as string),
    jobs: readInteger(values.jobs as string | undefined, 'jobs', 1, 256, spec.name) ?? Math.min(availableParallelism(), 4),
    extra
  }
}

function readInputFormat(value: string | undefined, command: string): InputFormat | undefined {
  if (value === undefined) return undefined
  // (Not `InputFormatSchema`: zod would load with the CLI, before the tagger thread can start.)
  const known = inputFormats.find((format) => format === value)
  if (known === undefined) throw new UsageError(`Expected --input-format ${inputFormats.join(', ')}, not \`${value}\``, command)
  return known
}

function readInteger(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  command: string
): number | undefined {
  if (value === undefined) return undefined
  const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN
  if (!(number >= min && number <= max)) {
    throw new UsageError(`Expected --${name} as a whole number from ${min} to ${max}, not \`${value}\``, command)
  }

  return number
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}
