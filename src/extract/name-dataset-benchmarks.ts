import {countNameMarks} from './count-name-marks.js'
import type {Mention, Sentence} from './types.js'

// `on the Replica dataset`, `using the Figshare MRI dataset`, `on the AR
// Table benchmark`: one or two capitalised words between `the` and a word
// for a data set name one. (After an article only: `on English data` names
// a language, and the article makes the words a name.)
// (Or `our` and a word or two: `on our multimodal ROAD subset`; after
// `the` too: `on the seven-language MultiSpider dataset`.)
// (Or brought in by the paper: `We introduce the X benchmark`, `Our new X
// benchmark`; not `The X benchmark` opening a sentence, a workload's name,
// nor one it builds, most often to train on: `we also construct the X dataset`.)
const namedData =
  /(?:\b(?:[Oo]n|of|[Ii]n|across|over|using|introduces?|introduced|presents?|presented|proposes?|proposed)\s(?:the|our)(?:\s[a-z][a-z-]{2,20}){0,2}|^\s?Our(?:\s[a-z][a-z-]{2,20}){0,2})\s(\p{Lu}[\p{L}\p{N}.+'’-]{1,29}(?:\s\p{Lu}[\p{L}\p{N}.+'’-]{1,29})?)\s(?:dataset|benchmark|corpus|test\sset|data\sset|suite|subset)\b/gu

// `We evaluate CryptoScope on LLM-CLVA, a benchmark of 92 cases`: a name
// (two capitals or digits at least) after `on` that the words after its
// comma call a data set.
const appositiveData =
  /\b(?:on|across)\s(\p{Lu}[\p{L}\p{N}.+'’-]{1,29}),\s(?:a|an|the)\s(?:[a-z-]+\s){0,3}(?:benchmark|dataset|suite|test\sset)\b/gu
// (Not what a system learns from: `trained on FlexMix, a corpus we curate`.)
const learnedOn = /\b(?:pre-?trained|trained|fine-?tuned|distilled|learn(?:s|ed|t)?|training)\s(?:only\s|solely\s)?$/u

const dataWord = /(?:dataset|benchmark|corpus|test set|data set|suite|subset)\b/u

/**
 * The data sets a sentence names with `the … dataset` (or `benchmark`,
 * `corpus`, `test set`), or calls one after a comma (`on X, a benchmark`),
 * where the registries know none there: not a model, a metric, or a
 * benchmark already read, nor the paper's own system (`own`).
 *
 * @example
 * nameDatasetBenchmarks(sentence, []) // `… mIoU on the Replica dataset`: [{name: 'Replica', …}]
 */
export function nameDatasetBenchmarks(sentence: Sentence, own: readonly string[]): Mention[] {
  const found: Mention[] = []
  // (Most sentences name no data set: a plain test for the words first.)
  if (!dataWord.test(sentence.lower)) return found
  const add = (name: string, start: number) => {
    const end = start + name.length
    const overlaps = (mention: Mention) => mention.start < end && start < mention.end
    if (!own.includes(name) && ![...sentence.benchmarks, ...sentence.models, ...sentence.metrics].some(overlaps)) found.push({name, start, end})
  }
  if (sentence.clean.includes(' the ') || sentence.clean.includes(' our ') || /^\s?Our\s/u.test(sentence.clean)) {
    for (const match of sentence.clean.matchAll(namedData)) {
      // (A plain capitalised word names a part of data, not data: `On the
      // Challenge subset`; it must be called a dataset, benchmark or corpus.)
      if (countNameMarks(match[1]!) < 2 && !/\s(?:dataset|benchmark|corpus)$/u.test(match[0])) continue
      add(match[1]!, sentence.start + match.index + match[0].lastIndexOf(match[1]!, match[0].length - 4))
    }
  }
  if (sentence.clean.includes(', a') || sentence.clean.includes(', the ')) {
    for (const match of sentence.clean.matchAll(appositiveData)) if (countNameMarks(match[1]!) >= 2 && !learnedOn.test(sentence.lower.slice(Math.max(0, match.index - 30), match.index))) add(match[1]!, sentence.start + match.index + match[0].indexOf(match[1]!))
  }
  return found
}
