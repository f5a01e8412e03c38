/**
 * People's score named as a level, right before it (`the average human
 * performance of 62.6%`): a reference, not a result.
 *
 * @example
 * humanScoreBefore.test('the average human performance of ') // true
 */
// `the average human performance of 62.6%`: people's score, as a level.
export const humanScoreBefore = /\bhuman(?:\sexpert)?\s(?:performance|accuracy|baseline|level)\s(?:of|is|was|at)\s(?:(?:only|about|around|approximately|roughly)\s)?$/u

/**
 * A spread or a test statistic right before a number (`(SD = 13.0)`, `t(38)
 * = 2.1`, `χ^2 = 66.96`).
 *
 * @example
 * statisticBefore.test('(sd = ') // true
 */
// `(SD = 13.0)`, `a standard deviation of 0.2%`, `F(1, 16) = 0.394`, `χ^2 = 66.96`, `t(38) = 2.1`: a spread or a test statistic.
export const statisticBefore = /(?:\bcram[eé]r['’]s\s?v\s(?:values?\s)?(?:of\s|=\s?|ranging\sfrom\s|between\s)?(?:[\d.]+\s(?:to|and)\s)?|\b(?:sd|std|s\.d\.)\s?[=:]|\bstandard (?:deviation|error) of\s(?:(?:only|about|around|approximately)\s)?|\b[ftz]\s?\(\s?\d[\d,.\s]*\)\s?=|(?:χ|chi)\s?\^?\s?2\s?=)\s?$/u

/**
 * A p-value right before a number (`p < 0.001`, `p = 0.03`, `p less than
 * 0.001`).
 *
 * @example
 * pValueBefore.test('(p < ') // true
 */
// (`p\approx0.37`, cleaned to `p       ≈0.37`: a LaTeX hedge too.)
// (Or a later item of a list of them: `p=0.383, 0.471, 1.000`.)
// (Or in words: `(p less than 0.001)`.)
export const pValueBefore = /\bp\s{0,8}(?:[<>]=|[=<>≤≥≈]|(?:less|greater|lower|smaller) than)\s?(?:[\d.]+,\s?(?:and\s)?){0,5}$/u

/**
 * `at`, perhaps `the`, right before a number that `levelAfter` may call the
 * level of a statistical test (`at the 2.5% level`).
 *
 * @example
 * atLevel.test('significant at the ') // true
 */
export const atLevel = /\bat\s(?:the\s|an?\s)?$/u

/**
 * `level` right after a number, perhaps a significance or confidence level
 * (`at the 0.05 significance level`).
 *
 * @example
 * levelAfter.test('% level') // true
 */
export const levelAfter = /^ ?(?:%|percent)?\s?(?:(?:statistical\s)?(?:significance|confidence|nominal|alpha|α)\s)?levels?\b/u

/**
 * A cited work's finding up to a number (`Deng et al. (NeurIPS 2024) showed
 * that the POA … is 2.18`): a result of the work cited, not of the paper.
 *
 * @example
 * citedResult.test('deng et al. (neurips 2024) showed that the poa is ') // true
 */
// (What the cited authors showed, up to the number, unless the paper speaks in between.)
export const citedResult = /\bet al\.?(?:,?\s\([^()]{0,40}\))?,?\s(?:(?:have|has|had|recently|previously|also|first)\s){0,2}(?:showed|shown|proved|proven|established|reported|found|demonstrated|observed|estimated|measured)\b(?:(?!\b(?:we|our|us)\b)[^;])*$/u

/**
 * A word of reference right before a number (`Table 3`, `Section 4`, `k = 5`),
 * or a list of them (`Theorem 1.1, 1.2 and 1.3`): a reference or a setting,
 * not a result.
 *
 * @example
 * referenceBefore.test('see table ') // true
 */
export const referenceBefore = /\b(?:(?:section|sec\.|table|figure|fig\.|eq\.|equation|version|chapter|appendix|step|stage|level|top|theorem|lemma|proposition|corollary|definition|assumption|k ?=|n ?=)\s?|(?:section|theorem|lemma|proposition|corollary|definition|assumption)s?\s\d{1,2}\.\d{1,2}(?:,\s(?:and\s)?\d{1,2}\.\d{1,2})*,?\s(?:and\s)?)$/u

/**
 * A name with a hyphen or an inner capital right before a number
 * (`ML-Master 2.0`, `DeepResearch 1.5`): a short version after it is part of
 * the name.
 *
 * @example
 * versionOf.test('ML-Master ') // true
 */
export const versionOf = /(?<![\p{L}\p{N}-])(?:\p{Lu}[\p{L}\p{N}]*-[\p{L}\p{N}-]*\p{L}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*) $/u

/**
 * An interval's name, perhaps with its first bound, right before a number
 * (`(IQR: 2.1, 18.1)`, `95% CI: [14.1, 20.4]`): the bounds of an interval.
 *
 * @example
 * ciBounds.test('(iqr: 2.1, ') // true
 */
export const ciBounds = /\b(?:c(?:r)?i|iqr|(?:confidence|credible) intervals?(?:\sof)?)\s?[:=,]?\s?[[(]?\s?(?:[+\-−]?\d[\d.]*\s?%?\s?(?:,|-|–|to)\s?)?$/u
