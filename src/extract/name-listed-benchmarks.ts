import {countNameMarks} from './count-name-marks.js'
import type {Mention, Sentence} from './types.js'

// One item of the list: a name with at least two capitals or digits
// (`TG3K`, `DDTI`, `ISIC-2018`); a word with one capital (`English`) is not
// enough to tell a data set from a language or a place.
const item = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.+'’-]{0,29}[\p{L}\p{N}+]`
// `Experiments on TG3K, TN3K, DDTI, and PKTN achieve …`, `across the
// datasets BUSI, DDTI and TN3K`: names joined by commas and `and`,
// after `on`/`across`, with what comes right after the list.
const listAfterOn = new RegExp(
  String.raw`\b(?:on|across)\s(?:the\s)?(?:(?:[a-z-]+\s){0,2}(?:datasets?|benchmarks?|data\ssets?|cohorts?)\s)?(${item}(?:,\s${item})*,?\s(?:and|&)\s${item})(?=(.{0,24}))`,
  'gu'
)
// What the list must not be followed by: a kind of system or hardware
// (`on A100 and H100 GPUs`, `on Qwen3 and Llama backbones`), or a name
// going on (`and PKTN Plus`).
const notData = /^\s(?:\p{Lu}|(?:gpus?|tpus?|cpus?|models?|backbones?|architectures?|encoders?|llms?|vlms?|mllms?|agents?|devices?|platforms?|families|variants?|checkpoints?|hardware|clusters?|nodes?|machines?|servers?)\b)/u

// Not a number with its unit (`0.31s`, `8B`), nor a chip (`H100`, `RTX`, `TPUv5`).
const notName = /^(?:\p{N}[\p{N}.,]*\p{L}{0,2}%?|[ABHLTV]\d{2,4}\p{L}?|(?:RTX|GTX|TPU|NPU|GPU|CPU)\w*)$/u

function isShaped(word: string): boolean {
  return countNameMarks(word) >= 2 && !notName.test(word)
}

/**
 * The data sets a sentence lists by name after `on`/`across` where the
 * registries know none of them (`Experiments on TG3K, TN3K, DDTI, and PKTN
 * achieve Dice scores of …`): every item name-shaped, none a model the
 * registries know or the paper's own system (`own`). These are the names
 * a list of scores maps onto in order.
 *
 * @example
 * nameListedBenchmarks(sentence, ['ThyCLIPNet']) // [{name: 'TG3K', …}, …]
 */
export function nameListedBenchmarks(sentence: Sentence, own: readonly string[]): Mention[] {
  const found: Mention[] = []
  const base = sentence.start
  // (Most sentences list nothing after `on`: two plain tests first.)
  if (!(sentence.lower.includes(' on ') || sentence.lower.includes(' across ')) || !/\s(?:and|&)\s/u.test(sentence.lower)) return found
  for (const match of sentence.clean.matchAll(listAfterOn)) {
    const list = match[1]!
    if (notData.test(match[2]!)) continue
    const listStart = base + match.index + match[0].indexOf(list)
    const names: Mention[] = []
    for (const part of list.matchAll(new RegExp(item, 'gu'))) {
      const start = listStart + part.index
      names.push({name: part[0], start, end: start + part[0].length})
    }
    if (!names.every((name) => isShaped(name.name) && !own.includes(name.name))) continue
    // (Two names are a list only where the sentence maps them, `respectively`:
    // `on LongBench and RAG benchmarks` names one data set and a kind of task.)
    // (Nor a name before a kind of data, `SWE-bench and RL micro-benchmarks`.)
    if (names.length === 2 && (!/\brespectively\b/u.test(sentence.lower) || /^\s[a-z-]*(?:benchmarks?|datasets?|tasks?|suites?)\b/u.test(match[2]!))) continue
    // A list with a model in it is a list of systems.
    const overlapping = (mentions: readonly Mention[], name: Mention) => mentions.some((mention) => mention.start < name.end && name.start < mention.end)
    if (names.some((name) => overlapping(sentence.models, name))) continue
    // (The names the registry already knows stay as read.)
    found.push(...names.filter((name) => !overlapping(sentence.benchmarks, name) && !overlapping(sentence.metrics, name)))
  }
  return found
}
