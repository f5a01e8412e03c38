import {createMessage} from '../message/create-message.js'
import type {Message} from '../schema/message.js'
import type {Listing, ListingDate, Paper} from '../schema/paper.js'
import type {Point, Span} from '../schema/place.js'
import {createPaper} from './create-paper.js'
import {cutShortReason} from './cut-short-reason.js'
import {looksLikeTitle, pairTitles, type ParagraphShape} from './pair-titles.js'
import {readBlocks, type Block, type MetaBlock, type TextBlock} from './read-blocks.js'
import {splitLines, type SourceLine} from './split-lines.js'
import {cleanLine, trimSpan} from './trim-span.js'

/** Options of `readPlainText`. */
export interface ReadPlainTextOptions {
  /** The year of dates that omit it (the page date and the papers' dates). */
  year?: number | undefined
}

// The page's own lines above the list, compared lower-cased.
const HEADER_LINES = new Set([
  'new',
  'get trending papers in your email inbox!',
  'get trending papers in your email inbox once a day!',
  'subscribe',
  'daily papers',
  'byak and the research community',
  'by ak and the research community',
  'trending papers',
  'daily',
  'weekly',
  'monthly'
])
// Unknown lines before the page date are header lines only while few and short.
const MAX_UNKNOWN_HEADER_LINES = 5
const MAX_HEADER_LENGTH = 80

/**
 * Read a Daily Papers listing copied from the page as plain text: header
 * lines, the page date (`Nov 12`), then per paper a title line, an abstract
 * paragraph (hard wraps are joined) and optional meta lines (`  • 2 authors`
 * or an organization line `tencent Tencent`, a `·` line, and a date
 * `Sep 16` / `Nov 30, 2022` with an optional comment count).
 *
 * Titles and abstracts are told apart by their place between meta blocks and
 * by their shape, so records without meta lines are read too. Whatever does
 * not make a record (a title without abstract, a stray paragraph, meta lines
 * without a paper, a truncated record) becomes a message with its place;
 * reading goes on. Positions point into `text` as given.
 *
 * @example
 * const {date, papers} = readPlainText('Nov 12\n\nA Title\n\nAn abstract.\n\n  • 2 authors\n·\nSep 16 3\n')
 * date // {year: null, month: 11, day: 12}
 * papers[0].comments // 3
 */
export function readPlainText(text: string, options: ReadPlainTextOptions = {}): Omit<Listing, 'format'> {
  return readPlainTextLines(splitLines(text), options)
}

/**
 * `readPlainText` of a text given as its lines (`splitLines` of it), so that
 * a text made of parts need not be joined first.
 *
 * @example
 * readPlainTextLines(splitLines('Nov 12\n\nA Title\n\nAn abstract.\n')).date // {year: null, month: 11, day: 12}
 */
export function readPlainTextLines(lines: SourceLine[], options: ReadPlainTextOptions = {}): Omit<Listing, 'format'> {
  const reader = new PlainTextReader(lines, options)
  return reader.read()
}

class PlainTextReader {
  private readonly lines: SourceLine[]
  private readonly papers: Paper[] = []
  private readonly messages: Message[] = []
  private readonly year: number | undefined

  constructor(lines: SourceLine[], options: ReadPlainTextOptions) {
    this.year = options.year
    this.lines = lines
  }

  read(): Omit<Listing, 'format'> {
    const blocks = readBlocks(this.lines)
    const {date, next} = this.readHeader(blocks)
    const last = blocks.at(-1)
    if (next >= blocks.length && last) {
      // Only the page's header: say so, rather than return nothing silently.
      const after = date ? 'the page date' : 'the header'
      this.report(last, `Expected papers after ${after}, not the end of the listing`, 'no-records')
    }

    let run: TextBlock[] = []
    for (let index = next; index < blocks.length; index++) {
      const block = blocks[index] as Block
      if (block.kind === 'text') {
        run.push(block)
        continue
      }

      this.readRun(run, block, index === blocks.length - 1)
      run = []
    }

    this.readRun(run, undefined, true)
    return {date, papers: this.papers, messages: this.messages}
  }

  // Known header lines, then the page date. Unknown short lines before the
  // page date are header lines too (reported); without a page date, only
  // the known lines are skipped.
  private readHeader(blocks: readonly Block[]): {date: ListingDate | null; next: number} {
    let index = 0
    while (index < blocks.length && isKnownHeader(blocks[index] as Block)) index++

    for (let look = index; look < blocks.length && look <= index + MAX_UNKNOWN_HEADER_LINES; look++) {
      const block = blocks[look] as Block
      if (block.kind === 'meta') {
        if (!isPageDate(block)) break
        for (const unknown of blocks.slice(index, look)) {
          if (isKnownHeader(unknown)) continue
          this.report(unknown, `Unexpected line \`${quote(joinLines(unknown))}\` before the page date`, 'unknown-header')
        }

        const date = block.date as ListingDate
        return {date: date.year === null && this.year !== undefined ? {...date, year: this.year} : date, next: look + 1}
      }

      if (!isKnownHeader(block) && !isHeaderLike(block)) break
    }

    return {date: null, next: index}
  }

  // A run of text blocks, then the meta block that closes it (if any).
  private readRun(run: readonly TextBlock[], meta: MetaBlock | undefined, atEnd: boolean): void {
    const shapes = run.map((block) => toShape(block))
    const segments = pairTitles(shapes)

    // Meta lines belong to the last pair, unless a title without abstract
    // stands between (then they are that paper's, which has no record).
    let owner = -1
    for (let index = segments.length - 1; index >= 0; index--) {
      const segment = segments[index]
      if (segment?.kind === 'pair') {
        owner = index
        break
      }

      if (segment && looksLikeTitle(shapes[segment.index] as ParagraphShape)) break
    }

    for (const [index, segment] of segments.entries()) {
      if (segment.kind === 'pair') {
        const title = {block: run[segment.title] as TextBlock, value: (shapes[segment.title] as ParagraphShape).value}
        const abstract = {block: run[segment.abstract] as TextBlock, value: (shapes[segment.abstract] as ParagraphShape).value}
        this.addPaper(title, abstract, index === owner ? meta : undefined)
        continue
      }

      const block = run[segment.index] as TextBlock
      const value = (shapes[segment.index] as ParagraphShape).value
      if (!looksLikeTitle(shapes[segment.index] as ParagraphShape)) {
        this.report(block, `Unexpected paragraph \`${quote(value)}\`: expected a title followed by an abstract`, 'stray-text')
      } else if (atEnd && !meta && segment.index === run.length - 1) {
        this.report(block, `Expected an abstract after the title \`${quote(value)}\`, not the end of the listing`, 'truncated-record')
      } else {
        this.report(block, `Expected an abstract after the title \`${quote(value)}\``, 'missing-abstract')
      }
    }

    if (!meta) {
      const lastPair = segments.at(-1)
      if (atEnd && lastPair?.kind === 'pair' && lastPair.abstract === run.length - 1) this.checkLastAbstract(run[lastPair.abstract] as TextBlock, (shapes[lastPair.abstract] as ParagraphShape).value)
      return
    }

    if (owner === -1) {
      this.report(meta, 'Unexpected meta lines: expected a title and an abstract before them', 'orphan-meta')
    } else if (!meta.date) {
      const rule = atEnd ? 'truncated-record' : 'incomplete-meta'
      this.report(meta, 'Expected a date (`Sep 16`) to end the meta lines', rule)
    }
  }

  // The listing ends right after an abstract, with no meta lines: a copy
  // cut short inside that abstract stops mid-sentence.
  private checkLastAbstract(block: TextBlock, value: string): void {
    const reason = cutShortReason(value)
    if (reason) this.messages.push(createMessage(reason, {place: this.span(block.lines).end, ruleId: 'truncated-record'}))
  }

  // Title and abstract come with their joined text (the shapes' values), which is not joined twice.
  private addPaper(title: JoinedBlock, abstract: JoinedBlock, meta: MetaBlock | undefined): void {
    const titleSpan = this.span(title.block.lines)
    const abstractSpan = this.span(abstract.block.lines)
    const end = meta ? this.span(meta.lines).end : abstractSpan.end
    const paper = createPaper(
      {
        index: this.papers.length,
        title: title.value,
        abstract: abstract.value,
        authors: meta?.authors ?? null,
        organization: meta?.organization ?? null,
        date: meta?.date ?? null,
        comments: meta ? meta.comments : null,
        position: {record: {start: titleSpan.start, end}, title: titleSpan, abstract: abstractSpan}
      },
      {year: this.year}
    )
    this.papers.push(paper)
  }

  // From the first non-space character of the first line to the last of the last.
  private span(lines: TextBlock['lines']): Span {
    const first = lines[0]
    const last = lines[lines.length - 1]
    if (!first || !last) return {start: this.toPoint(0), end: this.toPoint(0)}
    const start = first.start + trimSpan(first.value, 0, first.value.length).start
    const end = last.start + trimSpan(last.value, 0, last.value.length).end
    return {start: this.toPoint(start), end: this.toPoint(end)}
  }

  private report(block: Block, reason: string, ruleId: string): void {
    const first = block.lines[0]
    const offset = first ? first.start + trimSpan(first.value, 0, first.value.length).start : 0
    this.messages.push(createMessage(reason, {place: this.toPoint(offset), ruleId}))
  }

  // The point of an offset, as `locate` gives it, found among the lines'
  // starts (the same line starts): saves `locate`'s pass over every character.
  private toPoint(offset: number): Point {
    const lines = this.lines
    let low = 0
    let high = lines.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lines[middle] as SourceLine).start <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - (lines[low] as SourceLine).start + 1, offset}
  }
}

interface JoinedBlock {
  block: TextBlock
  value: string
}

function toShape(block: TextBlock): ParagraphShape {
  return {value: joinLines(block), lines: block.lines.length}
}

// A block's text as a field: lines cleaned, hard wraps joined with a space.
function joinLines(block: Block): string {
  return block.lines.map((line) => cleanLine(line.value)).join(' ')
}

function isKnownHeader(block: Block): boolean {
  return block.kind === 'text' && block.lines.length === 1 && HEADER_LINES.has(joinLines(block).toLowerCase())
}

// One short line that does not end like a sentence: not an abstract.
function isHeaderLike(block: Block): boolean {
  if (block.kind !== 'text' || block.lines.length !== 1) return false
  const value = joinLines(block)
  return value.length <= MAX_HEADER_LENGTH && !/[.?]$/.test(value)
}

// The page date is a date on its own, without author or organization lines.
function isPageDate(block: MetaBlock): boolean {
  return block.date !== null && block.authors === null && block.organization === null && !block.hasDot
}

// Messages quote at most the start of a long value (whole code points, so
// an emoji or a CJK extension character is never cut in half).
function quote(value: string): string {
  if (value.length <= 60) return value
  return Array.from(value.slice(0, 120)).slice(0, 57).join('') + '…'
}
