import {createScorePair, type Rule} from '../create-draft.js'
import {bareLabelOfPair, continuesPairList, labelPairStart, pairHedge, pairStart} from '../read-pair-words.js'
import {cueOf} from '../read-cues.js'
import {modifiers} from '../resolve/read-metric-phrase.js'
import type {Draft, NumberToken, Sentence} from '../types.js'

// (A hedge may sit after `from` or `to`: `from over 4600 seconds to just 0.328 seconds`,
// `from a baseline of 2.15% to up to 61.04%`.)
// `from 0% in the no-injection control to 54.7%`: a short phrase may sit between.
// (LaTeX blanks to spaces around an arrow: `$62\\%\\rightarrow91\\%$`.)
// (A word may hold digits, not start with one: `from 0.794 for SAM3D to 0.924`.)
// (Not the `to` of a hedge: `(+26 pp over zero-shot) and semantic accuracy up to 52.29`.)
// (Or a model's size: `from 81.43 percent on the 8B model to 88.86 percent`.)
// (Or the first score's spread: `from $323\\!\\pm\\!125$ to $1613$`.)
const toBetween = new RegExp(`^(?:\\s{1,4}(?:±\\s{0,3}\\d[\\d.]*|[^\\s\\d;,][^\\s;,]{0,19}|\\d{1,4}(?:\\.\\d{1,2})?[bmk](?![a-z]))){0,6}\\s{0,12}(?<!\\bup\\s)(?:to|→|->)(?:\\s(?:${pairHedge}|up to))?\\s{0,12}$`, 'u')
// (A verb of its own opens another claim: `from 6.9% to 20.3%, reduces
// average response length by a factor of 3.6`.)
const newChangeClause = /\b(?:reduc|improv|increas|decreas|lower|boost|rais|cut)(?:es|ed|s)\b/u
const movesTo = new RegExp(`^,\\s(?:dropping|falling|declining|decreasing|rising|increasing|climbing|jumping|growing)\\s(?:further\\s)?to\\s(?:${pairHedge}\\s)?$`, 'u')
// (Not a change of another measure: `from 34.85% to 0% compared to a
// reference design, with an area increase of 2.6x`.)
const ownMeasureChange = /\b([a-z]{3,})\s(?:increases?|decreases?|reductions?|improvements?|gains?|drops?|overheads?)\s(?:of|by)\s(?:about\s|around\s|nearly\s|up to\s)?$/u
function changesOtherMeasure(text: string): boolean {
  const word = ownMeasureChange.exec(text)?.[1]
  return word !== undefined && !modifiers.test(word) && !/^(?:the|its|their|our|net|further)$/u.test(word)
}
const countsThenGain = /^\s?to\s\d[\d,]*\s?\(\s?[+\-−]\d/u
const restateLink = /^[\s,;(]{0,3}(?:(?:which is|that is|i\.e\.,?|marking|representing|reflecting|showing|yielding|achieving|an?|with|for|or)\s){0,3}[a-z\s,-]{0,60}$/u

// `a 7.8% gain (from 74% to 81.8%)`, `an improvement of 55.8%, increasing from 43% to 67%`.
// (`by ~3.3x, e.g., from 149 to just 44 tokens`.)
// (Or the measure's name first: `a 17.0% relative reduction in word error
// rate (WER; from 0.217 to 0.180)`, `a 47% improvement in task completion
// rate ($62\%\rightarrow91\%$)`.)
// (Or labelled with the system: `94 pp degradation on arithmetic (GPT-4o-mini: 97.8% → 4.0%)`.)
const restateBefore =
  /^[\s,;]{0,3}(?:\(\s{0,2})?(?:(?:e\.g\.|i\.e\.),?\s)?(?:[a-z-]{1,15},?\s){0,2}(?:from\s{0,3}|\()$|^\s(?:[a-z-]{1,20}\s){1,7}\((?:(?:[a-z0-9-]{1,10}[;,]\s)?from\s|\s{0,3})$|^\s(?:\([a-z]{1,6}\)\s)?(?:[a-z-]{1,20}\s){1,5}\([^()\s]{1,30}:\s{0,3}$/u

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-from-to'
 */
export const id = 'extract-from-to'

function restatement(sentence: Sentence, taken: Set<NumberToken>, at: number): NumberToken | undefined {
  const token = sentence.tokens[at]
  if (!token || taken.has(token) || token.low !== null) return undefined
  return cueOf(sentence, token).change ? token : undefined
}

/**
 * Two scores: `from 36.0% to 73.6%`, `(78.4% to 85.4%)`. The value is the
 * second score, the baseline value the first, the delta their difference
 * (absolute) — unless a change stated next to them restates it (`, a 6.2%
 * improvement`; `a relative improvement of 55.8%, increasing from 43% to
 * 67%`), which then is the delta.
 *
 * @example
 * extractFromTo(sentence, new Set())
 */
export const extractFromTo: Rule = (sentence, taken) => {
  const drafts: Draft[] = [...extractFromToLists(sentence, taken)]
  const {tokens} = sentence
  for (let index = 0; index + 1 < tokens.length; index++) {
    const first = tokens[index]!
    const second = tokens[index + 1]!
    if (taken.has(first) || taken.has(second) || first.low !== null || second.low !== null) continue
    const before = sentence.lower.slice(Math.max(0, first.start - sentence.start - 48), first.start - sentence.start)
    // `scaling parallel environments from 32 to 512 (+5.2 points)`: two
    // counts followed by the gain they bring are a setting; the gain is the claim.
    if (first.unit === null && pairStart.test(before) && countsThenGain.test(sentence.clean.slice(first.end - sentence.start, first.end - sentence.start + 24))) {
      taken.add(first)
      if (/^\s?to\s$/u.test(sentence.lower.slice(first.end - sentence.start, second.start - sentence.start))) taken.add(second)
      continue
    }
    const between = sentence.lower.slice(first.end - sentence.start, second.start - sentence.start)
    // `increasing context from 0.0 to 19.2 seconds raises success from 63.3%
    // to 78.7%`: what is varied, before the verb of what it changes, is a setting.
    // (`across K from 4 to 7`: a symbol's values are a setting swept.)
    // (Nor the conditions a test is run under: `under forces from 2 N to 8 N`.)
    const symbolSwept = (/(?:^|[\s(])[a-z]\sfrom\s{0,3}$/iu.test(before) && first.unit === null && second.unit === null) || /\bunder\s(?:[a-z-]+\s){0,2}from\s{0,3}$/u.test(before)
    if (/\bfrom\s{0,3}$/u.test(before) && (symbolSwept || varied(sentence, first, second))) {
      taken.add(first)
      taken.add(second)
      continue
    }
    if (/\bfrom\s{0,3}$/u.test(before) && settingBefore.test(between)) {
      const pair = readSettingPair(sentence, taken, index)
      if (pair) drafts.push(pair)
      continue
    }
    // `(+4.5pp for A to +51.9pp for B)`: two signed changes span a range of
    // effects; neither is a score the other started from.
    // (Nor `from +7.03 points at 2B … to -0.91 at 27B`: signed both.)
    // (`ranging from +1.51 pp to -18.81 pp` still spans them as one row.)
    // (But a measure raised across zero is two values: `raises the win rate
    // from -11.6% with the baseline to +9.5%`.)
    const acrossZero = first.sign === -1 && second.sign === 1 && /\b(?:rais|improv|increas|boost|lift)\w*\s(?:the\s|its\s|their\s)?(?:[a-z-]+\s){0,3}from\s{0,3}$/u.test(before)
    // (Two levels below zero are two scores: `improves the mean Vina score
    // from -7.41 kcal/mol to -8.07 kcal/mol`.)
    const belowZero = first.sign === -1 && second.sign === -1 && /\bfrom\s{0,3}$/u.test(before)
    if (first.sign !== 0 && second.sign !== 0 && !acrossZero && !belowZero && !/\brang\w*\sfrom\s{0,3}$/u.test(before)) continue
    // (Or the next item of a list of pairs: `…, and 20.6% to 29.1% on B`.)
    const pairItem = continuesPairList(before, sentence.lower.slice(0, first.start - sentence.start))
    // (An arrow pairs two scores by itself: `(GPT-4o-mini: 97.8%→4.0%)`.)
    const arrow = /^\s{0,12}(?:→|->)\s{0,12}$/u.test(between) && first.unit === second.unit
    // (So does a measure's label with two scores of one unit: `(Recall@20: 25.64% to 23.61%, …`.)
    // (Bare scores too, when the label is a measure: `(F1: 0.8048 to 0.9746)`.)
    const labelled = labelPairStart.test(before) && first.unit === second.unit && (first.unit !== null || measureLabel(sentence, first)) && /^\s(?:to|→|->)\s$/u.test(between)
    // (Or a name without a colon, where the sentence speaks of a change:
    // `lift every score (LIBERO-10 93% to 99%, RoboTwin 83.8% to 91.4%)`.)
    const named = !labelled && first.unit === second.unit && /^\s(?:to|→|->)\s$/u.test(between) && labelledByName(sentence, first, before)
    // `rose to 81.2% from 74.5%`, `cut review time to 3.1 minutes from 7.4
    // minutes`: the level reached first, the start after it.
    if (reachedFrom(sentence, first, second, before, between)) {
      taken.add(first)
      taken.add(second)
      drafts.push(createScorePair(id, sentence, [first, second], first, second, 0.9))
      continue
    }
    // `is 60.93%, dropping to 39.92%`: a score, then the level it moves to.
    if (first.sign === 0 && second.sign === 0 && first.unit !== null && first.unit === second.unit && movesTo.test(between)) {
      taken.add(first)
      taken.add(second)
      drafts.push(createScorePair(id, sentence, [first, second], second, first, 0.85))
      continue
    }
    // (An interval or label of the first score may sit between: `from 0.063
    // (95% CI, 0.036-0.101, Framework 1) to 0.079`.)
    const unlabelled = between.replace(/^\s?\([^()]{1,60}\)/u, '')
    if ((!pairStart.test(before) && !pairItem && !arrow && !labelled && !named) || !(toBetween.test(unlabelled) || settingGap.test(between))) continue
    taken.add(first)
    taken.add(second)
    const draft = createScorePair(id, sentence, [first, second], second, first, 0.9)
    // (Values across zero keep their signs: −11.6% to +9.5% is +21.1 points.)
    if (acrossZero) Object.assign(draft, {baselineValue: -first.value, delta: draft.delta === null ? null : Math.round((second.value + first.value) * 1e6) / 1e6})
    if (belowZero) Object.assign(draft, {value: -second.value, baselineValue: -first.value, delta: draft.delta === null ? null : Math.round((first.value - second.value) * 1e6) / 1e6})
    // A restated change right after (or right before) the two scores.
    const next = restatement(sentence, taken, index + 2)
    const previous = restatement(sentence, taken, index - 1)
    const afterText = next ? sentence.lower.slice(second.end - sentence.start, next.start - sentence.start) : ''
    const beforeText = previous ? sentence.lower.slice(previous.end - sentence.start, first.start - sentence.start) : ''
    const candidate =
      next && restateLink.test(afterText) && !/\b(?:and|while|whereas|but)\b/u.test(afterText) && !newChangeClause.test(afterText) && !changesOtherMeasure(afterText)
        ? next
        : previous && restateBefore.test(beforeText)
          ? previous
          : undefined
    // (Points restate the pair only when they are its difference: `from 59
    // to 94, yielding an overall improvement of roughly 10 points` sums up more.)
    const restated = candidate && (candidate.unit === 'points' || candidate.unit === 'pp') && Math.abs(Math.abs(second.value - first.value) - candidate.value) > 0.51 ? undefined : candidate
    if (restated) {
      taken.add(restated)
      const difference = Math.abs(second.value - first.value)
      const negative = second.value < first.value || cueOf(sentence, restated).negative
      draft.tokens = [...draft.tokens, restated].sort((a, b) => a.start - b.start)
      draft.delta = negative ? -restated.value : restated.value
      draft.unit = restated.unit
      draft.derived = false
      // The words decide first (`a relative improvement of 7.8%`), then the numbers.
      const said = sentence.lower.slice(Math.max(0, restated.start - sentence.start - 30), restated.start - sentence.start)
      draft.deltaKind = restated.unit === 'x'
        ? 'ratio'
        : /\brelative(?:ly)?\b(?!\s(?:to|with)\b)/u.test(said)
        ? 'relative'
        : /\babsolute\b/u.test(said)
          ? 'absolute'
          : restated.unit === '%' && Math.abs(difference - restated.value) > 0.051
            ? 'relative'
            : 'absolute'
    }
    drafts.push(draft)
  }
  return drafts
}

// The verb of a change right before `to`, and `from` right after the first
// number (past its unit's word): `rose to 81.2% from 74.5%`.
const toBefore = /\b(?:ris\w*|rose|increas\w*|improv\w*|grew|grow\w*|climb\w*|jump\w*|drop\w*|fell|fall\w*|decreas\w*|declin\w*|reduc\w*|cut|cuts|cutting|lower\w*|shrank|shrink\w*|boost\w*|rais\w*)\s(?:[^\s,;]+\s){0,4}to\s(?:(?:usd|about|around|roughly|nearly|just|only)\s)?$/u
// (A label of the level may come between: `to USD 5.58 (Framework 3) from USD 9.72`.)
const fromBetween = /^\s?(?:\([^()]{1,30}\)\s)?(?:[a-z]{1,12}\s)?from\s(?:(?:usd|about|around|roughly|nearly)\s)?$/u

function reachedFrom(sentence: Sentence, first: NumberToken, second: NumberToken, before: string, between: string): boolean {
  if (first.sign !== 0 || second.sign !== 0 || first.unit !== second.unit || !fromBetween.test(between)) return false
  return toBefore.test(sentence.lower.slice(Math.max(0, first.start - sentence.start - 60), first.start - sentence.start)) && !/\bfrom\s/u.test(before.slice(-12))
}

// `from 1.00 at 2% distractors to 0.43 at 36% distractors`: each score
// followed by the setting it was measured at.
// (Not a phrase up to the pair's `to`: `from 56.67% with GRPO to 70.31%`.)
const settingBefore = /^\s(?:at|with|under|for|in|on)\s(?:(?!to\s)[a-z-]{1,15}\s){0,2}$/u
// (A setting the scanner reads as no number: `from 81.2% at 4K tokens to`, `from 81% at step 4 to`.)
const settingGap = /^\s(?:at|with|under)\s(?:[a-z-]{1,20}\s)?[\d.,]+(?:[kmb]|\s?%)?\s(?:[a-z-]{1,20}\s){0,2}(?:to|→|->)\s{0,3}$/u
const settingThenTo = /^(?:\s[a-z-]{1,20}){0,3}\s(?:to|→|->)\s$/u

/** The pair of scores at `index` and `index + 2`, each with its setting (taken too, as no claim). */
function readSettingPair(sentence: Sentence, taken: Set<NumberToken>, index: number): Draft | undefined {
  const [first, setting, second] = sentence.tokens.slice(index, index + 3)
  if (!first || !setting || !second || taken.has(setting) || taken.has(second) || second.low !== null) return undefined
  if (first.unit !== second.unit || !settingThenTo.test(sentence.lower.slice(setting.end - sentence.start, second.start - sentence.start))) return undefined
  taken.add(first)
  taken.add(setting)
  taken.add(second)
  const next = sentence.tokens[index + 3]
  if (next && !taken.has(next) && settingBefore.test(sentence.lower.slice(second.end - sentence.start, next.start - sentence.start))) taken.add(next)
  return createScorePair(id, sentence, [first, second], second, first, 0.85)
}

const listLink = /^\s?(?:,\s?(?:and\s)?|and\s)$/u

/** A run of tokens joined as a list (`31.5%, 26.0% and 44.8%`), from `index`. */
function readRun(sentence: Sentence, index: number): NumberToken[] {
  const run: NumberToken[] = []
  for (let at = index; at < sentence.tokens.length; at++) {
    const token = sentence.tokens[at]!
    const previous = run.at(-1)
    if (previous && !listLink.test(sentence.lower.slice(previous.end - sentence.start, token.start - sentence.start))) break
    if (token.low !== null) break
    run.push(token)
  }
  return run
}

/**
 * Lists of scores: `from 31.5%, 26.0% and 44.8% to 2.9%, 4.1% and 6.3%,
 * respectively` is three claims, paired in order.
 *
 * @example
 * extractFromToLists(sentence, new Set())
 */
function extractFromToLists(sentence: Sentence, taken: Set<NumberToken>): Draft[] {
  const drafts: Draft[] = []
  for (let index = 0; index < sentence.tokens.length; index++) {
    const first = sentence.tokens[index]!
    if (taken.has(first)) continue
    const before = sentence.lower.slice(Math.max(0, first.start - sentence.start - 8), first.start - sentence.start)
    if (!/\bfrom\s{0,3}$/u.test(before)) continue
    const starts = readRun(sentence, index)
    if (starts.length < 2) continue
    const next = sentence.tokens[index + starts.length]
    if (!next) continue
    const between = sentence.lower.slice(starts.at(-1)!.end - sentence.start, next.start - sentence.start)
    if (!/^\s{0,3}to\s{0,3}$/u.test(between)) continue
    const ends = readRun(sentence, index + starts.length)
    if (ends.length !== starts.length) continue
    starts.forEach((start, at) => {
      const end = ends[at]!
      taken.add(start)
      taken.add(end)
      drafts.push(createScorePair(id, sentence, [start, end], end, start, 0.85))
    })
  }
  return drafts
}

/** Whether a registry measure is the label right before `first` (`F1: `). */
function measureLabel(sentence: Sentence, first: NumberToken): boolean {
  return sentence.metrics.some((mention) => first.start - mention.end >= 1 && first.start - mention.end <= 3 && sentence.clean[mention.end - sentence.start] === ':')
}

/** Whether a name-shaped label or a registry measure heads the pair (see `bareLabelOfPair`). */
function labelledByName(sentence: Sentence, first: NumberToken, before: string): boolean {
  const label = bareLabelOfPair(before, sentence.lower.slice(0, first.start - sentence.start))
  if (label === undefined) return false
  const labelEnd = first.start - 1
  const labelStart = labelEnd - label.length
  const raw = sentence.text.slice(labelStart - sentence.start, labelEnd - sentence.start)
  return /[\p{Lu}\p{N}-]/u.test(raw) || sentence.metrics.some((mention) => mention.end === labelEnd && mention.start <= labelStart)
}

// A clause that varies something (`increasing context from 0.0 to 19.2
// seconds`, `compressing X from 18 to 16 layers`) and then, as its verb,
// changes a measure (`raises success from …`, `reduces CER by …`).
const varying = /(?:^|[,;:]\s|\b(?:and|while|when|that)\s)(?:increasing|decreasing|expanding|compressing|scaling|growing|reducing|raising|lowering|varying|extending|shrinking|moving)\s(?:[^\s,;]+\s){1,5}from\s{0,3}$/u
const changesAfter = /^\s?(?:[a-z-]+\s){0,3}?(?:raises|improves|increases|reduces|lowers|boosts|lifts|drops|cuts|degrades|hurts|yields|brings|leads to)\b/u

function varied(sentence: Sentence, first: NumberToken, second: NumberToken): boolean {
  const before = sentence.lower.slice(Math.max(0, first.start - sentence.start - 80), first.start - sentence.start)
  return varying.test(before) && changesAfter.test(sentence.lower.slice(second.end - sentence.start, second.end - sentence.start + 50))
}
