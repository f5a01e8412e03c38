import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collectMarkdownItems} from '../src/parse/collect-markdown-items.js'
import {findBracketLabels, findDefinitionLabels} from '../src/parse/find-markdown-labels.js'
import {readMarkdown} from '../src/parse/read-markdown.js'
import {splitMarkdownChunks} from '../src/parse/split-markdown-chunks.js'

const capture = readFileSync(new URL('fixtures/captures/search-page-markdown.md', import.meta.url), 'utf8')

// The items and the labels' URLs read in pieces as small as possible, and in one piece.
function both(text: string, labels: string[] = []) {
  const read = (chunkSize: number) => {
    const collected = collectMarkdownItems(text, {chunkSize})
    return collected && {items: collected.items, urls: labels.map((label) => collected.resolve(label)), blanked: collected.blanked}
  }

  return {pieces: read(1), whole: read(Number.POSITIVE_INFINITY)}
}

// Every link URL of the items, in order (null for plain text).
const urls = (text: string, chunkSize: number) =>
  collectMarkdownItems(text, {chunkSize})?.items.flatMap((item) => item.parts.map((part) => part.url))

describe('splitMarkdownChunks', () => {
  it.each([
    ['one small piece', 'a\n\n### [T](u)\n', 1024, [0]],
    ['cuts before a heading or a link after a blank line', 'a\n\n### [T](u)\n\n[1](v)\nb\n[2](w)\n', 1, [0, 3, 15]],
    ['cuts after CRLF and lone CR line ends', 'a\r\n\r\n[1](v)\r\r[2](w)', 1, [0, 5, 13]],
    ['not before other lines, nor indented ones', 'a\n\nb\n\n  [1](v)\n\n- [2](w)\n', 1, [0]],
    ['not inside a fenced block, nor after one', '```\n\n[1](v)\n```\n\n[2](w)\n', 1, [0]],
    ['not after a fence, closed or not', '~~~~\n\n~~~\n\n[1](v)\n~~~~\n\n[2](w)\n', 1, [0]],
    // `  ```` in a list item is not closed by ```` at column 0, which opens a new fence.
    ['not after a fence in a list item', '* 3 authors\n  ```\n````\n\n[title]: /papers/2401.00003', 1, [0]],
    ['before the first fence', '[1](v)\n\n[2](w)\n```\n\n[3](x)\n', 1, [0, 8]],
    ['not inside an HTML comment or <pre>', '<!--\n\n[1](v)\n-->\n\n<pre>\n\n[2](w)\n</pre>\n\n[3](x)', 1, [0, 40]],
    ['after a comment closed on its line', '<!-- c -->\n\n[1](v)\n', 1, [0, 12]],
    ['an info string with a backtick opens no fence', '```a`b\n\n[1](v)\n', 1, [0, 8]],
    ['waits for the piece to reach the size', '[1](v)\n\n[2](w)\n\n[3](x)\n', 10, [0, 16]]
  ])('%s', (_, text, size, starts) => {
    expect(splitMarkdownChunks(text, size)).toEqual(starts)
  })
})

describe('Markdown labels', () => {
  it('finds definition-like lines and innermost brackets', () => {
    expect(findDefinitionLabels('[1]: u\n   [a b]: v\n    [c]: w\n[d] : x\n[e\\]f]: y')).toEqual(['1', 'a b', 'e\\]f'])
    expect(findBracketLabels('[![a](u)b] [c][12] \\[d] [e\\]f]')).toEqual(['a', 'c', '12', 'e\\]f'])
  })
})

describe('collectMarkdownItems in pieces', () => {
  it('reads the capture, three times over with its definitions at the end, as in one piece', () => {
    const text = [capture, capture, capture, '[12]: https://huggingface.co/papers/2401.00012', '[Shortcut]: /papers/2401.00013'].join('\n\n')
    const {pieces, whole} = both(text, ['12', 'shortcut', 'missing'])
    expect(pieces).toEqual(whole)
    expect(pieces?.urls).toEqual(['https://huggingface.co/papers/2401.00012', '/papers/2401.00013', ''])
  })

  it.each([
    ['a full reference defined far below', '[A][12]\n\n[x](u)\n\n[12]: /papers/1', ['https://huggingface.co/papers/1', 'u']],
    ['a full reference never defined', '[A][12]\n\n[x](u)', ['', 'u']],
    ['a shortcut reference defined far below', '[A]\n\n[x](u)\n\n[a]: /p', ['https://huggingface.co/p', 'u']],
    ['a shortcut reference used only as a full one elsewhere', '[A]\n\n[x][a]', ['', '']],
    ['a definition-like line inside a paragraph defines nothing', '[A]\n\n[x](u)\ntext\n[a]: /p', [null, 'u', null]],
    ['a definition-like line inside code defines nothing', '[A]\n\n[x](u)\n\n```\n[a]: /p\n```', [null, 'u', null]],
    ['the first definition of a label wins', '[A]\n\n[a]: /first\n\n[x](u)\n\n[a]: /second', ['https://huggingface.co/first', 'u']]
  ])('%s', (_, text, expected) => {
    expect(urls(text, 1)).toEqual(expected)
    expect(urls(text, Number.POSITIVE_INFINITY)).toEqual(expected)
  })

  it('gives the same items as one piece on any mix of card, fence, HTML and definition lines', () => {
    const line = fc.constantFrom(
      '',
      '',
      '### [A Title](/papers/2401.00001)',
      '[101](https://huggingface.co/login?next=%2Fpapers)',
      '[-](u)',
      '[Title][12]',
      '[Title]',
      '[12]: https://huggingface.co/papers/2401.00002',
      '[title]: /papers/2401.00003',
      '  [title]: /other',
      '* 3 authors',
      '- [item](v)',
      '  ```',
      '```',
      '````',
      '~~~',
      '<!--',
      '-->',
      '<pre>',
      '</pre>',
      '<div>',
      '<?x',
      '?>',
      '> [quote](q)',
      '    [code](c)',
      'May 29[6](/papers/2401.00001#community)',
      'text'
    )
    fc.assert(
      fc.property(fc.array(line, {maxLength: 40}), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const {pieces, whole} = both(lines.join(eol), ['12', 'title', 'Title'])
        expect(pieces).toEqual(whole)
      }),
      {numRuns: 500}
    )
  })

  it('keeps readMarkdown results on a capture larger than one piece', () => {
    const text = capture + '\n\n' + capture.slice(capture.indexOf('[101]'))
    const {papers, messages} = readMarkdown(text)
    const once = readMarkdown(capture).papers
    expect(messages).toEqual([])
    expect(papers.map((paper) => paper.title)).toEqual([...once, ...once].map((paper) => paper.title))
    const second = papers[once.length]
    expect(second && text.slice(second.position.title.start.offset, second.position.title.start.offset + 8)).toBe('OCC-RAG:')
  })
})
