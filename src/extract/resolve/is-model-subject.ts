import type {Mention, NumberToken, Sentence} from '../types.js'
import {beatVerbs} from '../comparison-words.js'

// A name right after these words is a comparator or a setting, not the
// system the result belongs to.
const notSubject =
  /\b(?:than|over|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|comparable to|versus|vs\.?|against|relative to|of|from|using|use|uses|with|assistance of|e\.g\.,?|such as|like|includ\w+|via|based on|on top of|match\w*|rival\w*|unlike|among|under|teacher|distilled from|trained on|and|in|by|to|on)\s(?:(?:the|a|an|even|strong|larger|leading|proprietary|closed-source|open-source|latest|concurrent|baseline|state-of-the-art|sota|models?|such as|as)\s){0,4}$/u
// Comparison and setting words reach over a few words: `below the unpruned
// DINO baseline`, `with a ResNet-50 backbone`, and a comparison over an
// appositive: `surpasses the next-best model, Claude-sonnet-4, by 7.1%`.
const notSubjectFar =
  /\b(?:than|over|below|above|behind|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|versus|vs\.?|against|relative to|using|with|via|e\.g\.,?|such as|like|unlike|trail(?:s|ed|ing)?|preferred)\s(?:[\p{L}\p{N}-]{1,20}\s){0,3}$|\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s(?:[\p{L}\p{N}-]{1,20}\s){1,3}[\p{L}\p{N}-]{1,20},\s$/u
const inComparison = new RegExp(`\\b(?:${beatVerbs}|than|versus|vs\\.?|compared)\\b`, 'u')

/**
 * A comparison word a few words before a name: `than`, `outperforms`,
 * `compared with` (the name is compared with).
 *
 * @example
 * comparedWith.test('outperforms the strong ') // true
 */
export const comparedWith = /\b(?:than|over|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|versus|vs\.?|against|relative to)\s(?:[\p{L}\p{N}-]{1,20}\s){0,4}$/u

const withinOf = /\bwithin\s\S{1,12}(?:\s\S{1,12})?\sof\s(?:the\s)?$/u

/**
 * `when applied to a non-reasoning model (Qwen-2.5-7B-Instruct), our
 * framework boosts …`: the model the method is applied to.
 *
 * @example
 * appliedTo.test('when applied to a non-reasoning model (') // true
 */
export const appliedTo = /\bappl(?:y|ies|ied|ying)\s(?:it\s|them\s)?to\s(?:the\s|a\s|an\s)?(?:[a-z-]+\s){0,3}\(?$/u

const beaten = new RegExp(`\\b(?:${beatVerbs})\\b`, 'u')

/**
 * Whether a model mention is the subject of the result in its sentence,
 * not a comparator (`than X`, `outperforms X`) or a setting (`using X`).
 *
 * @example
 * isSubject(sentence, mention) // true for `X` in `X reaches 74.2%`
 */
export function isSubject(sentence: Sentence, mention: Mention): boolean {
  // `outperforms A by 5%, B by 3%`: a name followed by `by N` is compared with.
  if (/^\s?by\s[^a-z]{0,3}\d/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 12))) return false
  // (So is each name of a list after a verb of beating that labels its margin:
  // `outperforms closed models, e.g., Claude-3.7-Sonnet (+12.7%), GPT-4.1(+5.4%)`.)
  if (/^\s?\(\s?[+\-−]\s?\d/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 12)) && beaten.test(sentence.lower.slice(0, mention.start - sentence.start))) return false
  const before = sentence.lower.slice(Math.max(0, mention.start - sentence.start - 60), mention.start - sentence.start)
  // `the accuracy of Qwen2.5-7B from 30% to 48%` is the model's own score;
  // `outperforms the reported results of X` compares with X.
  // (`a win rate improvement of Llama-3-8B-Instruct from 22.9%` too.)
  // (`the KV cache size of Llama2-7B is reduced by 92.19%` too.)
  const scoreOf = /\b(?:accuracy|performance|score|results?|rate|improvements?|gains?|increases?|size|footprint|usage|latency|throughput|cost)\sof\s(?:the\s)?$/u.exec(before)
  if (scoreOf) return !comparedWith.test(before.slice(0, scoreOf.index))
  // `the agent built with Phi-3-mini improved by 103%`: the system it is built on.
  if (/\b(?:agents?|models?|systems?|polic(?:y|ies))\s(?:built|trained|fine-?tuned|based)\s(?:on|with|upon)\s$/u.test(before)) return true
  // `with LingBot-VA reaching 74.2%`: a name before its result verb is a subject.
  const after = sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 36)
  // (`our strongest GPT-4–based baseline achieving 39%`: the system built on it.)
  if (/^(?:[–-]based\s(?:baseline|model|agent|system|approach|pipeline)s?)?\s(?:(?:also|further)\s)?(?:achiev|reach|attain|scor|obtain|record|yield|hit)\w*/u.test(after)) return true
  // `neural re-ranking with RankLLaMA improves MAP from …`: the system a
  // technique runs with, when no other system is named before it in the clause
  // (not `fine-tuning Contriever with TimeNeg improves …`).
  if (/^\s(?:improv|boost)\w*/u.test(after) && /\bwith\s$/u.test(before)) {
    const other = sentence.models.some((model) => model.end <= mention.start && !/[,;]/u.test(sentence.lower.slice(model.end - sentence.start, mention.start - sentence.start)))
    if (!other) return true
  }
  // `frontier systems like OpenAI o3, which only obtains 40.8%`: the relative clause's subject.
  const clauseAfter = sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 40)
  if (/^,?\s(?:which|who|that)\s(?:(?:only|also|still|just|merely)\s)?(?:achiev|reach|attain|scor|obtain|record|hit|get|gets|solv|resolv)\w*/u.test(clauseAfter)) return true
  if (appliedTo.test(before)) return true
  // `With GPT-4 and our framework, we achieve …`: the model the method runs on.
  if (/\b(?:with|using)\s(?:the\s)?$/u.test(before) && /^\s(?:and|\+)\s(?:our|the proposed)\s/u.test(after)) return true
  // `…, Qwen2.5-7B from 10.7% to 53.3%, and Qwen3-8B from 42.6%`: `and`
  // after a number starts the next item of a list of results.
  // (Not in a comparison: `outperforming A by 41.3% to 35.7%, and B on MATH` lists comparators.)
  const listed = sentence.tokens.some((token) => token.end <= mention.start && /^\s?\)?,?\s(?:and|or)\s$/u.test(sentence.lower.slice(token.end - sentence.start, mention.start - sentence.start)))
  if (listed && !inComparison.test(sentence.lower.slice(0, mention.start - sentence.start))) return true
  // (`, with Gemma-3 27B close behind (0.89)`: the subject of an absolute phrase.)
  if (/\bwith\s$/u.test(before) && /^\s(?:close\sbehind|closely\sbehind|not\sfar\sbehind|a\sclose\ssecond|trailing|second)\b/u.test(after)) return true
  if (notSubject.test(before) || notSubjectFar.test(before) || withinOf.test(before)) return false
  // Names listed in parentheses (`(A, B, C)`) are examples, not the subject.
  const prefix = sentence.text.slice(0, mention.start - sentence.start)
  const open = prefix.lastIndexOf('(')
  if (open > prefix.lastIndexOf(')') && /,|\band\b/u.test(sentence.text.slice(open, (sentence.text.indexOf(')', open) + 1 || sentence.text.length)))) return false
  // `the DINO baseline`, `its Llama teacher`: named as the thing compared with.
  // (`plug the encoder into the LLaVA-1.5 framework`: a setting.)
  return !/^\s?(?:baselines?|counterparts?|teachers?|backbones?|frameworks?)\b/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 14))
}

/**
 * Whether `mention` is the one checkpoint a change is measured on (`+5.77% on
 * Qwen3-0.6B`): right after `on`, with a version or size, not a benchmark that
 * shares a family name (`7.5 points on Minerva`), not the first of several
 * (`3× on OPT-6.7B and OPT-30B`).
 *
 * @example
 * onCheckpoint(sentence, last, mention) // true for `+5.77% on Qwen3-0.6B`
 */
export function onCheckpoint(sentence: Sentence, last: NumberToken, mention: Mention): boolean {
  if (!/^\s?on\s$/u.test(sentence.lower.slice(last.end - sentence.start, mention.start - sentence.start))) return false
  // (A checkpoint has a version or a size: a bare family name after `on` may be a benchmark.)
  if (!/\d/u.test(mention.name)) return false
  if (sentence.benchmarks.some((other) => other.start < mention.end && mention.start < other.end)) return false
  return !/^(?:\s?,\s?(?:(?:and|or)\s)?|\s(?:and|or)\s)\p{Lu}/u.test(sentence.clean.slice(mention.end - sentence.start, mention.end - sentence.start + 8))
}

/**
 * Whether a model mention is an item of a written list of names (`A (7B), B (7B), and C`).
 *
 * @example
 * inModelList(sentence, mention) // true for `B` in `A (7B), B (7B), and C`
 */
export function inModelList(sentence: Sentence, mention: Mention): boolean {
  const after = sentence.clean.slice(mention.end - sentence.start, mention.end - sentence.start + 24)
  const before = sentence.clean.slice(Math.max(0, mention.start - sentence.start - 24), mention.start - sentence.start)
  const itemAfter = /^\s?(?:\([^()]{1,12}\))?,\s(?:and\s)?\p{Lu}/u.test(after)
  // (The word before `, ` or `, and `, past its parenthesis, is a name.)
  const lead = /,\s(?:and\s)?$/u.exec(before)
  const previousWord = lead ? before.slice(0, lead.index).replace(/\s?\([^()]{1,12}\)$/u, '').split(/\s/u).at(-1) ?? '' : ''
  const itemBefore = /^\p{Lu}/u.test(previousWord)
  return itemAfter && itemBefore
}
