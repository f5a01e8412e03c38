import * as z from 'zod'

/**
 * How a claim's `delta` relates to the scores: `absolute` (points, percentage
 * points, or the difference of two stated scores), `relative` (a stated
 * relative change, or a % change of a quantity that is not a percentage),
 * `ratio` (`1.62times`, `20x`), `unspecified` (`by 4%` with no cue).
 *
 * @example
 * DeltaKindSchema.parse('ratio')
 */
export const DeltaKindSchema = z.enum(['absolute', 'relative', 'ratio', 'unspecified'])

/** How a delta relates to the scores. */
export type DeltaKind = z.infer<typeof DeltaKindSchema>

/**
 * Hedges on a claimed number (`more than` is written `over`).
 *
 * @example
 * QualifierSchema.parse('up to')
 */
export const QualifierSchema = z.enum(['up to', 'average', 'approximately', 'over', 'at least'])

/** A hedge on a claimed number. */
export type Qualifier = z.infer<typeof QualifierSchema>

/**
 * One quantitative result claimed by an abstract (see the README's "Output
 * columns"). `start` and `end` are offsets of the evidence in the abstract:
 * `abstract.slice(start, end)` holds the claim's numbers.
 *
 * @example
 * const [claim] = extractClaims('It improves GSM8K accuracy by 4.9%.')
 * ClaimSchema.parse(claim)
 */
export const ClaimSchema = z.object({
  paper: z.string(),
  paperIndex: z.number().int().min(0).nullable(),
  arxivId: z.string().nullable(),
  model: z.string().nullable(),
  method: z.string().nullable(),
  baseline: z.string().nullable(),
  benchmark: z.string().nullable(),
  metric: z.string().nullable(),
  value: z.number().nullable(),
  valueLow: z.number().nullable(),
  valueHigh: z.number().nullable(),
  baselineValue: z.number().nullable(),
  delta: z.number().nullable(),
  unit: z.string().nullable(),
  deltaKind: DeltaKindSchema.nullable(),
  qualifier: QualifierSchema.nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  sentence: z.string(),
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1)
})

/** One quantitative result claimed by an abstract. */
export type Claim = z.infer<typeof ClaimSchema>

/**
 * The output columns (CSV headers, JSON Lines keys) in order: the spec's
 * snake_case columns first, then the extra ones.
 *
 * @example
 * CLAIM_COLUMNS[0] // 'paper'
 */
export const CLAIM_COLUMNS = [
  'paper',
  'model',
  'method',
  'baseline',
  'benchmark',
  'metric',
  'value',
  'value_low',
  'value_high',
  'baseline_value',
  'delta',
  'unit',
  'delta_kind',
  'qualifier',
  'start',
  'end',
  'sentence',
  'paper_index',
  'arxiv_id',
  'rule',
  'confidence'
] as const

/** One output column name. */
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number]
