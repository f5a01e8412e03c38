import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readTextDump} from '../src/parse/read-text-dump.js'
import {PaperSchema, type Paper} from '../src/schema/paper.js'
import {expectedRuleIds, MONTHS, paperFields, randomRecord, recordFields, type RandomRecord} from './random-records.js'

const fixture = (name: string) => readFileSync(new URL('fixtures/captures/' + name, import.meta.url), 'utf8')
const fields = ({position: _, ...rest}: Paper) => rest
const unwrap = (source: string) =>
  source
    .split(/\r?\n/)
    .map((line) => line.trim())
    // A bare URL line is the link target of the line before it, not text.
    .filter((line) => line !== '' && !/^https?:\/\/\S+$/u.test(line))
    .join(' ')

describe('readTextDump: the captured search page', () => {
  const text = fixture('search-page-plaintext.txt')
  const expected = JSON.parse(fixture('search-page-plaintext.expected.json')) as {date: unknown; papers: unknown[]}
  const result = readTextDump(text)

  it('gives the records read by hand', () => {
    expect(result.messages).toEqual([])
    expect(result.date).toEqual(expected.date)
    expect(result.papers.map(fields)).toEqual(expected.papers)
    for (const paper of result.papers) expect(PaperSchema.parse(paper)).toEqual(paper)
  })

  it('points records, titles and abstracts into the source', () => {
    for (const paper of result.papers) {
      const {record, title, abstract} = paper.position
      expect(text.slice(title.start.offset, title.end.offset)).toBe(paper.title)
      expect(text.slice(abstract.start.offset, abstract.end.offset)).toBe(paper.abstract)
      expect(text.slice(record.start.offset, record.start.offset + 3)).toBe('[-]')
    }

    const first = result.papers[0]?.position.title.start
    expect(first).toEqual({line: 93, column: 1, offset: text.indexOf('Better than Your Teacher')})
  })

  it('reads a CRLF copy with NBSP-indented lines and a BOM the same way', () => {
    const other = readTextDump('\uFEFF' + text.replaceAll(' [-]', '\u00A0[-]').replaceAll('\n', '\r\n'))
    expect(other.messages).toEqual([])
    expect(other.papers.map(fields)).toEqual(expected.papers)
  })
})

const HF = 'https://huggingface.co/'
const ABSTRACT = 'We show that X improves Y by 4.2 points on Z.'
const card = (...lines: string[]) => ['Daily Papers', 'Oct 2', ...lines].join('\n\n')
const head = (id: string, upvotes = ' [-] 3') => [upvotes, `${HF}login?next=%2Fpapers%2F${id}`, 'A title', HF + 'papers/' + id]

describe('readTextDump: variants', () => {
  it.each([
    [' [-] 19', 19],
    [' [-] -', 0],
    ['[-] 7', 7],
    ['12', 12]
  ])('upvote line %j', (line, count) => {
    const {papers, messages} = readTextDump(card(...head('2401.00001', line), ABSTRACT, HF + 'papers/2401.00001'))
    expect(messages).toEqual([])
    expect(papers.map((paper) => [paper.title, paper.abstract, paper.upvotes, paper.arxivId])).toEqual([['A title', ABSTRACT, count, '2401.00001']])
  })

  it.each([
    ['author box', ['[', '2 authors](https://huggingface.co/papers/2401.00001)'], {authors: 2, organization: null}],
    ['author box, one line', ['[\n3 authors](https://huggingface.co/papers/2401.00001)'], {authors: 3, organization: null}],
    ['bullet', ['• 5 authors'], {authors: 5, organization: null}],
    [
      'organization link after avatars',
      [' ', HF + 'papers/2401.00001', ' Google', HF + 'google'],
      {authors: null, organization: {handle: 'google', name: 'Google'}}
    ],
    ['organization with a long name', ['Carnegie Mellon University', HF + 'CarnegieMellonU'], {organization: {handle: 'CarnegieMellonU', name: 'Carnegie Mellon University'}}]
  ])('%s', (_, lines, expected) => {
    const {papers, messages} = readTextDump(card(...head('2401.00001'), ABSTRACT, HF + 'papers/2401.00001', ...lines, '·', 'Oct 7, 2024'))
    expect(messages).toEqual([])
    expect(papers[0]).toMatchObject({...expected, date: {year: 2024, month: 10, day: 7}, comments: 0})
  })

  it.each([
    ['count on its own linked line', ['Sep 3, 2024 ', '2', HF + 'papers/2401.00001#community'], {year: 2024, month: 9, day: 3}, 2],
    ['count on the date line', ['Oct 13 4'], {year: null, month: 10, day: 13}, 4],
    ['no year, no count', ['May 29'], {year: null, month: 5, day: 29}, 0]
  ])('date: %s', (_, lines, date, comments) => {
    const {papers, messages} = readTextDump(card(...head('2401.00001'), ABSTRACT, HF + 'papers/2401.00001', '[', '1 authors](x)', '·', ...lines))
    expect(messages).toEqual([])
    expect(papers[0]).toMatchObject({date, comments, authors: 1})
  })

  it('joins an abstract wrapped over adjacent lines', () => {
    const {papers} = readTextDump(card(...head('2401.00001'), 'First half of the\nabstract, second\n  half.', HF + 'papers/2401.00001'))
    expect(papers[0]?.abstract).toBe('First half of the abstract, second half.')
  })

  it('reads records without upvote lines by their paper links', () => {
    const text = card('One', HF + 'papers/2401.00001', 'Abstract one.', HF + 'papers/2401.00001', 'Two', HF + 'papers/2401.00002', 'Abstract two.', HF + 'papers/2401.00002')
    const {papers, messages} = readTextDump(text)
    expect(messages).toEqual([])
    expect(papers.map((paper) => [paper.title, paper.abstract, paper.upvotes, paper.arxivId])).toEqual([
      ['One', 'Abstract one.', null, '2401.00001'],
      ['Two', 'Abstract two.', null, '2401.00002']
    ])
  })

  it.each([
    ['an upvote line at the end (truncated)', card(...head('2401.00001'), ABSTRACT, HF + 'papers/2401.00001', ' [-] 2', HF + 'login'), [['missing-title', 17, 2]], 1],
    ['a title without an abstract (a daily page)', card(...head('2401.00001'), '[', '2 authors](x)', '·', 'Oct 1'), [['missing-abstract', 9, 1]], 1],
    ['stray text after the meta lines', card(...head('2401.00001'), ABSTRACT, '·', 'Oct 1', 'Some footer'), [['stray-block', 19, 1]], 1],
    ['a date before any title, inside the list', card(' [-] 1', HF + 'login', 'A title', HF + 'papers/2401.00001', ABSTRACT).replace('Oct 2', 'Oct 2\n\n[-] 4\n\nOct 3'), [['missing-title', 5, 1]], 1],
    [
      'a page footer with pagination: one message',
      card(...head('2401.00001'), ABSTRACT, '·', 'Oct 1', 'Previous', HF + 'papers?p=0', '2', HF + 'papers?p=2', 'System theme', 'TOS', HF + 'terms-of-service'),
      [['stray-block', 19, 1]],
      1
    ],
    ['only a header', '---\ntitle: "Daily Papers"\n---\n\nModels\n\nhttps://huggingface.co/models\n', [['no-records', 1, 1]], 0],
    ['empty', '', [], 0]
  ])('%s', (_, text, expected, count) => {
    const {papers, messages} = readTextDump(text)
    expect(messages.map((message) => [message.ruleId, message.place.line, message.place.column])).toEqual(expected)
    expect(papers).toHaveLength(count)
  })
})

// Random records, rendered the way the capture tool writes them.
const record = randomRecord(fc.stringMatching(/^[\p{L}\p{N}][\p{L}\p{N}:.,%()'[\]+-]{0,11}$/u), fc.nat(999), (value) => !value.startsWith('['))

function render(records: RandomRecord[]): string {
  const lines = ['---', 'type: web_page', '---', '# Daily Papers - Hugging Face', 'Models', HF + 'models', 'Mar 25']
  for (const item of records) {
    const page = HF + 'papers/' + item.id
    lines.push(item.upvotes === 0 ? ' [-] -' : ` [-] ${item.upvotes}`, `${HF}login?next=%2Fpapers%2F${item.id}`)
    lines.push(item.title, page, item.abstract, page)
    if (item.meta) {
      const {who, date, comments} = item.meta
      if ('authors' in who) lines.push('[', `${who.authors} authors](${page})`)
      else lines.push(' ', page, ' ' + who.name, HF + who.handle)
      lines.push('·', `${MONTHS[date.month - 1]} ${date.day}${date.year === null ? '' : ', ' + date.year} `)
      if (comments > 0) lines.push(String(comments), page + '#community')
    }
  }

  return lines.join('\n\n')
}

describe('readTextDump: properties', () => {
  it('reads back rendered records', () => {
    fc.assert(
      fc.property(fc.array(record, {minLength: 1, maxLength: 6}), (records) => {
        const text = render(records)
        const {papers, messages, date} = readTextDump(text)
        expect(messages.map((message) => message.ruleId)).toEqual(expectedRuleIds(records))
        expect(date).toEqual({year: null, month: 3, day: 25})
        expect(papers.map(paperFields)).toEqual(records.map(recordFields))
        for (const paper of papers) {
          const {title, abstract} = paper.position
          expect(unwrap(text.slice(title.start.offset, title.end.offset))).toBe(paper.title)
          expect(unwrap(text.slice(abstract.start.offset, abstract.end.offset))).toBe(paper.abstract)
        }
      }),
      {numRuns: 100}
    )
  })

  it('never throws, and every paper is valid', () => {
    const pieces = fc.constantFrom('[', ']', '](x)', '\n', '\n\n', ' [-] ', '1', '-', 'Oct 2', '·', '2 authors', HF + 'papers/2401.00001', HF + 'google', 'Title', ' ')
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), fc.array(pieces).map((parts) => parts.join(''))), (text) => {
        const {papers} = readTextDump(text)
        for (const paper of papers) PaperSchema.parse(paper)
      }),
      {numRuns: 300}
    )
  })
})

describe('readTextDump: stray runs', () => {
  it('counts the blocks of a footer in one message', () => {
    const {messages} = readTextDump(card(...head('2401.00001'), ABSTRACT, '·', 'Oct 1', 'Previous', HF + 'papers?p=0', '2', HF + 'papers?p=2', 'TOS'))
    expect(messages.map((message) => message.reason)).toEqual(['Expected a title, abstract or card detail; these 3 blocks belong to no record'])
  })
})

describe('readTextDump: damaged captures', () => {
  const text = fixture('search-page-plaintext.txt')
  const lines = text.split('\n')

  it('says where a capture cut inside its last abstract stops', () => {
    // (The capture's third card, cut inside its abstract: no meta items after it.)
    const cut = text.indexOf('in-weight learning, and c') + 'in-weight learning, and c'.length
    const {papers, messages} = readTextDump(text.slice(0, cut))
    expect(papers.at(-1)?.abstract.endsWith('in-weight learning, and c')).toBe(true)
    expect(messages.map((message) => [message.ruleId, message.place.offset])).toEqual([['truncated-record', cut]])
    expect(readTextDump(text).messages.filter((message) => message.ruleId === 'truncated-record')).toEqual([])
  })

  it('never throws on a capture cut, or with lines dropped or repeated; spans stay in the text', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.array(fc.tuple(fc.nat(lines.length - 1), fc.boolean()), {maxLength: 8}), (cut, edits) => {
        const edited = [...lines]
        for (const [at, drop] of edits) edited.splice(at, drop ? 1 : 0, ...(drop ? [] : [edited[at] ?? '']))
        for (const input of [text.slice(0, cut), edited.join('\n')]) {
          const {papers, messages} = readTextDump(input)
          for (const paper of papers) {
            PaperSchema.parse(paper)
            expect(paper.position.record.end.offset).toBeLessThanOrEqual(input.length)
            expect(unwrap(input.slice(paper.position.title.start.offset, paper.position.title.end.offset))).toBe(paper.title)
          }

          for (const message of messages) expect(message.place.offset).toBeLessThanOrEqual(input.length)
        }
      }),
      {numRuns: 100}
    )
  })
})
