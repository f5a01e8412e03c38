/**
 * The hedges that may sit after `from` or `to` in two scores (`from over 4600
 * seconds to just 0.328 seconds`), as a regular-expression source, written
 * once for the number scanner and the from-to rule.
 *
 * @example
 * new RegExp(`\\bfrom\\s${pairHedge}\\s$`, 'u').test('from over ') // true
 */
export const pairHedge = '(?:over|about|around|nearly|approximately|roughly|more than|less than|under|almost|just|only|~|a (?:peak|high|maximum) of)'

/**
 * Whether a number is the next item of a list of from-to pairs (`from 22.9%
 * to 39.4% on A, and 20.6% to 29.1% on B`): `before` is the lower-case text
 * right before it, `prefix` the sentence's lower-case text up to it.
 *
 * @example
 * continuesPairList('on a, and ', 'from 22.9% to 39.4% on a, and ') // true
 */
export function continuesPairList(before: string, prefix: string): boolean {
  // (Not a list of ranges: `ranges from 0.15 to 5.62 ms (batched) and 1.55 to 6.66 ms`.)
  return /(?:,|\band)\s$/u.test(before) && /\bfrom\s[\d.,]+\s?%?\sto\s[\d.,]+/u.test(prefix) && !/\b(?:rang\w*|var(?:y|ies|ied|ying))\sfrom\s[\d.,]+\s?%?\sto\s[\d.,]+/u.test(prefix)
}

/**
 * The text right before the first score of a pair: `from`, `from over`, or
 * an opening parenthesis (`(78.4% to 85.4%)`).
 *
 * @example
 * pairStart.test('improves from over ') // true
 */
// (Or a start named with its level: `from a no-mitigation baseline of 38.73% to 1.21%`.)
// (Or an article whose noun follows the number: `from a 510 ms cloud reference to 151.4 ms`.)
// (Or a measure with its kind: `from an absolute mAP of 0.185 to 0.326`.)
export const pairStart = new RegExp(`(?:\\bfrom(?:\\s{1,8}${pairHedge}|\\s(?:a|an))?|\\bfrom\\s(?:an?\\s)?(?:absolute|relative|average|mean|initial)\\s[\\w@.-]{2,20}\\sof|\\bfrom\\s(?:a|an|the)\\s(?:[a-z-]+\\s){0,3}(?:baseline|level|value|rate|score|[a-z]{4,}(?:ity|ness|ance|ence|acy|age|ion))\\sof|\\()\\s{0,3}$`, 'u')

/**
 * The text right before the first score of a pair that a measure's label
 * opens, after a bracket or a list's comma (`(Recall@20: 25.64% to 23.61%`,
 * `, NDCG@20: 23.52% to 20.64%`): `A to B` there is two scores, not a range.
 *
 * @example
 * labelPairStart.test('quality (recall@20: ') // true
 * labelPairStart.test('(Gemma 3 27B: ') // true (a model's name with its version and size)
 */
export const labelPairStart = /(?:^|[(,;]\s?)[\p{L}][\p{L}\p{N}@.-]{0,24}(?:\s\p{N}[\p{L}\p{N}.]{0,8}){0,2}:\s{0,2}$/u

// (Not a word that ends a verb phrase: `achieving 76% to 95%`, `by 8 to 11 points`.)
const notLabel = /^(?:by|of|to|from|between|at|in|on|with|than|and|or|only|about|around|nearly|over|under|some|all|both|roughly|approximately|ranging|range|form|reach\w*|achiev\w*|scor\w*|yield\w*|deliver\w*|obtain\w*|attain\w*)$/u
const bareLabelStart = /(?:[(,;:]\s?|\sand\s)([\p{L}][\p{L}\p{N}@.-]{0,24})\s$/u
// A change or comparison word before the labelled scores.
const changeBefore = /\b(?:lift|improv|rais|increas|boost|rises|rose|grow|grew|gain|climb|jump|better|worse|drop|declin|fall|fell|reduc|decreas|lower)\w*/u

/**
 * The label of a pair of scores that a name heads without a colon, after a
 * bracket, a list's comma, a colon or `and` (`(LIBERO-10 93% to 99%`, `:
 * stack-cups 40% to 90% and insert-wallet 25% to 80%`, `(ICC 0.64 to
 * 0.75)`), where the sentence speaks of a change before it: `before` is the
 * lower-case text right before the first score, `prefix` the sentence's
 * lower-case text up to it. Undefined when there is none. Callers check the
 * label's shape (a range's `achieving 76% to 95%` has none).
 *
 * @example
 * bareLabelOfPair('tested (libero-10 ', 'lift every score we tested (libero-10 ') // 'libero-10'
 */
export function bareLabelOfPair(before: string, prefix: string): string | undefined {
  const label = bareLabelStart.exec(before)?.[1]
  if (label === undefined || notLabel.test(label)) return undefined
  return changeBefore.test(prefix.slice(0, prefix.length - label.length - 1)) ? label : undefined
}
