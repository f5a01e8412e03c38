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
