import {comparesLast} from '../comparison-words.js'
import {isTimeUnit} from '../is-time-unit.js'
import {acronymEquals, averageAside, iouRange, measureHeads, savesBefore} from '../measure-words.js'
import {readWindows} from '../read-windows.js'
import type {Draft, Mention, NumberToken, Sentence} from '../types.js'
import {isNounPhrase} from './is-noun-phrase.js'
import {nameRetainedMetric} from './name-retained-metric.js'
import {nameShareMetric} from './name-share-metric.js'

// Words that end a noun phrase read from free text.
const stopWords = new Set([
  'by', 'on', 'in', 'for', 'of', 'at', 'with', 'across', 'over', 'than', 'from', 'to', 'and', 'or', 'while',
  'compared', 'relative', 'versus', 'vs', 'when', 'under', 'without', 'using', 'after', 'before', 'per', 'the', 'a',
  'an', 'is', 'are', 'was', 'were', 'which', 'that', 'as', 'its', 'their', 'our', 'respectively', 'this', 'these',
  'those', 'it', 'they', 'we', 'but', 'only', 'both', 'each', 'all', 'among', 'within', 'between', 'into', 'through',
  'up', 'against', 'depending', 'about', 'around', 'approximately', 'nearly', 'than', 'above', 'below', 'beyond', 'behind',
  'ahead', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'be', 'been', 'being', 'there', 'here',
  // (Prepositions and conjunctions past the measure: `in efficiency during training`.)
  'during', 'throughout', 'despite', 'via', 'toward', 'towards', 'upon', 'since', 'until', 'unlike', 'like', 'amid',
  'whereas', 'although', 'though', 'because', 'if', 'where', 'whose', 'who', 'not', 'also', 'still', 'even', 'thus',
  'hence', 'then', 'once'
])
// Noun phrases that name no measure.
const vague =
  /\b(?:performance|results?|models?|methods?|baselines?|approach\w*|it|this|that|them|improvements?|enhancements?|advantages?|superiority|uplifts?|lifts?|gains?|factor|range|scores?|points?|one|times|those|these|ours|framework|system|pipelines?|architectures?|variants?|average|state|art|sota|agents?|student|teacher|llms?|vlms?|greater|higher|lower|better|worse|more|less|fewer|larger|smaller|declines?|drops?|increases?|decreases?|reductions?|boosts?|degradations?|loss|margin|speedup|speed-up|overall|cases?|tasks?|benchmarks?|datasets?|problems?|questions?|examples?|samples?|settings?|level|absolute|relative)$/u
const vagueEnd = /\b(?:performance|results?|models?|methods?|baselines?|approach\w*|framework|system|pipelines?|architectures?|variants?|counterparts?|ones?|best|sota|state-of-the-art)$|\b(?:improvements?|enhancements?|advantages?|uplifts?|lifts?|gains?|boosts?|increases?|decreases?|reductions?|drops?|degradations?|loss|losses|margins?)\b/u
const modifiers = /^(?:average|mean|overall|low|high|strong|weak|poor|good|relative|absolute|total|substantial|significant|considerable|large|clear|slight|negligible|minor|minimal|marginal|small|notable|remarkable|noticeable|consistent|impressive|higher|lower|fewer|less|more|better|worse|faster|slower|smaller|larger|shorter|longer|greater|cheaper|tighter|reduced|improved|increased|extra|additional|only|just|new|best|final|respective|competitive|efficient|real-world|reasonable|top|entire|whole|known|acceptable|practical|comparable|superior|prohibitive|excessive|highest|lowest|strongest|weakest|test|validation|dev|state-of-the-art|sota|record-high|record-low|all-time|near-perfect|leading|unprecedented|outstanding|exceptional|excellent|solid)$/u
// (LaTeX emphasis may leave blanks before `in`: `\emph{$>60\%$ reduction} in peak memory`.)
const changeNoun =
  /^\s{0,3}((?:[a-z-]{1,20}\s){0,2})(?:improvements?|enhancements?|advantages?|gains?|increases?|boosts?|reductions?|decreases?|drops?|degradations?|declines?|accelerations?|speed-?ups?)\s{1,3}(?:in|of)\s(?:the\s|their\s|its\s)?/u
const changeOnNoun = /^\s{0,3}(?:[a-z-]{1,20}\s){0,2}(?:improvements?|enhancements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|degradations?|declines?)\son\s(?:the\s)?/u
const vagueChange =
  /^\s?(?:overall\s|average\s)?(?:performance|results?)\s(?:loss|losses|drops?|degradations?|declines?|decreases?|gains?|improvements?|increases?|boosts?)\b/u
const comparative = /^\s?(?:higher|lower|fewer|less|more|better|worse|faster|slower|smaller|larger|shorter|cheaper|greater|tighter)\s/u
const nounBeforeChange = /^\s?([a-z][a-z-]{1,20}(?:\s[a-z][a-z-]{1,20})?)\s(?:reductions?|decreases?|increases?|improvements?|gains?|drops?|savings?|speed-?ups?|uplifts?|boosts?|enhancements?)\b/u
// (Not `reduced by an average of`: `by` opens no measure.)
// (`improves the accuracies on three reasoning benchmarks by`: past the data it is measured on.)
const verbBefore =
  /\b(?:(?:improv|increas|reduc|boost|enhanc|decreas|lower|rais|lift|elevat|shrink|shorten|extend|expand|enlarg|widen|broaden|achiev|reach|attain|yield|obtain)(?:e|es|ed|ing|s)?|cut|cuts|cutting|slash|slashes|slashed|slashing)\s(?:the\s|its\s|their\s|our\s|a\s|an\s)?(?:(?:average|mean|overall|total)\s)?((?!by\s)(?:[a-z@][\w@.-]{0,24}\s){1,4})(?:\([^)]{1,12}\)\s|per\s[a-z-]{2,20}\s|(?:on|across)\s[^,;]{1,40}?\s(?=by\s))?(?:by|from|of|to)\s[^a-z]{0,8}(?:(?:up to|about|approximately|nearly|around|over|more than|at least|a relative|an absolute|an average of)\s)?$/u
// `Over-refusal on XSTest rises by 1.2 pp`, `cost per round is reduced by 62%`.
const intransitive =
  /((?<![\p{L}'’])(?:[a-z@][\w@.-]{0,24}\s){1,4})(?:(?:on|in|for|per|over|across)\s[^,;]{1,40}?\s)?(?:\([a-z0-9@-]{1,12}\)\s)?(?:rises|rose|falls|fell|drops|dropped|grows|grew|climbs|climbed|widens|widened|narrows|narrowed|plummets|plummeted|collapses|collapsed|increases|increased|decreases|decreased|improves|improved|declines|declined|shrinks|shrank|rising|falling|dropping|growing|climbing|increasing|decreasing|improving|declining|(?:is|was|are|were) (?:reduced|cut|lowered|improved|increased|decreased|diminished))\s(?:(?:only|just|slightly|significantly|substantially|further)\s)?(?:by|from|to)\s[^a-z]{0,3}(?:(?:up to|about|only|just|less than|more than|nearly|around)\s)?$/u
// The verbs `intransitive` needs, as a plain search: its open start matches
// at every word, so it runs only where one of them is written.
const intransitiveVerb =
  /(?:rises|rose|falls|fell|drops|dropped|grows|grew|climbs|climbed|widens|widened|narrows|narrowed|plummets|plummeted|collapses|collapsed|increases|increased|decreases|decreased|improves|improved|declines|declined|shrinks|shrank|reduced|diminished|cut|lowered|rising|falling|dropping|growing|climbing|increasing|decreasing|improving|declining)\s/u
const scoreOf = /\b(?:an?|the|its|their|our|with)\s((?:(?:average|mean|median|overall|total)\s)?(?:[a-z@][\w@.-]{0,24}\s){1,4})(?:rate\s)?of\s(?:(?:up to|about|approximately|nearly|around|over|more than|at least|only|just)\s)?$/u
// (`… (mIOU) scores of 93.1%` too.)
// `keeps SASR above 79%`: an acronym bounded by a number.
const acronymBound = /(?<![\p{L}\p{N}-])(\p{Lu}{2,6}(?:@\d{1,3})?)\s(?:above|below|over|under|exceeding)\s(?:[~≈]\s?)?$/u
// (Or a rate, `keeping hard-failure rates below 15%`.)
// `mismatch rates reaching more than 23%`, `misalignment rates of up to
// 62%`: a rate named before the level it reaches. (Its first word may
// qualify it, `policy-violating propagation rates`, but not be a verb's
// `-s` or `-ed` form, `induces misalignment rates`, nor a system's,
// `baseline preservation rates`; nor is it the last of two, `word and
// character rates`.)
const rateReaching =
  /(?:^|\s)(?<!\b(?:and|or)\s)((?:(?![a-z]+(?:ing|s|ed)\s|(?:with|of|and|the|at|in|on|for|to|had|have|their|our|a|an|baseline|model|method|system)\s)[a-z][a-z-]{1,20}\s)?(?![a-z]+ing\s|(?:the|its|their|our|a|an|of|and)\s)[a-z][a-z-]{1,20})\srates\s(?:reach(?:es|ed|ing)?|of|hit(?:s|ting)?)\s(?:(?:up to|more than|over|about|nearly|only|just|roughly|approximately|around|as high as|as low as)\s)?(?:[~≈<>]\s?)?$/u
const rateBound = /(?:^|\s)((?:(?![a-z]+ing\s|(?:with|of|and|the|at|in|on|for|to)\s)[a-z][a-z-]{1,20}\s)?(?![a-z]+ing\s)[a-z][a-z-]{1,20}\s(?:rates?|errors?))\s(?:above|below|under|exceeding)\s(?:[~≈]\s?)?$/u
// The end that `acronymBound` and `rateBound` share.
const boundTail = /(?:above|below|over|under|exceeding)\s(?:[~≈]\s?)?$/u
const acronymBefore = /\((?!SOTA\)|SoTA\))([a-zA-Z]?[A-Z][A-Za-z@0-9-]{1,12})\)\s(?:scores?\s)?(?:by|of)\s[^a-z]{0,3}$/u

function looksNominal(word: string): boolean {
  // Adverbs (`cumulatively`), participles (`reported`) and `in-domain`-style
  // adjectives do not end a measure's name.
  return !/(?:ly|ed)$/u.test(word) && !/^(?:in|out-of|cross|zero|few|one|multi)-/u.test(word)
}

// Nouns of a count, which name what they count: `the number of execution steps`.
const countWords = 'number|amount|fraction|proportion|share|count'
const countHead = new RegExp(`^(?:${countWords})$`, 'u')
// The preposition that ends a changed phrase (`… by`), but not the `of` of a count.
const phraseEnd = new RegExp(`\\s(?:by|from|to|(?<!\\b(?:${countWords})\\s)of)\\s[^a-z]{0,3}(?:[a-z ]{0,20})?$`, 'iu')

function cleanPhrase(words: string[]): string | null {
  const kept: string[] = []
  for (const word of words) {
    // `the number of execution steps`: a count names what it counts.
    if (word === 'of' && kept.length === 1 && countHead.test(kept[0]!.toLowerCase())) {
      kept.push(word)
      continue
    }
    // (`pass@1` is a word of a measure's name: `testbench pass@1 ratio`.)
    // (Nor is an acronym with a digit: `an OF1 of 92.3`, `CF1`.)
    if (stopWords.has(word.toLowerCase()) || (/\d/u.test(word) && !/^[a-z]+@\d{1,4}[a-z]{0,2}$/iu.test(word) && !/^\p{Lu}{1,4}\d$/u.test(word))) {
      // Leading articles are skipped; any other function word ends the phrase.
      if (kept.length > 0 || !/^(?:the|a|an|its|their|our|this|these)$/iu.test(word)) break
      continue
    }
    // (Leading modifiers go, and count for nothing: `an average planner
    // cycle computation time` keeps four words.)
    if (kept.length === 0 && modifiers.test(word.toLowerCase())) continue
    kept.push(word)
    if (kept.length === 4) break
  }
  // (`the number of iterations required`: a participle after the noun qualifies it.)
  while (kept.length > 1 && /^[a-z]{3,}ed$/u.test(kept.at(-1)!)) kept.pop()
  // (`fabric cost savings of up to 13%`: a saving is the change, the cost the measure.)
  if (kept.length > 1 && /^savings?$/iu.test(kept.at(-1)!)) kept.pop()
  const phrase = kept.join(' ')
  if (phrase.length < 2 || !looksNominal(kept.at(-1)!.toLowerCase())) return null
  if (kept.length === 1 ? vague.test(phrase.toLowerCase()) : vagueEnd.test(phrase.toLowerCase())) return null
  // Units are not measures: `meV`, `eV`, `kHz` (an acronym such as `TCO` is one).
  if (kept.length === 1 && ((phrase.length <= 3 && !/^[A-Z]{3}$|^[A-Z]{2}\d$/u.test(phrase)) || /^[a-z]{0,2}[A-Z][A-Za-z]?$/u.test(phrase))) return null
  if (kept.at(-1) === 'of') return null
  // Part of speech, from compromise, has the last word on what is a measure.
  return isNounPhrase(phrase) ? phrase : null
}

function readPhrase(text: string): string | null {
  const end = text.search(/[,;:()]|\.(?:\s|$)/u)
  return cleanPhrase((end === -1 ? text : text.slice(0, end)).trim().split(/\s+/u).filter(Boolean))
}

function within(mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions.filter((mention) => mention.start >= from && mention.end <= to)
}

// `in total`, `in practice`: phrases of manner, not what a number is in.
// (Nor data or repetitions: `in independent datasets`, `in five iterations`.)
const dataIn = /(?:^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|all|most|some)\s)|(?:datasets?|data|benchmarks?|settings?|tasks?|domains?|cases?|scenarios?|environments?|iterations?|rounds?|steps?|epochs?|trials?|runs?|experiments?|studies|languages?|splits?|subsets?|models?|samples?|episodes?)$/u
const adverbialIn = /^(?:total|practice|particular|general|average|addition|parallel|aggregate|expectation|theory|principle|part|sum|short|turn|contrast|comparison|fact|return|time|simulation|reality|inference|training|deployment|production|testing|evaluation|order|advance|summary|size|length|magnitude|number|median|mean|absolute|relative)\b/u

// The capitals that open the words of a name: `Current Relative-time Score` → `CRS`.
function initialsOf(name: string): string {
  return name
    .split(/[\s-]/u)
    .map((word) => word[0]!)
    .filter((letter) => /\p{Lu}/u.test(letter))
    .join('')
}

/** The measure named right after a number. */
const titledMeasure = /^\s?((?:\p{Lu}\p{Ll}+\s){1,3}(?:Rate|Ratio|Score|Index|Accuracy|Precision|Recall|Compliance|Coverage|Error|Similarity|Consistency|Fidelity|Quality))(?![\p{L}\p{N}-])/u

function metricAfter(sentence: Sentence, token: NumberToken): string | null {
  const windows = readWindows(sentence, [token])
  const base = sentence.start
  const afterStart = base + windows.afterStart
  const head = windows.after.slice(0, 60)
  const headRaw = windows.afterRaw.slice(0, 60)

  // `0.752 mAP@.50:.95`, `mAP@[0.5:0.95]`: precision averaged over IoU
  // thresholds, whose dots and colons the word scan splits.
  const averagedIou = iouRange.exec(headRaw.trimStart())
  if (averagedIou) return `${averagedIou[1]!}@50-95`
  // `a 92.4% Vulnerability Remediation Rate`, `0.87 Security Coverage
  // Index`: a measure's name in title case right after a score.
  const titled = token.sign === 0 && (token.unit === '%' || token.unit === null) ? titledMeasure.exec(headRaw) : null
  const metricHere = sentence.metrics.some((mention) => mention.start <= afterStart + 1 && mention.end > afterStart)
  if (titled && !metricHere && !sentence.benchmarks.some((mention) => mention.start <= afterStart + 1 && mention.end > afterStart + 1)) return titled[1]!
  // `+9.4 IR@10`: an acronym at a cutoff right after the number is its
  // measure, known to the registry or not.
  // (Or a capitalised word at one: `+5.15% Average@32`.)
  const cutoff = /^\s?(\p{Lu}(?:\p{Lu}{0,4}|\p{Ll}{2,11})@\d{1,3})(?![\p{L}\p{N}@])/u.exec(headRaw)
  if (cutoff && !metricHere) return cutoff[1]!
  // `+10.2% (HR@1) and +6.4% (HR@5)`: a registry measure alone in the
  // parenthesis right after the number labels it (not after a measure's own
  // `of`: `a mean position error of 0.25 m (RMSE)` names its statistic).
  const paren = (head.startsWith('(') || head.startsWith(' (')) && !/\b(?:of|is|was)\s(?:[a-z]+\s)?$/u.test(windows.before) ? /^\s?\(\s?/u.exec(head) : null
  const labelled = paren ? sentence.metrics.find((mention) => mention.start === afterStart + paren[0].length && /^\s?\)/u.test(sentence.clean.slice(mention.end - base, mention.end - base + 2))) : undefined
  if (labelled) return labelled.name
  // `by 4.6 points on NDCG@3 and 13.3 points on Spearman correlation`: a
  // registry measure (not a benchmark) right after `on` is the number's.
  const onWhat = /^\s?on\s(?:the\s)?/u.exec(head)
  if (onWhat) {
    const at = afterStart + onWhat[0].length
    const named = sentence.metrics.find((mention) => mention.start === at)
    if (named && !sentence.benchmarks.some((mention) => mention.start <= at && at < mention.end)) return joinAdjacent(sentence, sentence.metrics.slice(sentence.metrics.indexOf(named))).name
  }
  // `by 14.0% in F1 score and 11.3% in SODA score`: the measure a number is in.
  // (Also past a closing parenthesis: `12.29x (up to 56.02x) in pruning time`.)
  const inWhat = /^\s?\)?\s?in\s(?:terms\sof\s)?(?:the\s)?/u.exec(head)
  if (inWhat) {
    const at = afterStart + inWhat[0].length
    const named = sentence.metrics.find((mention) => mention.start === at)
    if (named) return joinAdjacent(sentence, sentence.metrics.slice(sentence.metrics.indexOf(named))).name
    // (`by 7.1% in weighted rubric score`: a registry measure with the words before it.)
    const near = sentence.metrics.find((mention) => mention.start > at && mention.start - at <= 30 && /^[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\s$/u.test(sentence.clean.slice(at - base, mention.start - base)))
    const written = near ? readPhrase(sentence.clean.slice(at - base, near.end - base)) : null
    if (written) return written
    const scored = /^(\p{Lu}[\p{L}\p{N}-]{1,15}\s(?:score|rate|accuracy))\b/u.exec(sentence.clean.slice(at - base, at - base + 30))
    if (scored && !sentence.benchmarks.some((mention) => mention.start === at)) return scored[1]!
    // (`in terms of the VRMSE`: an acronym the words call the measure.)
    const termsOf = /^\s?\)?\s?in\sterms\sof\s/u.test(head) ? /^(\p{Lu}[\p{Lu}\p{N}@-]{1,9})(?![\p{L}\p{N}])/u.exec(sentence.clean.slice(at - base, at - base + 12)) : null
    if (termsOf && !sentence.benchmarks.some((mention) => mention.start === at) && !sentence.models.some((mention) => mention.start === at)) return termsOf[1]!
    // (`+14.1 in Persona Consistency`: a dimension named in title case after a change.)
    const titled = token.sign === 1 ? /^(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,}){1,2})(?![\p{L}\p{N}-])/u.exec(sentence.clean.slice(at - base, at - base + 40)) : null
    if (titled && !sentence.benchmarks.some((mention) => mention.start === at) && !sentence.models.some((mention) => mention.start === at)) return titled[1]!
    // A cost in free text: `in quantization time`, `in training cost`.
    const cost = /^([a-z][a-z-]{2,20}\s(?:time|cost|latency|memory|throughput|speed))\b/u.exec(sentence.lower.slice(at - base, at - base + 40))
    if (cost) return cost[1]!
    // `achieves only 61.79% in awareness and 37.73% in compliance`: a plain
    // noun that ends the item, where no measure is named before the number.
    // (A score's only: a change in an unnamed measure reads as relative; nor
    // the next item of a list of changes, `by 12.77% in decision making and
    // 12.49% in …`.)
    const score = token.sign === 0 && !/\b(?:by|of|improvements?|gains?|increases?|boosts?|lifts?)\s(?:(?:up to|about|over|nearly|around)\s)?$/u.test(windows.before.slice(-30)) && !/\bby\s(?:up to\s)?[+\-−]?\d/u.test(sentence.lower.slice(Math.max(0, token.start - base - 80), token.start - base))
    const plain = score ? /^([a-z][a-z-]{2,20}(?:\s[a-z][a-z-]{2,20})?)(?=[,;)]|\.(?:\s|$)|\sand\b|$)/u.exec(sentence.clean.slice(at - base, at - base + 44))?.[1] : undefined
    if (plain && !adverbialIn.test(plain) && !dataIn.test(plain) && !sentence.metrics.some((mention) => mention.end <= token.start && token.start - mention.end < 80)) {
      const phrase = readPhrase(plain)
      if (phrase === plain) return phrase
    }
  }
  // `up to 41% speedup in the training phase`: the speed of that phase.
  const phaseSpeed = /^\s?speed-?ups?\sin\s(?:the\s)?([a-z][a-z-]{2,20})\s(?:phase|stage)s?\b/u.exec(head)
  if (phaseSpeed) return `${phaseSpeed[1]!} speed`
  const change = changeNoun.exec(head)
  if (change) {
    // `a 5% AUC improvement in the CTR scenario`: the measure before the change word.
    // (The words before the change word, captured by `changeNoun`.)
    const changeWordAt = change[0].indexOf(change[1]!) + change[1]!.length
    const own = sentence.metrics.find((mention) => mention.start >= afterStart && mention.end <= afterStart + changeWordAt)
    if (own) return own.name
    const from = afterStart + change[0].length - 1
    // (Not past a preposition: `improvement in annotator agreement on claim
    // faithfulness` is in the agreement.)
    const found = sentence.metrics.find((mention) => mention.start >= from && mention.start <= from + 30 && !/\s(?:on|for|across|over|under|with|at|in)\s/u.test(sentence.lower.slice(from - base, mention.start - base)))
    // `a 62.5% reduction in average token generation delay`: a registry word
    // inside a longer noun phrase is not the measure; the phrase is.
    const longer = found && /^\s[a-z][a-z-]{2,20}(?:\s|[,.;]|$)/u.test(sentence.clean.slice(found.end - base, found.end - base + 22)) && !stopWords.has(sentence.lower.slice(found.end - base + 1).split(/[\s,.;]/u)[0]!)
    // (`a 40% reduction in camera motion errors`: with the nouns before it.)
    // (Right after `in`, an `-ing` word is a noun of the phrase: `a 215%
    // improvement in rigging accuracy`.)
    if (found && !longer) return found.start > from + 1 ? extendLeft(sentence, found, true) : found.name
    // (`a 12.2× speedup in matrix-vector multiplications`: what a speed-up is
    // in is the work sped up, not a measure.)
    const phrase = /speed-?ups?\s|accelerations?\s/u.test(change[0]) ? null : readPhrase(windows.afterRaw.slice(change[0].length, change[0].length + 60))
    if (phrase) return phrase
  }
  // `removes 75% of indexer computations`: a share saved or removed is of what follows.
  const removedOf = token.unit === '%' && savesBefore.test(windows.before.slice(-40)) ? /^\s?of\s(?:the\s|its\s|their\s|all\s)?/u.exec(head) : null
  if (removedOf) {
    const phrase = readPhrase(windows.afterRaw.slice(removedOf[0].length, removedOf[0].length + 60))
    if (phrase) return phrase
  }
  // `<2% slowdown of the training job`: the slowdown is what is measured.
  if (/^\s?slow-?downs?\b/u.test(head)) return 'slowdown'
  // `a 15% decrease on pass@1`: `on` a registry measure (not a benchmark) is what changes.
  const changeOn = changeOnNoun.exec(head)
  if (changeOn) {
    const onMetric = sentence.metrics.find((mention) => mention.start === afterStart + changeOn[0].length)
    if (onMetric) return joinAdjacent(sentence, sentence.metrics.slice(sentence.metrics.indexOf(onMetric))).name
  }
  // `2.0% residual quality cost`: the quality a saving costs.
  const paid = /^\s?(?:[a-z-]{1,20}\s){0,2}?(quality|accuracy|performance|utility)\s(?:cost|penalty)\b/u.exec(head)
  if (paid && token.unit === '%') return paid[1]!
  // `2,000 times more compute-efficient`: the efficiency in what the adjective names.
  const efficient = /^\s?(?:more|less)\s([a-z]{3,15})-efficient\b/u.exec(head)
  if (efficient) return `${efficient[1]!} efficiency`
  // `2.5x faster task completion`, `3x faster generation`: what is faster
  // is an activity, whose speed is measured (unless the words name one).
  if (/^\s?(?:faster|quicker|slower)\s/u.test(head)) {
    const rest = headRaw.replace(comparative, '')
    const activity = readPhrase(rest) ?? /^([a-z]{3,20}ing)(?=[\s,.;]|$)/u.exec(rest)?.[1]
    if (activity && !/(?:speeds?|times?|latency|throughput|efficiency|rates?)$/u.test(activity) && !/-.*-/u.test(activity)) return `${activity} speed`
    // (`3x faster training time`, `38.7% faster task completion times`: the time, which is shortened.)
    if (activity && /\s(?:times?|latency|runtimes?)$/u.test(activity)) return activity.replace(/s$/u, '')
  }
  // `reaching 95 DS on Bench2Drive`: an acronym right after a whole score,
  // before the data set, is its measure (not a benchmark or model name).
  const acronym = /^\s(\p{Lu}{2,6})\s(?:on|in)\s/u.exec(headRaw)
  if (acronym && token.unit === null && Number.isInteger(token.value) && ![...sentence.benchmarks, ...sentence.models, ...sentence.metrics].some((mention) => mention.start === afterStart + 1)) return acronym[1]!
  // `+23.3 Temporal Consistency (TC)`: a title-case name right after the
  // number, defined by the acronym of its capitals, is a measure.
  const defined = /^\s?(\p{Lu}[\p{L}]{2,20}(?:[\s-][\p{L}]{2,20}){1,3})\s\((\p{Lu}{2,6})\)/u.exec(headRaw)
  if (defined && initialsOf(defined[1]!) === defined[2]) {
    // (As the registry names it where it spans the whole name: `Success Rate (SR)`.)
    const at = afterStart + defined[0].indexOf(defined[1]!)
    const whole = sentence.metrics.find((mention) => mention.start === at && mention.end === at + defined[1]!.length)
    return whole?.name ?? defined[1]!
  }
  // A registry metric within the first words (`97.1% accuracy`, `86.6% intent
  // accuracy`, `82.95% lower latency`): the words up to it name the measure.
  const words = /^\s?((?:[\p{L}\p{N}@][\p{L}\p{N}@+'’-]{0,24}\s){0,3})/u.exec(headRaw)
  const reach = afterStart + (words?.[0].length ?? 0) + 1
  const registry = sentence.metrics.find((mention) => mention.start >= afterStart && mention.start <= reach)
  if (registry) {
    const lead = sentence.clean.slice(afterStart - base, registry.start - base).trim().split(/\s+/u).filter(Boolean)
    // `91% inter-rater agreement (kappa = 0.82)`: the measure is the phrase
    // before the parenthesis, which gives another.
    const paren = lead.findIndex((word) => word.startsWith('('))
    if (paren > 0) {
      const phrase = readPhrase(lead.slice(0, paren).join(' '))
      if (phrase) return phrase
    }
    if (paren !== -1 || lead.some((word) => stopWords.has(word.toLowerCase()) || /(?:s|ed)$/u.test(word.toLowerCase()))) {
      // `1.7 positions and reduces inference cost`: another clause's measure.
    } else {
    while (lead.length > 0 && modifiers.test(lead[0]!.toLowerCase())) lead.shift()
    const named = within(sentence.benchmarks, afterStart, registry.start).length + within(sentence.models, afterStart, registry.start).length
    // (`8.5x higher token throughput`: adjacent registry words are one measure.)
    const joined = joinAdjacent(sentence, sentence.metrics.slice(sentence.metrics.indexOf(registry)))
    if (lead.length === 0 || named > 0) return joined.name
    // (`time-to-next-token`: a word glued by a hyphen stays glued.)
    return `${lead.join(' ')}${lead.at(-1)!.endsWith('-') ? '' : ' '}${sentence.clean.slice(joined.start - base, joined.end - base)}`
    }
  }

  if (comparative.test(head)) {
    // (Not past the comparison: `2.8x faster than X and saves 86.8% GPU memory`,
    // `3.3x higher query rates or 4.7x tighter latency SLOs`.)
    const stop = head.slice(1).search(/\b(?:than|and|or|while|with)\b|[,;]/u)
    const reachEnd = afterStart + Math.min(40, stop === -1 ? 40 : stop + 1)
    const found = sentence.metrics.find((mention) => mention.start >= afterStart && mention.start <= reachEnd)
    // (`23 percent less pose error`: with the nouns that narrow a bare `error`.)
    if (found) return found.name === 'error' ? extendLeft(sentence, found) : found.name
    // (`205 times cheaper`: what is cheaper costs less.)
    if (/^\s?cheaper\b/u.test(head)) return 'cost'
    // (`3x fewer attempts`: a plural after `fewer` is a count, a noun whatever a tagger says.)
    // (`36% lower bitrates`: so is a plural after a comparative of size.)
    const counted = /^\s?(?:fewer|more|lower|higher|smaller|larger)\s([a-z]{3,20}s)\b(?!\s[a-z]+s?\b(?!\s))/u.exec(head)?.[1]
    if (counted && !vague.test(counted) && !stopWords.has(counted)) return counted
    // (`400x larger DeepSeek R1`: a name after the comparative is what is larger, not a measure.)
    // (`4X greater in valid generation density`: the measure after `in`.)
    const rest = headRaw.replace(comparative, '').replace(/^in\s(?:the\s)?(?=[a-z])/u, '')
    const phrase = /^\s?\p{Lu}/u.test(rest) ? null : readPhrase(rest)
    if (phrase) return phrase
  }
  const noun = nounBeforeChange.exec(head)
  if (noun) {
    const phrase = readPhrase(noun[1]!)
    if (phrase) return phrase
  }
  // A plain noun phrase right after the number (`0.815 task quality`), up to
  // a word that opens another phrase or clause (`43.0% SLA compliance but …`).
  // (`$71\%$ explained variance`: LaTeX blanked to spaces may come first.)
  if (/^\s{1,3}[a-z]/u.test(head) && !/^\s{1,3}(?:on|in|for|of|at|with|and|or|to|by|over|across|compared|than|while|when|vs|per|versus|against|above|below|beyond|behind|ahead)\b/u.test(head)) {
    // (Four words when a participle leads: `67% improved user QoS satisfaction`.)
    const phrase = /^\s{1,3}((?:reduced|improved|increased|decreased|lowered|greater|higher|lower)\s(?:[a-z][a-z-]{1,24}\s?){3}|(?:[a-z][a-z-]{1,24}\s?){1,3})(?=[,.;]|\s(?:on|in|for|at|and|but|with|without|compared|than|over|across|while|whereas|which|from|against|under|using)(?![\w-])|$)/u.exec(head)
    // (As written: `0.74 GenEval`, not `geneval`.)
    const at = phrase ? phrase[0].length - phrase[1]!.length : 0
    if (phrase && !/ing\s?$/u.test(phrase[1]!)) return readPhrase(headRaw.slice(phrase.index + at, phrase.index + at + phrase[1]!.length))
  }
  return null
}

/** The measure named before a number (`accuracy by 4%`, `an accuracy of 67.0`). */
// `(FID: UniWeTok 1.38 vs. REPA 1.42)`, `(DPG Score: X 86.63 vs. …)`: the
// label that opens the parenthesis the number is in.
const parenColon = /\(([\p{L}][\p{L}\p{N}@ .-]{1,40}):\s[^():;]{0,40}$/u
const measureWord = /\b(?:scores?|rates?|ratios?|accuracy|errors?|loss|time|latency|tokens|FLOPs)$/iu

/** The measure a `(Label: … N` parenthesis names: a registry metric in it, or a label ending in a measure word. */
function colonLabel(sentence: Sentence, beforeRaw: string, beforeStart: number): string | null {
  const label = parenColon.exec(beforeRaw)
  if (!label) return null
  const at = beforeStart + label.index + 1
  const text = label[1]!.trim()
  const known = within(sentence.metrics, at, at + text.length)
  if (known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
  const named = [...sentence.models, ...sentence.benchmarks].some((mention) => mention.start >= at && mention.end <= at + text.length && mention.end - mention.start === text.length)
  // (Or a measure's acronym with a letter of its own before it: `(vNRMSE: 6.9% vs. 9.6%)`.)
  return !named && text.split(' ').length <= 4 && (measureWord.test(text) || acronymMeasure.test(text)) ? text : null
}

const acronymMeasure = /^[a-z]{1,3}(?:N?RMSE|MSE|MAE|MAPE|AUC|IoU|PSNR|SSIM|FID|NDCG|MRR|EER|WER|CER)$/u

// `interpretability (0.87 vs 0.90)`, `improving text-image fidelity (+6.3%)`:
// lower-case words right before the parenthesis that opens with the number.
const parenBefore = /(?:^|\s)((?:[a-z][a-z-]{1,20}\s){0,3}[a-z][a-z-]{1,20})\s\(\s?[+\-−]?$/u

/** The measure a parenthesis holding the number labels, if it is one. */
function parenLabel(sentence: Sentence, token: NumberToken, beforeRaw: string, beforeStart: number): string | null {
  const label = /\(\s?[+\-−]?$/u.test(beforeRaw.slice(-3)) ? parenBefore.exec(beforeRaw) : null
  // (Only a parenthesis that holds just the numbers: not `(98.5% and 67.1%
  // average success rates)`, which names its measure inside.)
  if (!label || !closesAfter.test(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 24))) return null
  // (Not a setting or a count: `with a standard prompt (36.2%)`, `1 of 15 evaluations (6.7%)`.)
  if (/(?:\b(?:with|using|via|by|for)\s(?:(?:a|an|the|its|their|our)\s)?|\d\s)$/u.test(beforeRaw.slice(0, beforeRaw.length - label[0].length + label[0].indexOf(label[1]!)))) {
    return null
  }
  // (Only the words after the last function word or verb: `match SAEs in
  // interpretability (`, `achieved higher semantic similarity (`.)
  const words = label[1]!.split(' ')
  // (A last word in -ing is a noun here: `sparse probing`, `causal editing`.)
  const lastStop = words.findLastIndex((word, index) => stopWords.has(word) || (index < words.length - 1 && verbLike.test(word)))
  const kept = words.slice(lastStop + 1)
  while (kept.length > 0 && modifiers.test(kept[0]!)) kept.shift()
  if (kept.length === 0 || (kept.length === 1 && verbLike.test(kept[0]!))) return null
  const phrase = kept.join(' ')
  const at = beforeStart + beforeRaw.length - label[0].length + label[0].indexOf(label[1]!) + label[1]!.length - phrase.length
  // (`mid-level scores (48--70%)` names no measure: its head word is vague;
  // unless a noun names what is scored: `stability scores (0.9998)`,
  // `consistency metrics (0.9873)`.)
  const scored = kept.length >= 2 ? /^(?:scores?|metrics?)$/u.exec(kept.at(-1)!) : null
  const noun = kept.at(-2) ?? ''
  if (scored && /^[a-z]{4,20}$/u.test(noun) && !/(?:ly|al|ive|ful|ous|ic|ed|ing|est|er)$/u.test(noun) && !modifiers.test(noun)) return `${noun} ${scored[0].replace(/s$/u, '')}`
  if (vague.test(kept.at(-1)!) || vagueEnd.test(phrase)) return null
  // (Nor items of a measure named before them: `measured by response accuracy
  // in device control (86%), memory-related tasks (97%)` lists categories.)
  if (sentence.metrics.some((mention) => mention.end <= at)) return null
  const known = within(sentence.metrics, at, at + phrase.length)
  if (known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
  // (The parenthesis makes the words a label: no tagger is asked, so that
  // `causal editing` counts as `sparse probing` does.)
  return phrase.length > 3 && looksNominal(kept.at(-1)!) ? phrase : null
}

// Verb forms that end a label from the left (`achieved`, `improving`, `shows`).
const verbLike =
  /^(?:[a-z-]+(?:ed|ing)|achieves?|improves?|shows?|yields?|gives?|brings?|reaches|obtains?|attains?|demonstrates?|exhibits?|maintains?|retains?|reports?|delivers?|provides?|produces?|offers?|records?|keeps?|remains?|saturates?|has|have|had|is|are|was|were)$/u
// The rest of the parenthesis after its first number: a second score, then `)`.
const closesAfter = /^\s?(?:%|pp|points?)?\s?(?:(?:vs\.?|versus|to|\/)\s?[+\-−]?\d[\d.,]*\s?(?:%|pp|points?)?\s?(?:for\s[^()]{1,30})?)?\)/u

// The noun a registry word modifies, right before `by`/`of`/`from` and the number.
const measureHead = /^\s(distances?|divergences?|errors?|rates?|ratios?|scores?|loss|gaps?|time|latency|length|costs?|size|usage|counts?)\s(?:by|of|from)\s[^a-z]{0,3}$/u
const changeOfFrom = /\b((?:[a-z@][\w@.-]{0,24}\s){1,3})(?:improvements?|increases?|gains?|boosts?)\s(?:of|for)\s\S{2,40}\sfrom\s[^a-z]{0,3}$/u
const changeInOf = /\b(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?)\sin\s(?:the\s)?((?:[a-z@][\w@.-]{0,24}\s){1,3})of\s(?:(?:up to|about|approximately|nearly|around|over|more than|at least)\s)?[^a-z]{0,3}$/u

// A list item's label right before `from` and its pair (`, Excess32 from 0.108 to`, `, and area ratio from`).
const listedPairLabel = /(?:,\s(?:and\s)?|\band\s)(\p{Lu}[\p{L}\p{N}@.-]{1,15}|(?:[a-z][a-z-]{1,20}\s){0,2}[a-z][a-z-]{1,20})\sfrom\s(?:\S{1,14}\sto\s)?[^a-z\s]{0,3}$/u

const listedByLabel = /(?:,\s(?:and\s)?|\band\s)((?:[A-Za-z][A-Za-z-]{1,20}\s){0,2}[a-z][a-z-]{1,20})\sby\s[^a-z\s]{0,3}$/u
const earlierBy = /\bby\s(?:(?:up to|about|over|nearly|around)\s)?[^a-z\s]{0,3}\d[^;]*$/u
const changeVerbBefore = /\b(?:reduc|improv|increas|lower|boost|rais|cut|decreas|enhanc)\w*\s/u
const changeOfPhrase =
  /\b(?:improv|increas|reduc|boost|enhanc|decreas|lower|rais|lift)(?:e|es|ed|ing|s)?\s(?:the\s|its\s|their\s|our\s)?((?:[a-z][a-z-]{1,20}\s){1,2})of\s((?:[a-z0-9][\w-]{1,20}\s){1,3})by\s[^a-z]{0,8}(?:(?:up to|about|approximately|nearly|around|over|more than|at least|an average of)\s)?$/du
const qualityWords = /^(?:quality|efficiency|robustness|fidelity|diversity|stability|consistency|reliability|safety|faithfulness)$/u

const measureOfSystem = /(?:^|[,;]\s|\b[Tt]he\s)((?:[a-z][a-z-]{1,20}\s){0,3}[a-z][a-z-]{1,20})\sof\s(?:this|our|the\sproposed|the)\s(?:[a-z-]+\s){0,2}(?:model|method|system|approach|framework)\s(?:is|was)\s(?:(?:about|approximately|around|nearly)\s)?$/u

const copulaSubject = new RegExp(
  String.raw`(?:^|[,;]\s|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s)((?:[a-z][a-z-]{1,20}\s){0,3}${measureHeads})\s(?:(?:for|of|on|in)\s(?:[\p{L}\p{N}][\p{L}\p{N}-]{1,20}\s){1,3})?(?:is|was)\s(?:(?:only|just|about|approximately|around|nearly|roughly)\s)?[^a-z\s]{0,3}$`,
  'u'
)

const participleGap = /^,\s(?:reaching|achieving|attaining|hitting|scoring)\s(?:(?:up to|about|approximately|nearly|over|around)\s)?[^a-z\s]{0,3}$/u

function metricBefore(sentence: Sentence, token: NumberToken): string | null {
  const windows = readWindows(sentence, [token])
  const base = sentence.start
  const before = windows.before.slice(-120)
  const beforeRaw = windows.beforeRaw.slice(-120)
  const beforeStart = base + windows.beforeStart + windows.before.length - before.length
  // (Each of these patterns ends in a few words that most windows do not end
  // with: a test of that tail first spares scanning the whole window.)
  const tail = beforeRaw.slice(-14)
  const acronym =
    (/\b(?:by|of)\s[^a-z]{0,3}$/u.test(tail) ? acronymBefore.exec(beforeRaw) : null) ??
    (tail.includes('=') ? acronymEquals.exec(beforeRaw) : null) ??
    (boundTail.test(tail) ? (acronymBound.exec(beforeRaw) ?? rateBound.exec(beforeRaw)) : null)
  if (acronym) return acronym[1]!
  // (A rate the registry knows is read by its name: `word error rates of 2.4%` is a WER.)
  const rate = before.includes(' rates ') ? rateReaching.exec(before) : null
  const rateStart = rate ? beforeStart + rate.index : 0
  if (rate && !sentence.metrics.some((mention) => mention.end > rateStart && mention.start < beforeStart + before.length)) return `${rate[1]!} rate`
  const labelled = parenLabel(sentence, token, beforeRaw, beforeStart) ?? colonLabel(sentence, beforeRaw, beforeStart)
  if (labelled) return labelled
  // `yield higher accuracy, reaching 89.13%`: the measure the participle's clause continues.
  // (Not past a measure written after the number, `achieving 61.1% and 75.6%
  // accuracy`, nor for gains that name their own comparison, `achieving 3-12%
  // relative improvements over strong baselines`.)
  const continued = /,\s[a-z]+ing\s/u.test(before.slice(-40)) ? sentence.metrics.findLast((mention) => mention.end <= token.start && participleGap.test(sentence.lower.slice(mention.end - base, token.start - base))) : undefined
  const ownAfter = continued && (/^\s?(?:relative\s|absolute\s)?(?:improvements?|gains?)\b/u.test(windows.after) || sentence.metrics.some((mention) => mention.start >= token.end && mention.start - token.end <= 30 && !/[,;]/u.test(sentence.lower.slice(token.end - base, mention.start - base))))
  if (continued && !ownAfter) return continued.name
  // `The theme consistency of this model is 0.5 higher than …`: the subject's
  // head, of the system, with a copula right before the number.
  const owned = tail.includes(' is ') || tail.includes(' was ') ? measureOfSystem.exec(beforeRaw) : null
  const ownedPhrase = owned ? readPhrase(owned[1]!) : null
  if (ownedPhrase) return ownedPhrase
  // `The average rejection rate is 60.93%`: a clause's subject that ends in
  // a measure's head noun, unknown to the registry, right before a copula.
  const subject = tail.includes(' is ') || tail.includes(' was ') ? copulaSubject.exec(beforeRaw) : null
  if (subject) {
    const at = beforeStart + subject.index + subject[0].indexOf(subject[1]!)
    const phrase = within(sentence.metrics, at, at + subject[1]!.length).length === 0 ? readPhrase(subject[1]!) : null
    if (phrase !== null && subject[1]!.endsWith(phrase)) return phrase
  }
  // `improves FVD by 18% and CLIPSIM by 0.02`: a name-shaped measure of its own item.
  // (`and Revenue per Mile by 2.3%`: a name of a few words.)
  // (Or its score: `an mAP of 97.4, OF1 of 92.3, and CF1 of 91.4`.)
  const itemName = /(?:\band|,)\s(\p{Lu}[\p{L}\p{N}@.-]{1,15}(?:\s(?:per|of|\p{Lu}[\p{L}\p{N}@.-]{1,15})){0,3})\s(by|of)\s[^a-z\s]{0,3}$/u.exec(beforeRaw)
  // (Not after a comparison verb: `outperforms GPT-4 by 5% and Gemini by 3%` names systems.)
  // (Past the previous number too, `surpasses ATLAS by +17.65pp and MTP by
  // +10.0pp`, unless a change verb comes later: `outperforms X, reducing ADE
  // by 40.2%, FDE by 51.7%`.)
  if (itemName && (itemName[2] === 'of' || !comparesLast(sentence.lower.slice(Math.max(0, token.start - base - 120), token.start - base)))) {
    // (Only a name no registry knows: a benchmark, a model or a known metric is read elsewhere.)
    const at = beforeStart + itemName.index + itemName[0].indexOf(itemName[1]!)
    const known = [...sentence.models, ...sentence.benchmarks, ...sentence.metrics].some((mention) => mention.start < at + itemName[1]!.length && at < mention.end)
    // (`TSLMs by 9.1% and GRLMs by 7.9%`: plural acronyms name kinds of systems.)
    if (!known && !/^\p{Lu}+s$/u.test(itemName[1]!)) return itemName[1]!
  }
  // `worsens FDR from 0.296 to 0.509, Excess32 from 0.108 to 0.466, and area
  // ratio from 0.94 to 3.34`: each pair of a list is in the measure it names.
  // (Most numbers follow no `from`: one plain test first.)
  const pairLabel = beforeRaw.includes(' from ') ? listedPairLabel.exec(beforeRaw) : null
  if (pairLabel) {
    // (`, improving face similarity from`: the verb is not the measure's.)
    const verb = /^([a-z-]+)\s/u.exec(pairLabel[1]!)?.[1]
    const label = verb !== undefined && verbLike.test(verb) ? pairLabel[1]!.slice(verb.length + 1) : pairLabel[1]!
    const at = beforeStart + pairLabel.index + pairLabel[0].indexOf(pairLabel[1]!) + pairLabel[1]!.length - label.length
    const named = [...sentence.models, ...sentence.benchmarks].some((mention) => mention.start < at + label.length && at < mention.end)
    const known = within(sentence.metrics, at, at + label.length)
    if (!named && known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
    // (Not a count of settings: `, five sparsity levels from 12.5% to 37.5%`.)
    const counted = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|all|some|few|multiple|various|different)\s/u.test(label)
    if (!named && !counted && (/^\p{Lu}/u.test(label) ? !/^\p{Lu}+s$/u.test(label) : readPhrase(label) === label)) return label
  }
  // `reduces inference FLOPs by 66% and training budget by 26%`: the next
  // item of a change verb's list names its own measure before its `by`.
  const byItem = beforeRaw.includes(' by ') ? listedByLabel.exec(beforeRaw) : null
  // (Only after an earlier item's own `by` and number: not `the error between
  // predicted and true velocities by 72%`.)
  if (byItem && changeVerbBefore.test(sentence.lower.slice(0, beforeStart - base + byItem.index)) && earlierBy.test(sentence.lower.slice(0, beforeStart - base + byItem.index))) {
    // (Not an item with a verb of its own: `and reduces latency by 20%`,
    // `and surpasses X by 4.9%`, read by the verb rules.)
    const label = /^(?:[a-z]+(?:es|ed)|reduc\w*|improv\w*|increas\w*|lower\w*|boost\w*|rais\w*|cut\w*|enhanc\w*|lift\w*|shrink\w*|outperform\w*|surpass\w*|beat\w*|exceed\w*)\s/u.test(byItem[1]!) ? null : byItem[1]!
    const at = beforeStart + byItem.index + byItem[0].indexOf(byItem[1]!)
    const named = label !== null && [...sentence.models, ...sentence.benchmarks].some((mention) => mention.start < at + label.length && at < mention.end)
    if (label !== null && !named) {
      if (readPhrase(label) === label) return label
      const known = within(sentence.metrics, at, at + label.length)
      if (known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
    }
  }
  // `a reduction in cycle time of up to 15%`: what the change noun is in.
  const changeIn = changeInOf.exec(before)
  if (changeIn) {
    const at = beforeStart + changeIn.index + changeIn[0].indexOf(changeIn[1]!)
    const registry = within(sentence.metrics, at, at + changeIn[1]!.length)
    const phrase = registry.length > 0 ? extendLeft(sentence, joinAdjacent(sentence, registry)) : readPhrase(beforeRaw.slice(at - beforeStart, at - beforeStart + changeIn[1]!.length))
    if (phrase) return phrase
  }
  // `a win rate improvement of Llama-3-8B-Instruct from 22.9%`: the measure before the change noun.
  const changeOfModel = before.includes(' from ') ? changeOfFrom.exec(before) : null
  if (changeOfModel) {
    const phrase = readPhrase(changeOfModel[1]!)
    if (phrase) return phrase
  }
  // (`is reduced by an average of 15%`: the aggregate is a hedge, not a measure.)
  // (Nor is an example's parenthesis: `cuts prompt tokens (e.g., by over 50%)`.)
  // (Nor is the start's label: `increasing X from a baseline of 2.15%`.)
  const verbal = before.replace(/\sby\san?\s(?:average|mean)\sof\s$/u, ' by ').replace(/\sfrom\sa\sbaseline\sof\s$/u, ' from ').replace(/\s\((?:e\.g\.|i\.e\.),?\s(?=by\s(?:[a-z]+\s)?[^a-z]{0,3}$)/u, ' ')
  const changed = verbBefore.exec(verbal)
  const transitive = changed ?? scoreOf.exec(verbal)
  const verb = transitive ?? (intransitiveVerb.test(verbal) ? intransitive.exec(verbal) : null)
  // `improves the reliability of policy code generation by up to 35%`,
  // `the training efficiency of reasoning LLMs by up to 2.5x`: a measure of
  // something, too long for the verb's phrase, is named before its `of`.
  const measureOf = verb ? null : changeOfPhrase.exec(before)
  if (measureOf?.indices) {
    // (As written: the groups' places in the lower-case window are the raw one's.)
    const [headFrom, headTo] = measureOf.indices[1]!
    const [ofFrom, ofTo] = measureOf.indices[2]!
    const head = beforeRaw.slice(headFrom, headTo).trim()
    const phrase = readPhrase(head)
    if (phrase === head) return qualityWords.test(phrase) ? `${phrase} of ${beforeRaw.slice(ofFrom, ofTo).trim()}` : phrase
  }
  if (verb) {
    const phraseStart = beforeStart + verb.index
    // `Hausdorff distances to the reference reconstructions of 0.359 mm`: what
    // a measure is taken against is not the measure.
    const against = changed ? undefined : sentence.metrics.find((mention) => mention.end < phraseStart && /^\s(?:to|from|against|between|relative to)\s$/u.test(sentence.lower.slice(mention.end - base, phraseStart - base)))
    if (against) return extendLeft(sentence, against)
    // The measure is the last registry metric of the phrase the verb changes,
    // with the nouns written before it (`communication cost`).
    const groupStart = phraseStart + verb[0].indexOf(verb[1]!)
    // (A registry measure that starts with the modifier the verb's phrase
    // skips, `reducing mean squared error by`, is the phrase's all the same.)
    const registry = sentence.metrics.filter((mention) => mention.end > groupStart && mention.end <= groupStart + verb[1]!.length && mention.start >= groupStart - 8)
    // (Not a registry word that modifies the noun after it: `error thresholds of`.)
    // (`a coefficient of determination value of`: a generic `value` or `score` after it is the measure's own.)
    const modifies = registry.length > 0 && /^\s(?!(?:values?|scores?|metrics?|measures?)\s?$)[a-z][a-z-]{2,20}\s?$/u.test(sentence.lower.slice(registry.at(-1)!.end - base, groupStart + verb[1]!.length - base))
    if (registry.length > 0 && !modifies) return extendLeft(sentence, joinAdjacent(sentence, lastRun(sentence, registry)))
    // `The root mean squared error of the estimates is reduced by 15%`: the
    // measure right before the `of` phrase the intransitive verb follows.
    const of = transitive ? -1 : verb[1]!.indexOf('of ')
    if (of !== -1) {
      const ofAt = groupStart + of
      const owner = sentence.metrics.find((mention) => mention.end === ofAt - 1 || (mention.start < groupStart && mention.end > groupStart && mention.end < ofAt))
      if (owner) return extendLeft(sentence, owner)
    }
    // The words after the verb (or article), or those before an intransitive verb.
    // (`and instruction violations decreasing from`: the conjunction joins clauses, it opens no subject.)
    // (`judgments show that TikZilla improves by`: the subject comes after the clause's `that`.)
    const words = transitive
      ? beforeRaw.slice(verb.index).replace(/^\S+\s/u, '')
      : beforeRaw
          .slice(groupStart - beforeStart, groupStart - beforeStart + verb[1]!.length)
          .replace(/^(?:and|or|but|while|whereas|yet)\s/u, '')
          .replace(/^.*\b(?:that|which|who|when|where|because|since|if)\s(?=\S)/iu, '')
    // `improves the quality of latent actions by 8x`: a quality of something
    // names its measure whole (lower-case words only: not `accuracy of GPT-4o`).
    const qualityOf = /^(?:the\s)?((?:quality|efficiency|robustness|fidelity|diversity|stability|consistency|reliability|safety|faithfulness)\sof\s(?:[a-z-]{2,20}\s){0,2}[a-z-]{2,20})\s(?:by|from)\s/u.exec(words)
    if (transitive && qualityOf) return qualityOf[1]!
    const phrase = readPhrase(words.replace(phraseEnd, ''))
    // A name in the phrase makes it no measure; one after it, in an adjunct
    // the phrase stops before (`Over-refusal on XSTest rises by`), does not.
    const phraseAt = phrase ? beforeStart + beforeRaw.indexOf(phrase, verb.index) : 0
    const named = (mentions: readonly Mention[]) => within(mentions, phraseAt, phraseAt + (phrase?.length ?? 0)).length > 0
    // (`ZetaJudge improves from 0.38`: a name is the subject, not a measure.)
    const nameShaped =
      !transitive && phrase !== null && /^\p{Lu}/u.test(phrase) && !/\s/u.test(phrase) && /\p{Ll}/u.test(phrase) && (phrase.match(/[\p{Lu}\p{N}]/gu)?.length ?? 0) >= 2
    if (phrase && !nameShaped && !named(sentence.models) && !named(sentence.benchmarks)) {
      // A capital only because the sentence starts there: `Over-refusal` is `over-refusal`.
      return phraseAt === sentence.start && /^\p{Lu}[\p{Ll}-]*(?:\s|$)/u.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase
    }
  }
  // `lowers the attack success rate (ASR) of GCG, PAIR and AutoDAN on
  // HarmBench from 31.5%`: the registry metric a change verb takes as its
  // object, when `from`/`by` comes only after a longer complement.
  const far = windows.before.slice(-200)
  const object = verbObject(sentence, far, base + windows.beforeStart + windows.before.length - far.length)
  if (object) return object
  // A registry metric just before the number, in the same clause, with the
  // nouns that narrow it (`average acceptance length`, `mean FCAR`).
  // (Farther when the number opens a list after a colon that closes the
  // measure's phrase: `a new task success rate across several public mobile
  // task automation benchmarks: 59.5% on AndroidWorld, …`.)
  const reaches = (mention: Mention): boolean => {
    const gap = token.start - mention.end
    return gap <= 40 || (gap <= 90 && /^[^,;:.()\d]{41,90}:\s{1,3}$/u.test(sentence.lower.slice(mention.end - base, token.start - base)))
  }
  const near = sentence.metrics.filter((mention) => mention.end <= token.start && reaches(mention) && mention.start >= beforeStart && !isModifierOrVerb(sentence, mention))
  // (`intersection over union scores of`: a generic score after a named
  // measure adds nothing, as in `joinAdjacent`.)
  const lastTwo = near.slice(-2)
  const scored = lastTwo.length === 2 && lastTwo[1]!.name === 'score' && /^\s$/u.test(sentence.clean.slice(lastTwo[0]!.end - base, lastTwo[1]!.start - base))
  const last = scored ? lastTwo[0] : near.at(-1)
  // (`the highest overall accuracy, 98 percent`: a score set off by a comma right after its measure.)
  if (last && (!/[,;]|:\s[a-z]/u.test(sentence.lower.slice(last.end - base, token.start - base)) || /^,\s$/u.test(sentence.lower.slice(last.end - base, token.start - base)))) {
    // (`and energy distance by 20.2%`: with the noun it modifies, unless that is the generic score.)
    const head = scored ? undefined : measureHead.exec(sentence.lower.slice(last.end - base, token.start - base))?.[1]
    return head === undefined ? extendLeft(sentence, last) : `${extendLeft(sentence, last)} ${head}`
  }
  return null
}

const changeStems = '(?:improv|increas|reduc|boost|enhanc|decreas|lower|rais|lift|cut|slash)'
// (`improves average NDCG@5 across six benchmarks by`: an aggregate word before the measure.)
const changeVerb = new RegExp(`\\b${changeStems}(?:e|es|ed|ing|s)?\\s(?:the\\s|its\\s|their\\s|our\\s)?(?:(?:average|mean|overall)\\s)?`, 'gu')
// A second change coordinated after the object: `… and lowers latency from`.
const laterChange = new RegExp(`[;:]|\\b(?:and|while|but)\\s(?:\\w+\\s)?${changeStems}`, 'u')

/** The registry metric right after the last change verb of `before`, which ends in `from`/`by` (`before` starts at offset `beforeStart`). */
function verbObject(sentence: Sentence, before: string, beforeStart: number): string | null {
  if (!/\s(?:from|by)\s(?:(?:an?\s)?(?:relative|absolute|average)\s(?:of\s)?|(?:up to|about|nearly|over|approximately|around|at least|more than)\s)?[^a-z]{0,3}$/u.test(before)) return null
  let found: string | null = null
  for (const verb of before.matchAll(changeVerb)) {
    const start = beforeStart + verb.index + verb[0].length
    // (A registry measure may hold the aggregate word the verb's pattern passed: `average success rates`.)
    const aggregate = /(?:average|mean|overall)\s$/u.exec(verb[0])
    const first = sentence.metrics.findIndex((mention) => mention.start === start || (aggregate !== null && mention.start === start - aggregate[0].length))
    const metric = first === -1 ? undefined : joinAdjacent(sentence, sentence.metrics.slice(first))
    const rest = metric ? before.slice(metric.end - beforeStart) : ''
    // (Never across another number: `reduces FID … by 14% and MER … by 10%`.)
    const across = metric !== undefined && sentence.tokens.some((token) => token.start >= metric.end && token.end <= beforeStart + before.length)
    found = metric && rest.length <= 150 && !laterChange.test(rest) && !across ? metric.name : null
  }
  return found
}

/**
 * A metric word used as something else: a modifier (`reward model`, `loss
 * function`, `memory baseline`) or a verb (`scores 70.6`).
 */
function isModifierOrVerb(sentence: Sentence, mention: Mention): boolean {
  const raw = sentence.lower.slice(mention.start - sentence.start, mention.end - sentence.start)
  const after = sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 16)
  if (/^(?:scores|scored|scoring)$/u.test(raw) && /^\s?[^a-z\s]{0,2}\d/u.test(after)) return true
  // (`in low-SNR conditions`: a level that sets the conditions, not the measure.)
  if (/^\s(?:conditions?|regimes?|settings?|scenarios?|environments?)\b/u.test(after) && /\b(?:low|high|varying)[\s-]$/u.test(sentence.lower.slice(Math.max(0, mention.start - sentence.start - 8), mention.start - sentence.start))) return true
  return /^\s(?:models?|functions?|signals?|design|shaping|hacking|engineering|estimat\w*|heads?|networks?|predictors?|baselines?|modules?|mechanisms?)\b/u.test(after)
}

/**
 * The first registry metric of a phrase, with the ones written right after
 * it joined on (`an energy MAE of`: `energy MAE`, not `energy`).
 */
function joinAdjacent(sentence: Sentence, mentions: readonly Mention[]): Mention {
  let joined = mentions[0]!
  for (const next of mentions.slice(1)) {
    // (`pass@1 score` is pass@1: a generic score adds nothing.)
    if (next.name === 'score' || !/^\s$/u.test(sentence.clean.slice(joined.end - sentence.start, next.start - sentence.start))) break
    joined = {name: sentence.clean.slice(joined.start - sentence.start, next.end - sentence.start), start: joined.start, end: next.end}
  }
  return joined
}

// (Not the participles that describe a measure's value: `the resulting accuracy`.)
const participleAdjective = /^(?:result|remain|correspond|follow|exist|underly|lead|match|compet|surround|overwhelm|increas|decreas|grow|improv|outstand|promis|strik|interest|challeng|vary|ongo|preced|prevail|emerg|evolv|pend|miss|win|los|combin|measur|expect|estimat|observ|achiev|obtain|report|overall|desir|requir|associat|averag|aggregat)(?:ing|ed|d)$/u
// Words after which an `-ing` or `-ed` word modifies the noun that follows.
const nounPhraseOpener = /^(?:the|a|an|its|their|our|higher|lower|faster|slower|better|worse|greater|achieved|achieves|achieve|reached|reaches|obtained|obtains|improves|boosts|raises)$/iu

/**
 * The last run of registry metrics written side by side (`energy MAE`): the
 * head of a phrase whose earlier metric words only modify it (`OOV-token
 * entity accuracy` is an accuracy).
 */
function lastRun(sentence: Sentence, mentions: readonly Mention[]): readonly Mention[] {
  const gap = (index: number): string => sentence.clean.slice(mentions[index - 1]!.end - sentence.start, mentions[index]!.start - sentence.start)
  // (A generic score closes no phrase: `CHAIR score` is CHAIR.)
  let last = mentions.length - 1
  if (last > 0 && mentions[last]!.name === 'score') last--
  let first = last
  while (first > 0 && /^\s$/u.test(gap(first))) first--
  // (Only across lower-case modifiers, not a list: `pass@1 and pass@5`.)
  return first > 0 && /^\s(?:(?!and\s|or\s)[a-z-]+\s){1,3}$/u.test(gap(first)) ? mentions.slice(first, last + 1) : mentions
}

/** A registry metric with the one or two nouns written before it (`acceptance length`). */
function extendLeft(sentence: Sentence, mention: Mention, gerunds = false): string {
  const before = sentence.clean.slice(Math.max(0, mention.start - sentence.start - 40), mention.start - sentence.start)
  // (`low-cost`: a word glued to the measure is part of another word.)
  if (before !== '' && !/\s$/u.test(before)) return mention.name
  const words = before.split(/\s+/u)
  if (words.at(-1) === '') words.pop()
  const kept: string[] = []
  // (The first word of the sentence counts without its capital: `Communication cost`.)
  const opening = mention.start - sentence.start <= 40 ? words[0] : undefined
  while (kept.length < 2 && words.length > 0) {
    const word = words.pop()!
    const lower = word.toLowerCase()
    // (`L2 error`: a norm's name is a word of the measure too.)
    // (`GPU utilization`, `KV cache`: a computing resource is a word of the measure too.)
    // (`3D AP`, `2D IoU`: the dimensions a measure is taken in.)
    const shaped = /^[a-z][a-z-]{2,20}$|^L[0-9]$|^[1-4]D$|^(?:GPU|CPU|TPU|KV|VRAM|RAM)$/u.test(word) || (word === opening && words.length === 0 && /^\p{Lu}[a-z-]{2,20}$/u.test(word))
    // (`-ing` and `-ed` words are verbs, unless what comes before makes them
    // part of the noun phrase: `higher routing accuracy`, `achieved balanced
    // accuracies`, `faster encoding speeds`.)
    const inPhrase = (gerunds && /ing$/u.test(lower)) || (/(?:ed|ing)$/u.test(lower) && !participleAdjective.test(lower) && kept.length === 0 && nounPhraseOpener.test(words.at(-1) ?? ''))
    // (`a negative ICC`: a sign, unless written as part of a name, `Positive IoU`.)
    if (!shaped || stopWords.has(lower) || modifiers.test(lower) || /^(?:negative|positive)$/u.test(word) || (/(?:s|ed|ing|ly)$/u.test(lower) && !inPhrase)) break
    if (/^(?:improv|reduc|boost|increas|decreas|lower|rais|cut|enhanc|achiev|reach|attain|obtain|yield|report|get|gain|lift|shrink|shorten|match|show|giv|bring|deliver|provid|offer|exhibit|demonstrat|observ|see|caus|mak|help|allow|enabl|push)/u.test(lower)) break
    // (`CNN baseline F1 scores`: the comparator's word, not the measure's.)
    if (/^baselines?$/u.test(lower)) break
    kept.unshift(word === opening ? lower : word)
  }
  if (kept.length === 0) return mention.name
  // (`peak token usage`, not `peak tokens`: words joined to a measure join
  // it as written, or the phrase is one the abstract never wrote.)
  // (`class-level F1 scores`, `computational costs`: the registry's name,
  // where the words are it in the plural or with a generic `score`.)
  const written = sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start)
  const bare = written.toLowerCase().replace(/\sscores?$/u, '')
  const name = mention.name.toLowerCase()
  return `${kept.join(' ')} ${bare === name || bare === `${name}s` ? mention.name : written}`
}

// Verbs of a finding, which a measure's name never holds.
const clauseVerb = /\s(?:outperforms?|surpass(?:es)?|helps|improves|reaches|achieves|beats|exceeds|falls|drops|rises|remains|yields|leads|lags|trails)\b/u

/**
 * The measure a claim reports: a registry metric right after the number
 * (`97.1% accuracy`, `86.6% intent accuracy`, `82.95% lower latency`), the
 * noun phrase after a change word (`a 26.5% increase in user-rated
 * usefulness`, `28% fewer tokens`), the noun before one (`77% length
 * reduction`), a noun phrase right after the number (`0.815 task quality`),
 * the measure the verb changes (`reduces tool calls by 73.1%`, `an accuracy of
 * 67.0`), the time of an activity (`inference takes 112 ms`), the rate of a
 * share (`detects 97.1% of fabrications`: detection rate) or a human
 * preference (`raters preferred X in 71% of cases`). Never across
 * another number; null when the text only says "performance".
 *
 * @example
 * resolveMetric(draft)
 */
export function resolveMetric(draft: Draft): string | null {
  const timed = isTimeUnit(draft.anchor.unit) ? activityTime(draft) : null
  // `takes 0.31 s, a 14× speedup`: the row's value is the time, its measure the activity's.
  if (timed && draft.value !== null && draft.delta !== null) return timed
  // A share of the performance kept is that, whatever measures the sentence
  // names (`a 3.3x speedup in latency while retaining over 94% of the original
  // performance`); of a named measure, it is that measure (`retains 98.7% of
  // the full-precision accuracy`), when nothing closer names one.
  const kept = draft.anchor.unit === '%' ? nameRetainedMetric(draft) : null
  // (So is the registry measure a share keeps: `retained 99.71% of Virchow2's Macro-AUC`.)
  if (kept === 'performance retained' || (kept !== null && !kept.endsWith(' retained'))) return kept
  // `preferred over the originals by human evaluators 79% of the time`: how
  // often one side is preferred (the registry's `human preference`), whatever
  // else the sentence measures.
  if (draft.anchor.unit === '%' && draft.delta === null && draft.sentence.lower.includes('prefer') && preferredShare(draft)) return 'human preference'
  const read = findMetric(draft)
  // (A clause is no measure: `web materially outperforms binary (74.3% vs. 25.3%)`.)
  const found = read !== null && clauseVerb.test(read) ? null : read === 'score' ? namedScore(draft) : read
  // A rate or an energy written as a unit is the measure (`17.4 FPS`,
  // `1,840 tok/s`, `221 frame/s`, `18 μJ/inf`), whatever a list shares.
  const rate = rateMeasure(draft.anchor.unit, found)
  if (rate) return rate
  if (found === null && draft.anchor.unit === '%') {
    const share = kept ?? nameShareMetric(draft)
    if (share) return share
  }
  return found ?? timed ?? averagePartnerMetric(draft) ?? countMeasure(draft) ?? openingMetric(draft.sentence)
}

/**
 * `promising Dice scores, particularly SAM achieving scores of up to 0.894`:
 * the bare `scores` of a number are the scores the sentence named before it
 * (one registry measure, written as its scores); else just `score`.
 */
function namedScore(draft: Draft): string {
  const {sentence} = draft
  const written = (mention: Mention): string => sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start)
  const before = sentence.metrics.filter((mention) => mention.end <= draft.tokens[0]!.start)
  // (In running text, both in the plural: not a label, `GEdit Overall Score: 5.09`.)
  const bare = before.at(-1)
  const named = before.filter((mention) => mention.name !== 'score')
  const only = named.length === 1 ? named[0]! : undefined
  return only && bare?.name === 'score' && written(bare) === 'scores' && /\sscores$/u.test(written(only)) ? only.name : 'score'
}

/**
 * The measure of a bound and the average given with it, read from either
 * (`reduces chiplet cost by up to 58% (20% geometric mean)`, `up to 47% (6%
 * geometric mean) lower cost`).
 */
function averagePartnerMetric(draft: Draft): string | null {
  const {sentence, anchor} = draft
  const at = sentence.tokens.indexOf(anchor)
  const next = sentence.tokens[at + 1]
  const previous = sentence.tokens[at - 1]
  const partner = next && averageAside.test(sentence.lower.slice(anchor.end - sentence.start, anchor.end - sentence.start + 40)) ? next : previous && averageAside.test(sentence.lower.slice(previous.end - sentence.start, previous.end - sentence.start + 40)) ? previous : undefined
  return partner ? findMetric({...draft, tokens: [partner], anchor: partner, value: null}) : null
}

const preferredBefore = /\bpreferr?(?:ed|s|ing)?\b[^.;%]{0,80}$/u
const ofTheTime = /^\s?(?:of\s(?:the\s)?(?:time|cases|comparisons|pairs|trials))\b/u

/** Whether a share says how often one side is preferred (`preferred … 78% of the time`). */
function preferredShare(draft: Draft): boolean {
  const {before, after} = readWindows(draft.sentence, [draft.anchor])
  return ofTheTime.test(after) && preferredBefore.test(before)
}

/**
 * The measure a sentence opens with, which its scores are in: `Under F1,
 * Sonnet 4.6 leads (60.9) …`, `In terms of BLEU, …`.
 */
function openingMetric(sentence: Sentence): string | null {
  const mention = sentence.metrics[0]
  if (!mention || !/^\s{0,2}(?:under|in terms of|measured by|by|with respect to)\s(?:the\s)?$/u.test(sentence.lower.slice(0, mention.start - sentence.start))) return null
  return /^\s?(?:scores?\s|metrics?\s)?,/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 10)) ? mention.name : null
}

const countVerb =
  /\b(prove[sd]?|solve[sd]?|resolve[sd]?|pass(?:es|ed)?|answer(?:s|ed)?|complete[sd]?|fix(?:es|ed)?|detect(?:s|ed)?|finds?|found|wins?|won)\s(?:(?:only|just|about|nearly|over|up to|correctly)\s)?$/u

// `solves` → `solved`, `fixes` → `fixed`, `finds` → `found`.
function participle(verb: string): string {
  if (/ed$|^found$|^won$/u.test(verb)) return verb
  if (/^finds?$/u.test(verb)) return 'found'
  if (/^wins?$/u.test(verb)) return 'won'
  const stem = /(?:ss|x)es$/u.test(verb) ? verb.slice(0, -2) : verb.replace(/s$/u, '')
  return stem.endsWith('e') ? `${stem}d` : `${stem}ed`
}

/**
 * The measure of a count out of a total (`proved 5 out of 148 problems`:
 * problems proved; `scored 73 out of 76 points`: points).
 */
function countMeasure(draft: Draft): string | null {
  const {sentence, anchor} = draft
  const unit = anchor.unit
  const outOf = /^\s?out of\b/u.test(sentence.lower.slice(anchor.end - sentence.start, anchor.end - sentence.start + 8))
  if (!outOf || unit === null || !/^[a-z]{3,15}$/u.test(unit)) return null
  if (unit === 'points') return 'points'
  const verb = countVerb.exec(sentence.lower.slice(Math.max(0, anchor.start - sentence.start - 30), anchor.start - sentence.start))
  return verb ? `${unit} ${participle(verb[1]!)}` : null
}

/**
 * The time of the activity before a time (`inference takes 112 ms`, `sampling
 * an image takes 0.31 s`, `trains in 6 minutes`, `generates a 3D avatar
 * within 15 minutes`, `completed the exam in around 10 minutes`, `less than 1
 * second to generate an image`).
 */
function activityTime(draft: Draft): string | null {
  const first = draft.tokens[0]!
  const takes = activityTakes.exec(draft.sentence.lower.slice(Math.max(0, first.start - draft.sentence.start - 80), first.start - draft.sentence.start))
  if (takes) return `${takes[1]} time`
  const done = doneIn.exec(draft.sentence.lower.slice(Math.max(0, first.start - draft.sentence.start - 60), first.start - draft.sentence.start))
  if (done) return doneTime[done[1]!] ?? 'completion time'
  // `taking less than 1 second to generate a 1024×1024 image`.
  const to = /^\s{0,3}to\s(train|generat|render|reconstruct)\w*/u.exec(draft.sentence.lower.slice(first.end - draft.sentence.start, first.end - draft.sentence.start + 30))
  return to ? doneTime[to[1]!]! : null
}

const doneIn = /\b(train|complet|finish|generat|render|reconstruct)\w*\s(?:[^\s,;.]+\s){0,8}?(?:in|within)\s(?:(?:only|just|about|around|roughly|under|less than)\s)?$/u
const doneTime: Record<string, string> = {train: 'training time', generat: 'generation time', render: 'rendering time', reconstruct: 'reconstruction time'}

const activityTakes = /\b(inference|training|decoding|generation|encoding|prefill|retrieval|search|sampling|planning|rendering)\s(?:[^\s,;.]+\s){0,5}?takes\s(?:(?:only|just|about|roughly|around|under|less than)\s)?$/u

function findMetric(draft: Draft): string | null {
  const {sentence} = draft
  const first = draft.tokens[0]!
  const last = draft.tokens.at(-1)!
  const value = draft.tokens.find((token) => token.value === draft.value && token.low === null) ?? first
  // (An item of a slash list is in the measure written after the whole list:
  // `by 12.8% / 9.4% / 7.0% Recall@1`.)
  const listEnd = first.list?.at(-1)
  for (const token of new Set([value, first, ...(listEnd ? [listEnd] : [])])) {
    const found = metricAfter(sentence, token)
    if (found) return found
  }
  if (last !== value && last !== first) {
    // (With two scores, the measure named before them wins over the word
    // after a third number: `reduces inference latency from 73ms to 6.7ms
    // (a 10.9-fold speedup)` is in latency.)
    const named = draft.value !== null && draft.baselineValue !== null ? metricBefore(sentence, first) : null
    const found = named ?? metricAfter(sentence, last)
    if (found) return found
  }
  const windows = readWindows(sentence, [last])
  // `2.8x faster than X`, `speeding up decoding by 2.18x`: a speed.
  const speed = speedOf(sentence, last, windows.after)
  if (speed) return speed
  // `24% more accurate than X`: the accuracy.
  if ((last.unit === '%' || last.unit === 'x') && /^\s{0,3}(?:more|less)\saccurate\b/u.test(windows.after)) return 'accuracy'
  // `travel 73% farther than X`: the distance.
  if ((last.unit === '%' || last.unit === 'x') && /^\s{0,3}farther\b/u.test(windows.after)) return 'distance'
  // `up to 20% more factual and 10% more useful than X`: the quality the
  // adjective names, as written.
  const quality = last.unit === '%' || last.unit === 'x' ? /^\s{0,3}(?:more|less)\s([a-z]{3,}(?:al|ful|ive|able|ible|ant|ent|ous|ic))(?=\s(?:than|and|or)\b|[,;.)]|$)/u.exec(windows.after) : null
  if (quality) return quality[1]!
  // `1.1% performance loss`: the number names its measure, if vaguely; a
  // metric written before it is another item's (`77% length reduction with
  // only 1.1% performance loss`).
  if (vagueChange.test(windows.after)) return null
  for (const token of new Set([first, value])) {
    const found = metricBefore(sentence, token)
    if (found) return found
  }
  // Or later in the same clause (`… 59 percent pass@1`), not the object of
  // another change (`(by 1-2%) with a significant reduction in memory`).
  // (A number inside an example's parenthesis measures nothing past its end.)
  const inParen = /\((?:e\.g\.|i\.e\.)[^()]*$/u.test(windows.before)
  // (Nor past a participle clause: `(1.81s vs. 14.50s) and introducing no additional memory overhead`.)
  // (Past the next number too: `97.1% and 87.0%, while the static memory
  // footprint drops` ends the clause at the comma after the list.)
  const clauseEnd = sentence.lower.slice(windows.afterStart, windows.afterStart + 40).search(inParen ? clauseBreakInParen : clauseBreak)
  const afterStart = sentence.start + windows.afterStart
  const later = sentence.metrics.find(
    (mention) =>
      mention.start >= afterStart &&
      mention.start <= afterStart + Math.min(40, clauseEnd === -1 ? 40 : clauseEnd) &&
      // `across seven reward model benchmarks`: a metric word naming something else.
      !isModifierOrVerb(sentence, mention) &&
      // (`over the no-memory baseline`: part of a compound adjective.)
      sentence.clean[mention.start - sentence.start - 1] !== '-' &&
      // `48.3% of issues at an average cost of $1`: the label of the next number.
      !/^\s(?:of|is|was|at)\s[^a-z\s]{0,2}\d/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 12)) &&
      // `achieves 26.98 with only 450M parameters`: what the system has, not the measure.
      // (Nor what it costs: `by 6 points at a seventh of its compute`.)
      !/\b(?:with|without|using)\b|\bat\s(?:a|an|the|its|their|half|lower|less|reduced|similar|comparable|no)\b/u.test(sentence.lower.slice(afterStart - sentence.start, mention.start - sentence.start)) &&
      // (Past another number only in a list: `74.8% in-domain and 71.6%
      // out-of-domain accuracy`, not `sacrifices 4.3% for 68% length reduction`.)
      !sentence.tokens.some((other) => other.start >= afterStart && other.end <= mention.start && /\b(?:for|with|at|while|but|to|from|by)\b|\(/u.test(sentence.lower.slice(afterStart - sentence.start, other.start - sentence.start)))
  )
  return later?.name ?? null
}

// Where a clause ends after a number: a comma, a participle clause, another change.
// (`… in aggregate metrics and exhibits a coefficient of variation …`: a
// verb with its object after `and` opens another clause.)
const clauseBreakSource = String.raw`\band\s[a-z]{3,}ing\b|\band\s(?:also\s)?[a-z]{3,}(?:s|ed)\s(?:a|an|the|its|their|our)\s|\b(?:reductions?|improvements?|increases?|decreases?|gains?|savings?|sav(?:es|ed)|reduc(?:es|ed|ing))\b`
const clauseBreak = new RegExp(`[,;]|${clauseBreakSource}`, 'u')
const clauseBreakInParen = new RegExp(`[,;)]|${clauseBreakSource}`, 'u')

const speedVerb = /\b(?:(?:speed(?:s|ing)?|sped)\sup\s(?:the\s)?|accelerat(?:es|ed|ing|e)\s(?:the\s)?)([^\s,;][^,;]{0,59}?\s)?by\s(?:(?:up to|about|approximately|nearly|over|around|roughly|>|~)\s?)?$/u
const speedActivity = /^(?:inference|training|decoding|generation|pre-?filling|prefill|encoding|sampling|rendering|retrieval|search|convergence)\s$/u

/**
 * The speed a number states: `2.8x faster than X` (a speed), `training is
 * 1.6× faster` (the activity's speed), `speeding up
 * decoding by up to 2.18x` (the activity's speed), `accelerates X by 2x`
 * (a speed-up).
 */
function speedOf(sentence: Sentence, token: NumberToken, after: string): string | null {
  if (token.unit !== 'x' && token.unit !== '%') return null
  const before = sentence.lower.slice(Math.max(0, token.start - sentence.start - 60), token.start - sentence.start)
  if (/^\s{0,3}(?:faster|quicker|slower)\b(?!\s(?:inference|training|decoding|generation|convergence))/u.test(after)) {
    // `training is 1.6× faster`: the activity's speed.
    const activity = /\b([a-z][a-z-]{2,20})\s(?:is|runs|becomes)\s(?:(?:up to|about|roughly|nearly|over)\s)?$/u.exec(before)?.[1]
    return activity !== undefined && speedActivity.test(`${activity} `) ? `${activity} speed` : 'speed'
  }
  const verb = speedVerb.exec(before)
  if (!verb) return null
  return verb[1] !== undefined && speedActivity.test(verb[1]) ? `${verb[1].trim()} speed` : 'speed-up'
}

/**
 * The measure a rate or energy unit names, unless `found` already names a
 * speed (`a decoding speed of 5 token/s`): FPS, frame rate, throughput, energy.
 */
function rateMeasure(unit: string | null, found: string | null): string | null {
  // (`control at 7Hz`: the rate a system runs at, unless a rate is named, `30Hz frame rate`.)
  if (unit === 'Hz') return found !== null && /frequenc|rate/iu.test(found) ? null : 'frequency'
  // (`27.03 FPS, marking a 901 times speedup`: the speed-up is the margin's word, FPS the value's measure.)
  if (unit === null || (found !== null && /speed|throughput|rate|latency|fps/iu.test(found) && !/^speed-?up$/iu.test(found))) return null
  if (unit === 'FPS' || unit === 'TPS' || unit === 'QPS' || unit === 'tok/s') return unit
  if (/^frames?\/s$/u.test(unit)) return 'frame rate'
  // (`0.07m/s`: a velocity, whose measure the words name.)
  if ((unit.endsWith('/s') && unit !== 'm/s') || unit.endsWith(' per second')) return 'throughput'
  if (/J(?:\/[a-z]+)?$/u.test(unit)) return unit.includes('/') ? 'energy per inference' : 'energy'
  // (`consumes 0.36 kWh per 3,000 slides`.)
  if (/^[kMG]?Wh$/u.test(unit)) return 'energy'
  return null
}
