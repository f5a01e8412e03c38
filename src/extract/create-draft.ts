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

/** Round away floating-point noise from derived numbers. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
