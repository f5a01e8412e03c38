import {countNameMarks} from '../count-name-marks.js'
import type {Draft, Mention, Sentence} from '../types.js'

// `on AMC32`, `in IntPhys2`, `on the RoboTwin 2.0-Plus`: a name-shaped word
// after `on`/`in` names a benchmark the registry does not know.
const shapedWords = String.raw`([\p{Lu}][\p{L}\p{N}.+'’-]{1,30}(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.+-]{0,20}){0,2})`

/**
 * A name-shaped word after `on` or `in` in the words after a number, before
 * any comma (`… on AMC32`).
 *
 * @example
 * shapedAfter.exec(' on AMC32')?.[1] // 'AMC32'
 */
export const shapedAfter = new RegExp(String.raw`^[^,;]{0,30}?\b(?:on|in)\s(?:the\s)?` + shapedWords, 'u')

/**
 * `on average across VeroEval`: one name after `across` (not a list: `across MRI, CT, and X-ray benchmarks`).
 *
 * @example
 * shapedAcross.exec(' on average across VeroEval')?.[1] // 'VeroEval'
 */
export const shapedAcross = new RegExp(String.raw`^[^,;]{0,30}?\bacross\s(?:the\s)?` + shapedWords + String.raw`(?![\p{L}\p{N}.+'’-]|,\s\p{Lu}|,?\s(?:and|or)\s)`, 'u')

// `34.8% on X`, `58.3 AP on X`: `on` right after the number (or its unit word), not `and on`.
// (The measure may be written between: `+12.5 mIoU on CG-Bench`, `+7.4 T-F1 on X`.)
// (Or the change's noun with its words: `+28.4% relative accuracy improvement on GSM8K`.)
const onRightSource = String.raw`^\s{0,3}(?:(?!(?:and|or|but|while)\s)[A-Za-z%][\w%@-]{0,11}\s|(?:(?:relative|absolute|average)\s)?(?:[a-z-]{2,20}\s)?(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?)\s)?on\s(?:the\s)?`

/**
 * A name-shaped `on X` right after the number, or after its unit word or
 * measure (`+12.5 mIoU on CG-Bench`).
 *
 * @example
 * onRight.exec(' mIoU on CG-Bench')?.[1] // 'CG-Bench'
 */
export const onRight = new RegExp(onRightSource + shapedWords, 'u')

/**
 * `+6.6% for Search-QA`: a name-shaped `for X` right after a signed change,
 * too; one word: `for Software Engineering` names a domain.
 *
 * @example
 * forRight.exec(' for Search-QA')?.[1] // 'Search-QA'
 */
export const forRight = /^\s{0,3}for\s(?:the\s)?([\p{Lu}][\p{L}\p{N}.+'’-]{1,30})(?![\p{L}\p{N}]|\s\p{Lu})/u

/**
 * The words between a number and a name written right after it with `on`
 * (`34.8% on `, `+12.5 mIoU on `).
 *
 * @example
 * onRightGap.test(' mIoU on ') // true
 */
export const onRightGap = new RegExp(onRightSource + '$', 'u')

/**
 * A name-shaped word after `on` (not `in`) in the words after a number.
 *
 * @example
 * shapedAfterOn.exec(' in Output Alignment on ParaBench')?.[1] // 'ParaBench'
 */
export const shapedAfterOn = new RegExp(String.raw`^[^,;]{0,40}?\bon\s(?:the\s)?` + shapedWords, 'u')

/**
 * `on the catastrophic misuse dataset ClearHarm`: a name after the word for a data set.
 *
 * @example
 * datasetNamed.exec(' on the catastrophic misuse dataset ClearHarm')?.[1] // 'ClearHarm'
 */
export const datasetNamed = new RegExp(String.raw`^[^,;]{0,30}?\b(?:on|in)\s(?:the\s)?(?:[a-z-]+\s){0,3}(?:dataset|benchmark|corpus|testbed)\s` + shapedWords, 'u')

/**
 * `on the PVS benchmark`, `on our multimodal ROAD subset`: a name the noun after it calls data.
 * (`on the 1,560-language BIBLE benchmark`: a size among the words before it.)
 *
 * @example
 * nameThenData.exec(' on the PVS benchmark')?.[1] // 'PVS'
 */
export const nameThenData = new RegExp(String.raw`^[^;]{0,60}?\bon\s(?:the|our|a)\s(?:(?:[a-z-]+|\d[\d,.]*-[a-z]+)\s){0,2}` + shapedWords + String.raw`\s(?:benchmark|dataset|subset|split|suite|test\sset)\b`, 'u')

/**
 * `a Kwai F1 score of 0.574`: a capitalised name right before the measure of the number.
 *
 * @example
 * nameBeforeMeasure.exec('reaches a Kwai ')?.[1] // 'Kwai'
 */
export const nameBeforeMeasure = /(?:^|\s)(?:a|an|the)\s([\p{Lu}][\p{L}\p{N}.+-]{2,30})\s$/u

/**
 * Capitalised words before a measure that name no data set (`the Average F1`).
 *
 * @example
 * notDataName.test('Average') // true
 */
export const notDataName = /^(?:Top|Mean|Average|Overall|Macro|Micro|Weighted|Final|Test|Dev|Validation|Human|Total|Median|Best|New|High|Low|Higher|Lower|Peak|Relative|Absolute)$/u

/**
 * A name-shaped `on X` or `in X` in the words before a number (`on Vbvr-VQA with 74.8%`).
 *
 * @example
 * shapedBefore.exec('on Vbvr-VQA with ')?.[1] // 'Vbvr-VQA'
 */
export const shapedBefore = /\b(?:on|in)\s(?:the\s)?([\p{Lu}][\p{L}\p{N}.+'’-]{1,30})\s?(?:v\d{1,2}(?:\.\d{1,2}){0,2}\s)?(?:[:(]|with|at|,)?\s?[^,;:()]{0,30}$/u

const subsetLabel = /^(?:Level|Stage|Tier|Phase|Split|Fold|Round|Step|Part|Track|Type|Difficulty)[-\s]?\d{1,2}$/u

/**
 * Whether a word is shaped like a benchmark's name: two or more capitals and
 * digits (`AMC32`), or a name ending in `bench` (`Worfbench`); not a level or
 * a part of the data (`Level-3`).
 *
 * @example
 * isBenchmarkShaped('AMC32') // true
 * isBenchmarkShaped('Level-3') // false
 */
export function isBenchmarkShaped(word: string): boolean {
  // (`Worfbench`: a name ending in `bench` is one whatever its capitals.)
  if (/^\p{Lu}\p{Ll}{2,}bench$/u.test(word)) return true
  // (`on Level-3 tasks`, `Stage-2`: a level or a part of the data, not its name.)
  if (subsetLabel.test(word)) return false
  return countNameMarks(word) >= 2
}

/**
 * Whether the number before `token` is a score `on` a named benchmark, listed
 * with it: `0.404 on ETTh1 and 0.247 …`, `71.2 on MATH, 55.0 …`.
 *
 * @example
 * parallelOn(sentence, token, names) // true for `0.247` in `0.404 on ETTh1 and 0.247 on Weather`
 */
export function parallelOn(sentence: Sentence, token: Draft['tokens'][number], names: readonly Mention[]): boolean {
  const previous = sentence.tokens.filter((other) => other.end <= token.start).at(-1)
  if (previous === undefined) return false
  const gap = sentence.clean.slice(previous.end - sentence.start, token.start - sentence.start)
  // (Or a name of the shape read as one: `90.6% on OCID and 93.8% on Jacquard`.)
  const shaped = /^\s?on\s(?:the\s)?([\p{Lu}][\p{L}\p{N}.+-]{1,30})(?:,\s|\sand\s|,\sand\s)$/u.exec(gap)
  if (shaped && isBenchmarkShaped(shaped[1]!)) return true
  return names.some((mention) => mention.start >= previous.end && mention.end <= token.start && /^\s?on\s(?:the\s)?$/u.test(gap.slice(0, mention.start - previous.end)) && /^(?:,\s|\sand\s|,\sand\s)$/u.test(gap.slice(mention.end - previous.end)))
}
