/**
 * The words of a scale after a whole number of points used as an adjective
 * (`a 100-point scoring framework`): the size of a scale, not a result.
 *
 * @example
 * pointsScale.test(' scoring framework') // true
 */
export const pointsScale = /^\s(?:[a-z-]+\s){0,3}(?:scales?|axes|axis|rubrics?|framework|schedule|likert|ratings?|questionnaires?|checklists?)\b/u

/**
 * The words before a share of something altered (`poisoning`, `as few as`):
 * a setting when `of` follows the share.
 *
 * @example
 * shareUsed.test('by poisoning as few as ') // true
 */
// The words before a share of something altered (`poisoning 2% of`, `as few as 2% of`).
export const shareUsed = /(?:\b(?:poisoning|flipping|corrupting|masking|removing|pruning|dropping|perturbing|replacing)\s(?:only\s|just\s)?|\bas\s(?:few|little)\sas\s)$/u

/**
 * The words that make a rate in Hz a system's speed (`runs at 30 Hz`), not a
 * signal's rate set.
 *
 * @example
 * runsAt.test('the controller runs at ') // true
 */
// The words that make a rate in Hz a system's speed.
export const runsAt = /\b(?:runs?|running|operat\w*|control\w*|real-time|inference|deploy\w*|achiev\w*|reach\w*|attain\w*|sustain\w*|maintain\w*)\b/u

/**
 * An average opening a parenthesis right before a time (`Video-MME (average
 * 44 minutes)`): the length of a data set's items.
 *
 * @example
 * averageInParen.test('video-mme (average ') // true
 */
// `Video-MME (average 44 minutes)`: an average opening a parenthesis.
export const averageInParen = /\(\s?(?:average|avg\.?|mean|median|on average)\s$/u

/**
 * The words right before a number that make it a setting when
 * `settingAfter` follows it (`using only`, `training on`).
 *
 * @example
 * settingBefore.test('using only ') // true
 */
// A number is a setting, not a result, when the words around it say so.
export const settingBefore = /\b(?:using|uses?|with|flipping|keeping|retaining|masking|masks|removing|injecting|corrupting|sampling|on|subsample|at|only|tuning|training|updating|pruning|prunes|pruned|dropping|drops|discards|freezing|adding|as few as|as little as)\s(?:only\s|just\s|the\s|a\s|about\s|around\s|leq\s|under\s|below\s|at most\s|less than\s|up to\s)?$/u

/**
 * A share of what training uses, right after a number (`of the training data`,
 * `subset`): a setting after `settingBefore`.
 *
 * @example
 * settingAfter.test(' of the training data') // true
 */
// (Or a share of what training uses: `using leq 30% of the available training
// query types`; not its cost, `with only about 60% of the training time`.)
export const settingAfter = /^ ?(?:of (?:the |its |our |all )?(?:[a-z0-9.-]{1,20} ){0,2}training\b(?! (?:time|cost|compute|budget|steps|flops|hours))|of (?:the |its |our |all )?(?:[a-z-]{1,20} ){0,2}(?:data(?:set)?|examples|samples|budget|compute|labels|reward|tokens|parameters|outputs|weights|heads|layers|neurons|experts|channels|coresets?|corpus)\b|subsampled|sub-sampled|subset|sampled|noise)/u

/**
 * A share of a model's parts right after a number (`3% of neurons`): how the
 * method is set, not an outcome.
 *
 * @example
 * modelParts.test(' of neurons in the targeted layers') // true
 */
export const modelParts = /^ ?of (?:the |its |our |all |their )?(?:[a-z-]{1,20} ){0,2}(?:neurons|parameters|weights|heads|layers|experts|channels|attention heads)\b/u

/**
 * What a number right before sets (`90% coverage target`, `50% sparsity`,
 * `95% Hausdorff distance`): a setting, not a result.
 *
 * @example
 * targetAfter.test(' coverage target') // true
 */
// (`95% Hausdorff distance` names a percentile of the measure.)
export const targetAfter = /^ ?(?:coverage (?:level|target|guarantee)|confidence level|quantile|target|threshold|sparsity|mask|dropout|noise|chunks?|windows?|context|long|inputs?|segments?|clips?|budget|hausdorff|time horizon)\b/iu

/**
 * A word of a total right before an amount (`totaling 18 hours and`): the
 * size of a data set.
 *
 * @example
 * totalBefore.test('totaling 18 hours and ') // true
 */
export const totalBefore = /\b(?:total(?:l)?ing|comprising|spanning|amounting to)\s(?:(?:about|over|roughly|approximately|nearly)\s)?(?:\d[\d,.]*\s(?:hours?|minutes?)\s(?:and\s)?)?$/u

/**
 * The words after `times` that make it a ratio compared (`2.3 times higher`,
 * `3 times the speed of`), not a count of occurrences.
 *
 * @example
 * timesCompares.test(' higher than x') // true
 */
export const timesCompares =
  /^ ?(?:(?:as|the|that|over)\b|(?:[a-z-]{1,20} ){0,2}(?:more|less|fewer|higher|lower|faster|slower|larger|smaller|greater|longer|shorter|better|cheaper|than|compared|relative|improvements?|speed-?ups?|gains?|increases?|reductions?|decreases?|boosts?|acceleration|throughput|speed|efficiency))\b/u

/**
 * `by` or `in` right before a number of `times`: a margin (`by about 21
 * times in FPS`), not a count of occurrences; or a verb of speeding up and
 * its object (`accelerates pipeline evaluation 6.9 times`), or a speed-up's
 * `of` (`speedups of up to 8.9 times`).
 *
 * @example
 * timesMargin.test('outperforming x by about ') // true
 * timesMargin.test('accelerates pipeline evaluation ') // true
 * timesMargin.test('speedups of up to ') // true
 */
export const timesMargin = /(?:\b(?:by|in)|\b(?:accelerat(?:e|es|ed|ing)|speeds?\sup|sped\sup)(?:\s[a-z-]+){0,3}|\b(?:speed-?ups?|accelerations?)\sof)\s(?:(?:about|approximately|nearly|around|roughly|over|more than|up to|as much as|almost)\s)?$/u

/**
 * A verb of containing shortly before an amount (`contains over 630k
 * trajectories and 7,433 hours`): the size of a data set.
 *
 * @example
 * containsBefore.test('contains over 630k trajectories and ') // true
 */
// `contains over 630k trajectories and 7,433 hours`: the size of a data set.
export const containsBefore = /\b(?:contains?|containing|comprises?|includes?|including|consists? of|collected|recorded|combin(?:es|ed|ing))\s[^.;:]{0,40}$/u

/**
 * A verb of spanning, then `from` or `between`, right before a number
 * (`ranging in duration from 10 to 90 minutes`): what the data spans.
 *
 * @example
 * spanFrom.test('ranging in duration from ') // true
 */
export const spanFrom = /\b(?:rang|vary|varie|span)\w*(?:\s[a-z]+){0,3}\s(?:from|between)\s(?:(?:[\d.,]+\s?[a-z]*|a\sfew\s[a-z]+)\s(?:to|and)\s)?$/u

/**
 * Items, then `averaging`, before a number (`243 videos averaging 88.8
 * minutes`): the size of a data set's items, not a result.
 *
 * @example
 * itemsAveraging.test('243 videos averaging ') // true
 */
export const itemsAveraging = /\b(?!(?:scores|rates|gains|improvements|errors|accuracies|results|models|methods|baselines|agents|systems)\s)[a-z]{3,}s\s(?:averaging|lasting|with an average of)\s(?:about\s|around\s|roughly\s|~\s?)?(?:[\d.,]+\s[a-z-]+,?\s(?:and\s)?){0,3}$/u

/**
 * A limit right before a number (`capped at 12 GB`, `limited to 4 hours`):
 * what the run is held to.
 *
 * @example
 * limitBefore.test('capped at ') // true
 */
export const limitBefore = /\b(?:capped|limited|restricted|constrained)\s(?:at|to)\s(?:(?:only|just|about|around)\s)?$/u

/**
 * What a share right before sets (`10% retention`, `3% prevalence`, `20%
 * noise`): how much a compression keeps, or a condition's level.
 *
 * @example
 * keptAfter.test(' retention') // true
 */
export const keptAfter = /^ ?(?:(?:,|and|or)\s[\d.]+\s?%\s?)*(?:[a-z-]{2,15}\s){0,2}(?:retention|compression|pruning|sparsity|keep|prevalence|noise|corruption|occlusion|masking)(?:\s(?:ratio|rate|budget|level))?\b/u

/**
 * The systems a number sizes, right before it: `outperforms models up to
 * 10 times larger` (with `times larger` after the number).
 *
 * @example
 * largerModels.test('outperforms models up to ') // true
 */
export const largerModels = /\b(?:models?|systems?|baselines?|networks?|llms|vlms|counterparts|competitors|methods)\s(?:that are\s|which are\s)?(?:(?:up to|over|about|nearly|almost|more than|roughly)\s)?$/u
