// Normalisation equivalence (issue 6): the same listing written with CRLF, a
// BOM, tabs and NBSP in its layout, NBSP in its running text, smart quotes or
// ligatures gives the same records and the same claims as the clean text.
//
// The standard is "the abstract is verbatim": layout (line endings, a BOM,
// indentation, blank lines, trailing spaces) changes nothing at all in the
// records, and claims are identical. Characters inside the running text (NBSP,
// “ ” ‘ ’, ﬁ ﬂ) are kept as written in titles, abstracts and sentences, so
// there records and claims are compared after folding those characters
// (NFKC, smart quotes to ASCII); every number, unit, kind and name must match.
import {describe, expect, it} from 'vitest'
import {extractClaims, parseListing} from '../src/index.js'
import type {Claim, Paper} from '../src/index.js'
import {readFixture} from './fuzz-cases.js'

// The header, page date and the first 20 records of the seed listing (up to
// `Apr 15 4`): records with and without meta lines, an organization, claims.
const clean = readFixture('daily-papers.txt').split('\n').slice(0, 163).join('\n') + '\n'

/** Fold what "verbatim" keeps but a reader sees through: NBSP, ligatures (NFKC), smart quotes. */
function fold(value: string): string {
  return value.normalize('NFKC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
}

/** Apply `change` to the running-text lines only (titles and abstracts), not to meta lines. */
function inText(text: string, change: (line: string) => string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 40 ? change(line) : line))
    .join('\n')
}

function smartQuotes(line: string): string {
  let open = true
  return line.replace(/["']/g, (quote) => {
    if (quote === "'") return '’'
    open = !open
    return open ? '”' : '“'
  })
}

/** Replace each match of `pattern` by the next of `replacements`, in turn. */
function alternate(text: string, pattern: RegExp, replacements: readonly string[]): string {
  let count = 0
  return text.replace(pattern, () => replacements[count++ % replacements.length] as string)
}

const layoutVariants: Array<[string, (text: string) => string]> = [
  ['CRLF line endings', (text) => text.replace(/\n/g, '\r\n')],
  ['a byte order mark', (text) => '\uFEFF' + text],
  ['tabs and NBSP in indentation', (text) => alternate(text, /^ {2}• /gm, ['\t• ', '\u00A0\u00A0•\u00A0'])],
  ['whitespace-only blank lines', (text) => text.replace(/\n\n/g, '\n \t\u00A0\n')],
  ['trailing tabs and spaces', (text) => text.replace(/\n/g, '\t \n')],
  [
    'all of these at once',
    (text) => '\uFEFF' + text.replace(/^ {2}•/gm, '\t•').replace(/\n\n/g, '\n\u00A0\t\n').replace(/\n/g, ' \r\n')
  ]
]

const textVariants: Array<[string, (text: string) => string]> = [
  ['NBSP between words and before numbers', (text) => inText(text, (line) => line.replace(/ (?=[\d(])/g, '\u00A0'))],
  ['smart quotes (Windows-1252 “ ” ‘ ’)', (text) => inText(text, smartQuotes)],
  ['ligatures (ﬁ, ﬂ)', (text) => inText(text, (line) => line.replace(/fi/g, 'ﬁ').replace(/fl/g, 'ﬂ'))]
]

function withoutPosition(paper: Paper): Omit<Paper, 'position'> {
  const {position, ...rest} = paper
  return rest
}

function claimsOf(papers: readonly Paper[]): Claim[] {
  return papers.flatMap((paper) => extractClaims(paper))
}

// Parsed on first use, inside a test: at collection time it would run even when skipped.
let cleanResult: {expected: ReturnType<typeof parseListing>; expectedClaims: Claim[]} | undefined
function parseClean() {
  if (!cleanResult) {
    const expected = parseListing(clean)
    cleanResult = {expected, expectedClaims: claimsOf(expected.papers)}
  }

  return cleanResult
}

describe('layout changes nothing', () => {

  it('has records and claims to compare', () => {
    const {expected, expectedClaims} = parseClean()
    expect(expected.papers).toHaveLength(20)
    expect(expectedClaims.length).toBeGreaterThan(5)
  })

  it.each(layoutVariants)('%s: same records, same claims', (_, change) => {
    const {expected, expectedClaims} = parseClean()
    const text = change(clean)
    const actual = parseListing(text)
    expect(actual.date).toEqual(expected.date)
    expect(actual.papers.map(withoutPosition)).toEqual(expected.papers.map(withoutPosition))
    // Positions move, but still point at the title in the changed text.
    for (const paper of actual.papers) {
      const {start, end} = paper.position.title
      expect(text.slice(start.offset, end.offset)).toBe(paper.title)
    }

    expect(claimsOf(actual.papers)).toEqual(expectedClaims)
  })
})

describe('characters in the running text are kept verbatim, and read through', () => {
  it.each(textVariants)('%s: same records and claims after folding', (_, change) => {
    const {expected, expectedClaims} = parseClean()
    const text = change(clean)
    expect(text).not.toBe(clean)
    const actual = parseListing(text)
    expect(actual.papers.map(foldPaper)).toEqual(expected.papers.map(foldPaper))
    const claims = claimsOf(actual.papers)
    expect(claims.map((claim) => foldClaim(claim, actual.papers))).toEqual(
      expectedClaims.map((claim) => foldClaim(claim, expected.papers))
    )
  })
})

function foldPaper(paper: Paper): Omit<Paper, 'position'> {
  return {...withoutPosition(paper), title: fold(paper.title), abstract: fold(paper.abstract)}
}

/** A claim with its text folded and its offsets replaced by the evidence they cover (ligatures change offsets). */
function foldClaim(claim: Claim, papers: readonly Paper[]): Record<string, unknown> {
  const {start, end, ...rest} = claim
  const abstract = papers.find((paper) => paper.index === claim.paperIndex)?.abstract ?? ''
  const folded: Record<string, unknown> = {evidence: fold(abstract.slice(start, end))}
  for (const [key, value] of Object.entries(rest)) folded[key] = typeof value === 'string' ? fold(value) : value
  return folded
}
