import {comparativeWords, iouRange, savesBefore} from '../measure-words.js'
import {readWindows} from '../read-windows.js'
import type {NumberToken, Sentence} from '../types.js'
import {extendLeft, joinAdjacent, within} from './read-metric-mentions.js'
import {modifiers, readPhrase, stopWords, vague} from './read-metric-phrase.js'

// (LaTeX emphasis may leave blanks before `in`: `\emph{$>60\%$ reduction} in peak memory`.)
// (Not a change past a preposition, which is another's: `success rates of up
// to 70% with modest increase in attacker budget`.)
const changeNoun =
  /^\s{0,3}((?:(?!(?:with|without|and|but|while|whereas|at|for|to|by|from|than)\s)[a-z-]{1,20}\s){0,2})(?:improvements?|enhancements?|advantages?|gains?|increases?|boosts?|reductions?|decreases?|drops?|degradations?|declines?|accelerations?|speed-?ups?|rises?|savings?)\s{1,3}(?:in|of)\s(?:the\s|their\s|its\s)?/u
const changeOnNoun = /^\s{0,3}(?:[a-z-]{1,20}\s){0,2}(?:improvements?|enhancements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|degradations?|declines?)\son\s(?:the\s)?/u
const comparative = new RegExp(String.raw`^\s?(?:${comparativeWords})\s`, 'u')
const nounBeforeChange = /^\s?([a-z][a-z-]{1,20}(?:\s[a-z][a-z-]{1,20})?)\s(?:reductions?|decreases?|increases?|improvements?|gains?|drops?|savings?|speed-?ups?|uplifts?|boosts?|enhancements?)\b/u

// `in total`, `in practice`: phrases of manner, not what a number is in.
// (Nor data or repetitions: `in independent datasets`, `in five iterations`.)
const dataIn = /(?:^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|all|most|some)\s)|(?:datasets?|data|benchmarks?|settings?|tasks?|domains?|cases?|scenarios?|environments?|iterations?|rounds?|steps?|epochs?|trials?|runs?|experiments?|studies|languages?|splits?|subsets?|models?|samples?|episodes?)$/u
// (Phrases of manner; the idioms among them, which a comparative cannot take
// either: `in practice`, `in general`, `in theory`.)
const idioms = 'total|practice|particular|general|addition|parallel|aggregate|expectation|theory|principle|part|sum|short|turn|contrast|comparison|fact|return|reality|summary|advance|order'
const adverbialIn = new RegExp(`^(?:${idioms}|average|time|simulation|inference|training|deployment|production|testing|evaluation|size|length|magnitude|number|median|mean|absolute|relative)\\b`, 'u')
const idiomIn = new RegExp(`^(?:${idioms})$`, 'u')

// Where a list item's noun phrase after `in` ends: `13% in designability
// and …`, `… in Relevance compared to …`.
const itemEnd = String.raw`(?=[,;)]|\.(?:\s|$)|\sand\b|\s(?:compared|relative|over|than|while|whereas)\b|$)`
const plainNoun = new RegExp(String.raw`^([a-z][a-z-]{2,20}(?:\s[a-z][a-z-]{2,20})?)${itemEnd}`, 'u')
const titledNoun = new RegExp(String.raw`^(\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20}){0,2})${itemEnd}`, 'u')
// A noun of a quality, by its suffix (`designability`, `catalytic
// efficiency`, `faithfulness`; in title case also `Relevance`,
// `Coherence`), not a state, a group or a field (`in reality`, `in Science`).
const measureNoun = /(?:ity|ness|ency)$/u
const titledSuffix = /(?<!(?:fer|ci|sequ|vid|st|s))ence$|(?<!(?:perform|inst|fin|guid|govern|alli))ance$/u
const notMeasureNoun = /\b(?:reality|totality|entirety|majority|minority|community|society|city|university|priority|emergency|currency|agency|business|darkness|awareness)$/u

function isQualityNoun(phrase: string, titled: boolean): boolean {
  const lower = phrase.toLowerCase()
  return (measureNoun.test(lower) || (titled && titledSuffix.test(lower))) && !notMeasureNoun.test(lower)
}

// The capitals that open the words of a name: `Current Relative-time Score` → `CRS`.
function initialsOf(name: string): string {
  return name
    .split(/[\s-]/u)
    .map((word) => word[0]!)
    .filter((letter) => /\p{Lu}/u.test(letter))
    .join('')
}

// `93.09% weighted average F1 score`, `normalized mean error`: a word in
// -ed that says how a measure is computed, not a verb of another clause.
const measureAdjective = /^(?:un)?(?:weighted|balanced|normali[sz]ed|averaged|adjusted|calibrated|standardi[sz]ed)$/iu

const titledMeasure = /^\s?((?:\p{Lu}\p{Ll}+\s){1,3}(?:Rate|Ratio|Score|Index|Accuracy|Precision|Recall|Compliance|Coverage|Error|Similarity|Consistency|Fidelity|Quality))(?![\p{L}\p{N}-])/u

/**
 * The measure named right after a number.
 *
 * @example
 * metricAfter(sentence, token) // 'accuracy' for `97.1% accuracy`
 */
export function metricAfter(sentence: Sentence, token: NumberToken): string | null {
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
    // A cost in free text: `in quantization time`, `in training cost`, `in
    // multiplier power`; or a loss, as written: `in contrastive loss`, `in
    // CoCa loss`.
    const cost = /^([a-z][a-z-]{2,20}\s(?:time|cost|latency|memory|throughput|speed|loss|power|energy|area|footprint|consumption))\b/u.exec(sentence.lower.slice(at - base, at - base + 40))
    if (cost) return sentence.clean.slice(at - base, at - base + cost[1]!.length)
    // `achieves only 61.79% in awareness and 37.73% in compliance`: a plain
    // noun that ends the item, where no measure is named before the number.
    // (A score's only: a change in an unnamed measure reads as relative; nor
    // the next item of a list of changes, `by 12.77% in decision making and
    // 12.49% in …`.)
    const score = token.sign === 0 && !/\b(?:by|of|improvements?|gains?|increases?|boosts?|lifts?)\s(?:(?:up to|about|over|nearly|around)\s)?$/u.test(windows.before.slice(-30)) && !/\bby\s(?:up to\s)?[+\-−]?\d/u.test(sentence.lower.slice(Math.max(0, token.start - base - 80), token.start - base))
    const plain = plainNoun.exec(sentence.clean.slice(at - base, at - base + 44))?.[1]
    // (A change may be in a quality the noun names by its suffix, where a
    // task or a domain would not be: `improvements of 13% in designability
    // and 13% in catalytic efficiency`, not `12.77% in decision making`.)
    const quality = plain !== undefined && isQualityNoun(plain, false)
    // (Nor a way of learning or a task, `5.2% in reinforcement learning`.)
    if (plain && (score || quality) && !/ing$/u.test(plain) && !adverbialIn.test(plain) && !dataIn.test(plain) && !sentence.metrics.some((mention) => mention.end <= token.start && token.start - mention.end < 80)) {
      const phrase = readPhrase(plain)
      if (phrase === plain) return phrase
    }
    // (So is a quality written in title case, an item of a list of changes:
    // `18.61% in Sufficiency and 13.22% in Relevance`.)
    const titledQuality = plain === undefined ? titledNoun.exec(sentence.clean.slice(at - base, at - base + 44))?.[1] : undefined
    if (titledQuality && isQualityNoun(titledQuality, true) && ![...sentence.benchmarks, ...sentence.models].some((mention) => mention.start === at)) return titledQuality
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
    // (`79 percent solution quality gains in TSP benchmarks`: the words before
    // the change word name what changed; what it is in is where.)
    // (Not a speed-up's: `1.8x end-to-end acceleration in async RL training`.)
    const before = change[1]!.trim() === '' || /speed-?ups?\s|accelerations?\s/u.test(change[0]) ? null : readPhrase(change[1]!.trim())
    const inMeasure = sentence.metrics.some((mention) => mention.start >= from && mention.start <= from + 2)
    // (Not past a preposition: `improvement in annotator agreement on claim
    // faithfulness` is in the agreement.)
    // (Nor past a comma or another number: `an 89% reduction in false braking
    // events, a 100% success rate` is not in the success rate.)
    const found = sentence.metrics.find(
      (mention) =>
        mention.start >= from &&
        mention.start <= from + 30 &&
        !/\s(?:on|for|across|over|under|with|at|in)\s|[,;]/u.test(sentence.lower.slice(from - base, mention.start - base)) &&
        !sentence.tokens.some((other) => other.start >= from && other.end <= mention.start)
    )
    // `a 62.5% reduction in average token generation delay`: a registry word
    // inside a longer noun phrase is not the measure; the phrase is.
    const longer = found && /^\s[a-z][a-z-]{2,20}(?:\s|[,.;]|$)/u.test(sentence.clean.slice(found.end - base, found.end - base + 22)) && !stopWords.has(sentence.lower.slice(found.end - base + 1).split(/[\s,.;]/u)[0]!)
    // (`a 40% reduction in camera motion errors`: with the nouns before it.)
    // (Right after `in`, an `-ing` word is a noun of the phrase: `a 215%
    // improvement in rigging accuracy`.)
    if (found && !longer) return found.start > from + 1 ? extendLeft(sentence, found, true) : found.name
    if (before !== null && !inMeasure && !vague.test(before)) return before
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
    if (paren !== -1 || lead.some((word) => stopWords.has(word.toLowerCase()) || (/(?:s|ed)$/u.test(word.toLowerCase()) && !measureAdjective.test(word)))) {
      // `1.7 positions and reduces inference cost`: another clause's measure.
    } else {
    while (lead.length > 0 && modifiers.test(lead[0]!.toLowerCase())) lead.shift()
    const named = within(sentence.benchmarks, afterStart, registry.start).length + within(sentence.models, afterStart, registry.start).length
    // (`8.5x higher token throughput`: adjacent registry words are one measure.)
    const joined = joinAdjacent(sentence, sentence.metrics.slice(sentence.metrics.indexOf(registry)))
    if (lead.length === 0 || named > 0) return joined.name
    // (`time-to-next-token`: a word glued by a hyphen stays glued.)
    // (`weighted average F1 score`: the words before a measure's `score`
    // name the measure, whose registry name has no `score`.)
    const written = sentence.clean.slice(joined.start - base, joined.end - base)
    const measure = /\sscores?$/iu.test(written) && !/\sscore$/iu.test(joined.name) ? joined.name : written
    return `${lead.join(' ')}${lead.at(-1)!.endsWith('-') ? '' : ' '}${measure}`
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
    // (`10% lighter than X`: what is lighter weighs less.)
    if (/^\s?(?:lighter|heavier)\b/u.test(head)) return 'weight'
    // (`3x fewer attempts`: a plural after `fewer` is a count, a noun whatever a tagger says.)
    // (`36% lower bitrates`: so is a plural after a comparative of size.)
    const counted = /^\s?(?:fewer|more|lower|higher|smaller|larger)\s([a-z]{3,20}s)\b(?!\s[a-z]+s?\b(?!\s))/u.exec(head)?.[1]
    if (counted && !vague.test(counted) && !stopWords.has(counted)) return counted
    // (`400x larger DeepSeek R1`: a name after the comparative is what is larger, not a measure.)
    // (`4X greater in valid generation density`: the measure after `in`.)
    const rest = headRaw.replace(comparative, '').replace(/^in\s(?:the\s)?(?=[a-z])/u, '')
    const phrase = /^\s?\p{Lu}/u.test(rest) ? null : readPhrase(rest)
    // (Not an idiom with `in`: `20% faster in practice`; `smaller in size` is the size.)
    const adverbial = phrase !== null && rest !== headRaw.replace(comparative, '') && idiomIn.test(phrase)
    if (phrase && !adverbial) return phrase
  }
  const noun = nounBeforeChange.exec(head)
  if (noun) {
    // (Unless the change noun ends a registry measure: `17% increased information gain`.)
    const changeStart = afterStart + noun[0].indexOf(noun[1]!) + noun[1]!.length + 1
    const whole = sentence.metrics.find((mention) => mention.start > afterStart && mention.start < changeStart && mention.end === afterStart + noun[0].length)
    if (whole) return whole.name
    const phrase = readPhrase(noun[1]!)
    if (phrase) return phrase
  }
  // A plain noun phrase right after the number (`0.815 task quality`), up to
  // a word that opens another phrase or clause (`43.0% SLA compliance but …`).
  // (`$71\%$ explained variance`: LaTeX blanked to spaces may come first.)
  if (/^\s{1,3}[a-z]/u.test(head) && !/^\s{1,3}(?:on|in|for|of|at|with|and|or|to|by|over|across|compared|than|while|when|vs|per|versus|against|above|below|beyond|behind|ahead)\b/u.test(head)) {
    // (Or before the comparison in parentheses, `99% information consistency
    // (vs. 92% for humans)`, or what it is between or when: `a 95% agreement
    // rate between AI and experts`, `10% disparity when measured`.)
    // (Four words when a participle leads: `67% improved user QoS satisfaction`.)
    const phrase = /^\s{1,3}((?:reduced|improved|increased|decreased|lowered|greater|higher|lower)\s(?:[a-z][a-z-]{1,24}\s?){1,3}|(?:[a-z][a-z-]{1,24}\s?){1,3})(?=[,.;]|\)(?!\S)|\s\((?:vs\.?|versus|compared|against)\s|\s\([a-z]{2,6}\)|\s(?:on|in|for|at|and|but|with|within|without|compared|than|over|across|while|whereas|which|from|against|under|using|between|when)(?![\w-])|$)/u.exec(head)
    // (As written: `0.74 GenEval`, not `geneval`.)
    const at = phrase ? phrase[0].length - phrase[1]!.length : 0
    // (Up to the parenthesis the number opens, with two words or more:
    // `(75.53% rejection rate)`, not `(4x peak)`.)
    const closed = phrase !== null && /^\)/u.test(head.slice(phrase[0].length)) && (!/\(\s?[+\-−]?$/u.test(windows.before) || !/\s\S/u.test(phrase[1]!.trim()))
    if (phrase && !/ing\s?$/u.test(phrase[1]!) && !closed) return readPhrase(headRaw.slice(phrase.index + at, phrase.index + at + phrase[1]!.length))
  }
  return null
}
