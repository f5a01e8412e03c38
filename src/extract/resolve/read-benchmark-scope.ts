import {peopleWords} from '../people-words.js'
import type {Draft, Sentence} from '../types.js'

/**
 * Results over many benchmarks name none of them.
 *
 * @example
 * aggregate.test('across all six benchmarks') // true
 */
export const aggregate =
  /\b(?:across|over|on|averaged over|in)\s(?:all|the|several|multiple|various|many|diverse|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a range of|a suite of|a variety of)\b[^.;,]{1,40}?\b(?:benchmarks|datasets|tasks|domains|suites|environments|settings|evaluations|languages)\b/u
const listAggregate = /^[^,;]{0,30}?\b(?:across|over|on)\s(?:all\s|the\s)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|all)\s(?:[a-z-]+\s){0,2}(?:benchmarks|datasets|suites)\b/u

/**
 * The words before the data a model was trained on (`When pretrained on
 * Objects365, …`): not a benchmark it is evaluated on.
 *
 * @example
 * trainedOn.test('when pretrained on ') // true
 */
export const trainedOn = /\b(?:pre-?trained|trained|fine-?tuned|distilled|pretraining|training)\s(?:only\s|solely\s|exclusively\s)?on\s(?:the\s)?$/u
const madeFrom = /\b(?:translated|derived|adapted|converted)\s(?:[a-z-]+\s){0,2}from\s(?:the\s)?$/u

/**
 * A study with people (`user study`, `human evaluation`, `of users`, `experts
 * preferred`), not a run on a data set.
 *
 * @example
 * userStudy.test('69% of users rated it best') // true
 */
export const userStudy = new RegExp(
  `\\b(?:user stud(?:y|ies)|human evaluations?|(?:of|by)\\s(?:the\\s)?(?:[a-z-]+\\s)?${peopleWords}(?![\\s-](?:average|level|baseline|performance|scores?))|${peopleWords}\\s(?:preferred|rated|chose|favou?red|judged))\\b`,
  'u'
)

// The benchmarks an abstract names, computed once per abstract.
const abstractCache = new WeakMap<readonly Sentence[], string[]>()

/**
 * The benchmarks the sentences of an abstract name, each once.
 *
 * @example
 * abstractBenchmarks(sentences) // ['SWE-bench Verified', 'HumanEval']
 */
export function abstractBenchmarks(sentences: readonly Sentence[]): string[] {
  let names = abstractCache.get(sentences)
  if (!names) {
    names = [...new Set(sentences.flatMap((sentence) => sentence.benchmarks.map((mention) => mention.name)))]
    abstractCache.set(sentences, names)
  }
  return names
}

/**
 * Data of the authors' own right after a number (`on the internal test set`).
 *
 * @example
 * ownData.test(' on the internal test set') // true
 */
export const ownData = /^\s?(?:[a-z%]+\s)?(?:on|in)\s(?:the\s|an?\s|our\s)?(?:internal|in-house|private|proprietary)\s(?:[a-z][a-z-]*\s){0,2}?(?:test\s|validation\s)?(?:sets?|splits?|datasets?|data|cohorts?)\b/u

// Per sentence, the one benchmark its earlier sentences name (null when they
// name none or several); computed once per abstract.
const earlierCache = new WeakMap<readonly Sentence[], Array<string | null>>()

/**
 * Per sentence (by its index), the one benchmark its earlier sentences name,
 * or null.
 *
 * @example
 * singleEarlier(sentences)[sentence.index] // 'GSM8K' after sentences naming only GSM8K
 */
export function singleEarlier(sentences: readonly Sentence[]): Array<string | null> {
  let singles = earlierCache.get(sentences)
  if (singles) return singles
  singles = []
  const seen = new Set<string>()
  for (const sentence of sentences) {
    singles[sentence.index] = seen.size === 1 ? [...seen][0]! : null
    for (const mention of sentence.benchmarks) {
      // (Not the data a model learnt from or a corpus was made from: `labels
      // translated from the Visual Genome dataset`, `pretrained on ImageNet`.)
      const before = sentence.lower.slice(Math.max(0, mention.start - sentence.start - 60), mention.start - sentence.start)
      if (!trainedOn.test(before) && !madeFrom.test(before)) seen.add(mention.name)
    }
  }
  earlierCache.set(sentences, singles)
  return singles
}

/**
 * Whether the items listed right after `token` (`15.3% and 5.1%`) end in
 * an aggregate over many benchmarks (`averaged across seven benchmarks`).
 *
 * @example
 * aggregateAfterList(sentence, token) // true for `15.3%` in `by 15.3% and 5.1% averaged across seven benchmarks`
 */
export function aggregateAfterList(sentence: Sentence, token: Draft['tokens'][number]): boolean {
  let at = sentence.tokens.indexOf(token)
  if (at === -1) return false
  let end = token.end
  for (let next = sentence.tokens[at + 1]; next !== undefined; next = sentence.tokens[++at + 1]) {
    if (!/^\s?(?:,\s?)?(?:and\s)?$/u.test(sentence.lower.slice(end - sentence.start, next.start - sentence.start))) break
    end = next.end
  }
  if (end === token.end) return false
  // (Of benchmarks or data sets: `on two tasks` may be parts of the one named.)
  const found = listAggregate.exec(sentence.lower.slice(end - sentence.start, end - sentence.start + 80))
  return found !== null
}
