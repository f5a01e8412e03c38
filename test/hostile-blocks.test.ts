// "Every block accounted for" (issue 6): each block of a plain-text listing
// ends up in a record or in a message placed on it, for real listings and
// for damaged ones. Blocks are what the plain-text reader reads: runs of
// non-blank lines split at blank lines, with meta lines (`  • 2 authors`,
// `·`, `Sep 16`) a block of their own (`readBlocks`).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseListing} from '../src/index.js'
import type {Listing} from '../src/index.js'
import {readBlocks} from '../src/parse/read-blocks.js'
import {splitLines} from '../src/parse/split-lines.js'
import {FUZZ_RUNS, mutatedListingArbitrary, readFixture, runs} from './fuzz-cases.js'

interface Range {
  start: number
  end: number
  text: string
}

/** The blocks of a text with their offsets (first to last non-space character, as records and messages place them). */
function blocksOf(text: string): Range[] {
  return readBlocks(splitLines(text)).map((block) => {
    const first = block.lines[0]
    const last = block.lines.at(-1)
    const start = first ? first.start + (first.value.length - first.value.trimStart().length) : 0
    const end = last ? last.start + last.value.trimEnd().length : start
    return {start, end, text: block.lines.map((line) => line.value).join('\n')}
  })
}

// Lines above the first record that the page itself shows: short, one line,
// not a sentence (`new`, `Subscribe`, `Daily Papers`, the page date).
function isHeaderLine(block: Range): boolean {
  const value = block.text.trim()
  return !block.text.includes('\n') && value.length <= 80 && !/[.?]$/.test(value)
}

/** The blocks that no record holds and no message points at. */
function unaccounted(text: string, listing: Listing): Range[] {
  const records = listing.papers.map((paper) => paper.position.record)
  const firstRecord = records.length > 0 ? Math.min(...records.map((span) => span.start.offset)) : text.length
  const places = listing.messages.map((message) => message.place.offset)
  return blocksOf(text).filter((block) => {
    const inRecord = records.some((span) => span.start.offset <= block.start && block.end <= span.end.offset)
    const hasMessage = places.some((offset) => block.start <= offset && offset <= block.end)
    const header = block.end <= firstRecord && isHeaderLine(block)
    return !inRecord && !hasMessage && !header
  })
}

describe('every block is accounted for', () => {
  it.each(['daily-papers.txt', 'more-papers.txt'])('in %s: all in records, no message', (name) => {
    const text = readFixture(name)
    const listing = parseListing(text)
    expect(listing.messages).toEqual([])
    expect(unaccounted(text, listing)).toEqual([])
    // Title, abstract and (for most) meta lines: at least two blocks each.
    expect(blocksOf(text).length).toBeGreaterThanOrEqual(2 * listing.papers.length)
  })

  it('in damaged windows of a real listing: in a record or in a message', () => {
    const listing = readFixture('more-papers.txt')
    fc.assert(
      fc.property(mutatedListingArbitrary(listing), (text) => {
        expect(unaccounted(text, parseListing(text, {format: 'text'}))).toEqual([])
      }),
      {numRuns: runs(0.3)}
    )
  }, Math.max(30_000, FUZZ_RUNS * 30))

  it('counts a record without abstract and a stray paragraph as messages', () => {
    const text =
      'Nov 12\n\nA Paper: Complete\n\nIts abstract. Two sentences.\n\n  • 2 authors\n·\nSep 16\n\n' +
      'A Paper Without Abstract\n\n  • 3 authors\n·\nSep 17\n\nA stray paragraph. It has no title.\n\n' +
      'Another Paper: Complete\n\nIts abstract. Two sentences.\n\nLast Title Cut Off\n'
    const listing = parseListing(text)
    expect(listing.papers).toHaveLength(2)
    expect(unaccounted(text, listing)).toEqual([])
    // 10 blocks: the page date, 3 + 2 in the two records, and 4 with a
    // message each (title without abstract, its meta lines, the stray
    // paragraph, the cut-off title).
    expect(blocksOf(text)).toHaveLength(10)
    expect(listing.messages).toHaveLength(4)
  })
})
