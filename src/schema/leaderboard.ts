import * as z from 'zod'
import {DeltaKindSchema, QualifierSchema} from './claim.js'

// Where a board entry or a gain comes from: its paper and evidence sentence.
const evidence = {
  paper: z.string(),
  paperIndex: z.number().int().min(0).nullable(),
  arxivId: z.string().nullable(),
  published: z.string().nullable(),
  sentence: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0)
}

/**
 * One model on a leaderboard: its best claimed value on the board's benchmark
 * and metric, where that claim comes from (paper, arXiv id, the evidence
 * sentence and the evidence's `start`/`end` in the abstract), its `rank`
 * (1 is best; equal values share a rank, as in 1, 1, 3) and how many of its
 * claims the board saw. `model` is null for a paper's unnamed system.
 * `unit` is the value's: the claim's unit when the claim states no change or
 * an absolute one (`pp` read as `%`), else null (the claim's unit is then the
 * change's). `published` is the paper's date when papers were passed.
 *
 * @example
 * LeaderboardEntrySchema.parse({
 *   rank: 1, model: 'Tango', value: 73.6, unit: '%', qualifier: null,
 *   paper: 'RL Tango', paperIndex: 0, arxivId: null, published: null,
 *   sentence: 'Tango reaches 73.6% on MATH-500.', start: 14, end: 19, claims: 1
 * })
 */
export const LeaderboardEntrySchema = z.object({
  rank: z.number().int().min(1),
  model: z.string().nullable(),
  value: z.number(),
  unit: z.string().nullable(),
  qualifier: QualifierSchema.nullable(),
  ...evidence,
  claims: z.number().int().min(1)
})

/** One model on a leaderboard. */
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>

/**
 * The leaderboard of one benchmark and metric (`metric` null when claims name
 * none), best first by the metric's direction.
 *
 * @example
 * BoardSchema.parse({benchmark: 'MATH-500', metric: 'accuracy', higherIsBetter: true, entries: []})
 */
export const BoardSchema = z.object({
  benchmark: z.string(),
  metric: z.string().nullable(),
  higherIsBetter: z.boolean(),
  entries: z.array(LeaderboardEntrySchema)
})

/** The leaderboard of one benchmark and metric. */
export type Board = z.infer<typeof BoardSchema>

/**
 * A claim that states a change but no score (`improves GSM8K by 4.9%`), for
 * the gains table: signed `delta`, its `unit` and `kind`, the comparator
 * `baseline` and where the claim comes from.
 *
 * @example
 * GainSchema.parse({
 *   model: 'Tango', benchmark: 'GSM8K', metric: null, delta: 4.9, unit: '%',
 *   kind: 'unspecified', baseline: null, qualifier: null, paper: 'RL Tango',
 *   paperIndex: 0, arxivId: null, published: null,
 *   sentence: 'Tango improves GSM8K by 4.9%.', start: 24, end: 28
 * })
 */
export const GainSchema = z.object({
  model: z.string().nullable(),
  benchmark: z.string(),
  metric: z.string().nullable(),
  delta: z.number(),
  unit: z.string().nullable(),
  kind: DeltaKindSchema.nullable(),
  baseline: z.string().nullable(),
  qualifier: QualifierSchema.nullable(),
  ...evidence
})

/** A claimed change without a score. */
export type Gain = z.infer<typeof GainSchema>

/**
 * What `leaderboard` returns: the boards (sorted by benchmark, then metric),
 * the gains table, and how many claims were left out and why: `filtered`
 * (did not match the benchmark/metric/model filters), `noDate` (a date range
 * was asked for and the claim's paper has no known date), `noBenchmark`,
 * `noValue` (neither a value nor a delta, e.g. only a range).
 *
 * @example
 * LeaderboardSchema.parse(leaderboard(claims))
 */
export const LeaderboardSchema = z.object({
  boards: z.array(BoardSchema),
  gains: z.array(GainSchema),
  omitted: z.object({
    filtered: z.number().int().min(0),
    noDate: z.number().int().min(0),
    noBenchmark: z.number().int().min(0),
    noValue: z.number().int().min(0)
  })
})

/** What `leaderboard` returns. */
export type Leaderboard = z.infer<typeof LeaderboardSchema>
