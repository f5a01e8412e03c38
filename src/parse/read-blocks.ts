import type {ListingDate, Organization} from '../schema/paper.js'
import {classifyLine, type LineShape} from './classify-line.js'
import {cleanLine} from './trim-span.js'
import type {SourceLine} from './split-lines.js'

/** Consecutive non-blank lines that are not meta lines: a title, an abstract, a header. */
export interface TextBlock {
  kind: 'text'
  lines: SourceLine[]
}

/**
 * A record's meta lines: an author count or an organization, the `·`
 * separator, and a date with an optional comment count. Any part may be
 * missing (a truncated record).
 */
export interface MetaBlock {
  kind: 'meta'
  lines: SourceLine[]
  authors: number | null
  organization: Organization | null
  hasDot: boolean
  date: ListingDate | null
  comments: number | null
}

/** A block of a copied listing. */
export type Block = TextBlock | MetaBlock

// An organization handle as Hugging Face allows it (`tencent`, `MMR1`, `occ-ai`).
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,95}$/u
const MAX_ORGANIZATION_LENGTH = 160
// Fewer lines are too few to say the blank lines are missing.
const MIN_LINES_WITHOUT_BLANKS = 6

/**
 * Group the lines of a listing copied as plain text into blocks: runs of
 * text lines (split at blank lines) and meta blocks. Meta lines are found by
 * their shape, even when no blank line separates them from the text before;
 * an organization line (`tencent Tencent`) is recognised by its place: a
 * short line right before the `·` separator. A text that has (nearly) no
 * blank lines at all is read with every line a paragraph of its own.
 *
 * @example
 * readBlocks(splitLines('Title\n\nAbstract.\n\n  • 2 authors\n·\nSep 16'))
 * // [{kind: 'text', …}, {kind: 'text', …}, {kind: 'meta', authors: 2, …}]
 */
export function readBlocks(lines: readonly SourceLine[]): Block[] {
  const shapes = lines.map((line) => classifyLine(line.value))
  const linePerParagraph = lacksBlankLines(shapes)
  const blocks: Block[] = []
  let text: SourceLine[] = []
  let index = 0

  const flush = (): void => {
    if (text.length > 0) blocks.push({kind: 'text', lines: text})
    text = []
  }

  while (index < lines.length) {
    const shape = shapes[index] as LineShape
    if (shape.kind === 'blank') {
      flush()
      index++
      continue
    }

    if (startsMeta(lines, shapes, index, text.length === 0)) {
      flush()
      const meta = readMeta(lines, shapes, index)
      blocks.push(meta.block)
      index = meta.next
      continue
    }

    text.push(lines[index] as SourceLine)
    if (linePerParagraph) flush()
    index++
  }

  flush()
  return mergeMeta(blocks)
}

// Meta lines split by blank lines (`• 2 authors`, blank, `·`, blank,
// `Sep 16`) are one block when each part follows the one before in order.
function mergeMeta(blocks: Block[]): Block[] {
  const merged: Block[] = []
  for (const block of blocks) {
    const previous = merged.at(-1)
    if (block.kind === 'meta' && previous?.kind === 'meta' && firstPart(block) > lastPart(previous)) {
      merged[merged.length - 1] = {
        kind: 'meta',
        lines: [...previous.lines, ...block.lines],
        authors: previous.authors ?? block.authors,
        organization: previous.organization ?? block.organization,
        hasDot: previous.hasDot || block.hasDot,
        date: block.date,
        comments: block.comments
      }
    } else merged.push(block)
  }

  return merged
}

// The parts of meta lines in order: author count or organization, `·`, date.
function firstPart(block: MetaBlock): number {
  if (block.authors !== null || block.organization !== null) return 0
  return block.hasDot ? 1 : 2
}

function lastPart(block: MetaBlock): number {
  if (block.date) return 2
  return block.hasDot ? 1 : 0
}

// Some copies lose the blank lines between paragraphs: then every line is
// a paragraph of its own (hard-wrapped abstracts cannot be told apart there).
// With blank lines, a record has at least two (title, abstract).
function lacksBlankLines(shapes: readonly LineShape[]): boolean {
  let first = 0
  let last = shapes.length - 1
  while (first <= last && shapes[first]?.kind === 'blank') first++
  while (last >= first && shapes[last]?.kind === 'blank') last--
  let blank = 0
  for (let index = first; index <= last; index++) if (shapes[index]?.kind === 'blank') blank++
  const lines = last - first + 1
  return lines >= MIN_LINES_WITHOUT_BLANKS && blank * 100 < lines
}

function startsMeta(
  lines: readonly SourceLine[],
  shapes: readonly LineShape[],
  index: number,
  atParagraphStart: boolean
): boolean {
  const kind = shapes[index]?.kind
  if (kind === 'authors' || kind === 'dot') return true
  // A date opens meta lines only at the start of a paragraph: inside a
  // hard-wrapped abstract, `Jan 12` on a line of its own is just text.
  if (kind === 'date') return atParagraphStart
  const next = shapes[index + 1]?.kind
  // The line right before the `·` is the author count or the organization;
  // without the `·`, an organization line and a date make a paragraph of
  // their own. (The neighbours are looked at first: they rule out most lines.)
  const placed = next === 'dot' || (atParagraphStart && next === 'date' && (shapes[index + 2]?.kind ?? 'blank') === 'blank')
  return placed && isOrganizationLine((lines[index] as SourceLine).value)
}

function readMeta(
  lines: readonly SourceLine[],
  shapes: readonly LineShape[],
  start: number
): {block: MetaBlock; next: number} {
  const block: MetaBlock = {
    kind: 'meta',
    lines: [],
    authors: null,
    organization: null,
    hasDot: false,
    date: null,
    comments: null
  }
  let index = start
  const first = shapes[index] as LineShape
  if (first.kind === 'authors') {
    block.authors = first.count
    index++
  } else if (first.kind === 'text') {
    block.organization = toOrganization((lines[index] as SourceLine).value)
    index++
  }

  while (shapes[index]?.kind === 'dot') {
    block.hasDot = true
    index++
  }

  const last = shapes[index]
  if (last?.kind === 'date') {
    block.date = last.date
    block.comments = last.count ?? 0
    index++
  }

  block.lines = lines.slice(start, index)
  return {block, next: index}
}

function isOrganizationLine(value: string): boolean {
  if (value.trim().length > MAX_ORGANIZATION_LENGTH) return false
  const line = cleanLine(value)
  const space = line.indexOf(' ')
  return HANDLE.test(space === -1 ? line : line.slice(0, space))
}

function toOrganization(value: string): Organization {
  const line = cleanLine(value)
  const space = line.indexOf(' ')
  if (space === -1) return {handle: line, name: line}
  return {handle: line.slice(0, space), name: line.slice(space + 1).trim()}
}
