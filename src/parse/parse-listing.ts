import {createMessage} from '../message/create-message.js'
import {InputFormatSchema, type InputFormat, type Listing} from '../schema/paper.js'
import {checkText, checkTextParts} from './check-text.js'
import {detectFormat} from './detect-format.js'
import {readApiJson} from './read-api-json.js'
import {readArxivJsonl} from './read-arxiv-jsonl.js'
import {readMarkdown} from './read-markdown.js'
import {readPlainText, readPlainTextLines} from './read-plain-text.js'
import type {SourceLine} from './split-lines.js'
import {readTextDump} from './read-text-dump.js'

/** Options of `parseListing`. */
export interface ParseOptions {
  /** Read the input as this format instead of detecting it. */
  format?: InputFormat | undefined
  /** The year to assume for dates that omit it. */
  year?: number | undefined
}

type Reader = (text: string, options: {year?: number | undefined}) => Omit<Listing, 'format'>

const READERS: Record<InputFormat, Reader> = {
  text: readPlainText,
  markdown: readMarkdown,
  'text-dump': readTextDump,
  'api-json': readApiJson,
  'arxiv-jsonl': readArxivJsonl
}

/**
 * Parse a Daily Papers listing into paper records: the page copied as plain
 * text, the page saved as Markdown or as a text dump, the Daily Papers API
 * JSON, or arXiv metadata JSON Lines. The format is detected unless
 * `options.format` names it. `options.year` fills the year of dates that
 * omit it (the listing's date and the papers').
 *
 * Never throws on input: problems (empty or binary input, records that
 * cannot be read) are `messages` with a place and a `ruleId`, and reading
 * goes on with the next record. Throws only for invalid options.
 *
 * @example
 * const {date, papers, messages} = parseListing(readFileSync('seeds/daily-papers.txt', 'utf8'))
 * papers[0].title // 'Post-Hoc Split-Point Self-Consistency Verification for …'
 */
export function parseListing(text: string, options: ParseOptions = {}): Listing {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not \`${typeof text}\``)
  const year = options.year
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2999)) {
    throw new TypeError(`Expected \`year\` to be an integer from 1900 to 2999, not \`${String(year)}\``)
  }

  if (options.format !== undefined && !InputFormatSchema.safeParse(options.format).success) {
    throw new TypeError(`Expected \`format\` to be one of ${InputFormatSchema.options.join(', ')}, not \`${String(options.format)}\``)
  }

  const problem = checkText(text)
  const format = options.format ?? (problem ? 'text' : detectFormat(text))
  if (problem) return {format, date: null, papers: [], messages: [problem]}
  return read(format, year, (readOptions) => READERS[format](text, readOptions))
}

/**
 * `parseListing(parts.join(''), {format: 'text', year})`, given the parts
 * and `splitLines` of their join, without joining them: a large joined copy
 * costs more than reading it. For a listing read in batches, each a header
 * and a slice of the input. `options` must be valid (`parseListing` checks them).
 *
 * @example
 * const parts = ['Nov 12\n\n', 'A Title\n\nAn abstract.\n']
 * parseTextParts(parts, splitLines(parts.join('')), {}).papers[0].title // 'A Title'
 */
export function parseTextParts(parts: readonly string[], lines: SourceLine[], options: {year?: number | undefined}): Listing {
  const problem = checkTextParts(parts)
  if (problem) return {format: 'text', date: null, papers: [], messages: [problem]}
  return read('text', options.year, (readOptions) => readPlainTextLines(lines, readOptions))
}

function read(format: InputFormat, year: number | undefined, reader: (options: {year?: number | undefined}) => Omit<Listing, 'format'>): Listing {
  let listing: Omit<Listing, 'format'>
  try {
    listing = reader({year})
  } catch (error) {
    // A reader bug must not take the caller down with it: report it.
    const reason = error instanceof Error ? error.message : String(error)
    const message = createMessage(`Could not read the input as ${format}: ${reason}`, {ruleId: 'reader-error', fatal: true})
    return {format, date: null, papers: [], messages: [message]}
  }

  const date = listing.date && listing.date.year === null && year !== undefined ? {...listing.date, year} : listing.date
  return {format, date, papers: listing.papers, messages: listing.messages}
}
