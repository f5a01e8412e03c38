// Properties of `parseListing` on the plain-text format: random records
// rendered as a copied page read back unchanged; nothing throws; positions
// point at their source; every block ends in a record or a message.
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ListingSchema, parseListing, type Listing} from '../src/index.js'
import {classifyLine} from '../src/parse/classify-line.js'
import {readBlocks} from '../src/parse/read-blocks.js'
import {splitLines} from '../src/parse/split-lines.js'
import {trimSpan} from '../src/parse/trim-span.js'

// Modest by default; `PARSE_RUNS=5000` to search harder.
const runs = Number(process.env.PARSE_RUNS ?? 150)
const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const HEADER = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'Daily Papers', 'byAK and the research community']
// Every line the parser knows as the page's header (the page's tabs too).
const KNOWN_HEADER = [
  ...HEADER,
  'Get trending papers in your email inbox once a day!',
  'by AK and the research community',
  'Trending Papers',
  'Daily',
  'Weekly',
  'Monthly'
]

// Letters of several scripts, digits, and the punctuation titles use.
const wordCharacter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüßçñαβγΩжЯ中文数学日本語한국어-:+()@/&’')
const word = fc.string({unit: wordCharacter, minLength: 1, maxLength: 10})
// Words may hold dots inside (`Qwen2.5`, `4.9%`) but do not end with one.
const innerWord = fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a}.${b}`), fc.integer({min: 0, max: 999}).map((n) => `${n / 10}%`))
const url = fc.tuple(fc.constantFrom('https://github.com/', 'https://huggingface.co/datasets/', 'https://a-b.github.io/', 'https://example.org/'), fc.stringMatching(/^[a-z0-9]{1,8}\/[a-z0-9-]{1,8}$/)).map(([host, path]) => host + path)

const titleArbitrary = fc
  .array(innerWord, {minLength: 1, maxLength: 14})
  .map((words) => words.join(' '))
  .filter((title) => classifyLine(title).kind === 'text' && !KNOWN_HEADER.some((line) => line.toLowerCase() === title.toLowerCase()))

const sentence = fc
  .array(fc.oneof({weight: 6, arbitrary: innerWord}, {weight: 1, arbitrary: url}), {minLength: 3, maxLength: 25})
  .map((words) => {
    const [first = 'We', ...rest] = words
    return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${rest.join(' ')}.`
  })
const abstractArbitrary = fc.array(sentence, {minLength: 1, maxLength: 8}).map((sentences) => sentences.join(' '))

const dateArbitrary = fc.record({
  month: fc.integer({min: 1, max: 12}),
  day: fc.integer({min: 1, max: 28}),
  year: fc.option(fc.integer({min: 1990, max: 2030}), {nil: null})
})
const organizationArbitrary = fc.record({
  handle: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,15}$/),
  name: fc.array(word, {minLength: 1, maxLength: 5}).map((words) => words.join(' '))
})
const metaArbitrary = fc.record({
  who: fc.oneof(
    fc.integer({min: 1, max: 300}).map((authors) => ({authors})),
    organizationArbitrary.map((organization) => ({organization}))
  ),
  date: dateArbitrary,
  count: fc.option(fc.integer({min: 1, max: 999}), {nil: null}),
  // How the page was copied: the usual three lines, without the `·`, or
  // with blank lines between them.
  layout: fc.constantFrom('lines', 'no-dot', 'spaced')
})
const recordArbitrary = fc.record({
  title: titleArbitrary,
  abstract: abstractArbitrary,
  wrap: fc.option(fc.integer({min: 30, max: 90}), {nil: null}),
  meta: fc.option(metaArbitrary, {nil: null})
})

type RandomRecord = typeof recordArbitrary extends fc.Arbitrary<infer T> ? T : never

function renderDate(date: {month: number; day: number; year: number | null}): string {
  return `${MONTHS[date.month - 1]} ${date.day}${date.year === null ? '' : `, ${date.year}`}`
}

// Hard-wrap at a width, as a capture tool would.
function wrap(value: string, width: number | null): string {
  if (width === null) return value
  const lines: string[] = []
  let line = ''
  for (const part of value.split(' ')) {
    if (line && line.length + part.length + 1 > width) {
      lines.push(line)
      line = part
    } else line = line ? `${line} ${part}` : part
  }

  lines.push(line)
  return lines.join('\n')
}

function render(records: readonly RandomRecord[], page: {month: number; day: number; year: number | null}, eol: string): string {
  const blocks = [...HEADER, renderDate(page)]
  for (const record of records) {
    blocks.push(record.title, wrap(record.abstract, record.wrap))
    if (record.meta) {
      const {who, date, count, layout} = record.meta
      const first = 'authors' in who ? `  • ${who.authors} authors` : `${who.organization.handle} ${who.organization.name}`
      const last = renderDate(date) + (count === null ? '' : ` ${count}`)
      // An organization line is known by the `·` or date right after it.
      const spaced = layout === 'spaced' && 'authors' in who
      blocks.push(layout === 'no-dot' ? [first, last].join('\n') : [first, '·', last].join(spaced ? '\n\n' : '\n'))
    }
  }

  return blocks.join('\n\n').replaceAll('\n', eol) + eol
}

function expected(records: readonly RandomRecord[]) {
  return records.map((record, index) => ({
    index,
    title: record.title,
    abstract: record.abstract,
    authors: record.meta && 'authors' in record.meta.who ? record.meta.who.authors : null,
    organization: record.meta && 'organization' in record.meta.who ? record.meta.who.organization : null,
    date: record.meta ? record.meta.date : null,
    comments: record.meta ? (record.meta.count ?? 0) : null
  }))
}

// The slice at a span, read the way the parser reads a field.
function sliceAt(text: string, span: {start: {offset: number}; end: {offset: number}}): string {
  return text
    .slice(span.start.offset, span.end.offset)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join(' ')
    .replace(/[\t\u00A0]/g, ' ')
}

function expectPositions(listing: Listing, text: string): void {
  for (const paper of listing.papers) {
    const {record, title, abstract} = paper.position
    for (const point of [record.start, record.end, title.start, title.end, abstract.start, abstract.end]) {
      expect(point.offset).toBeGreaterThanOrEqual(0)
      expect(point.offset).toBeLessThanOrEqual(text.length)
    }

    expect(sliceAt(text, title)).toBe(paper.title)
    expect(sliceAt(text, abstract)).toBe(paper.abstract)
  }

  for (const message of listing.messages) expect(message.place.offset).toBeLessThanOrEqual(text.length)
}

// Every block of the input is inside a record, the place of a message, or
// the page's header (known lines and the page date before the first record).
function expectAccounted(listing: Listing, text: string): void {
  // Input that is not text is one fatal message: it has no blocks to account for.
  if (listing.messages.some((message) => message.fatal && message.ruleId === 'binary-input')) return
  const messageOffsets = new Set(listing.messages.map((message) => message.place.offset))
  const firstRecord = listing.papers[0]?.position.record.start.offset ?? Number.POSITIVE_INFINITY
  const header = new Set(KNOWN_HEADER.map((value) => value.toLowerCase()))
  let pageDates = 0
  for (const block of readBlocks(splitLines(text))) {
    const line = block.lines[0]
    if (!line) continue
    const offset = trimSpan(text, line.start, line.end).start
    if (messageOffsets.has(offset)) continue
    const inRecord = listing.papers.some(
      (paper) => paper.position.record.start.offset <= offset && offset < paper.position.record.end.offset
    )
    if (inRecord) continue
    if (offset < firstRecord && block.kind === 'text' && header.has(line.value.trim().toLowerCase())) continue
    if (offset < firstRecord && block.kind === 'meta' && block.date && listing.date?.month === block.date.month && listing.date.day === block.date.day) {
      pageDates++
      continue
    }

    throw new Error(`Block at offset ${offset} (\`${line.value.slice(0, 40)}\`) is neither in a record nor in a message`)
  }

  expect(pageDates).toBeLessThanOrEqual(1)
}

describe('round trip: random records rendered as a copied page', () => {
  it('parse back unchanged, with positions at their source', () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, {minLength: 1, maxLength: 8}),
        dateArbitrary,
        fc.constantFrom('\n', '\r\n'),
        (records, page, eol) => {
          const text = render(records, page, eol)
          const listing = parseListing(text)
          expect(listing.format).toBe('text')
          expect(listing.messages).toEqual([])
          expect(listing.date).toEqual(page)
          expect(
            listing.papers.map(({index, title, abstract, authors, organization, date, comments}) => ({
              index,
              title,
              abstract,
              authors,
              organization,
              date,
              comments
            }))
          ).toEqual(expected(records))
          expectPositions(listing, text)
        }
      ),
      {numRuns: runs}
    )
  })
})

describe('parseListing on anything', () => {
  const anyText = fc.oneof(
    fc.string({maxLength: 300}),
    fc.string({unit: 'grapheme', maxLength: 300}),
    fc.string({unit: 'binary', maxLength: 300}),
    fc.array(fc.constantFrom('Nov 12', 'Sep 16, 2024 3', '  • 2 authors', '·', 'tencent Tencent', 'A Title', 'An abstract. It ends.', '', ' ', '\t', 'new'), {maxLength: 40}).map((lines) => lines.join('\n'))
  )

  it('never throws, and gives a valid listing with positions in bounds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const listing = parseListing(text)
        expect(ListingSchema.parse(listing)).toEqual(listing)
        expectPositions(listing, text)
        if (listing.format === 'text') expectAccounted(listing, text)
      }),
      {numRuns: runs}
    )
  })

  // Windows of the seed listing with lines dropped, duplicated or swapped,
  // then cut anywhere.
  const lines = seed.split('\n')
  const mutated = fc
    .tuple(
      fc.integer({min: 0, max: lines.length - 1}),
      fc.integer({min: 10, max: 80}),
      fc.array(fc.tuple(fc.constantFrom('drop', 'duplicate', 'swap'), fc.nat()), {maxLength: 6}),
      fc.option(fc.nat(), {nil: null})
    )
    .map(([start, size, edits, cut]) => {
      const window = lines.slice(start, start + size)
      for (const [edit, at] of edits) {
        if (window.length === 0) break
        const index = at % window.length
        if (edit === 'drop') window.splice(index, 1)
        else if (edit === 'duplicate') window.splice(index, 0, window[index] as string)
        else {
          const other = (index + 1) % window.length
          ;[window[index], window[other]] = [window[other] as string, window[index] as string]
        }
      }

      const text = window.join('\n')
      return cut === null ? text : text.slice(0, cut % (text.length + 1))
    })

  it('never throws on damaged windows of a real listing, and accounts for every block', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const listing = parseListing(text)
        expect(ListingSchema.parse(listing)).toEqual(listing)
        expectPositions(listing, text)
        if (listing.format === 'text') expectAccounted(listing, text)
      }),
      {numRuns: runs}
    )
  })

  it('reads every intact record of a damaged listing', () => {
    // Dropping one abstract loses that record only: the others stay exact.
    const full = parseListing(seed).papers
    fc.assert(
      fc.property(fc.integer({min: 1, max: full.length - 2}), (drop) => {
        const {abstract} = full[drop]!.position
        const text = seed.slice(0, abstract.start.offset) + seed.slice(abstract.end.offset + 2)
        const listing = parseListing(text)
        const titles = listing.papers.map((paper) => paper.title)
        expect(titles).toEqual(full.filter((_, index) => index !== drop).map((paper) => paper.title))
        expect(listing.messages.map((message) => message.ruleId)).toContain('missing-abstract')
      }),
      {numRuns: 40}
    )
  })
})
