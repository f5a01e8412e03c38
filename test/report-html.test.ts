import fc from 'fast-check'
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {compareCells} from '../src/table/compare-cells.js'
import {highlightEvidence} from '../src/table/highlight-evidence.js'
import {renderReport} from '../src/table/render-report.js'
import {buildClaim} from './build-claim.js'
import {reportSample} from './report-sample.js'

const {claims, papers} = reportSample()
const html = renderReport({claims, papers, title: '<script>alert("t")</script> Daily & more'})

/** The text between `open` and `close` for every occurrence. */
function between(text: string, open: string, close: string): string[] {
  const found: string[] = []
  let at = text.indexOf(open)
  while (at !== -1) {
    const end = text.indexOf(close, at + open.length)
    found.push(text.slice(at + open.length, end))
    at = text.indexOf(open, end)
  }

  return found
}

describe('renderReport: self-contained and escaped', () => {
  it('has exactly one script and one style, both allowed by hash in a CSP that forbids loads', () => {
    const scripts = between(html, '<script>', '</script>')
    const styles = between(html, '<style>', '</style>')
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(scripts).toHaveLength(1)
    expect(styles).toHaveLength(1)
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? ''
    const sha = (text: string) => createHash('sha256').update(text).digest('base64')
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${sha(styles[0] ?? '')}'`,
      `script-src 'sha256-${sha(scripts[0] ?? '')}'`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'"
    ])
    // The policy comes before anything that could load.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
  })

  it('refers to nothing outside the file', () => {
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/<[^>]*\bsrc=/i)
    expect(html).not.toMatch(/url\(|@import/i)
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
      expect(href).toMatch(/^(?:#benchmark-\d+|#gains|https:\/\/arxiv\.org\/abs\/[\d.]+)$/)
    }
  })

  it('escapes titles, models and sentences', () => {
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; Daily &amp; more</title>')
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; Daily &amp; more</h1>')
    expect(html).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;Tango &amp; Co')
    expect(html).toContain('Other &lt;b&gt;')
    expect(html).toContain('4.9%</mark> &lt;img src=x onerror=alert(1)&gt;.')
    expect(html).not.toContain('<b>')
  })
})

describe('renderReport: content', () => {
  it('has a sortable table per benchmark and metric with one row per model', () => {
    const tables = [...html.matchAll(/<table class="sortable" id="([\w-]+)">([\s\S]*?)<\/table>/g)]
    // WebShop has only changes: they are in the gains table, not on a board.
    expect(tables.map(([, id]) => id)).toEqual(['benchmark-0-0', 'benchmark-0-1', 'gains'])
    const rowCount = (body = '') => (body.match(/<tr>/g) ?? []).length - 1
    expect(tables.map(([, , body]) => rowCount(body))).toEqual([3, 1, 3])
    expect(html).toMatch(/<h2>MATH-500<\/h2>\n<h3>accuracy <span class="note">\(higher is better\)<\/span><\/h3>/)
    expect(html).toContain('<h3>pass@1 <span class="note">(higher is better)</span></h3>')
  })

  it('draws one chart per unit with one bar per benchmark, reductions as losses', () => {
    const charts = between(html, '<figure class="chart">', '</figure>')
    expect(charts.map((chart) => /unit: ([^<]*)<\/figcaption>/.exec(chart)?.[1])).toEqual(['%', 'x'])
    const bars = (chart = '') => [...chart.matchAll(/<title>([^<]*)<\/title>[^]*?class="bar (gain|loss)"/g)].map((match) => [match[1]?.split(':')[0], match[2]])
    expect(bars(charts[0])).toEqual([['MATH-500', 'gain'], ['GSM8K', 'gain'], ['WebShop', 'loss']])
    expect(bars(charts[1])).toEqual([['WebShop', 'gain']])
  })

  it('marks the exact evidence, in the right one of two equal sentences', () => {
    expect(html).toContain('Tango reaches <mark>73.6% on MATH-500, up from 36.0%</mark>.')
    expect(html).toContain('<td class="evidence">Tango reaches <mark>73.6%</mark> on MATH-500</td>')
  })

  it('says what was left out', () => {
    const some = renderReport({claims: [...claims, buildClaim({value: 3})]})
    expect(some).toContain('<p class="summary">8 claims: 2 leaderboards with 4 entries, 3 gains without a score; left out: 1 without a benchmark.</p>')
  })

  it('renders an empty report without failing', () => {
    const empty = renderReport({claims: []})
    expect(empty).toContain('<h1>Benchmark claims</h1>')
    expect(empty).toContain('No claim states a change on a named benchmark.')
    expect(empty).not.toContain('<table')
  })

  it('applies leaderboard filters', () => {
    const only = renderReport({claims, papers, benchmark: 'GSM8K'})
    expect(only).not.toContain('<h2>MATH-500</h2>')
    expect(between(only, '<figure class="chart">', '</figure>')).toHaveLength(1)
  })
})

describe('highlightEvidence', () => {
  const abstract = 'First. It reaches 73.6% on GSM8K (+4.9%). It reaches 73.6% on GSM8K (+4.9%).'
  const sentence = 'It reaches 73.6% on GSM8K (+4.9%).'
  const second = abstract.lastIndexOf(sentence)
  it.each([
    ['the evidence at its offset in the abstract', {start: 18, end: 23}, abstract, 'It reaches <mark>73.6%</mark> on GSM8K (+4.9%).'],
    ['the later of two equal sentences', {start: second + 28, end: second + 32}, abstract, 'It reaches 73.6% on GSM8K (+<mark>4.9%</mark>).'],
    ['the numbers when there is no abstract', {start: 18, end: 23}, undefined, 'It reaches <mark>73.6</mark>% on GSM8K (+<mark>4.9</mark>%).'],
    ['the numbers when the sentence is not in the abstract', {start: 0, end: 5}, 'Other text.', 'It reaches <mark>73.6</mark>% on GSM8K (+<mark>4.9</mark>%).'],
    ['nothing for an empty span', {start: 18, end: 18}, abstract, 'It reaches 73.6% on GSM8K (+4.9%).']
  ])('marks %s', (_, span, text, expected) => {
    expect(highlightEvidence({sentence, ...span, numbers: [73.6, -4.9]}, text)).toBe(expected)
  })

  it.each([
    ['not numbers inside names', 'Qwen2.5-7B gets 2.5 on GSM8K', [2.5, 8], 'Qwen2.5-7B gets <mark>2.5</mark> on GSM8K'],
    ['numbers with thousands separators', 'It uses 1,283 fewer tokens', [1283], 'It uses <mark>1,283</mark> fewer tokens'],
    ['a ratio glued to its word', 'a 1.62times gain', [1.62], 'a <mark>1.62</mark>times gain'],
    ['and escapes the rest', '<i>7</i> & 7', [7], '&lt;i&gt;<mark>7</mark>&lt;/i&gt; &amp; <mark>7</mark>']
  ])('without an abstract, marks %s', (_, text, numbers, expected) => {
    expect(highlightEvidence({sentence: text, start: 0, end: 1, numbers})).toBe(expected)
  })
})

describe('compareCells (the sort script’s order)', () => {
  it.each([
    ['numbers by value', ['10', '9', '-11.8', '1e-7', '0'], false, ['-11.8', '0', '1e-7', '9', '10']],
    ['numbers descending', ['10', '9', '-11.8'], true, ['10', '9', '-11.8']],
    ['text in natural order, ignoring case', ['b', 'Qwen2.5-72B', 'A', 'Qwen2.5-7B'], false, ['A', 'b', 'Qwen2.5-7B', 'Qwen2.5-72B']],
    ['numbers before text', ['x', '3'], false, ['3', 'x']],
    ['empty cells last ascending', ['', '2', '1'], false, ['1', '2', '']],
    ['empty cells last descending', ['', '2', '1'], true, ['2', '1', '']]
  ] as const)('sorts %s', (_, cells, descending, expected) => {
    expect([...cells].sort((a, b) => compareCells(a, b, descending))).toEqual(expected)
  })
})

describe('renderReport (property)', () => {
  const text = fc
    .tuple(fc.constantFrom('', '<script>', '</td><b>', '"><svg onload=x>', '&lt;', "'", '<!--', ']]>'), fc.string({unit: 'binary', maxLength: 20}))
    .map(([head, tail]) => head + tail)
  const claim = fc
    .record({
      paper: text,
      model: fc.option(text, {nil: null}),
      benchmark: fc.option(text, {nil: null}),
      metric: fc.option(text, {nil: null}),
      unit: fc.option(text, {nil: null}),
      baseline: fc.option(text, {nil: null}),
      arxivId: fc.option(text, {nil: null}),
      sentence: text,
      value: fc.option(fc.double({noNaN: true, noDefaultInfinity: true}), {nil: null}),
      delta: fc.option(fc.double({noNaN: true, noDefaultInfinity: true}), {nil: null})
    })
    .map((fields) => buildClaim(fields))
  const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'nav', 'a', 'section', 'span', 'figure', 'figcaption', 'svg', 'g', 'text', 'rect', 'line', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'mark', 'script'])

  const attributeNames = new Set(['html', 'lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'rel', 'aria-label', 'aria-sort', 'type', 'role', 'width', 'height', 'viewBox', 'xmlns', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'text-anchor', 'data-sort'])

  it('makes only its own elements and attributes, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(claim, {maxLength: 6}), text, (claims, title) => {
        const page = renderReport({claims, title})
        const body = page.replace(/<script>[^]*<\/script>/, '<script></script>')
        for (const [, name = '', attributes = ''] of body.matchAll(/<\/?([!\w-]+)([^<>]*)>/g)) {
          expect(allowed).toContain(name.toLowerCase())
          // Attributes read one by one, each a known name with a quoted value.
          const names = [...attributes.matchAll(/\s+([\w:-]+)(?:="[^"]*")?/gy)].map((match) => match[1])
          expect(attributes.replace(/\s+([\w:-]+)(?:="[^"]*")?/gy, '').trim()).toMatch(/^\/?$/)
          for (const attribute of names) expect(attributeNames).toContain(attribute)
        }

        expect(page.match(/<script/g)).toHaveLength(1)
        // Outside tags, no raw angle bracket is left.
        expect(body.replace(/<\/?[!\w-]+[^<>]*>/g, '')).not.toMatch(/[<>]/)
      }),
      {numRuns: 100}
    )
  })
})
