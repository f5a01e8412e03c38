import {isTimeUnit} from '../is-time-unit.js'
import {averageAside} from '../measure-words.js'
import {readWindows} from '../read-windows.js'
import type {Draft, Mention, NumberToken, Sentence} from '../types.js'
import {nameRetainedMetric} from './name-retained-metric.js'
import {nameShareMetric} from './name-share-metric.js'
import {metricAfter} from './read-metric-after.js'
import {metricBefore} from './read-metric-before.js'
import {isModifierOrVerb} from './read-metric-mentions.js'

const vagueChange =
  /^\s?(?:overall\s|average\s)?(?:performance|results?)\s(?:loss|losses|drops?|degradations?|declines?|decreases?|gains?|improvements?|increases?|boosts?)\b/u

// Verbs of a finding, which a measure's name never holds.
const clauseVerb = /\s(?:outperforms?|surpass(?:es)?|helps|improves|reaches|achieves|beats|exceeds|falls|drops|rises|remains|yields|leads|lags|trails)\b/u

/**
 * The measure a claim reports: a registry metric right after the number
 * (`97.1% accuracy`, `86.6% intent accuracy`, `82.95% lower latency`), the
 * noun phrase after a change word (`a 26.5% increase in user-rated
 * usefulness`, `28% fewer tokens`), the noun before one (`77% length
 * reduction`), a noun phrase right after the number (`0.815 task quality`),
 * the measure the verb changes (`reduces tool calls by 73.1%`, `an accuracy of
 * 67.0`), the time of an activity (`inference takes 112 ms`), the rate of a
 * share (`detects 97.1% of fabrications`: detection rate) or a human
 * preference (`raters preferred X in 71% of cases`). Never across
 * another number; null when the text only says "performance".
 *
 * @example
 * resolveMetric(draft)
 */
export function resolveMetric(draft: Draft): string | null {
  const timed = isTimeUnit(draft.anchor.unit) ? activityTime(draft) : null
  // `takes 0.31 s, a 14× speedup`: the row's value is the time, its measure the activity's.
  if (timed && draft.value !== null && draft.delta !== null) return timed
  // A share of the performance kept is that, whatever measures the sentence
  // names (`a 3.3x speedup in latency while retaining over 94% of the original
  // performance`); of a named measure, it is that measure (`retains 98.7% of
  // the full-precision accuracy`), when nothing closer names one.
  const kept = draft.anchor.unit === '%' ? nameRetainedMetric(draft) : null
  // (So is the registry measure a share keeps: `retained 99.71% of Virchow2's Macro-AUC`.)
  if (kept === 'performance retained' || (kept !== null && !kept.endsWith(' retained'))) return kept
  // `preferred over the originals by human evaluators 79% of the time`: how
  // often one side is preferred (the registry's `human preference`), whatever
  // else the sentence measures.
  if (draft.anchor.unit === '%' && draft.delta === null && draft.sentence.lower.includes('prefer') && preferredShare(draft)) return 'human preference'
  const read = findMetric(draft)
  // (A clause is no measure: `web materially outperforms binary (74.3% vs. 25.3%)`.)
  const found = read !== null && clauseVerb.test(read) ? null : read === 'score' ? namedScore(draft) : read
  // A rate or an energy written as a unit is the measure (`17.4 FPS`,
  // `1,840 tok/s`, `221 frame/s`, `18 μJ/inf`), whatever a list shares.
  const rate = rateMeasure(draft.anchor.unit, found)
  if (rate) return rate
  if (found === null && draft.anchor.unit === '%') {
    const share = kept ?? nameShareMetric(draft)
    if (share) return share
  }
  return found ?? timed ?? averagePartnerMetric(draft) ?? countMeasure(draft) ?? openingMetric(draft.sentence)
}

/**
 * `promising Dice scores, particularly SAM achieving scores of up to 0.894`:
 * the bare `scores` of a number are the scores the sentence named before it
 * (one registry measure, written as its scores); else just `score`.
 */
function namedScore(draft: Draft): string {
  const {sentence} = draft
  const written = (mention: Mention): string => sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start)
  const before = sentence.metrics.filter((mention) => mention.end <= draft.tokens[0]!.start)
  // (In running text, both in the plural: not a label, `GEdit Overall Score: 5.09`.)
  const bare = before.at(-1)
  const named = before.filter((mention) => mention.name !== 'score')
  const only = named.length === 1 ? named[0]! : undefined
  return only && bare?.name === 'score' && written(bare) === 'scores' && /\sscores$/u.test(written(only)) ? only.name : 'score'
}

/**
 * The measure of a bound and the average given with it, read from either
 * (`reduces chiplet cost by up to 58% (20% geometric mean)`, `up to 47% (6%
 * geometric mean) lower cost`).
 */
function averagePartnerMetric(draft: Draft): string | null {
  const {sentence, anchor} = draft
  const at = sentence.tokens.indexOf(anchor)
  const next = sentence.tokens[at + 1]
  const previous = sentence.tokens[at - 1]
  const partner = next && averageAside.test(sentence.lower.slice(anchor.end - sentence.start, anchor.end - sentence.start + 40)) ? next : previous && averageAside.test(sentence.lower.slice(previous.end - sentence.start, previous.end - sentence.start + 40)) ? previous : undefined
  return partner ? findMetric({...draft, tokens: [partner], anchor: partner, value: null}) : null
}

const preferredBefore = /\bpreferr?(?:ed|s|ing)?\b[^.;%]{0,80}$/u
const ofTheTime = /^\s?(?:of\s(?:the\s)?(?:time|cases|comparisons|pairs|trials))\b/u

/** Whether a share says how often one side is preferred (`preferred … 78% of the time`). */
function preferredShare(draft: Draft): boolean {
  const {before, after} = readWindows(draft.sentence, [draft.anchor])
  return ofTheTime.test(after) && preferredBefore.test(before)
}

/**
 * The measure a sentence opens with, which its scores are in: `Under F1,
 * Sonnet 4.6 leads (60.9) …`, `In terms of BLEU, …`.
 */
function openingMetric(sentence: Sentence): string | null {
  const mention = sentence.metrics[0]
  if (!mention || !/^\s{0,2}(?:under|in terms of|measured by|by|with respect to)\s(?:the\s)?$/u.test(sentence.lower.slice(0, mention.start - sentence.start))) return null
  return /^\s?(?:scores?\s|metrics?\s)?,/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 10)) ? mention.name : null
}

const countVerb =
  /\b(prove[sd]?|solve[sd]?|resolve[sd]?|pass(?:es|ed)?|answer(?:s|ed)?|complete[sd]?|fix(?:es|ed)?|detect(?:s|ed)?|finds?|found|wins?|won)\s(?:(?:only|just|about|nearly|over|up to|correctly)\s)?$/u

// `solves` → `solved`, `fixes` → `fixed`, `finds` → `found`.
function participle(verb: string): string {
  if (/ed$|^found$|^won$/u.test(verb)) return verb
  if (/^finds?$/u.test(verb)) return 'found'
  if (/^wins?$/u.test(verb)) return 'won'
  const stem = /(?:ss|x)es$/u.test(verb) ? verb.slice(0, -2) : verb.replace(/s$/u, '')
  return stem.endsWith('e') ? `${stem}d` : `${stem}ed`
}

/**
 * The measure of a count out of a total (`proved 5 out of 148 problems`:
 * problems proved; `scored 73 out of 76 points`: points).
 */
function countMeasure(draft: Draft): string | null {
  const {sentence, anchor} = draft
  const unit = anchor.unit
  const outOf = /^\s?out of\b/u.test(sentence.lower.slice(anchor.end - sentence.start, anchor.end - sentence.start + 8))
  if (!outOf || unit === null || !/^[a-z]{3,15}$/u.test(unit)) return null
  if (unit === 'points') return 'points'
  const verb = countVerb.exec(sentence.lower.slice(Math.max(0, anchor.start - sentence.start - 30), anchor.start - sentence.start))
  return verb ? `${unit} ${participle(verb[1]!)}` : null
}

/**
 * The time of the activity before a time (`inference takes 112 ms`, `sampling
 * an image takes 0.31 s`, `trains in 6 minutes`, `generates a 3D avatar
 * within 15 minutes`, `completed the exam in around 10 minutes`, `less than 1
 * second to generate an image`).
 */
function activityTime(draft: Draft): string | null {
  const first = draft.tokens[0]!
  const takes = activityTakes.exec(draft.sentence.lower.slice(Math.max(0, first.start - draft.sentence.start - 80), first.start - draft.sentence.start))
  if (takes) return `${takes[1]} time`
  const done = doneIn.exec(draft.sentence.lower.slice(Math.max(0, first.start - draft.sentence.start - 60), first.start - draft.sentence.start))
  if (done) return doneTime[done[1]!] ?? 'completion time'
  // `taking less than 1 second to generate a 1024×1024 image`.
  const to = /^\s{0,3}to\s(train|generat|render|reconstruct)\w*/u.exec(draft.sentence.lower.slice(first.end - draft.sentence.start, first.end - draft.sentence.start + 30))
  return to ? doneTime[to[1]!]! : null
}

const doneIn = /\b(train|complet|finish|generat|render|reconstruct)\w*\s(?:[^\s,;.]+\s){0,8}?(?:in|within)\s(?:(?:only|just|about|around|roughly|under|less than)\s)?$/u
const doneTime: Record<string, string> = {train: 'training time', generat: 'generation time', render: 'rendering time', reconstruct: 'reconstruction time'}

const activityTakes = /\b(inference|training|decoding|generation|encoding|prefill|retrieval|search|sampling|planning|rendering)\s(?:[^\s,;.]+\s){0,5}?takes\s(?:(?:only|just|about|roughly|around|under|less than)\s)?$/u

/**
 * `reducing latency from a 510 ms cloud reference to 151.4 ms`: the noun an
 * article before a pair's first score introduces names where that score
 * comes from, unless it is a measure the registry knows (`from a 36% success
 * rate to 73%`).
 */
function labelsStart(draft: Draft, found: string): boolean {
  const {sentence} = draft
  const first = draft.tokens[0]!
  if (draft.baselineValue === null || draft.value === null || draft.tokens.length < 2) return false
  if (!/\bfrom\s(?:a|an)\s$/u.test(sentence.lower.slice(Math.max(0, first.start - sentence.start - 8), first.start - sentence.start))) return false
  return !sentence.metrics.some((mention) => mention.start >= first.end && mention.name === found)
}

function findMetric(draft: Draft): string | null {
  const {sentence} = draft
  const first = draft.tokens[0]!
  const last = draft.tokens.at(-1)!
  const value = draft.tokens.find((token) => token.value === draft.value && token.low === null) ?? first
  // (An item of a slash list is in the measure written after the whole list:
  // `by 12.8% / 9.4% / 7.0% Recall@1`.)
  const listEnd = first.list?.at(-1)
  for (const token of new Set([value, first, ...(listEnd ? [listEnd] : [])])) {
    const found = metricAfter(sentence, token)
    if (found && !(token === first && labelsStart(draft, found))) return found
  }
  if (last !== value && last !== first) {
    // (With two scores, the measure named before them wins over the word
    // after a third number: `reduces inference latency from 73ms to 6.7ms
    // (a 10.9-fold speedup)` is in latency.)
    const named = draft.value !== null && draft.baselineValue !== null ? metricBefore(sentence, first) : null
    const found = named ?? metricAfter(sentence, last)
    if (found) return found
  }
  const windows = readWindows(sentence, [last])
  // `2.8x faster than X`, `speeding up decoding by 2.18x`: a speed.
  const speed = speedOf(sentence, last, windows.after)
  if (speed) return speed
  // `24% more accurate than X`: the accuracy.
  if ((last.unit === '%' || last.unit === 'x') && /^\s{0,3}(?:more|less)\saccurate\b/u.test(windows.after)) return 'accuracy'
  // `travel 73% farther than X`: the distance.
  if ((last.unit === '%' || last.unit === 'x') && /^\s{0,3}farther\b/u.test(windows.after)) return 'distance'
  // `up to 20% more factual and 10% more useful than X`: the quality the
  // adjective names, as written.
  const quality = last.unit === '%' || last.unit === 'x' ? /^\s{0,3}(?:more|less)\s([a-z]{3,}(?:al|ful|ive|able|ible|ant|ent|ous|ic))(?=\s(?:than|and|or)\b|[,;.)]|$)/u.exec(windows.after) : null
  if (quality) return quality[1]!
  // `1.1% performance loss`: the number names its measure, if vaguely; a
  // metric written before it is another item's (`77% length reduction with
  // only 1.1% performance loss`).
  if (vagueChange.test(windows.after)) return null
  for (const token of new Set([first, value])) {
    const found = metricBefore(sentence, token)
    if (found) return found
  }
  // Or later in the same clause (`… 59 percent pass@1`), not the object of
  // another change (`(by 1-2%) with a significant reduction in memory`).
  // (A number inside an example's parenthesis measures nothing past its end.)
  const inParen = /\((?:e\.g\.|i\.e\.)[^()]*$/u.test(windows.before)
  // (Nor past a participle clause: `(1.81s vs. 14.50s) and introducing no additional memory overhead`.)
  // (Past the next number too: `97.1% and 87.0%, while the static memory
  // footprint drops` ends the clause at the comma after the list.)
  const clauseEnd = sentence.lower.slice(windows.afterStart, windows.afterStart + 40).search(inParen ? clauseBreakInParen : clauseBreak)
  const afterStart = sentence.start + windows.afterStart
  const later = sentence.metrics.find(
    (mention) =>
      mention.start >= afterStart &&
      mention.start <= afterStart + Math.min(40, clauseEnd === -1 ? 40 : clauseEnd) &&
      // `across seven reward model benchmarks`: a metric word naming something else.
      !isModifierOrVerb(sentence, mention) &&
      // (`over the no-memory baseline`: part of a compound adjective.)
      sentence.clean[mention.start - sentence.start - 1] !== '-' &&
      // `48.3% of issues at an average cost of $1`: the label of the next number.
      !/^\s(?:of|is|was|at)\s[^a-z\s]{0,2}\d/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 12)) &&
      // `achieves 26.98 with only 450M parameters`: what the system has, not the measure.
      // (Nor what it costs: `by 6 points at a seventh of its compute`.)
      !/\b(?:with|without|using)\b|\bat\s(?:a|an|the|its|their|half|lower|less|reduced|similar|comparable|no)\b/u.test(sentence.lower.slice(afterStart - sentence.start, mention.start - sentence.start)) &&
      // (Past another number only in a list: `74.8% in-domain and 71.6%
      // out-of-domain accuracy`, not `sacrifices 4.3% for 68% length reduction`.)
      !sentence.tokens.some((other) => other.start >= afterStart && other.end <= mention.start && /\b(?:for|with|at|while|but|to|from|by)\b|\(/u.test(sentence.lower.slice(afterStart - sentence.start, other.start - sentence.start)))
  )
  return later?.name ?? null
}

// Where a clause ends after a number: a comma, a participle clause, another change.
// (`… in aggregate metrics and exhibits a coefficient of variation …`: a
// verb with its object after `and` opens another clause.)
const clauseBreakSource = String.raw`\band\s[a-z]{3,}ing\b|\band\s(?:also\s)?[a-z]{3,}(?:s|ed)\s(?:a|an|the|its|their|our)\s|\b(?:reductions?|improvements?|increases?|decreases?|gains?|savings?|sav(?:es|ed)|reduc(?:es|ed|ing))\b`
const clauseBreak = new RegExp(`[,;]|${clauseBreakSource}`, 'u')
const clauseBreakInParen = new RegExp(`[,;)]|${clauseBreakSource}`, 'u')

const speedVerb = /\b(?:(?:speed(?:s|ing)?|sped)\sup\s(?:the\s)?|accelerat(?:es|ed|ing|e)\s(?:the\s)?)([^\s,;][^,;]{0,59}?\s)?by\s(?:(?:up to|about|approximately|nearly|over|around|roughly|>|~)\s?)?$/u
const speedActivity = /^(?:inference|training|decoding|generation|pre-?filling|prefill|encoding|sampling|rendering|retrieval|search|convergence)\s$/u

/**
 * The speed a number states: `2.8x faster than X` (a speed), `training is
 * 1.6× faster` (the activity's speed), `speeding up
 * decoding by up to 2.18x` (the activity's speed), `accelerates X by 2x`
 * (a speed-up).
 */
function speedOf(sentence: Sentence, token: NumberToken, after: string): string | null {
  if (token.unit !== 'x' && token.unit !== '%') return null
  const before = sentence.lower.slice(Math.max(0, token.start - sentence.start - 60), token.start - sentence.start)
  if (/^\s{0,3}(?:faster|quicker|slower)\b(?!\s(?:inference|training|decoding|generation|convergence))/u.test(after)) {
    // `training is 1.6× faster`: the activity's speed.
    const activity = /\b([a-z][a-z-]{2,20})\s(?:is|runs|becomes)\s(?:(?:up to|about|roughly|nearly|over)\s)?$/u.exec(before)?.[1]
    return activity !== undefined && speedActivity.test(`${activity} `) ? `${activity} speed` : 'speed'
  }
  const verb = speedVerb.exec(before)
  if (!verb) return null
  return verb[1] !== undefined && speedActivity.test(verb[1]) ? `${verb[1].trim()} speed` : 'speed-up'
}

/**
 * The measure a rate or energy unit names, unless `found` already names a
 * speed (`a decoding speed of 5 token/s`): FPS, frame rate, throughput, energy.
 */
function rateMeasure(unit: string | null, found: string | null): string | null {
  // (`control at 7Hz`: the rate a system runs at, unless a rate is named, `30Hz frame rate`.)
  if (unit === 'Hz') return found !== null && /frequenc|rate/iu.test(found) ? null : 'frequency'
  // (`27.03 FPS, marking a 901 times speedup`: the speed-up is the margin's word, FPS the value's measure.)
  if (unit === null || (found !== null && /speed|throughput|rate|latency|fps/iu.test(found) && !/^speed-?up$/iu.test(found))) return null
  if (unit === 'FPS' || unit === 'TPS' || unit === 'QPS' || unit === 'tok/s') return unit
  if (/^frames?\/s$/u.test(unit)) return 'frame rate'
  // (`0.07m/s`, `9 km/s`: a velocity, whose measure the words name.)
  if ((unit.endsWith('/s') && !/^[mck]?m\/s$/u.test(unit)) || unit.endsWith(' per second')) return 'throughput'
  const energyUnit = /J(?:\/[a-z]+)?$/u.test(unit) || /^[kMG]?Wh$/u.test(unit)
  // (`reduced localization energy consumption to 1.12 mJ per node`: the energy the words name.)
  if (energyUnit && found !== null && /energy|consumption/iu.test(found)) return null
  if (/J(?:\/[a-z]+)?$/u.test(unit)) return unit.includes('/') ? 'energy per inference' : 'energy'
  // (`consumes 0.36 kWh per 3,000 slides`.)
  if (/^[kMG]?Wh$/u.test(unit)) return 'energy'
  return null
}
