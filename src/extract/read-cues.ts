import {isTimeUnit} from './is-time-unit.js'
import type {NumberToken, Sentence} from './types.js'
import {averageAside, comparativeWords, measureHeads, savesBefore} from './measure-words.js'
import {readWindows} from './read-windows.js'

/** What the words around a number say about it. */
export interface Cues {
  /** The number is a change (delta), not a score. */
  change: boolean
  /** The wording makes the change negative (reduce, fewer, loss, within). */
  negative: boolean
  /** `by N` follows a comparison verb (`outperforms X by N`). */
  comparator: boolean
}

// (Spaces may run long where LaTeX was blanked: `by $\sim$200x`.)
// (Spaces up to 12: LaTeX around the number blanks to spaces, `by up to $\textbf{35.8}$%`.)
const byBefore = /\b(?:by|add(?:s|ed|ing)?)\s{1,12}(?:(?:up to|about|approximately|nearly|almost|around|roughly|over|more than|less than|at least|at most|an? (?:relative|absolute|average)(?: [a-z-]{2,20}){0,3}? of|an? (?:relative|absolute|average)|a further|an additional|only|just|a factor of|as much as|~|≈|>|≥|&gt;)\s{0,12}){0,3}[+\-−]?\s{0,12}$/u
// (Not a loss that is a measure: `validation loss (6.575 vs. 6.616)`.)
// (Nor a verb of falling to a level: `drop below 2%`.)
const changeNounBefore =
  /\b(?:improvements?|gains?|increases?|boosts?|reductions?|(?:decreases?|drops?)(?!\s(?:below|under)\s)|degradations?|savings?|(?<!\b(?:validation|training|train|test|eval|evaluation|pretraining|reconstruction|language modeling|cross-entropy|perceptual|contrastive)\s)loss(?:es)?|declines?|speed-?ups?|accelerations?|enhancements?|margins?|lead(?=\sof\s)|(?:up)?lifts?|overheads?|improv(?:es|ed|ing)|rais(?:es|ed|ing)|sacrific(?:es|ed|ing)|within|absolute|relative)\s(?:(?:in\s{1,3}(?:the\s)?(?:(?:[a-z-]{2,20}|[A-Za-z][A-Za-z0-9-]{0,12}@\d{1,3})\s{1,3}){1,3}(?:\([a-z0-9@-]{1,12}\)\s)?|over\s(?:the\s)?(?:[a-z-]{2,20}\s){1,3})?of\s{1,3}|by\s|ranging\sfrom\s|reaching\s|\(\s?[<>≤~≈]?\s?)?(?:(?:up to|about|approximately|nearly|almost|around|roughly|close to|over|more than|less than|under|below|at most|exceeding|at least|an average of|as (?:large|high|much) as|~|≈|>|≥)\s{0,12})?[+\-−]?\s{0,12}$/u
// `significantly lower latency variance of 41%`: a quantity made lower by
// the number, as a change (not a rate or score, whose level it may be:
// `a lower error rate of 5%`, `higher accuracy of 92%`).
const comparativeOf = /\b(?:lower|reduced)\s(?:[a-z-]+\s){0,2}(?!(?:rates?|accuracy|accuracies|scores?|precision|recall|ratios?|f1)\s)[a-z-]+\sof\s(?:(?:up to|about|approximately|nearly|around|over)\s)?[+\-−]?\s{0,12}$/u
// `the average improvement of SRICE over the base MLLM is 4.6%`, `the
// accuracy drop is below 1%`: a change noun, the subject of a copula whose
// complement is the number.
// (`the improvement in precision can be as large as 40 points`: a modal
// copula, the size hedged.)
const changeIsBefore =
  /\b(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|speed-?ups?|drops?|degradations?|declines?)\s(?:[^,;.]{0,60}?\s)?(?:is|was|are|were|amounts? to|(?:can|could|may|might)\sbe)\s(?:(?:about|approximately|nearly|around|roughly|up to|over|only|below|under|less than|at most|within|as (?:large|high|much|big|great) as)\s)?[+\-−]?\s{0,12}$/u
// (Words between the number and the change word, but no preposition, dash or
// new clause: `54% on PIQA - improvements of …` is not a 54% improvement, nor
// is `SASR above 79% while keeping hard-failure rates below 15%` a drop.)
const changeWordAfter = new RegExp(
  String.raw`^\s{0,3}(?:(?!(?:on|in|for|at|across|over|with|to|and|while|whereas|but|which|-|--)\s)\(?[a-z][a-z0-9@-]{0,19}\)?\s){0,4}(?:improvements?|gains?|increases?|boosts?|rises?|reductions?|decreases?|drops?|degradations?|loss|declines?|speed-?ups?|accelerations?|enhancements?|slow-?downs?|savings?|compression|reduced|increased|improved|decreased|lowered|short(?=\sof\b)|${comparativeWords}|extra|additional|farther|above|below|ahead|behind|lift|uplift|superiority|advantage)\b`,
  'u'
)
const negativeWords =
  /\b(?:reduc\w*|diminish\w*|decreas\w*|lower\w*|cut(?:s|ting)?|slash\w*|drop(?:s|ped|ping)?|declin\w*|degrad\w*|plummet\w*|collaps\w*|shrink\w*|shorten\w*|compress(?:es|ed|ing)?|sacrific\w*|fewer|less|loss|losses|lose|loses|losing|smaller|below|behind|worse|within|fall(?:s|en|ing)?|fell|cheaper|lighter|shorter|slower|slow-?downs?|savings?|compression|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|underperform(?:s|ed|ing)?)\b/u
const qualityCost = /^\s{0,3}(?:[a-z-]{1,20}\s){0,2}(?:quality|accuracy|performance|utility)\s(?:cost|penalty)\b/u
const pointsCost = /^\s{0,3}(?:[a-z-]{1,30}\s){0,2}(?:cost|penalty|tax)\b/u
const improvesFor = /\b(?:improv|increas|boost|rais|enhanc)\w*\s(?:[\w.-]+\s){1,3}for\s(?:(?:up to|about|over|a total of)\s)?$/u
// (`outperforms standard LoRA up to 10.2%`: a margin over what is named.)
// (`outperforms existing methods 5.57% to 7.58% in KS`: the margin with no `by`.)
// (Not `surpassing the 10% achieved by X`: a number after an article is the comparator's score.)
const beatsBare = /\b(?:outperform|surpass)\w*\s(?:(?!(?:on|in|of|at|for|across|with|while|and)\s)[a-z-]+\s){1,3}(?<!\b(?:the|its|their)\s)$/u
const improvesUpTo = /\b(?:improv|increas|boost|rais|enhanc|reduc|decreas|lower|cut|outperform|surpass)\w*\s(?:[a-z-]+\s){1,3}up to\s{1,12}$/u
const overComparator =
  /^\s?over\s(?:the\s|its\s|their\s)?(?:(?:strongest|best|previous|prior|original|vanilla|base|existing|standard|competing|state-of-the-art|public|leading)\s){0,2}(?:[a-z-]+\s)?(?:baselines?|counterparts?|models?|methods?|approaches|sota)\b/u
// (`accuracy falls up to 51%`: with a hedge, of any unit.)
const declineUpTo = /\b(?:degrad|drop|declin|decreas|fall|fell|shrink|shrank)\w*\s(?:by\s)?(?:up to|as much as)\s{1,12}$/u
const declineBefore = /\b(?:degrad|drop|declin|decreas|fall|fell|los|shrink|shrank|slip|dip)\w*\s(?:(?:only|just|slightly|about|around|roughly|nearly|merely)\s)?$/u
// `the gap widens to 28pp`: points reached, a level, not a change.
const reachesLevel = /\b(?:widen|narrow|grow|grew|rise|rose|climb|jump|shrink|shrank|drop|fall|fell|reach)\w*\s(?:only\s|just\s)?to\s(?:(?:about|around|nearly|roughly|approximately)\s|~)?$/u
// Verbs of reducing (not the adjective `lower`: `lower latency (12 ms)` reports a latency).
const reduceVerbs = String.raw`(?:reduc\w*|decreas\w*|lower(?:s|ed|ing)|cut(?:s|ting)?|slash\w*|shrink\w*)`
const reducesHedged = new RegExp(String.raw`\b${reduceVerbs}\s(?:[a-z-]+\s){1,3}up to\s{1,12}$`, 'u')
// A change named before a parenthesis that opens with its number: a change
// noun with what it is in or over (either way; `improvements over strong
// baselines (up to 23%)`), or a verb of reducing with its object.
const changeLabel = new RegExp(
  String.raw`\b(?:(improvements?|gains?|increases?|boosts?)|reductions?|decreases?|drops?)\s(?:in|of|over)\s[^()]{0,40}\(\s?(?:[<>≥≤~≈]|up to\s)?\s?$|\b${reduceVerbs}\s(?:the\s|its\s|their\s)?[^()]{1,40}\(\s?[<>≥≤~≈]?\s?$`,
  'u'
)
// `reducing latency 2.5x through …`: a reduction verb and its object right before a ratio.
const reducedRatio = new RegExp(String.raw`\b${reduceVerbs}\s(?:the\s)?(?:(?!and\s)[a-z-]+\s){1,3}$`, 'u')
const comparatorBefore = /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w* (?:up)?on|improv\w* over|ahead of|over)\b/u

// Whether a second score follows the token, compared with it (`99.2% vs. 99.1%`).
function comparedAfter(sentence: Sentence, token: NumberToken): boolean {
  return /^\s{0,12}(?:vs\.?|versus)\s{1,3}\d/u.test(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 24))
}

/**
 * Read whether a number is stated as a change and in which direction.
 *
 * @example
 * readCues(sentence, token) // {change: true, negative: true, comparator: false}
 */
export function readCues(sentence: Sentence, token: NumberToken): Cues {
  const {before, after} = readWindows(sentence, [token])
  const near = before.slice(-60)
  const by = byBefore.test(near)
  // `improvements in citation rate (17.3 percent)`, `reducing token consumption (>50%)`.
  // (Not the first of a pair inside it: `(62% → 91%)`.)
  // (Nor two scores compared: `no loss in accuracy (99.2% vs. 99.1%)`.)
  const labelled = comparedAfter(sentence, token) || /^\s{0,12}(?:→|->|to\s)/u.test(after) ? null : changeLabel.exec(near)
  // (Most numbers follow no copula: a plain test first.)
  const nounBefore = changeNounBefore.test(near) || (/\s(?:is|was|are|were|amounts?\sto|be)\s/u.test(near) && changeIsBefore.test(near)) || comparativeOf.test(near)
  // `within 15 minutes`: a bound on a time, not a margin (`within 0.4 points of X`).
  if (/\bwithin\s(?:only\s|just\s)?$/u.test(near) && isTimeUnit(token.unit) && !/^\s{0,2}of\b/u.test(after)) {
    return {change: false, negative: false, comparator: false}
  }
  // (Not the words of a p-value after it: `85.4 percent success rate (p less than 0.05)`.)
  // (Nor a parenthesis of its own average: `up to 47% (6% geometric mean) lower cost`.)
  const aside = after.startsWith(' (') || after.startsWith('(') ? averageAside.exec(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 40)) : null
  const afterWords = aside ? sentence.lower.slice(token.end - sentence.start + aside[0].length, token.end - sentence.start + aside[0].length + 60) : after.slice(0, 60)
  // `at just 2.0% residual quality cost`: a loss of quality, paid for a saving.
  const costOf = token.unit === '%' && qualityCost.test(afterWords)
  const wordMatch = changeWordAfter.exec(afterWords.replace(/\(p\s(?:less|greater|lower|smaller)\sthan\b/u, '(p-value'))
  // (A change noun with a number of its own is that number's: `pLDDT's 0.33
  // (a relative improvement of 148%)`; the window ends at that number.)
  const wordAfter = wordMatch !== null && /^\s(?:of|by)\s(?:(?:up to|about|approximately|nearly|around|over|more than)\s)?[+\-−]?\s?(?:\d|$)/u.test(afterWords.slice(wordMatch.index + wordMatch[0].length)) ? null : wordMatch
  const fallsUpTo = declineUpTo.test(near)
  // `saves 86.8% GPU memory`, `removes 75% of indexer computations`: a reduction of what follows.
  // (`saves 25 GB of KV cache`: memory saved, too.)
  const saves = (token.unit === '%' || token.unit === 'GB' || token.unit === 'MB') && savesBefore.test(near)
  // `improves Qwen3-4B-Base for 8.43`: a gain written with `for`; `improves
  // answer accuracy up to 12.0%`: with only a hedge.
  // (Not a level with its own change after it: `improved the execution
  // accuracy up to 87.4 percent (+26 pp over zero-shot)` reaches 87.4.)
  const levelWithChange = /^\s{0,3}\(\s?[+\-−]\s?\d/u.test(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 12))
  const gainFor = !levelWithChange && (improvesFor.test(near) || improvesUpTo.test(near) || (token.unit !== null && beatsBare.test(near)))
  // `and 3% over the strongest baseline`: a margin over a comparator.
  const overBaseline = token.unit !== null && overComparator.test(after.slice(0, 60))
  const change =
    labelled !== null ||
    saves ||
    gainFor ||
    overBaseline ||
    token.sign !== 0 ||
    token.unit === 'x' ||
    (token.unit === 'pp' && !reachesLevel.test(near)) ||
    by ||
    nounBefore ||
    fallsUpTo ||
    // (`SF-AMS scores GPT-4o-mini plus 6.91 F1`: a gain written as a sum.)
    /\bplus\s$/u.test(near) ||
    // (`only adds a 4% (average) latency`: a cost added is a change of it.)
    (token.unit === '%' && /\badd(?:s|ed|ing)?\s(?:only\s|just\s)?(?:an?\s)?(?:extra\s|additional\s)?$/u.test(near)) ||
    wordAfter !== null ||
    costOf ||
    /within\s$/u.test(near)
  const reducedBy = token.unit === 'x' && reducedRatio.test(near)
  // (`Claude degrades only 0.6pp`: a verb of decline right before the points.)
  const declines = token.sign === 0 && (((token.unit === 'pp' || token.unit === 'points') && declineBefore.test(near)) || fallsUpTo)
  // (`reduces average maintenance regret up to 22%`: a reduction with only a hedge.)
  const reducesUpTo = token.sign === 0 && gainFor && reducesHedged.test(near)
  let negative = token.sign === -1 || saves || costOf || reducedBy || declines || reducesUpTo || (labelled !== null && labelled[1] === undefined)
  if (!negative && change) {
    // (`4% short of zero-shot performance` falls below it.)
    // (`41% compression` shrinks by 41%; `8x compression` is a compression ratio of 8.)
    const ratioCompression = token.unit === 'x' && wordAfter !== null && /\bcompression$/u.test(wordAfter[0])
    if (wordAfter && !ratioCompression && (negativeWords.test(wordAfter[0]) || /\bshort$/u.test(wordAfter[0]))) negative = true
    // (`incurs a 3.8 pp confidence-elicitation cost`: points that are a cost.)
    else if ((token.unit === 'pp' || token.unit === 'points') && pointsCost.test(after)) negative = true
    // (`3.25x in latency reduction`: a ratio of a reduction, named after it.)
    else if (token.unit === 'x' && /^\s?in\s(?:[a-z-]+\s){1,3}(?:reductions?|decreases?|savings?)\b/u.test(after)) negative = true
    else if (by || nounBefore) {
      // The verb before `by` decides: `reducing latency by 4.2x`; `less than`
      // and `more than` are hedges, not directions.
      // (A coordinated verb starts its own clause: `trails X by 1.1 and
      // outperforms Y by 6.3`.)
      // (`cuts prompt tokens (e.g., by over 50%)`: an example's comma starts no clause.)
      // (A colon opens a clause too: `while using fewer tokens: it improves X by 21.4`.)
      // (`… 3.42x lower latency but also improves quality by 18.75%`: an adverb may come between.)
      // (Nor does a list's comma: `reduces RMSE, MAE, and MAPE by 9.0%`.)
      const clause = (before.slice(-120).replace(/\((?:e\.g\.|i\.e\.),?\s/gu, '(').replace(listComma, ' ').split(/[,;:]|\b(?:and|but|while|whereas)\s(?:also\s|further\s|even\s|thereby\s)?(?=(?:outperform|surpass|beat|exceed|improv|increas|boost|rais|lift|gain|enhanc|extend|expand|widen|reduc|decreas|lower|cut|trail|lag|drop|fall|shrink|shorten|compress))/u).at(-1) ?? '').replace(
        /\b(?:less|fewer|more) than\b/gu,
        ''
      )
      // (A verb of gain after them decides: `fine-tuning smaller models …
      // improves performance by over 10%`.)
      const gain = lastGainVerb(clause)
      negative = negativeWords.test(gain === -1 ? clause : clause.slice(gain))
    }
  }
  const comparator = by && comparatorBefore.test(before.slice(-120))
  return {change, negative, comparator}
}

// The comma between two short items of a list that ends before `by`.
const listComma = /,\s(?=(?:and\s)?[\w@.-]+(?:\s[\w@.-]+)?(?:\s\([\w@.-]{1,12}\))?(?:,\s|\sand\s|\sby\s))/gu

// (Or a noun of gain: `… within a fixed budget and an average improvement of 20.7%`;
// or a verb of winning: `despite being 34 times smaller, outperforms X by 30%`.)
const gainVerb = /\b(?:(?:improv|increas|enhanc|rais)(?:e|es|ed|ing)|(?:boost|extend|expand|widen|outperform)(?:s|ed|ing)?|surpass(?:es|ed|ing)?|improvements?|gains?)\b/gu

// Where the clause's last verb of gain starts, or -1.
function lastGainVerb(clause: string): number {
  let at = -1
  for (const match of clause.matchAll(gainVerb)) at = match.index
  return at
}

// Between two items of one list: a comma or `and`, no new clause.
const listGap = /^[^;]{0,80}$/u
// A bound right before a number, after a comma or an open parenthesis.
const bound = String.raw`(?:above|below|under|at\s(?:least|most)|[<>]=?|[≤≥⩽⩾])\s?$`
const levelBound = new RegExp(String.raw`[,(][^,()]*\s${bound}`, 'u')
// (A measure the registry need not know, named by its head word.)
const measureHeadBound = new RegExp(String.raw`\b${measureHeads}\s${bound}`, 'u')
// The characters between the end of the registry measure closest before
// `end`, among those starting at `start` or later, and `end` (Infinity if none).
function nearestMeasure(sentence: Sentence, start: number, end: number): number {
  let nearest = Number.POSITIVE_INFINITY
  for (const mention of sentence.metrics) if (mention.start >= start && mention.end <= end) nearest = Math.min(nearest, end - mention.end)
  return nearest
}

/**
 * Words that start a new clause between two numbers, so that they are not
 * items of one list: a verb of scoring (`scores`, `scored`, `reaches`),
 * a contrast, `compared`, `than`, `respectively`, `and that` right before
 * the number (another finding: `…, and that over 90% of participants …`),
 * or a full stop.
 *
 * @example
 * newClause.test(' on gsm8k while ') // true
 */
export const newClause = /\b(?:achiev\w*|reach\w*|scor(?!e\b)\w*|(?<=\b(?:a|an|the|with)\s)score|attain\w*|obtain\w*|record\w*|whereas|but|although|though|while|which|where|yet|compared|than|respectively)\b|\band that\s(?:(?:over|about|nearly|only|almost|more than|less than|up to)\s)?[^a-z\s]{0,3}$|\.\s/u

/**
 * Read the cues of every token of a sentence. A number with no cue of its
 * own that is listed right after a change is a change too (`improvements of
 * 3.0% on GSM8K and 7.9% on MATH`).
 *
 * @example
 * readAllCues(sentence)
 */
export function readAllCues(sentence: Sentence): Map<NumberToken, Cues> {
  const cues = new Map<NumberToken, Cues>()
  let previous: NumberToken | undefined
  let lastReduction: NumberToken | undefined
  for (const token of sentence.tokens) {
    let cue = readCues(sentence, token)
    const last = previous ? cues.get(previous) : undefined
    // (`by up to 58% (20% geometric mean)`: the mean is the same kind of change.)
    if (previous && last?.change && averageAside.test(sentence.lower.slice(previous.end - sentence.start))) cue = {...last}
    // (A range only after a range: `29-61% higher … and 49-71% on B`.)
    if (previous && last?.change && !cue.change && (token.low === null || previous.low !== null)) {
      const gap = sentence.lower.slice(previous.end - sentence.start, token.start - sentence.start)
      // (Points and percentage points are one unit here: `by 2.6 percentage
      // points on NDCG@3 and 13.3 points on Spearman correlation`.)
      const points = (unit: string | null) => (unit === 'pp' ? 'points' : unit)
      const sameUnit = token.unit === null || previous.unit === null || points(token.unit) === points(previous.unit)
      // (`by 14.0% in F1 score and 11.3% in SODA score`: a measure label is no new clause.)
      const labelled = /^\s?in\s(?:the\s)?[\w-]{1,15}\s(?:score\s)?(?:and|,)\s$/u.test(gap)
      // (Not a score followed by its own change: `… and an FID of 4.25 (+6.2% over X)`.)
      // (Nor the first of two scores compared: `by 16%, with no loss in accuracy (99.2% vs. 99.1%)`.)
      const ownChange = /^\s?\(\s?[+\-−]\d/u.test(sentence.clean.slice(token.end - sentence.start, token.end - sentence.start + 6)) || comparedAfter(sentence, token)
      // (`improvements in A (17.3 percent) and B (18.5 percent)`: labelled items of one list.)
      const labelledItem = /^\s?\),?\s(?:and\s)?[^()]{1,40}\(\s?$/u.test(gap)
      // (Nor a score with its own measure after a change noun's item: `a 52%
      // reduction in memory footprint over 500 epochs, 88% voting accuracy`.)
      const ownMeasure =
        /,/u.test(gap) &&
        changeWordAfter.test(sentence.lower.slice(previous.end - sentence.start, previous.end - sentence.start + 60)) &&
        sentence.metrics.some((mention) => mention.start >= token.end && mention.start - token.end <= 20 && !/[,;]/u.test(sentence.lower.slice(token.end - sentence.start, mention.start - sentence.start)))
      // (Nor past the close of the change's own parenthesis: `a 92.4% X Rate
      // (37.3% improvement), 95.8% Y Compliance`.)
      // (Nor a level its own measure names with a bound: `a 30% increase in X,
      // a stable order fulfillment rate above 95%`, `(error <= 8%`.)
      const shares = labelledItem ? sameUnit : sameUnit && !ownChange && !/^[^(]*\)/u.test(gap) && listGap.test(gap) && /,|\band\b|\bor\b/u.test(gap) && (labelled || !newClause.test(gap))
      if (shares && !ownMeasure) {
        // How far before the number a measure of this item ends (its own name).
        const named = nearestMeasure(sentence, previous.end, token.start)
        const ownLevel = levelBound.test(gap) && (measureHeadBound.test(gap) || named <= 14)
        // (Nor the score of a measure named right before it: `within 0.2% of the
        // original results, with an average accuracy of 74.58%`.)
        const scoreOf = named <= 12 && /\s(?:of|at)\s$/u.test(gap)
        if (!ownLevel && !scoreOf) cue = {...last}
      }
    } else if (lastReduction && cue.change && !cue.negative && token.sign === 0) {
      // `reduces X by 38% and the latency by 95 ms`: the verb carries over `and`.
      // (Past the level the first change reached: `reduces costs by 2000x to
      // $1 and training time by 450x`.)
      const gap = sentence.lower.slice(lastReduction.end - sentence.start, token.start - sentence.start)
      // (Not a change with its own word: `… and a 2x increase in throughput`.)
      const own = changeWordAfter.test(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 60))
      // (Or a comma: `reduces ADE by 40.2%, FDE by 51.7%`.)
      // (Not past a change noun of the first item's own: `a 90% memory
      // saving and a 6.6x throughput` names no verb to carry.)
      // (`…, and around 7x compared to …` without a measure of its own still shares it.)
      const measuredAfter = sentence.metrics.some((mention) => mention.start >= token.end && mention.start - token.end <= 2)
      const nounOfItsOwn = measuredAfter && changeWordAfter.test(sentence.lower.slice(lastReduction.end - sentence.start, token.start - sentence.start))
      // (Nor into a list whose own word is a gain: `18.24% energy savings …,
      // along with 2248.3× and 21.0× speedups`.)
      const gainAfter = /\b(?:speed-?ups?|faster|improvements?|gains?)\b/u.test(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 40))
      if (!own && !nounOfItsOwn && !gainAfter && /\band\b|,/u.test(gap) && listGap.test(gap) && !/\b(?:improv|increas|boost|rais|lift|elevat|gain|enhanc|grow|rise|rose|achiev|reach|deliver|obtain|attain|yield|outperform|surpass|beat|exceed|extend|expand|widen)\w*/u.test(gap)) cue = {...cue, negative: true}
    }
    cues.set(token, cue)
    previous = token
    // (The last reduction, unless a change that is not one came after it.)
    if (cue.change) lastReduction = cue.negative ? token : undefined
  }
  // `23.5 and 27.8 points lower`: a bare number listed right before a change shares it.
  // (Past a comma, too, in a list that shares it through its `and`: `a 24%,
  // 17% and 18% decrease`.)
  const shared = new Set<NumberToken>()
  for (let at = sentence.tokens.length - 2; at >= 0; at--) {
    const token = sentence.tokens[at]!
    const next = sentence.tokens[at + 1]!
    const cue = cues.get(token)!
    const following = cues.get(next)!
    const gap = sentence.lower.slice(token.end - sentence.start, next.start - sentence.start)
    // (Or each with its measure's word: `up to 6% performance and 4% power
    // improvements`, when the change word follows the last item's.)
    const measuredItems = /^\s[a-z][a-z-]{2,20},?\sand\s$/u.test(gap) && token.unit === next.unit && /^\s[a-z][a-z-]{2,20}\s(?:improvements|gains|increases|reductions|decreases|savings)\b/u.test(sentence.lower.slice(next.end - sentence.start, next.end - sentence.start + 40))
    // (The second item may carry a hedge: `a $\approx 25.43\%$ and $\approx 14.17\%$ accuracy improvement`.)
    if (!cue.change && following.change && token.low === null && (listAnd.test(gap) || measuredItems || (shared.has(next) && /^,\s$/u.test(gap))) && (token.unit === null || token.unit === next.unit)) {
      cues.set(token, {...following})
      shared.add(token)
      token.unit ??= next.unit
    } else if (cue.change && !cue.negative && following.negative && token.sign === 0 && token.unit !== null && token.unit === next.unit && /^\s{0,2},?\s{1,3}and\s{1,3}$/u.test(gap)) {
      // (`2.4× and 2.6× fewer tokens`: a ratio is a change of its own, and
      // shares the wording of the item it is listed with.)
      cues.set(token, {...cue, negative: true})
    }
  }
  return cues
}

const listAnd = /^,?\s{1,3}and\s{1,12}(?:(?:~|≈|about|approximately|around|nearly|roughly)\s{0,3})?$/u

/**
 * The cues of a token as read for its sentence.
 *
 * @example
 * cueOf(sentence, token).change
 */
export function cueOf(sentence: Sentence, token: NumberToken): Cues {
  return sentence.cues.get(token) ?? readCues(sentence, token)
}
