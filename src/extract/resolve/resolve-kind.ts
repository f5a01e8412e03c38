import type {DeltaKind} from '../../schema/claim.js'
import type {Registry} from '../../registry/create-registry.js'
import {isScaleHead} from '../../registry/is-scale-head.js'
import {isCostMeasure} from '../is-cost-measure.js'
import {readWindows} from '../read-windows.js'
import {findKnownMetric} from './find-known-metric.js'
import type {Draft, NumberToken} from '../types.js'

/**
 * Words after `absolute` or `relative` that make it part of a measure's name
 * (`mean absolute error`, `relative error`), not the kind of a change.
 *
 * @example
 * new RegExp(`absolute(?!\\s${measureAfterKindWord})`, 'u').test('absolute error') // false
 */
export const measureAfterKindWord = String.raw`(?:error|deviation|percentage|difference)\b`
// Rates of what no one wants, written in free text: a % change of them is
// read as relative (the registry's lower-is-better rates are percentages:
// see `percentRate`; the same for free text measured one row fewer right).
const unwanted = /\b(?:errors?|failures?|violations?|violating|harmful|hallucinations?|attacks?|leakage|collisions?|crash(?:es)?|drops?|loss|churn|abandonment|rejections?|false|miss(?:es)?)\b/u

// Lower-is-better measures that are percentages themselves.
const percentRate = /(?:\brates?|^(?:WER|CER|TER|EER|DER|FPR@95))$/u

function scaleHead(metric: string): boolean {
  const lower = metric.toLowerCase()
  const head = lower.split(/\s+/u).at(-1)!
  return isScaleHead(head) && !(/^rates?$/u.test(head) && unwanted.test(lower))
}

/**
 * A relative change noun that names its measure before the number, read
 * farther back than other cues (`a relative reduction in word error rate of
 * approximately 34%`).
 *
 * @example
 * relativeChangeIn.test('a relative reduction in word error rate of ') // true
 */
export const relativeChangeIn = /\brelative\s(?:reductions?|improvements?|gains?|increases?|decreases?|drops?)\s(?:in|of)\s[^,;()]{1,60}$/u

const absoluteStated = new RegExp(String.raw`\babsolute(?:ly)?\b(?!\s${measureAfterKindWord})`, 'u')

/**
 * The number a claim's change is written as (its margin, or the change a
 * pair restates), if the claim has one.
 *
 * @example
 * changeToken(draft) // the token of `by 4.5%` in `reaches 81.2%, outperforming X by 4.5%`
 */
export function changeToken(draft: Draft): NumberToken | undefined {
  const delta = draft.delta
  return delta === null ? undefined : draft.tokens.find((token) => Math.abs(Math.abs(delta) - token.value) < 1e-9)
}

/**
 * How a claim's change relates to the scores: `ratio` for `x`; `absolute` for
 * points, pp, SD, bare numbers and two scores; `relative` when the text says
 * so, for changes above 100%, and for a % change of a quantity that is not a
 * percentage (length, latency, cost, throughput: a metric where lower is
 * better, unless it is a rate, a registry quantity, or one the registry does
 * not know); otherwise
 * `unspecified`. Scores without a
 * change have no kind.
 *
 * @example
 * resolveKind(draft, registry) // 'relative'
 */
export function resolveKind(draft: Draft, registry: Registry): DeltaKind | null {
  if (draft.deltaKind) return draft.deltaKind
  if (!draft.change && draft.delta === null) return null
  if (draft.derived) return 'absolute'
  const unit = draft.unit
  if (unit === 'x') return 'ratio'
  if (unit === 'pp' || unit === 'points' || unit === 'SD') return 'absolute'
  // Read around the change itself (the margin of a score, the restated change).
  const changed = changeToken(draft)
  const windows = readWindows(draft.sentence, changed ? [changed] : draft.tokens)
  const near = windows.before.slice(-40) + ' ' + windows.after.slice(0, 30)
  // `relative to X` compares; it does not make the change relative, nor does
  // a word of a name (`Current Relative-time Score`).
  if (/\brelative(?:ly)?\b(?!\s(?:to|with)\b|-)/u.test(near)) return 'relative'
  if (relativeChangeIn.test(windows.before.slice(-100))) return 'relative'
  // (Not the name of a measure: `a reduction in mean absolute error`.)
  // (Read a little past the window, so that the measure's next word is seen.)
  const stated = absoluteStated.exec(near + windows.after.slice(30, 50))
  if (stated && stated.index < near.length) return 'absolute'
  if (unit === null) return 'absolute'
  if (unit !== '%') return 'absolute'
  const size = draft.valueHigh ?? Math.abs(draft.delta ?? 0)
  if (size > 100) return 'relative'
  if (/^\s?(?:fewer|less)\b/u.test(windows.after)) return 'relative'
  const metric = draft.metric
  if (metric) {
    // A free-text metric is read through the registry metric it contains
    // (`intervention prediction accuracy` is an accuracy).
    // (A time, memory or cost is never a percentage, whatever it contains:
    // `task completion time` is a time, not a completion rate.)
    if (isCostMeasure(metric)) return 'relative'
    const known = findKnownMetric(metric, registry)
    // (A free-text measure whose head names a score on a fixed scale, or a
    // rate of something wanted, is a score too: `partial goal completion`,
    // `citation rate`; not `safety violation rates`.)
    if (known === undefined && scaleHead(metric)) return 'unspecified'
    // (A rate of what no one wants is still a percentage: `reduces the
    // hallucination rate by 34.8%` has no cue either way.)
    if (known !== undefined && registry.higherIsBetter(known) === false && !registry.isQuantity(known) && percentRate.test(known)) return 'unspecified'
    if (known === undefined || registry.higherIsBetter(known) !== true || registry.isQuantity(known)) return 'relative'
  }
  return 'unspecified'
}
