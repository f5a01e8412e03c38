/**
 * A verb of saving or removing right before a share (`saves 86.8%`,
 * `can remove 75%`, `reducing 83.0% peak memory`): the share is a reduction
 * of what follows.
 *
 * @example
 * savesBefore.test('can remove ') // true
 */
export const savesBefore = /\b(?:sav(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?)\s(?:(?:up to|about|approximately|nearly|over|around|roughly|more than|at least)\s)?$/u

/**
 * An acronym with `=` right before a value (`SSIM=0.951`, `PSNR = 26.90`),
 * the acronym in group 1: a measure's value (`lr=0.01` and `k = 5`, lower
 * case or one letter, are settings).
 *
 * @example
 * acronymEquals.exec('For 7T brain data: SSIM=')?.[1] // 'SSIM'
 */
export const acronymEquals = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}@-]{1,9})\s?=\s?$/u

/**
 * The average given with a bound, in parentheses right after it (`by up to
 * 58% (20% geometric mean)`, `up to 47% (6% geometric mean) lower cost`):
 * the same change, on average.
 *
 * @example
 * averageAside.test(' (20% geometric mean)') // true
 */
export const averageAside = /^\s?\(\s?[+\-−]?[\d.]+\s?%?\s(?:geometric\s|arithmetic\s|harmonic\s)?(?:mean|average|on average)\)/u

/**
 * Precision averaged over IoU thresholds, however its range is written
 * (`mAP@0.5:0.95`, `mAP@.50:.95`, `mAP@[.5:.95]`), the stem in group 1:
 * one measure, `mAP@50-95`, whose dots and colons the word scan splits.
 *
 * @example
 * iouRange.exec('mAP@.50:.95')?.[1] // 'mAP'
 */
export const iouRange = /^(m?AP)@\[?0?\.50?:0?\.95\]?/u

/**
 * The head nouns a measure's free name ends in (`order fulfillment rate`,
 * `average rejection rate`, `similarity scores`), as a pattern source for
 * patterns over lower-case text.
 *
 * @example
 * new RegExp(`\\b${measureHeads}$`, 'u').test('rejection rate') // true
 */
export const measureHeads = String.raw`(?:rates?|ratios?|accuracy|scores?|errors?|precision|recall|coverage|latency|throughput|agreement|fidelity|consistency|utili[sz]ation|efficiency|similarity|correlation|f1|auc|auroc|rmse|mae)`

/**
 * Comparatives that make a number before them a change and name, by the
 * noun after them, what changed (`43% sharper boundary peaks`), as a
 * regular-expression source shared by the cue reader and the measure reader.
 *
 * @example
 * new RegExp(`^(?:${comparativeWords})$`, 'u').test('sharper') // true
 */
export const comparativeWords = 'higher|lower|fewer|less|more|better|worse|faster|slower|smaller|larger|shorter|cheaper|lighter|heavier|greater|tighter|sharper|smoother|clearer|stronger|longer|wider|deeper|richer|safer|easier|quicker|denser'
