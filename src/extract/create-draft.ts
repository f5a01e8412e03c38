import {isPercentUnit} from './is-percent-unit.js'
import type {Draft, NumberToken, Sentence} from './types.js'

/**
 * Start a claim from the tokens a rule took; fields not given are null.
 *
 * @example
 * createDraft('extract-score', sentence, [token], {value: 97.1, unit: '%'})
 */
export function createDraft(
  rule: string,
  sentence: Sentence,
  tokens: NumberToken[],
  fields: Partial<Omit<Draft, 'rule' | 'sentence' | 'tokens' | 'anchor'>> = {}
): Draft {
  return {
    rule,
    sentence,
    anchor: tokens[0]!,
    tokens,
    value: null,
    valueLow: null,
    valueHigh: null,
    baselineValue: null,
    delta: null,
    unit: null,
    deltaKind: null,
    qualifier: null,
    model: null,
    baseline: null,
    benchmark: null,
    metric: null,
    derived: false,
    change: fields.delta !== undefined && fields.delta !== null,
    confidence: 0.7,
    ...fields
  }
}

/** A rule: takes the tokens it recognises (adding them to `taken`) and returns drafts. */
export type Rule = (sentence: Sentence, taken: Set<NumberToken>) => Draft[]

/**
 * Round away floating-point noise from derived numbers.
 *
 * @example
 * round(73.6 - 36.0) // 37.6
 */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

/**
 * A claim of two scores (`from 36.0% to 73.6%`, `0.1516 versus 0.1228`): the
 * value, the score it is compared with, and their difference as the delta.
 *
 * @example
 * createScorePair('extract-from-to', sentence, [from, to], to, from, 0.9)
 */
export function createScorePair(
  rule: string,
  sentence: Sentence,
  tokens: NumberToken[],
  value: NumberToken,
  baseline: NumberToken,
  confidence: number
): Draft {
  // (`from 10 minutes to 30 seconds`: scores in two units have no difference to read.)
  const apart = value.unit !== null && baseline.unit !== null && value.unit !== baseline.unit && !(isPercentUnit(value.unit) && isPercentUnit(baseline.unit))
  return createDraft(rule, sentence, tokens, {
    value: value.value,
    baselineValue: baseline.value,
    delta: apart ? null : round(value.value - baseline.value),
    unit: value.unit ?? baseline.unit,
    derived: true,
    confidence
  })
}
