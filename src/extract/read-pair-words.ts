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
  return /(?:,|\band)\s$/u.test(before) && /\bfrom\s[\d.,]+\s?%?\sto\s[\d.,]+/u.test(prefix)
}

/**
 * The text right before the first score of a pair: `from`, `from over`, or
 * an opening parenthesis (`(78.4% to 85.4%)`).
 *
 * @example
 * pairStart.test('improves from over ') // true
 */
export const pairStart = new RegExp(`(?:\\bfrom(?:\\s${pairHedge})?|\\()\\s{0,3}$`, 'u')

/**
 * The text right before the first score of a pair that a measure's label
 * opens, after a bracket or a list's comma (`(Recall@20: 25.64% to 23.61%`,
 * `, NDCG@20: 23.52% to 20.64%`): `A to B` there is two scores, not a range.
 *
 * @example
 * labelPairStart.test('quality (recall@20: ') // true
 */
export const labelPairStart = /(?:^|[(,;]\s?)[\p{L}][\p{L}\p{N}@.-]{0,24}:\s{0,2}$/u
