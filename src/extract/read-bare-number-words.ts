import {peopleWords} from './people-words.js'
import {measureHeads} from './measure-words.js'

/**
 * `out of` and a total right after a count, the total in group 1 and the noun
 * counted, if any, in group 2 (`159 out of the 202 identified defects`).
 *
 * @example
 * outOf.exec(' out of the 202 identified defects')?.[2] // 'defects'
 */
// (`159 out of the 202 identified defects`: the count's noun past one adjective.)
// (Not a function word after the total: `4.25 out of 5 and …`.)
export const outOf = /^ out of (?:the |all )?(\d{1,3}(?:,\d{3})+|\d{1,6})(?: (?:[a-z-]{2,14} (?=[a-z]{2,12}s\b))?(?!(?:and|or|in|on|for|with|to|at|by|of|as|but|while|when|than|vs)\b)([a-z]{2,12}))?/u

/**
 * A noun for people counted (`students`, `patients`, `annotators`): a count of
 * them is context, not a result.
 *
 * @example
 * studentsOrPeople.test('students') // true
 */
export const studentsOrPeople = new RegExp(`^(?:${peopleWords}|students|patients|children|adults|workers|subjects|volunteers|teams)$`, 'u')

/**
 * A total written as a fraction's denominator right after a count (`118/120`,
 * `12 / 12`), the total in group 1.
 *
 * @example
 * fractionAfter.exec('/120 on Putnam 2024')?.[1] // '120'
 */
export const fractionAfter = /^\s?\/\s?(\d{1,5})(?![\d.,%\p{L}])/u

/**
 * A verb of solving or scoring, then an opening parenthesis, right before a
 * count (`solves most tasks (12/15)`).
 *
 * @example
 * solvedParen.test('solved most tasks (') // true
 */
export const solvedParen = /\b(?:solv|pass|achiev|scor|complet|succeed)\w*\b[^.;()]{0,70}\(\s?$/u

// `283 of 400 pairwise comparisons`: a total and its plural noun.
const ofTotalAfter = /^ of (?:the |all )?(\d{1,6}) (?:[a-z-]{2,14} (?=[a-z]{2,12}s\b))?([a-z]{2,12}s)\b/u
/**
 * A verb of winning or solving right before a count (`wins`, `solved`,
 * `correctly answers`): a count out of a total after it is a result.
 *
 * @example
 * countedOf.test('correctly solved ') // true
 */
export const countedOf = /\b(?:wins?|won|solves?|solved|resolves?|resolved|pass(?:es|ed)?|fix(?:es|ed)?|succeeds?\son|succeeded\son|success\son|correctly\s(?:answers?|answered|solves?|solved|classifies|classified))\s(?:(?:only|just|about|nearly|over|up to|all)\s)?$/u

/**
 * The total and its plural noun after a count (`283 of 400 pairwise
 * comparisons`), the total in group 1 and the noun in group 2; null unless
 * the total is at least `value`.
 *
 * @example
 * ofTotalOf(' of 400 pairwise comparisons', 283)?.[2] // 'comparisons'
 */
export function ofTotalOf(after: string, value: number): RegExpExecArray | null {
  const found = ofTotalAfter.exec(after)
  return found && Number(found[1]) >= value ? found : null
}

/**
 * A verb of scoring or solving right before a fraction (`achieves a
 * near-perfect 118/120`).
 *
 * @example
 * fractionVerb.test('solved all ') // true
 */
export const fractionVerb = /\b(?:achiev|scor|solv|reach|obtain|attain|pass|succeed|resolv|complet|perfect)\w*\s(?:(?:a|an|the|only|all|near-perfect|perfect)\s)?$/u

/**
 * A measure's name, then `=` or `:`, right before a number (`Kendall's tau =
 * 0.87`, `F1 = 0.91`): a measure's value, not a parameter's.
 *
 * @example
 * measureEquals.test("kendall's tau = ") // true
 */
// `Kendall's tau = 0.87`, `F1 = 0.91`: a measure's value, not a parameter's.
export const measureEquals = /\b(?:(?:kendall|spearman|pearson)['’]?s?\s(?:tau|rho|r|τ|ρ|correlation)|(?:cohen|fleiss)['’]?s?\s{1,12}(?:kappa|κ)|f1|auc|auroc|auprc|accuracy|acc|map|mrr|bleu|r2|r²)\s{0,12}[=:]\s{0,12}$/u

/**
 * A word of a bound right before a number (`above`, `below`, `threshold of`).
 *
 * @example
 * thresholdBefore.test('scores above ') // true
 */
export const thresholdBefore = /\b(?:above|below|threshold(?: of)?|exceeds?|under)\s$/u

/**
 * A verb of reaching, a measure, then a bound, right before a number
 * (`achieves … similarity scores above`): the bound is the system's result.
 *
 * @example
 * resultBound.test('achieves high similarity scores above ') // true
 */
// A measure a system reaches, bounded: `achieves … similarity scores above 0.91`, `reduces bit-accuracy below 0.75`.
// (Or a measure the result comes `with`: `…, with connection consistency
// above 0.93 and stream consistency above 0.96`.)
export const resultBound = new RegExp(String.raw`(?:\b(?:achiev|reach|attain|obtain|maintain|yield|deliver|reduc|lower|keep|show|demonstrat|report)\w*\s[^,;.]{0,60}?|\bwith\s(?:an?\s|the\s)?(?:[a-z-]+\s){0,2}(?:${measureHeads}\s(?:above|below)\s[\d.]+\sand\s(?:[a-z-]+\s){0,2})?)\b${measureHeads}\s(?:above|below|under|over|exceeding|greater than|less than)\s$`, 'u')

/**
 * Systems named after a count (`against 13 major video LLM baselines`): a
 * count of systems compared, not a score.
 *
 * @example
 * systemsAfter.test(' major video llm baselines') // true
 */
export const systemsAfter = /^ (?:[a-z-]+ ){0,4}(?:baselines|models|methods|systems|llms|vlms|approaches|competitors|agents)\b/u

/**
 * The next item of a list after a bare number, with its unit (`by 17 and 18
 * points`): the unit is the bare number's too.
 *
 * @example
 * listedUnitAfter.test(' and 18 points') // true
 */
export const listedUnitAfter = /^\s{0,12}(?:,\s{0,12}(?:and\s)?|and\s)\s{0,12}[+\-−]?\d[\d.,]*\s{0,12}(?:%|pp\b|points?\b|percentage points?\b)/u

/**
 * A word of magnitude right after a number (`million`, `k`): an amount, not
 * a score.
 *
 * @example
 * magnitudeAfter.test(' million users') // true
 */
export const magnitudeAfter = /^ ?(?:million|billion|thousand|trillion|[kmb]\b)/u

/**
 * The words right before a bare decimal that make it a score (`from`, `to`,
 * `achieves`, `scored`, a colon).
 *
 * @example
 * bareAllowedBefore.test('achieves about ') // true
 */
// (Spaces up to 12: LaTeX emphasis blanks to spaces, `to \textbf{64.80}`.)
export const bareAllowedBefore = /(?:\bfrom|\bto|versus|vs\.?|against|\bof|\bby|\bat|scored?|scores|achieves?|achieving|reach(?:es|ing)?|\b(?:obtain|attain|yield|record|get|hit|post)(?:s|ed|ing)?|\bgot|\bwithin|\(|:|,|\+|and|\p{L}['’]s)(?:\s(?:only|just|about|approximately|nearly|around|roughly|over))?\s{0,12}$/u
/**
 * A measure's word, then a copula, right before a bare decimal: a score.
 *
 * @example
 * copulaScore.test('the mean absolute error was found to be ') // true
 */
// `the mean absolute error was found to be 0.018`: a measure's word, then a copula.
export const copulaScore = /\b(?:errors?|accuracy|scores?|(?<!(?:learning|dropout|sampling|decay|frame|bit)\s)rates?|auc|auroc|f1|precision|recall|loss|correlation|mae|rmse|mse|similarity|coefficient)\s(?:[a-z]+\s){0,3}(?:is|was|were|are|be|remains?|remained)\s(?:(?:only|about|approximately|around|roughly)\s)?$/u
/**
 * The words right after a bare decimal that make it a score (`to`, `vs`,
 * `and`, a closing parenthesis, a comma).
 *
 * @example
 * bareAllowedAfter.test(' vs 0.71') // true
 */
export const bareAllowedAfter = /^\s{0,3}(?:(?:to|versus|vs|against|and|on|in|for)\b|[),])/u
