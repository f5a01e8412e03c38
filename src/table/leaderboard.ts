import type {Claim} from '../schema/claim.js'
import {
  LeaderboardSchema,
  type Board,
  type Gain,
  type Leaderboard,
  type LeaderboardEntry
} from '../schema/leaderboard.js'
import type {Paper} from '../schema/paper.js'
import type {MetricEntry} from '../schema/registry.js'
import {metricIndex, normalizeName, type MetricIndex} from './metric-index.js'

/** What `leaderboard` needs of a paper: its `index`, date and arXiv id. */
export type LeaderboardPaper = Pick<Paper, 'index' | 'published' | 'arxivId'>

/** Options for `leaderboard`. */
export interface LeaderboardOptions {
  /** Keep only these benchmarks (ignoring case, spaces and hyphens: `MATH500` is `MATH-500`). */
  benchmark?: string | readonly string[] | undefined
  /** Keep only these metrics (as `benchmark`; registry aliases count: `acc` is `accuracy`). */
  metric?: string | readonly string[] | undefined
  /** Keep only these models (as `benchmark`). */
  model?: string | readonly string[] | undefined
  /** Keep papers published on or after this day (`YYYY-MM-DD`); needs `papers`. */
  since?: string | undefined
  /** Keep papers published on or before this day (`YYYY-MM-DD`); needs `papers`. */
  until?: string | undefined
  /**
   * The papers the claims come from (as `parseListing` returns them), matched
   * by `claim.paperIndex === paper.index`: they give dates (`published`) and
   * arXiv ids missing from claims.
   */
  papers?: readonly LeaderboardPaper[] | undefined
  /** Extra metric entries, consulted before the built-in registry (for `higherIsBetter`). */
  metrics?: readonly MetricEntry[] | undefined
}

/** Where a claim comes from, beyond the claim itself. */
interface Source {
  published: string | null
  arxivId: string | null
}

interface Slot {
  board: Board
  best: Map<string, {claim: Claim; published: string | null; arxivId: string | null; count: number}>
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/

/**
 * Pivot claims into leaderboards: per benchmark and metric, one entry per
 * model with its best claimed value (highest, or lowest for metrics whose
 * registry entry says `higherIsBetter: false`). Claims that state a change
 * but no value form the `gains` table. Claims without a benchmark, or with
 * neither value nor delta, are left out and counted in `omitted`.
 *
 * Ties: a model's equal values keep its first claim (input order); models
 * with equal values share a rank and are ordered by name.
 *
 * @example
 * const {papers, claims} = claimsFromListing(text)
 * const {boards, gains} = leaderboard(claims, {benchmark: 'MATH-500', papers})
 * boards[0].entries[0] // {rank: 1, model: 'Tango', value: 73.6, …}
 */
export function leaderboard(claims: readonly Claim[], options: LeaderboardOptions = {}): Leaderboard {
  const {since, until} = options
  for (const [name, day] of [['since', since], ['until', until]] as const) {
    if (day !== undefined && !isoDay.test(day)) {
      throw new TypeError(`Expected \`${name}\` as \`YYYY-MM-DD\`, not \`${day}\``)
    }
  }

  if ((since !== undefined || until !== undefined) && options.papers === undefined) {
    throw new TypeError('Expected `papers` with `since` or `until`, not `undefined`')
  }

  const metrics = metricIndex(options.metrics)
  const papers = new Map((options.papers ?? []).map((paper) => [paper.index, paper]))
  const keep = {
    benchmark: matcher(options.benchmark, normalizeName),
    metric: matcher(options.metric, (name) => normalizeName(metrics.canonical(name) ?? '')),
    model: matcher(options.model, normalizeName)
  }
  const omitted = {filtered: 0, noDate: 0, noBenchmark: 0, noValue: 0}
  const slots = new Map<string, Slot>()
  const gains: Gain[] = []

  for (const claim of claims) {
    if (!keep.benchmark(claim.benchmark) || !keep.metric(claim.metric) || !keep.model(claim.model)) {
      omitted.filtered++
      continue
    }

    const paper = claim.paperIndex === null ? undefined : papers.get(claim.paperIndex)
    const published = paper?.published ?? null
    const arxivId = claim.arxivId ?? paper?.arxivId ?? null
    if (since !== undefined || until !== undefined) {
      if (published === null) {
        omitted.noDate++
        continue
      }

      if ((since !== undefined && published < since) || (until !== undefined && published > until)) {
        omitted.filtered++
        continue
      }
    }

    if (claim.benchmark === null) omitted.noBenchmark++
    else if (claim.value !== null) addToBoard(slots, metrics, claim, {published, arxivId})
    else if (claim.delta === null) omitted.noValue++
    else gains.push(toGain(claim, metrics.canonical(claim.metric), {published, arxivId}))
  }

  const boards = [...slots.values()].map((slot) => finish(slot)).sort(compareBoards)
  gains.sort((a, b) => compareGains(a, b, metrics))
  return LeaderboardSchema.parse({boards, gains, omitted})
}

function matcher(
  wanted: string | readonly string[] | undefined,
  normalize: (name: string) => string
): (name: string | null) => boolean {
  if (wanted === undefined) return () => true
  const names = new Set((typeof wanted === 'string' ? [wanted] : wanted).map(normalize))
  return (name) => name !== null && names.has(normalize(name))
}

function addToBoard(
  slots: Map<string, Slot>,
  metrics: MetricIndex,
  claim: Claim,
  {published, arxivId}: Source
): void {
  const metric = metrics.canonical(claim.metric)
  const key = normalizeName(claim.benchmark ?? '') + '\u0000' + (metric === null ? '' : normalizeName(metric))
  let slot = slots.get(key)
  if (!slot) {
    const board = {benchmark: claim.benchmark ?? '', metric, higherIsBetter: metrics.higherIsBetter(metric), entries: []}
    slot = {board, best: new Map()}
    slots.set(key, slot)
  }

  // A paper's unnamed system is its own competitor, not every paper's.
  const model = claim.model === null ? `\u0000${claim.paperIndex ?? ''}\u0000${claim.paper}` : normalizeName(claim.model)
  const current = slot.best.get(model)
  if (!current) {
    slot.best.set(model, {claim, published, arxivId, count: 1})
    return
  }

  current.count++
  const [value, previous] = [claim.value as number, current.claim.value as number]
  if (slot.board.higherIsBetter ? value > previous : value < previous) {
    Object.assign(current, {claim, published, arxivId})
  }
}

function finish(slot: Slot): Board {
  const sign = slot.board.higherIsBetter ? -1 : 1
  const entries: LeaderboardEntry[] = [...slot.best.values()].map(({claim, published, arxivId, count}) => ({
    rank: 1,
    model: claim.model,
    value: claim.value as number,
    unit: valueUnit(claim),
    qualifier: claim.qualifier,
    ...evidenceOf(claim, {published, arxivId}),
    claims: count
  }))
  entries.sort(
    (a, b) => sign * (a.value - b.value) || compareNullable(a.model, b.model) || compareNullable(a.paper, b.paper)
  )
  // Competition ranking: equal values share a rank, the next rank skips.
  for (const [index, entry] of entries.entries()) {
    const previous = entries[index - 1]
    entry.rank = previous && previous.value === entry.value ? previous.rank : index + 1
  }

  return {...slot.board, entries}
}

/**
 * A claim's `unit` is that of its change when it states one (`from 5439 to
 * 4583 tokens, a 15.7% decrease`): it is the value's unit only when there is
 * no change or the change is in the value's own scale.
 */
function valueUnit(claim: Claim): string | null {
  if (claim.delta === null) return claim.unit
  if (claim.deltaKind === 'relative' || claim.deltaKind === 'ratio') return percentAsWritten(claim) ? '%' : null
  return claim.unit === 'pp' ? '%' : claim.unit
}

// `from 74.0% to 81.8%, a relative improvement of 7.8%`: the value is
// written as a percentage in the claim's sentence, whatever its change is in.
function percentAsWritten(claim: Claim): boolean {
  if (claim.value === null) return false
  const written = String(claim.value)
  // (`81.8` is also written `81.80`; `4583` also `4583.0`.)
  const digits = written.includes('.') ? `${written.replace('.', '\\.')}0*` : `${written}(?:\\.0+)?`
  // (`81.8%`, `81.8 %`, or `81.8\%` in LaTeX.)
  return new RegExp(`(?<![\\d.])${digits}\\s?\\\\?%`, 'u').test(claim.sentence)
}

// The paper and evidence fields shared by board entries and gains.
function evidenceOf(claim: Claim, {published, arxivId}: Source) {
  return {
    paper: claim.paper,
    paperIndex: claim.paperIndex,
    arxivId,
    published,
    sentence: claim.sentence,
    start: claim.start,
    end: claim.end
  }
}

function toGain(claim: Claim, metric: string | null, {published, arxivId}: Source): Gain {
  return {
    model: claim.model,
    benchmark: claim.benchmark ?? '',
    metric,
    delta: claim.delta as number,
    unit: claim.unit,
    kind: claim.deltaKind,
    baseline: claim.baseline,
    qualifier: claim.qualifier,
    ...evidenceOf(claim, {published, arxivId})
  }
}

function compareBoards(a: Board, b: Board): number {
  return compareNullable(a.benchmark, b.benchmark) || compareNullable(a.metric, b.metric)
}

// Within a benchmark and metric, the biggest improvement first: a reduction
// is an improvement for metrics where lower is better.
function compareGains(a: Gain, b: Gain, metrics: MetricIndex): number {
  const sign = metrics.higherIsBetter(a.metric) ? -1 : 1
  return (
    compareNullable(a.benchmark, b.benchmark) ||
    compareNullable(a.metric, b.metric) ||
    (normalizeName(a.metric ?? '') === normalizeName(b.metric ?? '') ? sign * (a.delta - b.delta) : 0)
  )
}

// One collator for all comparisons: `localeCompare` with options builds a new
// one on every call, which dominates sorting large boards.
const collator = new Intl.Collator('en', {sensitivity: 'base'})

/** Text order that ignores case, with null last. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return collator.compare(a, b)
}
