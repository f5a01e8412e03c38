import fc from 'fast-check'
import Papa from 'papaparse'
import {describe, expect, it} from 'vitest'
import {CLAIM_COLUMNS, ClaimSchema, type Claim} from '../src/schema/claim.js'
import {toCsv} from '../src/table/to-csv.js'
import {toRow} from '../src/table/to-row.js'
import {buildClaim} from './build-claim.js'
import {readCsv} from './read-csv.js'

describe('toRow', () => {
  it('gives snake_case keys in CLAIM_COLUMNS order, nulls kept', () => {
    const row = toRow(buildClaim({baselineValue: 36, valueLow: null, paperIndex: 3}))
    expect(Object.keys(row)).toEqual([...CLAIM_COLUMNS])
    expect(row.baseline_value).toBe(36)
    expect(row.value_low).toBeNull()
    expect(row.paper_index).toBe(3)
  })
})

describe('toCsv cells', () => {
  // [what, cell value, the CSV text of that cell]
  const cases: Array<[string, string | number | null, string]> = [
    ['null is an empty cell', null, ''],
    ['a positive number is plain', 4.9, '4.9'],
    ['a negative number is plain, not escaped', -11.8, '-11.8'],
    ['negative zero reads 0', -0, '0'],
    ['an integer has no decimals', 1283, '1283'],
    ['a small number has no exponent', 0.000_001, '0.000001'],
    ['a large number has no exponent', 123_456_789_012, '123456789012'],
    ['NaN is an empty cell', Number.NaN, ''],
    ['plain text is bare', 'GSM8K', 'GSM8K'],
    ['text starting with = is escaped', '=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['text starting with + is escaped', '+4.9', `"'+4.9"`],
    ['text starting with - is escaped', '-cmd|calc', `"'-cmd|calc"`],
    ['text that is a negative number is still escaped', '-11.8', `"'-11.8"`],
    ['text starting with @ is escaped', '@SUM(1)', `"'@SUM(1)"`],
    ['text starting with a tab is escaped', '\t=1', `"'\t=1"`],
    ['text starting with CR is escaped', '\r=1', `"'\r=1"`],
    ['a multi-line formula is escaped too', '=1\n+2', `"'=1\n+2"`],
    ['an apostrophe before a formula gets one more', "'=1", `"''=1"`],
    ['an apostrophe before text is left', "'tis", "'tis"],
    ['= later in the text is fine', 'a=b', 'a=b'],
    ['a quote is doubled', 'say "hi"', '"say ""hi"""'],
    ['a comma is quoted', 'a, b', '"a, b"'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a leading space is quoted', ' a', '" a"'],
    ['unicode passes as is', 'Qwen2.5–7B 🚀 é', 'Qwen2.5–7B 🚀 é']
  ]

  it.each(cases)('%s', (_, value, cell) => {
    expect(toCsv([{x: value, y: 1}])).toBe(`x,y\n${cell},1\n`)
  })
})

describe('toCsv of claims', () => {
  const claim = buildClaim({
    paper: '=HYPERLINK("http://x")',
    model: 'Tango',
    benchmark: 'MATH-500',
    value: 73.6,
    baselineValue: 36,
    delta: -11.8,
    unit: '%',
    deltaKind: 'absolute',
    start: 10,
    end: 30,
    sentence: 'It goes from 36.0% to 73.6%, "wow", yes.',
    confidence: 0.75
  })

  it('writes a header of CLAIM_COLUMNS and one row per claim', () => {
    const lines = toCsv([claim, claim]).split('\n')
    expect(lines[0]).toBe(CLAIM_COLUMNS.join(','))
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://x"")",Tango,,,MATH-500,,73.6,,,36,-11.8,%,absolute,,10,30,` +
        `"It goes from 36.0% to 73.6%, ""wow"", yes.",0,,test,0.75`
    )
  })

  it('writes chosen columns in the chosen order', () => {
    expect(toCsv([claim], {columns: ['value', 'model', 'delta']})).toBe('value,model,delta\n73.6,Tango,-11.8\n')
  })

  it('throws on a column that is not a claim column', () => {
    expect(() => toCsv([claim], {columns: ['valueLow']})).toThrow('Expected a column of `CLAIM_COLUMNS`, not `valueLow`')
  })

  it('writes CRLF when asked, and no header when asked', () => {
    expect(toCsv([claim, claim], {columns: ['model'], newline: '\r\n'})).toBe('model\r\nTango\r\nTango\r\n')
    expect(toCsv([claim], {columns: ['model'], header: false})).toBe('Tango\n')
    expect(toCsv([], {header: false})).toBe('')
  })

  it('quotes the empty cell of a one-column row, so the line is not blank', () => {
    expect(toCsv([buildClaim({model: null}), buildClaim({model: 'A'})], {columns: ['model']})).toBe('model\n""\nA\n')
    expect(readCsv(toCsv([{x: null}]))).toEqual([['x'], ['']])
  })

  it('writes only the header for no claims', () => {
    expect(toCsv([])).toBe(CLAIM_COLUMNS.join(',') + '\n')
  })

  it('takes other rows with their keys as columns', () => {
    expect(toCsv([{rank: 1, model: 'A'}, {rank: 2, model: 'B', note: '@x'}])).toBe(
      `rank,model,note\n1,A,\n2,B,"'@x"\n`
    )
    expect(toCsv([{rank: 1, model: 'A'}], {columns: ['model']})).toBe('model\nA\n')
  })
})

describe('toCsv round trip (property)', () => {
  const text = fc
    .tuple(
      fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "'=", "''-", '"', ',', '\n', '\r\n', ' ', '\uFEFF'),
      fc.string({unit: 'binary', maxLength: 30})
    )
    .map(([head, tail]) => head + tail)
  const nullableText = fc.option(text, {nil: null})
  const number = fc.option(fc.double({noNaN: true, noDefaultInfinity: true}), {nil: null})
  const claim = fc
    .record({
      paper: text,
      model: nullableText,
      baseline: nullableText,
      benchmark: nullableText,
      sentence: text,
      value: number,
      delta: number,
      baselineValue: number,
      unit: nullableText
    })
    .map((fields) => buildClaim(fields))

  it('parses back (papaparse) to the same rows', () => {
    fc.assert(
      fc.property(fc.array(claim, {maxLength: 5}), fc.constantFrom('\n', '\r\n' as const), (claims, newline) => {
        const rows = readCsv(toCsv(claims, {newline}), newline)
        expect(rows[0]).toEqual([...CLAIM_COLUMNS])
        expect(rows.slice(1)).toEqual(claims.map((one) => expectedCells(one)))
      }),
      {numRuns: 300}
    )
  })

  it('never escapes a number cell, and numbers read back exactly', () => {
    fc.assert(
      fc.property(fc.double({noNaN: true, noDefaultInfinity: true}), (value) => {
        const csv = toCsv([buildClaim({value})], {columns: ['value'], header: false})
        expect(csv.startsWith("'")).toBe(false)
        expect(csv.startsWith('"')).toBe(false)
        expect(Number(Papa.parse<string[]>(csv.trimEnd()).data[0]?.[0])).toBe(value === 0 ? 0 : value)
      })
    )
  })
})

function expectedCells(claim: Claim): string[] {
  const row = toRow(ClaimSchema.parse(claim))
  return CLAIM_COLUMNS.map((column) => {
    const value = row[column]
    if (value === null) return ''
    return typeof value === 'number' ? String(Object.is(value, -0) ? 0 : value) : value
  })
}
