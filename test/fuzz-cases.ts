// Shared inputs and checks for the hostile-input tests (issue 6): run counts,
// generators of listing-like and mutated real text, and the invariants every
// output must keep (schema-valid, spans inside the text they point into).
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import Papa from 'papaparse'
import {expect} from 'vitest'
import {CLAIM_COLUMNS, ClaimSchema, ListingSchema, locate} from '../src/index.js'
import type {Claim, Listing, Point} from '../src/index.js'

/** Cases per property: 1,000 by default (CI), `FUZZ_RUNS` to change it. */
export const FUZZ_RUNS = readRuns(process.env.FUZZ_RUNS)

function readRuns(value: string | undefined): number {
  if (value === undefined || value === '') return 1000
  const runs = Number(value)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('Expected `FUZZ_RUNS` to be a positive integer, not `' + value + '`')
  return runs
}

/** A share of `FUZZ_RUNS` (at least 1), for properties that cost more per case. */
export function runs(share = 1): number {
  return Math.max(1, Math.round(FUZZ_RUNS * share))
}

/** Read a file of `test/fixtures/` as UTF-8. */
export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL('fixtures/' + name, import.meta.url)), 'utf8')
}

// Pieces of real listings, so that generated text reaches the parser's and
// the extractor's deeper paths, not only "no record found".
const fragments = [
  'Nov 12',
  'Sep 16, 2024',
  'Oct 13 2',
  'Mar 8, 2024 12',
  '  • 3 authors',
  '  • 1 authors',
  '·',
  'tencent Tencent',
  'new',
  'Daily Papers',
  'byAK and the research community',
  'MATH-Beyond: A Benchmark for RL to Expand Beyond the Base Model',
  'Our model improves GSM8K accuracy from 45.2% to 67.8%, a 22.6 pp gain.',
  'It reaches 67.0 on MathVista, outperforming InternVL2-8B by 8.7 points.',
  'Qwen2.5-7B achieves 71.3% pass@1 on AIME 2024 (vs. 55.0%), up to 3.2x faster.',
  'reduces latency by 4.2x and uses 30% fewer tokens (MMLU: 81.2, GPQA: 45.1, respectively).',
  'accuracy of 70%-85% on HumanEval+ and 17–24% on MBPP',
  '=HYPERLINK("http://x","y")',
  '+1 on SUM',
  '-2% @cmd',
  '@SUM(A1:A9)',
  '### [A Title](https://huggingface.co/papers/2411.04330)',
  '[Title][12]',
  '[12]: https://arxiv.org/abs/2411.04330v2',
  'https://github.com/a/b.',
  '{"paper": {"title": 1}}',
  '[{"paper":',
  '}]',
  '',
  '   ',
  '\t',
  '\u00A0',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '((((((((((',
  // A number too long for a double (Infinity) in a claim.
  'improves GSM8K accuracy by ' + '9'.repeat(320) + '%.',
  '1.1.1.1.1.1.1.1',
  'from 1% to from 1% to ',
  '%%%%%%%%',
  '----------'
]

/** One line of listing-like text: a real fragment or arbitrary unicode. */
export const lineArbitrary: fc.Arbitrary<string> = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...fragments)},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 40})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 20})},
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom(...'0123456789.,%()-–x pp:;@=+'), maxLength: 30})}
)

/** Text made of listing-like lines, joined by LF, CRLF or CR. */
export const listingTextArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(lineArbitrary, {maxLength: 30}), fc.constantFrom('\n', '\r\n', '\r', '\n\n'))
  .map(([lines, eol]) => lines.join(eol))

/** Any string at all: UTF-16 units (lone surrogates included) or graphemes. */
export const anyTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: 'grapheme', maxLength: 200}),
  listingTextArbitrary
)

/** One way to damage a list of lines. */
export type Mutation =
  | {kind: 'drop'; at: number}
  | {kind: 'duplicate'; at: number}
  | {kind: 'swap'; at: number; with: number}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('drop' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat()})
)

/** Apply mutations to lines; indices wrap around, so every `nat` is usable. */
export function mutateLines(lines: readonly string[], mutations: readonly Mutation[]): string[] {
  const result = [...lines]
  for (const mutation of mutations) {
    if (result.length === 0) break
    const at = mutation.at % result.length
    if (mutation.kind === 'drop') result.splice(at, 1)
    else if (mutation.kind === 'duplicate') result.splice(at, 0, result[at] as string)
    else {
      const other = mutation.with % result.length
      const line = result[at] as string
      result[at] = result[other] as string
      result[other] = line
    }
  }

  return result
}

/** Cut text at a UTF-8 byte (possibly inside a character) and decode what is left, as a truncated download would. */
export function cutAtByte(text: string, byte: number): string {
  const bytes = Buffer.from(text, 'utf8')
  return new TextDecoder('utf-8').decode(bytes.subarray(0, byte % (bytes.length + 1)))
}

/**
 * A damaged window of a real listing: a run of up to `maxLines` lines (a
 * window keeps each case cheap; whole listings are fuzzed with fewer runs),
 * lines dropped, duplicated or swapped, then maybe cut at any byte.
 */
export function mutatedListingArbitrary(text: string, maxLines = 60): fc.Arbitrary<string> {
  const lines = text.split('\n')
  return fc
    .record({
      from: fc.nat({max: lines.length - 1}),
      length: fc.integer({min: 1, max: maxLines}),
      mutations: fc.array(mutationArbitrary, {maxLength: 8}),
      cut: fc.option(fc.nat(), {nil: undefined}),
      eol: fc.constantFrom('\n', '\n', '\r\n')
    })
    .map(({from, length, mutations, cut, eol}) => {
      const window = mutateLines(lines.slice(from, from + length), mutations).join(eol)
      return cut === undefined ? window : cutAtByte(window, cut)
    })
}

/** Check a point: in bounds and consistent with the line/column of its offset. */
export function expectPointIn(point: Point, toPoint: (offset: number) => Point, length: number): void {
  expect(point.offset).toBeGreaterThanOrEqual(0)
  expect(point.offset).toBeLessThanOrEqual(length)
  expect(point).toEqual(toPoint(point.offset))
}

/**
 * The invariants of a parsed listing: schema-valid, every position and
 * message place inside `text` and consistent with it, spans not reversed.
 */
export function expectValidListing(listing: Listing, text: string): void {
  ListingSchema.parse(listing)
  const toPoint = locate(text)
  for (const paper of listing.papers) {
    for (const span of [paper.position.record, paper.position.title, paper.position.abstract]) {
      expectPointIn(span.start, toPoint, text.length)
      expectPointIn(span.end, toPoint, text.length)
      expect(span.start.offset).toBeLessThanOrEqual(span.end.offset)
    }
  }

  for (const message of listing.messages) expectPointIn(message.place, toPoint, text.length)
}

/**
 * The invariants of extracted claims: schema-valid, the evidence span inside
 * the abstract, and the sentence a verbatim part of the abstract that holds
 * the evidence.
 */
export function expectValidClaims(claims: readonly Claim[], abstract: string): void {
  for (const claim of claims) {
    ClaimSchema.parse(claim)
    expect(claim.start).toBeLessThanOrEqual(claim.end)
    expect(claim.end).toBeLessThanOrEqual(abstract.length)
    expect(sentenceHoldsEvidence(claim, abstract), 'sentence holds the evidence: ' + JSON.stringify(claim)).toBe(true)
  }
}

function sentenceHoldsEvidence(claim: Claim, abstract: string): boolean {
  let from = abstract.indexOf(claim.sentence)
  while (from !== -1) {
    if (from <= claim.start && claim.end <= from + claim.sentence.length) return true
    from = abstract.indexOf(claim.sentence, from + 1)
  }

  return false
}

/**
 * What a CSV cell must hold for a value: empty for null, a plain number, and
 * text that a spreadsheet would run as a formula (OWASP "CSV injection":
 * `=`, `+`, `-`, `@`, tab, CR first) behind one more `'`. Leading `'`s are
 * counted as part of the start, so the escape can be undone exactly (the
 * contract of `toCsv`).
 */
export function expectedCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  let index = 0
  while (value.charAt(index) === "'") index++
  return '=+-@\t\r'.includes(value.charAt(index)) && index < value.length ? "'" + value : value
}

function toCamel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** Parse CSV back (papaparse) and compare it cell by cell with the claims it was made from. */
export function expectCsvRoundTrip(csv: string, claims: readonly Claim[]): void {
  const parsed = Papa.parse<string[]>(csv, {skipEmptyLines: true})
  expect(parsed.errors).toEqual([])
  const [header, ...rows] = parsed.data
  expect(header).toEqual([...CLAIM_COLUMNS])
  expect(rows).toHaveLength(claims.length)
  for (const [index, claim] of claims.entries()) {
    const record = claim as unknown as Record<string, string | number | null>
    const expected = CLAIM_COLUMNS.map((column) => expectedCell(record[toCamel(column)] ?? null))
    expect(rows[index]).toEqual(expected)
  }
}

const text = fc.string({unit: 'grapheme', maxLength: 30})
/** Markup that must come out of an HTML report as text. */
export const htmlInjections = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "</mark><svg onload=alert(1)>", '<!--', ']]>&amp;']

const textOrNull = fc.option(fc.oneof(text, fc.constantFrom(...htmlInjections), fc.constantFrom('=1+1', '+x', '-y', '@z', '\tt', '\rr', '=a\nb', '"q",x', "'=x", "''+y", "'plain")), {
  nil: null
})
const number = fc.oneof(
  fc.integer({min: -100_000, max: 100_000}),
  fc.double({min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true}).map((value) => Math.round(value * 1000) / 1000)
)
const numberOrNull = fc.option(number, {nil: null})

/** Arbitrary schema-valid claims, with text that stresses CSV (quotes, commas, newlines, formula starts). */
export const claimArbitrary: fc.Arbitrary<Claim> = fc.record({
  paper: fc.oneof(text, fc.constantFrom('=cmd|"/c calc"!A0', '@SUM(1)', 'a,b "c"\nd', ...htmlInjections)),
  paperIndex: fc.option(fc.nat(500), {nil: null}),
  arxivId: fc.option(fc.constantFrom('2411.04330', '2501.00001v2'), {nil: null}),
  model: textOrNull,
  method: textOrNull,
  baseline: textOrNull,
  benchmark: textOrNull,
  metric: textOrNull,
  value: numberOrNull,
  valueLow: numberOrNull,
  valueHigh: numberOrNull,
  baselineValue: numberOrNull,
  delta: numberOrNull,
  unit: fc.option(fc.constantFrom('%', 'pp', 'points', 'x', 'SD', 'tokens', 'ms'), {nil: null}),
  deltaKind: fc.option(fc.constantFrom('absolute', 'relative', 'ratio', 'unspecified'), {nil: null}),
  qualifier: fc.option(fc.constantFrom('up to', 'average', 'approximately', 'over', 'at least'), {nil: null}),
  start: fc.nat(5000),
  end: fc.nat(5000),
  sentence: fc.oneof(text, fc.constantFrom('-5.2% on X', '=A1', '+7 pp on B.', ...htmlInjections)),
  rule: fc.constantFrom('from-to', 'by-delta', 'achieves'),
  confidence: fc.integer({min: 0, max: 1000}).map((permille) => permille / 1000)
})
