import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {toMarkdownTable} from '../src/table/to-markdown.js'

describe('toMarkdownTable', () => {
  it('writes a header, a delimiter row and one line per row', () => {
    expect(toMarkdownTable([{model: 'Tango', value: 73.6}, {model: null, value: -11.8}])).toBe(
      '| model | value |\n| --- | --- |\n| Tango | 73.6 |\n|  | -11.8 |\n'
    )
  })

  it('takes columns to choose and order', () => {
    expect(toMarkdownTable([{a: 1, b: 2, c: 3}], ['c', 'a'])).toBe('| c | a |\n| --- | --- |\n| 3 | 1 |\n')
  })

  it('writes a header alone for no rows, nothing without columns', () => {
    expect(toMarkdownTable([], ['a'])).toBe('| a |\n| --- |\n')
    expect(toMarkdownTable([])).toBe('')
  })

  const cases: Array<[string, string, string]> = [
    ['a pipe is escaped', 'a|b', 'a\\|b'],
    ['a backslash is escaped', 'a\\b', 'a\\\\b'],
    ['an escaped pipe stays a pipe', 'a\\|b', 'a\\\\\\|b'],
    ['a line break is <br>', 'a\nb\r\nc\rd', 'a<br>b<br>c<br>d'],
    ['HTML is text', '<script>x</script> & co', '&lt;script&gt;x&lt;/script&gt; &amp; co'],
    ['other text is kept', 'Qwen2.5 *7B* 🚀', 'Qwen2.5 *7B* 🚀']
  ]

  it.each(cases)('%s', (_, text, cell) => {
    expect(toMarkdownTable([{x: text}])).toBe(`| x |\n| --- |\n| ${cell} |\n`)
  })
})

describe('toMarkdownTable (property)', () => {
  it('keeps every row at its column count and on one line, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({unit: 'binary'}), fc.string({unit: 'binary'})), {maxLength: 5}), (pairs) => {
        const lines = toMarkdownTable(pairs.map(([a, b]) => ({a, b})), ['a', 'b']).split('\n')
        expect(lines).toHaveLength(pairs.length + 3)
        for (const line of lines.slice(0, -1)) {
          // Unescaped pipes: the ones not after an odd run of backslashes.
          const pipes = [...line.matchAll(/(\\*)\|/g)].filter((match) => (match[1] ?? '').length % 2 === 0)
          expect(pipes).toHaveLength(3)
          expect(line.replaceAll('<br>', '')).not.toMatch(/[<>]/)
        }
      })
    )
  })
})
