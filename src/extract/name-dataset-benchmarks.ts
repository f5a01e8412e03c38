import type {Mention, Sentence} from './types.js'

// `on the Replica dataset`, `using the Figshare MRI dataset`, `on the AR
// Table benchmark`: one or two capitalised words between `the` and a word
// for a data set name one. (After an article only: `on English data` names
// a language, and the article makes the words a name.)
// (Or `our` and a word or two: `on our multimodal ROAD subset`.)
const namedData =
  /\b(?:on|of|in|across|over|using)\s(?:the|our(?:\s[a-z][a-z-]{2,20}){0,2})\s(\p{Lu}[\p{L}\p{N}.+'’-]{1,29}(?:\s\p{Lu}[\p{L}\p{N}.+'’-]{1,29})?)\s(?:dataset|benchmark|corpus|test\sset|data\sset|suite|subset)\b/gu

/**
 * The data sets a sentence names with `the … dataset` (or `benchmark`,
 * `corpus`, `test set`) where the registries know none there: not a model,
 * a metric, or a benchmark already read, nor the paper's own system (`own`).
 *
 * @example
 * nameDatasetBenchmarks(sentence, []) // `… mIoU on the Replica dataset`: [{name: 'Replica', …}]
 */
export function nameDatasetBenchmarks(sentence: Sentence, own: readonly string[]): Mention[] {
  const found: Mention[] = []
  // (Most sentences name no data set so: a plain test first.)
  if (!sentence.clean.includes(' the ') && !sentence.clean.includes(' our ')) return found
  for (const match of sentence.clean.matchAll(namedData)) {
    const name = match[1]!
    const start = sentence.start + match.index + match[0].lastIndexOf(name, match[0].length - 4)
    const end = start + name.length
    const overlaps = (mention: Mention) => mention.start < end && start < mention.end
    if (own.includes(name) || [...sentence.benchmarks, ...sentence.models, ...sentence.metrics].some(overlaps)) continue
    found.push({name, start, end})
  }
  return found
}
