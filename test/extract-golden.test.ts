import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'
import type {Claim} from '../src/schema/claim.js'
import type {Paper} from '../src/schema/paper.js'

interface Gold {
  paper: string
  quote: string
  numbers: number[]
  model: Array<string | null>
  benchmark: Array<string | null>
  metric: Array<string | null>
  value: number | null
  baseline_value: number | null
  delta: number | null
  optional: boolean
}

const fixtures = new URL('fixtures/gold/', import.meta.url)
const read = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8')

function load(set: string): {papers: Paper[]; gold: Gold[]} {
  const {papers} = JSON.parse(read(`${set}.papers.json`)) as {papers: Array<Omit<Paper, 'arxivId'> & {arxivId?: string}>}
  const gold = read(`${set}.claims.jsonl`).trim().split('\n').map((line) => JSON.parse(line) as Gold)
  return {papers: papers.map((paper, index) => ({...paper, index, arxivId: paper.arxivId ?? null}) as Paper), gold}
}

// A small scorer of our own (the shared one is not read by the suite): a
// prediction matches a gold claim of its paper when they share a number and
// the prediction's sentence holds the quote (LaTeX leftovers ignored).
const flat = (text: string): string => text.replaceAll('\\%', '%').replace(/[$~]/gu, ' ').replace(/\s+/gu, ' ').trim()
const fold = (text: string | null): string => (text ?? '').toLowerCase().replace(/[\s\-_.,:;'"()[\]{}/\\]+/gu, '').replace(/s$/u, '')
const close = (a: number | null, b: number | null): boolean => (a === null ? b === null : b !== null && Math.abs(a - b) <= 0.011)

function numbers(claim: Claim): number[] {
  return [claim.value, claim.baselineValue, claim.delta, claim.valueLow, claim.valueHigh]
    .filter((value): value is number => value !== null)
    .map((value) => Math.abs(value))
}

function score(papers: Paper[], gold: Gold[]): {precision: number; recall: number; tuple: number} {
  const predictions = papers.flatMap((paper) => extractClaims(paper))
  const used = new Set<Gold>()
  let truePositives = 0
  let falsePositives = 0
  let tupleRight = 0
  for (const claim of predictions) {
    const match = gold.find(
      (candidate) =>
        !used.has(candidate) &&
        candidate.paper === claim.paper &&
        candidate.numbers.some((number) => numbers(claim).some((mine) => Math.abs(mine - number) <= 0.011)) &&
        flat(claim.sentence).includes(flat(candidate.quote).slice(0, 20))
    )
    if (!match) {
      falsePositives++
      continue
    }
    used.add(match)
    if (match.optional) continue
    truePositives++
    const anyOf = (accepted: Array<string | null>, got: string | null): boolean =>
      accepted.some((answer) => (answer === null ? got === null : fold(answer) === fold(got)))
    if (
      anyOf(match.model, claim.model) &&
      anyOf(match.benchmark, claim.benchmark) &&
      anyOf(match.metric, claim.metric) &&
      close(match.value, claim.value) &&
      close(match.baseline_value, claim.baselineValue) &&
      close(match.delta, claim.delta)
    ) {
      tupleRight++
    }
  }
  const required = gold.filter((candidate) => !candidate.optional).length
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / required,
    tuple: tupleRight / required
  }
}

// Thresholds sit a little under what the extractor reaches (see bench/eval.ts
// for the shared scorer's figures), so a regression fails the suite.
describe('golden claims', () => {
  it('finds the seed claims', () => {
    const {papers, gold} = load('seed')
    const result = score(papers, gold)
    expect(result.recall).toBeGreaterThanOrEqual(0.97)
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.tuple).toBeGreaterThanOrEqual(0.74)
  })

  it('finds the more-papers claims', () => {
    const {papers, gold} = load('more-papers')
    const result = score(papers, gold)
    expect(result.recall).toBeGreaterThanOrEqual(0.97)
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.tuple).toBeGreaterThanOrEqual(0.68)
  })
})
