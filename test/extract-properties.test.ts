import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {claimsFromListing} from '../src/extract/claims-from-listing.js'
import {extractClaims} from '../src/extract/extract-claims.js'
import {ClaimSchema} from '../src/schema/claim.js'

// Pieces of result sentences, so generated text often holds claims.
const pieces = [
  'Our method', 'Qwen2.5-7B', 'improves accuracy', 'on GSM8K', 'by', 'from', 'to', 'versus', 'respectively',
  'outperforming GPT-4o', 'reduces latency', '12.5%', '3.2x', '+4.1', '0.83', '7 points', '40--80%', '$25.3\\%$',
  '(', ')', ',', '.', ';', 'and', 'up to', 'on average', '1,283', '70%-85%', '−2.5%', 'pass@1', 'MATH500:', ' '
]
const sentence = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((words) => words.join(' '))
const text = fc.oneof(sentence, fc.string({maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 120}))

describe('extraction properties', () => {
  it('never throws and always returns schema-valid rows', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const claim of extractClaims(input)) ClaimSchema.parse(claim)
      }),
      {numRuns: 300}
    )
  })

  it('slices each claim evidence to text holding its numbers', () => {
    fc.assert(
      fc.property(sentence, (input) => {
        for (const claim of extractClaims(input)) {
          const evidence = input.slice(claim.start, claim.end).replaceAll(',', '')
          expect(claim.end).toBeGreaterThan(claim.start)
          expect(input.includes(claim.sentence)).toBe(true)
          const own = [claim.value, claim.valueLow, claim.valueHigh].filter((value): value is number => value !== null)
          for (const value of own) expect(evidence).toContain(String(value).replace(/^-/u, ''))
        }
      }),
      {numRuns: 300}
    )
  })

  it('keeps hostile numbers and run-on text bounded and valid', () => {
    const huge = '9'.repeat(400)
    for (const input of [`It improves accuracy by ${huge}% and from ${huge}% to 3%.`, '1.'.repeat(20_000) + '1', 'from 1% to '.repeat(3000)]) {
      const claims = extractClaims(input, {maxClaims: 50})
      expect(claims.length).toBeLessThanOrEqual(50)
      for (const claim of claims) ClaimSchema.parse(claim)
    }
  })

  it('gives each paper the same claims whatever the order of the listing', () => {
    const listing = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
    const {papers, claims} = claimsFromListing(listing)
    const byTitle = (list: typeof claims): string[] =>
      list.map((claim) => JSON.stringify({...claim, paperIndex: null})).sort()
    // Papers alone, in reverse order, give the same rows.
    const reversed = [...papers].reverse().flatMap((paper) => extractClaims(paper))
    expect(byTitle(reversed)).toEqual(byTitle(claims))
    expect(claims.length).toBeGreaterThan(50)
  })
})
