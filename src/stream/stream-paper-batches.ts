import {createMessage} from '../message/create-message.js'
import {checkTextParts} from '../parse/check-text.js'
import {detectFormat} from '../parse/detect-format.js'
import {parseListing, parseTextParts, type ParseOptions} from '../parse/parse-listing.js'
import {readArxivJsonl} from '../parse/read-arxiv-jsonl.js'
import {splitLines, type SourceLine} from '../parse/split-lines.js'
import type {Message} from '../schema/message.js'
import type {Listing, Paper} from '../schema/paper.js'
import type {Point} from '../schema/place.js'
import {decodeChunks, type ChunkSource} from './decode-chunks.js'
import {PendingText} from './pending-text.js'
import {createShifter, describePrefix, type Prefix} from './shift-position.js'

/** Options for reading a listing as a stream. */
export interface StreamListingOptions extends ParseOptions {
  /** For `arxiv-jsonl`: keep only records in these categories (`cs.LG`, or a whole archive: `cs`). */
  categories?: readonly string[] | undefined
  /** Called with every message about the input as it is found (in input order). */
  onMessage?: ((message: Message) => void) | undefined
  /** About how many characters to parse at once (default 262144). */
  batchSize?: number | undefined
}

/** How input is cut into batches: at record boundaries, at line ends, or not at all. */
type Mode = 'records' | 'lines' | 'whole'

interface Batch {
  listing: Listing
  /** Papers of `listing` that are complete (the last one of a batch may not be). */
  keep: readonly Paper[]
  /** Characters of `pending` the batch used up. */
  used: number
  /** Where the rest starts, as a point of the batch (absent when the rest is at a line start known otherwise). */
  next?: Point | undefined
}

const startPoint: Point = {line: 1, column: 1, offset: 0}
// `detectFormat` looks at no more than the first 200,000 characters.
const DETECT_CHARACTERS = 200_000

/**
 * Read a listing incrementally and yield its papers in batches, with indexes
 * and positions (line, column, offset) of the whole input. Plain-text
 * listings are cut at blank lines and parsed a batch at a time; the last
 * record of a batch, which may be cut, is parsed again with the next batch,
 * so records split across chunks come out whole. arXiv JSON Lines are cut at
 * line ends. Other formats (Markdown, text dumps, API JSON: small captures
 * whose parts refer to each other) are read whole. Binary input (judged on
 * the first chunk as `parseListing` judges text) gets its one fatal
 * `binary-input` message and no papers.
 *
 * @example
 * for await (const papers of streamPaperBatches(fs.createReadStream('seed.txt'))) {
 *   console.log(papers.length)
 * }
 */
export async function* streamPaperBatches(
  source: ChunkSource,
  options: StreamListingOptions = {}
): AsyncGenerator<Paper[]> {
  const batchSize = Math.max(1024, options.batchSize ?? 262_144)
  const onMessage = options.onMessage ?? (() => {})
  let format = options.format
  let mode: Mode | undefined
  const pending = new PendingText()
  let prefix = describePrefix('')
  let prefixLines: SourceLine[] = []
  let base = startPoint
  let papers = 0
  let threshold = batchSize
  let started = false
  let first = true

  /** Parse about `threshold` characters of what is pending (all of it when `final`); return the papers that are done. */
  function take(final: boolean): Paper[] | undefined {
    if (mode === undefined) {
      format ??= detectFormat(pending.text(Math.min(pending.length, DETECT_CHARACTERS)))
      mode = format === 'text' ? 'records' : format === 'arxiv-jsonl' ? 'lines' : 'whole'
      if (format !== 'arxiv-jsonl' && options.categories && options.categories.length > 0) {
        onMessage(
          createMessage(`Expected arXiv JSON Lines for a category filter, not \`${format}\`: categories are ignored`, {
            ruleId: 'categories-ignored'
          })
        )
      }
    }

    const batch = mode === 'records' ? takeRecords(final) : mode === 'lines' ? takeLines(final) : takeWhole(final)
    if (!batch) return undefined

    const shifter = createShifter(prefix, base)
    const limit = prefix.text.length + batch.used
    for (const message of batch.listing.messages) {
      // Messages past the cut are about the carried record: they come again.
      if (!final && message.place.offset >= limit) continue
      const shifted = shifter.message(message)
      if (shifted) onMessage(shifted)
    }

    const done = batch.keep.map((paper, index) => shifter.paper(paper, papers + index))
    papers += done.length
    // The header of the first batch is put before every later batch, so that
    // the parser reads each batch as a listing of its own.
    if (first && mode === 'records') {
      prefix = describePrefix(pending.text(batch.keep[0]?.position.record.start.offset ?? 0))
      // The prefix's lines but the last, empty one: those of a batch follow.
      prefixLines = splitLines(prefix.text).slice(0, -1)
    }

    first = false

    if (!final) base = (batch.next && shifter.point(batch.next)) ?? advance(base, pending.text(), batch.used)
    pending.drop(batch.used)
    return done
  }

  /** `parseListing(prefix.text + pending.text(cut))`, without joining a large string but for the first batch (which checks the options). */
  function parseBatch(cut: number): Listing {
    if (first || !canSplit(prefix, pending)) return parseListing(prefix.text + pending.text(cut), {format, year: options.year})
    const lines = pending.lines(cut)
    const shift = prefix.text.length
    for (const line of lines) {
      line.start += shift
      line.end += shift
    }

    return parseTextParts([prefix.text, ...pending.parts(cut)], [...prefixLines, ...lines], {year: options.year})
  }

  function takeRecords(final: boolean): Batch | undefined {
    const cut = final ? pending.length : lastBreak(pending, threshold)
    if (cut <= 0 && !final) return undefined
    const listing = parseBatch(cut)
    if (final) return {listing, keep: listing.papers, used: cut}

    const last = listing.papers.at(-1)
    const used = last ? last.position.record.start.offset - prefix.text.length : 0
    if (listing.papers.length < 2 || used <= 0) return undefined
    return {listing, keep: listing.papers.slice(0, -1), used, next: last?.position.record.start}
  }

  function takeLines(final: boolean): Batch | undefined {
    const text = pending.text()
    const cut = final ? text.length : text.lastIndexOf('\n', threshold) + 1
    if (cut <= 0 && !final) return undefined
    const listing = readArxivJsonl(text.slice(0, cut), {categories: options.categories, year: options.year})
    return {listing, keep: listing.papers, used: cut}
  }

  function takeWhole(final: boolean): Batch | undefined {
    if (!final) return undefined
    const listing = parseListing(pending.text(), {format, year: options.year})
    return {listing, keep: listing.papers, used: pending.length}
  }

  for await (const pieces of decodeChunks(source)) {
    if (!started) {
      started = true
      // The library's check and wording: one message for binary input.
      const problem = checkTextParts(pieces)
      if (problem?.ruleId === 'binary-input') {
        onMessage(problem)
        return
      }
    }

    pending.push(pieces)
    while (pending.length >= threshold) {
      const done = take(false)
      if (done === undefined) {
        // No complete record yet (a huge one, or a format read whole): look
        // at twice as much next time, so re-parsing stays linear overall.
        threshold *= 2
        continue
      }

      threshold = batchSize
      if (done.length > 0) yield done
    }
  }

  const done = take(true)
  if (done && done.length > 0) yield done
}

/**
 * Offset after the last blank line before `limit` (else after the last line
 * break), or 0. Walks back line by line, so it stops near `limit`.
 */
function lastBreak(text: PendingText, limit: number): number {
  const last = text.lastNewline(limit)
  let at = last
  while (at > 0) {
    const before = text.charCodeAt(at - 1)
    if (before === 10 || (before === 13 && text.charCodeAt(at - 2) === 10)) return at + 1
    at = text.lastNewline(at - 1)
  }

  return last + 1
}

/**
 * Whether `prefix.text + text` splits into the lines of the prefix (but
 * its last, empty one) and the lines of `text`: the prefix ends a line, and
 * not with a `\r` that the text's first `\n` would make a `\r\n`.
 */
function canSplit(prefix: Prefix, text: PendingText): boolean {
  if (prefix.tail !== 0) return false
  return !(prefix.text.endsWith('\r') && text.charCodeAt(0) === 10)
}

/** The point `length` characters after `base`, where `text.slice(0, length)` ends with a line break. */
function advance(base: Point, text: string, length: number): Point {
  let breaks = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < length; at = text.indexOf('\n', at + 1)) breaks++
  return {line: base.line + breaks, column: 1, offset: base.offset + length}
}
