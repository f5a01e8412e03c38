import type {Qualifier} from '../../schema/claim.js'
import {isTimeUnit} from '../is-time-unit.js'
import {readWindows} from '../read-windows.js'
import type {Draft} from '../types.js'

// (`marking (up to) a noticeable 9.6% boost`: the hedge in a parenthesis, adjectives after it.)
const upTo = /\b(?:up to|as (?:much|large|high|big|great) as|less than|fewer than|below|under|at most|limited to)\s(?:an?\s)?[^a-z]{0,3}$|<\s?$|≤\s{0,3}$|\(up to\)\s(?:an?\s)?(?:[a-z-]+\s){0,2}$/u
// (`by $\ge$ 20%`: the sign, from LaTeX.)
const atLeast = /\bat least\s(?:an?\s)?[^a-z]{0,3}$|≥\s{0,3}$/u
const over = /\b(?:over|more than|exceeding|exceeds|exceed|above|greater than|beyond|surpassing)\s(?:an?\s)?[^a-z]{0,3}$|>\s?$/u
const approximately = /\b(?:approximately|approx\.?|about|around|roughly|nearly|almost|close to|circa|some)\s(?:an?\s)?[^a-z]{0,3}$|[~≈∼]\s?$/u
const averageBefore = /\b(?:average|averaged|on average|mean|avg\.?)\b/u
const averageAfter = /^[^.;]{0,40}?\b(?:on average|on averange|in average|averaged|on avg)\b|^\s?(?:(?:geometric|arithmetic|harmonic)\s)?(?:average|mean)\b/u

/**
 * The hedge on a claim's number: `up to`, `at least`, `over` (`more than`,
 * `exceeding`, `>`), `approximately` (`about`, `~`, `nearly`), `average`
 * (`an average improvement of`, `on average`, `mean`).
 *
 * @example
 * resolveQualifier(draft) // 'up to'
 */
export function resolveQualifier(draft: Draft): Qualifier | null {
  const windows = readWindows(draft.sentence, draft.tokens)
  // (Two scores: the hedge is the value's, `from over 4600 s to 0.328 s` has none.)
  const valueToken = draft.derived && draft.tokens.length > 1 ? draft.tokens.find((token) => token.value === draft.value) : undefined
  const hedge = hedgeBefore((valueToken ? readWindows(draft.sentence, [valueToken]) : windows).before.slice(-30), draft)
  if (hedge) return hedge
  // (`100+ times faster`: a plus after the number.)
  const anchorAt = draft.anchor.start - draft.sentence.start
  if (/^[\d.,]+\+(?![-/])/u.test(draft.sentence.clean.slice(anchorAt, anchorAt + 16))) return 'over'
  // (`by 1.6 average points`: the unit read with its `average`.)
  if (/^[\d.,]+\s?average\spoints?\b/u.test(draft.sentence.lower.slice(anchorAt, anchorAt + 24))) return 'average'
  // `108 FPS, outperforming X by about 21 times`: a score's margin carries the hedge.
  const margin = draft.value !== null && draft.delta !== null && !draft.derived ? draft.tokens.find((token, index) => index > 0 && token.value === Math.abs(draft.delta!)) : undefined
  if (margin) {
    const marginHedge = hedgeBefore(readWindows(draft.sentence, [margin]).before.slice(-30), draft)
    if (marginHedge) return marginHedge
  }
  // `average` in the same clause before the number, or `on average` after it.
  const clause = windows.before.slice(-70).split(/[;]|,\s(?=[a-z]+ing\b)/u).at(-1) ?? ''
  if (averageBefore.test(clause) || averageAfter.test(windows.after)) return 'average'
  return null
}

function hedgeBefore(near: string, draft: Draft): Qualifier | null {
  if (atLeast.test(near)) return 'at least'
  if (upTo.test(near)) return 'up to'
  // `within 15 minutes` bounds a time (`within 0.4 points of X` is a margin).
  if (/\bwithin\s(?:only\s|just\s)?[^a-z]{0,3}$/u.test(near) && isTimeUnit(draft.anchor.unit)) return 'up to'
  if (approximately.test(near)) return 'approximately'
  if (over.test(near)) return 'over'
  return null
}
