import type {DeltaKind, Qualifier} from '../schema/claim.js'

/**
 * A number read from a sentence, with its unit. Offsets are into the
 * abstract. A range (`70%-85%`) has `low`/`high` and `value` is the low bound.
 */
export interface NumberToken {
  start: number
  end: number
  value: number
  /** `1` for a written `+`, `-1` for a written minus, `0` otherwise. */
  sign: -1 | 0 | 1
  unit: string | null
  low: number | null
  high: number | null
  /**
   * The slash list the number is an item of (`90.0/79.2`, `65.9/57.0/61.0`),
   * shared by its items, in order.
   */
  list?: NumberToken[] | undefined
}

/** A name found in a sentence (benchmark, metric, model), offsets into the abstract. */
export interface Mention {
  name: string
  start: number
  end: number
}

/** A sentence of an abstract with what the scanners found in it. */
export interface Sentence {
  /** Index of the sentence in its abstract. */
  index: number
  start: number
  end: number
  /** The sentence verbatim. */
  text: string
  /**
   * The sentence with LaTeX leftovers blanked (`\%` → ` %`, `$`, `~` → space),
   * same length as `text` so offsets carry over.
   */
  clean: string
  /** The sentence lowercased, same length as `clean`. */
  lower: string
  tokens: NumberToken[]
  /** What the words around each token say (see `readCues`), list items sharing their list's reading. */
  cues: Map<NumberToken, {change: boolean; negative: boolean; comparator: boolean}>
  models: Mention[]
  benchmarks: Mention[]
  metrics: Mention[]
}

/** The role a number plays in a claim. */
export type Role = 'value' | 'delta'

/**
 * A claim under construction: the numbers a rule took, and what it already
 * knows about the row. Resolvers fill the rest.
 */
export interface Draft {
  rule: string
  sentence: Sentence
  /** The token the row's fields are resolved around. */
  anchor: NumberToken
  tokens: NumberToken[]
  value: number | null
  valueLow: number | null
  valueHigh: number | null
  baselineValue: number | null
  delta: number | null
  unit: string | null
  deltaKind: DeltaKind | null
  qualifier: Qualifier | null
  model: string | null
  baseline: string | null
  benchmark: string | null
  metric: string | null
  /** Whether the delta was derived from two scores (then it is absolute). */
  derived: boolean
  /** The benchmark named right after the list this claim is an item of. */
  listBenchmark?: string | undefined
  /** Whether the claim states a change (a range can be a change with no delta). */
  change: boolean
  confidence: number
}
