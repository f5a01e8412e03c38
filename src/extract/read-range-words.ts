import {beatVerbs} from './comparison-words.js'
import {pairHedge} from './read-pair-words.js'

/**
 * What links the two bounds of a range right after the first (`70%-85%`,
 * `17–24%`, `40--80%`, `23% to 51%`).
 *
 * @example
 * rangeLink.test('–24%') // true
 */
// (LaTeX blanks widen the gap: `$2.8\%\text{-}4.8\%$`.)
export const rangeLink = /^(?: {0,3}(?:--|–|—|to) {0,3}| {0,8}- {0,3}|~)(?=\d)/u

/**
 * `to` before a signed second bound (`+10 to +30 percentage points`): a span
 * of gains.
 *
 * @example
 * signedRangeLink.test(' to +30') // true
 */
// (`+10 to +30 percentage points`: a span of gains, each signed.)
export const signedRangeLink = /^ {0,3}(?:--|–|—|to) {0,3}(?=\+\d)/u

/**
 * `between` right before a number: `and` after it links the bounds of a range.
 *
 * @example
 * betweenBefore.test('ranged between ') // true
 */
// `ranged between 3% and 11%`: `and` links the bounds of a range after `between`.
export const betweenBefore = /\bbetween\s(?:(?:about|roughly|approximately)\s)?$/u

/**
 * A word of change shortly before a number (`a drop in accuracy by`): a span
 * after it bounds the change (`by 16% to 33%`).
 *
 * @example
 * changeSpan.test('a drop in accuracy by ') // true
 */
export const changeSpan = /\b(?:drops?|declines?|decreases?|increases?|improvements?|improv(?:e|es|ed|ing)|gains?|reductions?|degradations?)\b[^.,;]{0,30}$/u

/**
 * Whether two numbers are decimals with the same two or more places, like
 * the bounds of a range on a 0–1 scale.
 *
 * @example
 * sameDecimals('0.861', '0.903') // true
 */
// `0.861` and `0.903`: decimals with the same two or more places.
export function sameDecimals(a: string, b: string): boolean {
  const places = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0)
  return places(a) >= 2 && places(a) === places(b)
}

/**
 * The text right after a number that pairs it with the next one (`to just 181`,
 * `vs. 83.8`, `/ 78 FPS`).
 *
 * @example
 * pairAfter.test(' to just 181') // true
 */
// `from 313 to`, `(from over 4600 seconds to`, `313 to just 181`: two numbers of a pair.
// (A score's spread may come between, LaTeX blanks around it: `from $323\\!\\pm\\!125$ to $1613$`.)
export const pairAfter = new RegExp(`^ ?(?:\\s{0,3}±\\s{0,3}\\d[\\d.]*\\s{1,3})?(?:[a-z]{1,6} )?(?:to|versus|vs\\.?|against)\\s{1,3}(?:${pairHedge} )?\\d|^ ?\\/ ?\\d[\\d.,]* ?(?:fps|%|ms|s|x|×)(?![\\p{L}])`, 'u')
/**
 * The text right before the second number of a from-to pair (`from 313 to`,
 * `from over 4600 seconds to`).
 *
 * @example
 * pairBefore.test('from 313 to ') // true
 */
export const pairBefore = new RegExp(`\\bfrom\\s{1,3}\\d[\\d.,]*(?:\\s{0,4}±\\s{0,3}\\d[\\d.]*)?\\s?(?:%|[a-z]{1,8})?\\s{1,3}to\\s{1,3}(?:${pairHedge}\\s)?$`, 'u')

/**
 * A verb of beating a comparator shortly before a number (`outperforms all
 * baselines by`): margins over many comparators span a range.
 *
 * @example
 * beatenBefore.test('outperforms all baselines by ') // true
 */
export const beatenBefore = new RegExp(`\\b${beatVerbs}\\b[^.;]{0,60}$`, 'u')

/**
 * `ranges from` or `varies from`, perhaps hedged, right before a number: the
 * low bound of a range, not the start of a change.
 *
 * @example
 * rangesFrom.test('ranges from under ') // true
 * rangesFrom.test('varies from ') // true
 */
// `ranges from under 1% to 97%`, `varies from 29% to 57%`: the bounds of a range, not a change.
export const rangesFrom = /\b(?:rang\w*|var(?:y|ies|ied|ying)) from\s(?:(?:under|below|about|around|roughly|nearly|just|less than|over)\s)?$/u

/**
 * Whether the words right before a number call it and the next one the bounds
 * of a range (`ranging from`, `between`).
 *
 * @example
 * saysBounds('stoi scores between ') // true
 */
// The words that call two numbers the bounds of a range: `ranging from`, `between`.
export function saysBounds(before: string): boolean {
  return rangesFrom.test(before) || betweenBefore.test(before)
}

/**
 * A verb of change a few words before a number (`increased the number of solved
 * tasks`): two counts after it are a pair, not a span.
 *
 * @example
 * countChange.test('increased the number of solved tasks ') // true
 */
export const countChange = /\b(?:improv|increas|reduc|decreas|rais|lower|drop|grow|grew|rise|rose|cut|shrink|fell|fall)\w*\s(?:[^\s,;]+\s){0,6}$/u
