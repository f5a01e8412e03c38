import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ListingSchema, parseListing, type Listing, type Paper} from '../src/index.js'
import {readPlainText} from '../src/parse/read-plain-text.js'

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

interface GoldPaper {
  index: number
  title: string
  abstract: string
  authors: number | null
  organization: {handle: string; name: string} | null
  date: {year: number | null; month: number; day: number} | null
  comments: number | null
}

interface Gold {
  listingDate: {year: number | null; month: number; day: number}
  papers: GoldPaper[]
}

// Only the fields the gold has: positions, links and the rest are checked apart.
function pick(paper: Paper): GoldPaper {
  const {index, title, abstract, authors, organization, date, comments} = paper
  return {index, title, abstract, authors, organization, date, comments}
}

describe.each([
  ['daily-papers.txt', 'gold/seed.papers.json', 82],
  ['more-papers.txt', 'gold/more-papers.papers.json', 80]
])('golden: %s', (input, goldFile, count) => {
  const text = fixture(input)
  const gold = JSON.parse(fixture(goldFile)) as Gold
  const listing = parseListing(text)

  it('is valid, plain text, with the gold listing date and no messages', () => {
    expect(ListingSchema.parse(listing)).toEqual(listing)
    expect(listing.format).toBe('text')
    expect(listing.date).toEqual(gold.listingDate)
    expect(listing.messages).toEqual([])
  })

  it(`gives exactly the ${count} gold records`, () => {
    expect(gold.papers).toHaveLength(count)
    expect(listing.papers.map((paper) => pick(paper))).toEqual(gold.papers)
  })

  it('places every title and abstract at its source', () => {
    for (const paper of listing.papers) {
      const {title, abstract, record} = paper.position
      expect(text.slice(title.start.offset, title.end.offset)).toBe(paper.title)
      expect(text.slice(abstract.start.offset, abstract.end.offset)).toBe(paper.abstract)
      expect(record.start).toEqual(title.start)
      expect(record.end.offset).toBeGreaterThanOrEqual(abstract.end.offset)
      // Line and column agree with the offset.
      const before = text.slice(0, title.start.offset).split('\n')
      expect(title.start.line).toBe(before.length)
      expect(title.start.column).toBe((before.at(-1) ?? '').length + 1)
    }
  })
})

describe('the seed listing, field by field', () => {
  const text = fixture('daily-papers.txt')
  const {papers} = parseListing(text)

  it('reads links, the arXiv reference and `published`', () => {
    expect(papers[0]?.links).toEqual([{url: 'https://github.com/zzz0527/SPC-UQ', kind: 'code'}])
    expect(papers[8]?.links).toContainEqual({url: 'https://arxiv.org/abs/2411.04330v2', kind: 'paper'})
    expect(papers[4]?.published).toBe('2022-11-30')
    expect(papers[0]?.published).toBeNull()
    expect(papers.every((paper) => paper.upvotes === null && paper.arxivId === null)).toBe(true)
  })

  it('fills missing years from the option', () => {
    const listing = parseListing(text, {year: 2025})
    expect(listing.date).toEqual({year: 2025, month: 11, day: 12})
    expect(listing.papers[0]?.date).toEqual({year: 2025, month: 9, day: 16})
    expect(listing.papers[0]?.published).toBe('2025-09-16')
    // A date that shows its year keeps it.
    expect(listing.papers[4]?.date).toEqual({year: 2022, month: 11, day: 30})
  })
})

describe('CRLF, NBSP, tabs and a BOM change nothing', () => {
  const text = fixture('more-papers.txt')
  const records = (listing: Listing) => listing.papers.map((paper) => ({...paper, position: undefined}))
  const expected = parseListing(text)

  it.each([
    ['CRLF', (value: string) => value.replaceAll('\n', '\r\n')],
    ['lone CR', (value: string) => value.replaceAll('\n', '\r')],
    ['a BOM', (value: string) => '\uFEFF' + value],
    ['NBSP for spaces', (value: string) => value.replaceAll(' ', '\u00A0')],
    ['tabs for spaces', (value: string) => value.replaceAll(' ', '\t')],
    ['trailing spaces and tabs', (value: string) => value.replaceAll('\n', ' \t\n')],
    ['indented lines', (value: string) => value.replaceAll('\n', '\n\u00A0 ')],
    ['blank lines with spaces', (value: string) => value.replaceAll('\n\n', '\n \t\n')],
    ['all of them', (value: string) => '\uFEFF' + value.replaceAll(' ', '\u00A0').replaceAll('\n', ' \r\n')]
  ])('%s', (_, change) => {
    const changed = change(text)
    const listing = parseListing(changed)
    expect(listing.messages).toEqual([])
    expect(listing.date).toEqual(expected.date)
    expect(records(listing)).toEqual(records(expected))
    for (const paper of listing.papers) {
      const {title} = paper.position
      expect(changed.slice(title.start.offset, title.end.offset).replace(/[\t\u00A0]/g, ' ')).toBe(paper.title)
    }
  })
})

const header = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nNov 12\n\n'
const abstract = (topic: string) =>
  `We study ${topic}. Our method improves accuracy by 4.9% on GSM8K and reduces latency by 20%. Code is released.`

describe('record shapes', () => {
  it('reads authors, organization, counts, dates with and without year, and records without meta', () => {
    const text =
      header +
      `First Title\n\n${abstract('one')}\n\n  • 1 authors\n·\nSep 16\n\n` +
      `Second Title: With a Colon\n\n${abstract('two')}\n\ntencent Tencent\n·\nApr 8 3\n\n` +
      `Third Title\n\n${abstract('three')}\n\n` +
      `Fourth Title\n\n${abstract('four')}\n\nuniversity University of Massachusetts Amherst\n·\nNov 30, 2022 12\n`
    const {date, papers, messages} = parseListing(text)
    expect(messages).toEqual([])
    expect(date).toEqual({year: null, month: 11, day: 12})
    expect(papers.map((paper) => pick(paper))).toEqual([
      {index: 0, title: 'First Title', abstract: abstract('one'), authors: 1, organization: null, date: {year: null, month: 9, day: 16}, comments: 0},
      {index: 1, title: 'Second Title: With a Colon', abstract: abstract('two'), authors: null, organization: {handle: 'tencent', name: 'Tencent'}, date: {year: null, month: 4, day: 8}, comments: 3},
      {index: 2, title: 'Third Title', abstract: abstract('three'), authors: null, organization: null, date: null, comments: null},
      {index: 3, title: 'Fourth Title', abstract: abstract('four'), authors: null, organization: {handle: 'university', name: 'University of Massachusetts Amherst'}, date: {year: 2022, month: 11, day: 30}, comments: 12}
    ])
    expect(papers[3]?.published).toBe('2022-11-30')
    // The record spans title to date line.
    const record = papers[3]?.position.record
    expect(text.slice(record?.start.offset, record?.end.offset)).toMatch(/^Fourth Title[^]*Nov 30, 2022 12$/)
  })

  it('joins a hard-wrapped abstract and places it over all its lines', () => {
    const wrapped = 'We study wrapping. Our method improves\n  accuracy by 4.9% on GSM8K and\nreduces latency by 20%.'
    const text = header + `A Title\n\n${wrapped}\n\n  • 2 authors\n·\nSep 16\n`
    const [paper] = parseListing(text).papers
    expect(paper?.abstract).toBe('We study wrapping. Our method improves accuracy by 4.9% on GSM8K and reduces latency by 20%.')
    const span = paper?.position.abstract
    expect(text.slice(span?.start.offset, span?.end.offset)).toBe(wrapped)
    // The header takes lines 1–12, the title line 13.
    expect(span?.start.line).toBe(15)
    expect(span?.end.line).toBe(17)
  })

  it('reads meta lines glued to the abstract', () => {
    const text = header + `A Title\n\n${abstract('glue')}\n  • 2 authors\n·\nSep 16 4\n`
    const {papers, messages} = parseListing(text)
    expect(messages).toEqual([])
    expect(papers.map((paper) => pick(paper))).toEqual([
      {index: 0, title: 'A Title', abstract: abstract('glue'), authors: 2, organization: null, date: {year: null, month: 9, day: 16}, comments: 4}
    ])
  })

  it('reads a listing without header or page date', () => {
    const {date, papers, messages} = parseListing(`A Title\n\n${abstract('x')}\n\n  • 2 authors\n·\nSep 16\n`)
    expect(messages).toEqual([])
    expect(date).toBeNull()
    expect(papers).toHaveLength(1)
    expect(papers[0]?.date).toEqual({year: null, month: 9, day: 16})
  })

  it('reports unknown lines before the page date but keeps reading', () => {
    const {date, papers, messages} = parseListing(`Trending\n\nNov 12\n\nA Title\n\n${abstract('x')}\n`)
    expect(date).toEqual({year: null, month: 11, day: 12})
    expect(papers).toHaveLength(1)
    expect(messages).toEqual([expect.objectContaining({ruleId: 'unknown-header', place: {line: 1, column: 1, offset: 0}})])
  })
})

describe('messages', () => {
  const good = (name: string) => `${name} Title\n\n${abstract(name)}\n\n  • 2 authors\n·\nSep 16\n\n`

  // Each case: the text, then the expected messages as [ruleId, line, column].
  it.each([
    ['a title without abstract', header + good('A') + 'Lost Title\n\n' + good('B'), [['missing-abstract', 21, 1]], ['A Title', 'B Title']],
    ['a title without abstract, with meta', header + good('A') + 'Lost Title\n\n  • 3 authors\n·\nSep 17\n\n' + good('B'), [['missing-abstract', 21, 1], ['orphan-meta', 23, 3]], ['A Title', 'B Title']],
    ['a stray paragraph', header + good('A') + 'and so on, as we said before. The end.\n\n' + good('B'), [['stray-text', 21, 1]], ['A Title', 'B Title']],
    ['a stray line after the abstract', header + `A Title\n\n${abstract('a')}\n\nstray words.\n\n  • 2 authors\n·\nSep 16\n\n` + good('B'), [['stray-text', 17, 1]], ['A Title', 'B Title']],
    ['meta lines without a paper', header + good('A') + '  • 3 authors\n·\nSep 17\n\n' + good('B'), [['orphan-meta', 21, 3]], ['A Title', 'B Title']],
    ['meta lines without a date', header + `A Title\n\n${abstract('a')}\n\n  • 2 authors\n·\n\n` + good('B'), [['incomplete-meta', 17, 3]], ['A Title', 'B Title']],
    ['a record cut after its title', header + good('A') + 'Cut Title\n', [['truncated-record', 21, 1]], ['A Title']],
    ['a record cut in its meta lines', header + good('A') + `B Title\n\n${abstract('b')}\n\n  • 2 authors\n·`, [['truncated-record', 25, 3]], ['A Title', 'B Title']],
    // (Line 23 holds 44 characters: the message points past the last one, where the copy stops.)
    ['a record cut in its abstract', header + good('A') + 'B Title\n\nIt improves accuracy by 4.9% on the held-out', [['truncated-record', 23, 45]], ['A Title', 'B Title']],
    ['a last abstract that ends a sentence, without meta lines', header + good('A') + 'B Title\n\nIt improves accuracy by 4.9% on the held-out set.\n', [], ['A Title', 'B Title']],
    ['a last abstract that ends in a link, without meta lines', header + good('A') + 'B Title\n\nIt improves accuracy by 4.9%. Code: https://github.com/zeta/solve\n', [], ['A Title', 'B Title']]
  ])('%s', (_, text, expected, titles) => {
    const {papers, messages} = parseListing(text)
    expect(messages.map((message) => [message.ruleId, message.place.line, message.place.column])).toEqual(expected)
    for (const message of messages) {
      expect(message.source).toBe('benchmark-claims')
      expect(message.fatal).toBe(false)
      expect(message.reason).toMatch(/^(Expected|Unexpected) /)
      expect(message.place.offset).toBe(text.split('\n').slice(0, message.place.line - 1).join('\n').length + (message.place.line > 1 ? 1 : 0) + message.place.column - 1)
    }

    expect(papers.map((paper) => paper.title)).toEqual(titles)
    expect(papers.map((paper) => paper.index)).toEqual(titles.map((_, index) => index))
  })

  it('keeps the authors of a record whose date is missing', () => {
    const text = header + `A Title\n\n${abstract('a')}\n\n  • 2 authors\n·`
    const [paper] = parseListing(text).papers
    expect(paper).toMatchObject({authors: 2, date: null, comments: null})
  })

  it.each([
    ['', 'empty-input', false],
    ['\n \n\t', 'empty-input', false],
    ['\u0000\u0001\u0002binary', 'binary-input', true],
    ['\uFFFD'.repeat(50) + 'abc', 'binary-input', true]
  ])('%j gives no papers and a %s message', (text, ruleId, fatal) => {
    const listing = parseListing(text)
    expect(listing.papers).toEqual([])
    expect(listing.date).toBeNull()
    expect(listing.messages).toEqual([expect.objectContaining({ruleId, fatal})])
  })
})

describe('options and programmer errors', () => {
  it('reads as the given format', () => {
    expect(parseListing('[\n]', {format: 'text'}).format).toBe('text')
    expect(readPlainText(header + 'T\n\n' + abstract('t')).papers).toHaveLength(1)
  })

  it.each([
    [{year: 25}, /Expected `year` to be an integer from 1900 to 2999, not `25`/],
    [{year: 2025.5}, /not `2025.5`/],
    [{format: 'pdf'}, /Expected `format` to be one of text, markdown, text-dump, api-json, arxiv-jsonl, not `pdf`/]
  ])('throws on bad options %j', (options, error) => {
    expect(() => parseListing('x', options as never)).toThrow(error)
  })

  it('throws on a value that is not a string', () => {
    expect(() => parseListing(42 as never)).toThrow('Expected a string, not `number`')
  })
})

describe('linear time', () => {
  it('reads a multi-megabyte line and a listing of thousands of records quickly', () => {
    const line = 'a'.repeat(4_000_000)
    const seed = fixture('daily-papers.txt')
    const many = header + seed.slice(seed.indexOf('Nov 12') + 8).repeat(40)
    const started = performance.now()
    const one = parseListing(line)
    const listing = parseListing(many)
    const elapsed = performance.now() - started
    expect(one.messages).toHaveLength(1)
    expect(listing.papers).toHaveLength(82 * 40)
    expect(elapsed).toBeLessThan(10_000)
  })
})

describe('meta line variants', () => {
  const body = (name: string) => `${name} Title\n\n${abstract(name)}\n\n`

  it.each([
    ['an organization line right before the date', 'google Google\nOct 23, 2025 7', {authors: null, organization: {handle: 'google', name: 'Google'}, date: {year: 2025, month: 10, day: 23}, comments: 7}],
    ['blank lines between the meta lines', '  • 3 authors\n\n·\n\nSep 16 2', {authors: 3, organization: null, date: {year: null, month: 9, day: 16}, comments: 2}],
    ['no `·` line', '  • 3 authors\nSep 16', {authors: 3, organization: null, date: {year: null, month: 9, day: 16}, comments: 0}],
    ['a single author, full month name and year without comma', '1 author\n·\nSeptember 16 2024', {authors: 1, organization: null, date: {year: 2024, month: 9, day: 16}, comments: 0}],
    ['only a date', 'Sep 16 5', {authors: null, organization: null, date: {year: null, month: 9, day: 16}, comments: 5}]
  ])('%s', (_, meta, fields) => {
    const {papers, messages} = parseListing(header + body('A') + meta + '\n\n' + body('B'))
    expect(messages).toEqual([])
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({title: 'A Title', ...fields})
    expect(papers[1]).toMatchObject({title: 'B Title', authors: null, date: null, comments: null})
  })
})

describe('a copy without blank lines', () => {
  it.each([
    ['more-papers.txt', 80],
    ['daily-papers.txt', 82]
  ])('reads %s with single line breaks the same', (name, count) => {
    const text = fixture(name)
    const squeezed = text.replace(/\n(?:[ \t]*\n)+/g, '\n')
    const expected = parseListing(text)
    const listing = parseListing(squeezed)
    expect(listing.messages).toEqual([])
    expect(listing.date).toEqual(expected.date)
    expect(listing.papers).toHaveLength(count)
    expect(listing.papers.map((paper) => pick(paper))).toEqual(expected.papers.map((paper) => pick(paper)))
  })

  it('still joins hard-wrapped abstracts when blank lines separate paragraphs', () => {
    const wrapped = Array.from({length: 30}, (_, index) => `line ${index} of a long abstract that goes on`).join('\n') + '.'
    const {papers} = parseListing(`${header}A Title\n\n${wrapped}\n\n  • 2 authors\n·\nSep 16\n`)
    expect(papers).toHaveLength(1)
    expect(papers[0]?.abstract.startsWith('line 0 of a long abstract that goes on line 1 of')).toBe(true)
  })
})

describe('two titles in a row without abstracts', () => {
  it('reports both and keeps the next record', () => {
    const text = `${header}First Lost Title\n\nSecond Lost Title\n\nA Title\n\n${abstract('a')}\n\n  • 2 authors\n·\nSep 16\n`
    const {papers, messages} = parseListing(text)
    expect(papers.map((paper) => pick(paper))).toEqual([
      {index: 0, title: 'A Title', abstract: abstract('a'), authors: 2, organization: null, date: {year: null, month: 9, day: 16}, comments: 0}
    ])
    expect(messages.map((message) => [message.ruleId, message.place.line])).toEqual([
      ['missing-abstract', 13],
      ['missing-abstract', 15]
    ])
  })
})

describe('a header without records', () => {
  it.each([
    [header, 'Expected papers after the page date, not the end of the listing', 11],
    ['new\n\nSubscribe\n\nDaily Papers\n', 'Expected papers after the header, not the end of the listing', 5]
  ])('%#: reports it at the last header line', (text, reason, line) => {
    const {papers, messages} = parseListing(text)
    expect(papers).toEqual([])
    expect(messages).toEqual([expect.objectContaining({reason, ruleId: 'no-records', place: {line, column: 1, offset: text.split('\n').slice(0, line - 1).join('\n').length + 1}})])
  })
})
