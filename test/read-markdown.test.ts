import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readMarkdown} from '../src/parse/read-markdown.js'
import {PaperSchema, type Paper} from '../src/schema/paper.js'
import {expectedRuleIds, MONTHS, paperFields, randomRecord, recordFields, type RandomRecord} from './random-records.js'

const fixture = (name: string) => readFileSync(new URL('fixtures/captures/' + name, import.meta.url), 'utf8')
const fields = ({position: _, ...rest}: Paper) => rest

// Markdown source to shown text, as a reader of the page sees it: escapes
// undone (`\\` at a wrap and `\ ` are wraps), hard wraps joined.
function unwrap(source: string): string {
  return source
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\\(?=\s)[ \t]*/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ')
}

// Images and link syntax (brackets, `](url)`), which a title shows without.
const withoutLinkSyntax = (value: string) =>
  value
    .replaceAll(/!\[[^\]]*\]\([^\s)]*\)/g, '')
    .replaceAll(/\]\([^\s)]*\)/g, '')
    .replaceAll('[', '')
    .replaceAll(']', '')
    .replaceAll(/\s+/g, ' ')
    .trim()

describe('readMarkdown: the Firecrawl capture', () => {
  const text = fixture('search-page-markdown.md')
  const expected = JSON.parse(fixture('search-page-markdown.expected.json')) as {date: unknown; papers: unknown[]}
  const result = readMarkdown(text)

  it('gives the records read by hand', () => {
    expect(result.messages).toEqual([])
    expect(result.date).toEqual(expected.date)
    expect(result.papers.map(fields)).toEqual(expected.papers)
    for (const paper of result.papers) expect(PaperSchema.parse(paper)).toEqual(paper)
  })

  it('points titles and abstracts into the source', () => {
    for (const paper of result.papers) {
      const {title, abstract, record} = paper.position
      expect(unwrap(text.slice(title.start.offset, title.end.offset))).toBe(paper.title)
      expect(unwrap(text.slice(abstract.start.offset, abstract.end.offset))).toBe(paper.abstract)
      expect(record.start.offset).toBeLessThan(title.start.offset)
      expect(text.slice(record.start.offset, record.start.offset + 1)).toBe('[')
    }

    expect(result.papers[2]?.position.title.start).toEqual({line: 56, column: 6, offset: text.indexOf('The Noisy Path')})
  })

  it('reads a CRLF copy with tabs and a BOM the same way', () => {
    const other = readMarkdown('\uFEFF' + text.replaceAll('\n', '\r\n'))
    expect(other.messages).toEqual([])
    expect(other.papers.map(fields)).toEqual(expected.papers)
  })

  it('fills missing years from options.year', () => {
    const {papers} = readMarkdown(text, {year: 2026})
    expect(papers.map((paper) => paper.published)).toEqual([
      '2026-05-29',
      '2026-09-09',
      '2025-02-27',
      '2026-05-08',
      '2026-08-30',
      '2025-09-01'
    ])
  })
})

const ABSTRACT = 'We show that X improves Y by 4.2 points on Z.'
const page = (...records: string[]) => ['# Daily Papers', '', 'Oct 2', '', ...records].join('\n')

describe('readMarkdown: variants', () => {
  it.each([
    ['linked count', '[101](https://huggingface.co/login?next=%2Fpapers%2F2401.00001)', 101],
    ['dash link', '[-](https://huggingface.co/login?next=%2Fpapers%2F2401.00001)', 0],
    ['button text and count', '[-] 19', 19],
    ['button text and dash', ' [-] -', 0],
    ['box over lines', '[\n65\n][35]\n\n[35]: https://huggingface.co/login', 65],
    ['box over blocks, definition missing', '[\n\n65\n\n][35]', 65],
    ['dash box (a setext underline to Markdown)', '[\n-\n][35]', 0],
    ['dash box over blocks (an empty list item to Markdown)', '[\n\n-\n\n][35]', 0],
    ['reference link', '[7][35]', 7]
  ])('upvotes: %s', (_, upvotes, count) => {
    const {papers, messages} = readMarkdown(page(upvotes, '', '### [A title](https://huggingface.co/papers/2401.00001)', '', ABSTRACT))
    expect(messages).toEqual([])
    expect(papers.map((paper) => [paper.title, paper.abstract, paper.upvotes])).toEqual([['A title', ABSTRACT, count]])
  })

  it.each([
    ['avatar link', '[![occ-ai](https://cdn/avatar.png)OCC](https://huggingface.co/occ-ai)', {handle: 'occ-ai', name: 'OCC'}],
    ['reference, definition missing', '[[microsoft] Microsoft][67]', {handle: 'microsoft', name: 'Microsoft'}],
    ['reference with definition', '[[msft] Microsoft][67]\n\n[67]: https://huggingface.co/microsoft', {handle: 'microsoft', name: 'Microsoft'}],
    ['image reference', '[![tencent][66] Tencent][67]\n\n[66]: https://cdn/a.png\n[67]: https://huggingface.co/tencent', {handle: 'tencent', name: 'Tencent'}],
    // Markdown would read `_-_` in the alt text as emphasis.
    ['avatar of a handle with underscores, definition missing', '[![a-_-_](https://cdn/a.png)Lab A][67]', {handle: 'a-_-_', name: 'Lab A'}],
    ['escaped underscore in the alt text', '[![lab\\_x](https://cdn/a.png)Lab X][67]', {handle: 'lab_x', name: 'Lab X'}]
  ])('organization: %s', (_, line, organization) => {
    const {papers, messages} = readMarkdown(page('### [T](https://huggingface.co/papers/2401.00001)', '', ABSTRACT, '', line, '', '·', '', 'Mar 8'))
    expect(messages).toEqual([])
    expect(papers[0]).toMatchObject({organization, authors: null, comments: 0, date: {year: null, month: 3, day: 8}})
  })

  it.each([
    ['glued link', 'May 29[6](https://huggingface.co/papers/2401.00001#community)', {year: null, month: 5, day: 29}, 6],
    ['reference after a space', 'Mar 8, 2024 [ 6][39]', {year: 2024, month: 3, day: 8}, 6],
    ['count on its own', 'Sep 3, 2024\n\n[2](https://huggingface.co/papers/2401.00001#community)', {year: 2024, month: 9, day: 3}, 2],
    ['no count', 'Aug 30', {year: null, month: 8, day: 30}, 0],
    ['full month name', 'September 1, 2025', {year: 2025, month: 9, day: 1}, 0]
  ])('date and comments: %s', (_, line, date, comments) => {
    const {papers, messages} = readMarkdown(page('### [T](https://huggingface.co/papers/2401.00001)', '', ABSTRACT, '', '- 3 authors', '', '·', '', line))
    expect(messages).toEqual([])
    expect(papers[0]).toMatchObject({date, comments, authors: 3})
  })

  it.each([
    ['inline list', '* ![](https://a/1.svg)\n* ![](https://a/2.svg)\n* 3 authors', 3],
    ['linked list', '[- ![](https://a/1.svg)\\\\\n- 3 authors](https://huggingface.co/papers/2401.00001)', 3],
    ['link text', '[- 10 authors](https://huggingface.co/papers/2401.00001)', 10],
    ['one author', '- 1 author', 1]
  ])('authors: %s', (_, block, count) => {
    const {papers, messages} = readMarkdown(page('### [T](https://huggingface.co/papers/2401.00001)', '', ABSTRACT, '', block, '', '·', '', 'Aug 30'))
    expect(messages).toEqual([])
    expect(papers[0]?.authors).toBe(count)
  })

  it('reads reference-link titles and abstracts whose definitions are missing', () => {
    const text = page('[\n12\n][1]', '', '### [First title][2]', '', `[${ABSTRACT}][2]`, '', '[\n3\n][3]', '', '[Second title][4]', '', '[Second abstract.][4]', '', '[4]: https://huggingface.co/papers/2401.00004')
    const {papers, messages} = readMarkdown(text)
    expect(messages).toEqual([])
    expect(papers.map((paper) => [paper.title, paper.abstract, paper.upvotes, paper.arxivId])).toEqual([
      ['First title', ABSTRACT, 12, null],
      ['Second title', 'Second abstract.', 3, '2401.00004']
    ])
  })

  it('joins hard wraps and undoes escapes in abstracts', () => {
    const text = page('### [A\\  wrapped title](https://huggingface.co/papers/2401.00001)', '', '[One\\\\\ntwo \\*three\\*\\\\\n  four.](https://huggingface.co/papers/2401.00001)')
    const [paper] = readMarkdown(text).papers
    expect([paper?.title, paper?.abstract]).toEqual(['A wrapped title', 'One two *three* four.'])
  })

  it('tells a new record by a link to another paper, without upvotes or headings', () => {
    const text = page('[One](https://huggingface.co/papers/2401.00001)', '', '[Abstract one.](https://huggingface.co/papers/2401.00001)', '', '[Two](https://huggingface.co/papers/2401.00002)', '', '[Abstract two.](https://huggingface.co/papers/2401.00002)')
    expect(readMarkdown(text).papers.map((paper) => [paper.title, paper.abstract, paper.arxivId])).toEqual([
      ['One', 'Abstract one.', '2401.00001'],
      ['Two', 'Abstract two.', '2401.00002']
    ])
  })

  it.each([
    ['an upvote count without a title', page('[5](https://huggingface.co/login)', '', '[6](https://huggingface.co/login)', '', '### [T](https://huggingface.co/papers/2401.00001)', '', ABSTRACT), [['missing-title', 5, 1]], 1],
    ['a title without abstract', page('### [T](https://huggingface.co/papers/2401.00001)', '', '- 2 authors', '', '·', '', 'Oct 1'), [['missing-abstract', 5, 1]], 1],
    ['stray text after a record', page('### [T](https://huggingface.co/papers/2401.00001)', '', ABSTRACT, '', '·', '', 'Oct 1', '', 'Some footer text'), [['stray-block', 13, 1]], 1],
    ['a meta line before any record', page('[3](https://huggingface.co/login)', '', '### [T](https://huggingface.co/papers/2401.00001)', '', ABSTRACT).replace('Oct 2', 'Oct 2\n\n'), [], 1],
    ['deep nesting', '>'.repeat(50_000) + ' x', [['no-records', 1, 33]], 0],
    ['nothing but navigation', '# Daily Papers\n\n- Daily\n- Weekly', [['no-records', 1, 1]], 0],
    ['empty', '', [], 0]
  ])('%s', (_, text, expected, count) => {
    const {papers, messages} = readMarkdown(text)
    expect(messages.map((message) => [message.ruleId, message.place.line, message.place.column])).toEqual(expected)
    expect(papers).toHaveLength(count)
  })
})

// Random records rendered the way capture tools write them.
const record = randomRecord(fc.stringMatching(/^[\p{L}\p{N}][\p{L}\p{N}:.,%()'+-]{0,11}$/u), fc.option(fc.nat(999), {nil: null}))

function render(records: RandomRecord[], style: 'inline' | 'reference', width: number): string {
  const blocks: string[] = ['---', 'title: Daily Papers', '---', '# Daily Papers', '- Daily', '- Weekly', 'Oct 2']
  const definitions: string[] = []
  let label = 0
  const link = (text: string, url: string) => {
    if (style === 'inline') return `[${text}](${url})`
    label++
    // Every third definition is missing, as in a truncated capture.
    if (label % 3 !== 0) definitions.push(`[${label}]: ${url}`)
    return `[${text}][${label}]`
  }

  for (const item of records) {
    const page = 'https://huggingface.co/papers/' + item.id
    blocks.push(item.upvotes === null ? link('-', 'https://huggingface.co/login') : link(String(item.upvotes), 'https://huggingface.co/login'))
    blocks.push('### ' + link(item.title, page))
    blocks.push(`[${wrap(item.abstract, width)}](${page})`)
    if (item.meta) {
      const {who, date, comments} = item.meta
      blocks.push('authors' in who ? `[- ![](https://a/x.svg)\\\\\n- ${who.authors} authors](${page})` : link(`![${who.handle}](https://a/${who.handle}.png)${who.name}`, 'https://huggingface.co/' + who.handle))
      blocks.push('·')
      const shown = `${MONTHS[date.month - 1]} ${date.day}${date.year === null ? '' : ', ' + date.year}`
      blocks.push(comments === 0 ? shown : shown + link(String(comments), page + '#community'))
    }
  }

  return blocks.join('\n\n') + '\n\n' + definitions.join('\n') + '\n'
}

// Hard-wrap at `width` columns with `\\` line ends, as Firecrawl does.
function wrap(text: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? line + ' ' + word : word
  }

  lines.push(line)
  return lines.join('\\\\\n')
}

describe('readMarkdown: properties', () => {
  it('reads back rendered records (inline and reference links)', () => {
    fc.assert(
      fc.property(fc.array(record, {minLength: 1, maxLength: 6}), fc.constantFrom('inline' as const, 'reference' as const), fc.integer({min: 20, max: 200}), (records, style, width) => {
        const text = render(records, style, width)
        const {papers, messages} = readMarkdown(text)
        expect(messages.map((message) => message.ruleId)).toEqual(expectedRuleIds(records))
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
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), fc.array(fc.constantFrom('[', ']', '(', ')', '\n', '\n\n', '### ', '- ', '[-] ', '1', 'Oct 2', '·', '\\', 'https://huggingface.co/papers/2401.00001', 'x')).map((parts) => parts.join(''))), (text) => {
        const {papers} = readMarkdown(text)
        for (const paper of papers) PaperSchema.parse(paper)
      }),
      {numRuns: 200}
    )
  })
})

describe('readMarkdown: root-relative links', () => {
  it('reads `/papers/<id>` links as huggingface.co pages', () => {
    const {papers, messages} = readMarkdown(page('### [T](/papers/2401.00009)', '', `[${ABSTRACT}](/papers/2401.00009)`))
    expect(messages).toEqual([])
    expect(papers.map((paper) => [paper.arxivId, paper.links])).toEqual([['2401.00009', [{url: 'https://huggingface.co/papers/2401.00009', kind: 'paper'}]]])
  })
})

describe('readMarkdown: hostile blocks', () => {
  it.each([
    ['nested brackets', '['.repeat(20_000) + 'x' + ']'.repeat(20_000)],
    ['emphasis run', '*a'.repeat(20_000)],
    ['unclosed destinations', '[a]('.repeat(10_000)]
  ])('skips a block of %s quickly, with a message, and reads the cards around it', (_, block) => {
    const card = '### [T](https://huggingface.co/papers/2401.00001)\n\n' + ABSTRACT
    const text = page(card, '', block, '', card.replace('00001', '00002'))
    const started = performance.now()
    const {papers, messages} = readMarkdown(text)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(papers.map((paper) => paper.arxivId)).toEqual(['2401.00001', '2401.00002'])
    expect(messages.map((message) => [message.ruleId, message.place.line])).toEqual([['markdown-hostile-block', 9]])
  })
})

describe('readMarkdown: damaged captures', () => {
  const text = fixture('search-page-markdown.md')
  const lines = text.split('\n')

  it('says where a capture cut inside its last abstract stops', () => {
    // (The capture's third card, cut inside its abstract: no meta items after it.)
    const cut = text.indexOf('future papers') + 'future papers'.length
    const {papers, messages} = readMarkdown(text.slice(0, cut))
    expect(papers.at(-1)?.abstract.endsWith('future papers')).toBe(true)
    expect(messages.map((message) => [message.ruleId, message.place.offset])).toEqual([['truncated-record', cut]])
    expect(readMarkdown(text).messages.filter((message) => message.ruleId === 'truncated-record')).toEqual([])
  })

  it('never throws on a capture cut, or with lines dropped or repeated; spans stay in the text', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.array(fc.tuple(fc.nat(lines.length - 1), fc.boolean()), {maxLength: 8}), (cut, edits) => {
        const edited = [...lines]
        for (const [at, drop] of edits) edited.splice(at, drop ? 1 : 0, ...(drop ? [] : [edited[at] ?? '']))
        for (const input of [text.slice(0, cut), edited.join('\n')]) {
          const {papers, messages} = readMarkdown(input)
          for (const paper of papers) {
            PaperSchema.parse(paper)
            expect(paper.position.record.end.offset).toBeLessThanOrEqual(input.length)
            // A damaged card may take link syntax into its title (`[173](…)` and
            // `[Abstract…` when lines repeat or go), which remark shows as link text.
            const source = unwrap(input.slice(paper.position.title.start.offset, paper.position.title.end.offset))
            expect(withoutLinkSyntax(source)).toBe(withoutLinkSyntax(paper.title))
          }

          for (const message of messages) expect(message.place.offset).toBeLessThanOrEqual(input.length)
        }
      }),
      {numRuns: 60}
    )
  })
})
