import type {Mention, Sentence} from '../types.js'
import {modifiers, stopWords} from './read-metric-phrase.js'

/**
 * The mentions that lie wholly between two offsets.
 *
 * @example
 * within(sentence.metrics, at, at + label.length)
 */
export function within(mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions.filter((mention) => mention.start >= from && mention.end <= to)
}

/**
 * A metric word used as something else: a modifier (`reward model`, `loss
 * function`, `memory baseline`) or a verb (`scores 70.6`).
 *
 * @example
 * isModifierOrVerb(sentence, mention) // true for `reward model`
 */
export function isModifierOrVerb(sentence: Sentence, mention: Mention): boolean {
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
 *
 * @example
 * joinAdjacent(sentence, sentence.metrics.slice(first)).name // 'energy MAE'
 */
export function joinAdjacent(sentence: Sentence, mentions: readonly Mention[]): Mention {
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
const nounPhraseOpener = /^(?:the|a|an|its|their|our|higher|lower|faster|slower|better|worse|greater|achieved|achieves|achieve|reached|reaches|obtained|obtains|improves|boosts|raises|maximum|minimum|mean|average|median|peak|overall|total)$/iu

/**
 * The last run of registry metrics written side by side (`energy MAE`): the
 * head of a phrase whose earlier metric words only modify it (`OOV-token
 * entity accuracy` is an accuracy).
 *
 * @example
 * lastRun(sentence, registry) // the `accuracy` of `OOV-token entity accuracy`
 */
export function lastRun(sentence: Sentence, mentions: readonly Mention[]): readonly Mention[] {
  const gap = (index: number): string => sentence.clean.slice(mentions[index - 1]!.end - sentence.start, mentions[index]!.start - sentence.start)
  // (A generic score closes no phrase: `CHAIR score` is CHAIR.)
  let last = mentions.length - 1
  if (last > 0 && mentions[last]!.name === 'score') last--
  let first = last
  while (first > 0 && /^\s$/u.test(gap(first))) first--
  // (Only across lower-case modifiers, not a list: `pass@1 and pass@5`.)
  return first > 0 && /^\s(?:(?!and\s|or\s)[a-z-]+\s){1,3}$/u.test(gap(first)) ? mentions.slice(first, last + 1) : mentions
}

/**
 * A registry metric with the one or two nouns written before it (`acceptance length`).
 *
 * @example
 * extendLeft(sentence, mention) // 'acceptance length'
 */
export function extendLeft(sentence: Sentence, mention: Mention, gerunds = false): string {
  const before = sentence.clean.slice(Math.max(0, mention.start - sentence.start - 40), mention.start - sentence.start)
  // (`low-cost`: a word glued to the measure is part of another word.)
  if (before !== '' && !/\s$/u.test(before)) return mention.name
  const words = before.split(/\s+/u)
  if (words.at(-1) === '') words.pop()
  const kept: string[] = []
  // (The first word of the sentence counts without its capital: `Communication cost`.)
  const opening = mention.start - sentence.start <= 40 ? words[0] : undefined
  // (The word before the words kept, once the loop stops.)
  let stop: string | undefined
  while (kept.length < 2 && words.length > 0) {
    const word = words.pop()!
    stop = word
    const lower = word.toLowerCase()
    // (`L2 error`: a norm's name is a word of the measure too.)
    // (`GPU utilization`, `KV cache`: a computing resource is a word of the measure too.)
    // (`3D AP`, `2D IoU`: the dimensions a measure is taken in; `top-10
    // gene accuracy`, `95th percentile latency`: the cutoff it is taken at.)
    const shaped = /^[a-z][a-z-]{2,20}$|^L[0-9]$|^[1-4]D$|^(?:GPU|CPU|TPU|KV|VRAM|RAM)$|^[Tt]op-?\d{1,3}$|^\d{1,2}(?:st|nd|rd|th)$/u.test(word) || (word === opening && words.length === 0 && /^\p{Lu}[a-z-]{2,20}$/u.test(word))
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
    stop = words.at(-1)
  }
  // (Nor, before a symbol, the object of an `of`: `coefficient of
  // determination R^2` is R^2; `the number of model parameters` keeps its words.)
  if (kept.length === 0 || (stop?.toLowerCase() === 'of' && !/^[a-z]/u.test(sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start)))) return mention.name
  // (`peak token usage`, not `peak tokens`: words joined to a measure join
  // it as written, or the phrase is one the abstract never wrote.)
  // (`class-level F1 scores`, `computational costs`: the registry's name,
  // where the words are it in the plural or with a generic `score`.)
  const written = sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start)
  const bare = written.toLowerCase().replace(/\sscores?$/u, '')
  const name = mention.name.toLowerCase()
  return `${kept.join(' ')} ${bare === name || bare === `${name}s` ? mention.name : written}`
}
