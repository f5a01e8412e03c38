import type {Draft, Mention} from './types.js'

/**
 * `A, B, and C achieve 56.38%, 26.91%, and 33.60%, respectively`: the numbers
 * listed before "respectively" map in order onto the models (or else the
 * benchmarks) named before them in the sentence.
 *
 * @example
 * applyRespectively(drafts)
 */
export function applyRespectively(drafts: readonly Draft[]): void {
  const bySentence = new Map<number, Draft[]>()
  for (const draft of drafts) {
    const list = bySentence.get(draft.sentence.index) ?? []
    list.push(draft)
    bySentence.set(draft.sentence.index, list)
  }
  for (const list of bySentence.values()) {
    const sentence = list[0]!.sentence
    const at = sentence.lower.indexOf('respectively')
    if (at === -1) continue
    const end = sentence.start + at
    const items = list.filter((draft) => draft.anchor.start < end)
    // The items are the last run of claims before "respectively".
    const run = items.slice(-Math.min(items.length, 8))
    if (run.length < 2) continue
    const first = run[0]!.anchor.start
    const distinct = (mentions: Mention[]): Mention[] =>
      mentions.filter((mention, index) => mentions.findIndex((other) => other.name === mention.name) === index)
    const models = distinct(sentence.models.filter((mention) => mention.end <= first))
    const benchmarks = distinct(
      sentence.benchmarks.filter(
        (mention) =>
          mention.end <= first && !sentence.models.some((model) => model.start <= mention.start && mention.end <= model.end)
      )
    )
    if (models.length >= run.length) {
      const names = models.slice(-run.length)
      run.forEach((draft, index) => (draft.model = names[index]!.name))
    } else if (benchmarks.length >= run.length) {
      const names = benchmarks.slice(-run.length)
      run.forEach((draft, index) => (draft.benchmark = names[index]!.name))
    }
  }
}
