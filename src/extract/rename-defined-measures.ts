import {definesAcronym} from './defines-acronym.js'
import type {Sentence} from './types.js'

/**
 * `52.65% test Final Pass Rate (FPR)`: an abstract that defines an acronym
 * the registry spells out otherwise (FPR, a false positive rate) means its
 * own expansion, in that sentence and the later ones. Registry measures
 * named by an acronym (`Word Error Rate (WER)`) or spelled as defined keep
 * their name.
 *
 * @example
 * renameDefinedMeasures(sentences)
 */
export function renameDefinedMeasures(sentences: readonly Sentence[]): void {
  let defined: Map<string, string> | undefined
  for (const sentence of sentences) {
    for (const mention of sentence.metrics) {
      const expansion = definesAcronym(mention, sentence.clean, sentence.start)
      if (expansion === undefined || !mention.name.includes(' ') || fold(expansion) === fold(mention.name)) continue
      ;(defined ??= new Map()).set(sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start), expansion)
      // (A registry measure inside the expansion, `Pass Rate` of `Final Pass
      // Rate`, is the expansion too.)
      const end = mention.start - 1 - (sentence.clean[mention.start - sentence.start - 2] === ' ' ? 1 : 0)
      const start = end - expansion.length
      sentence.metrics = sentence.metrics.map((inner) => (inner.start >= start && inner.end <= end ? {name: expansion, start, end} : inner))
    }
  }
  if (!defined) return
  for (const sentence of sentences) {
    sentence.metrics = sentence.metrics.map((mention) => {
      const expansion = defined.get(sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start))
      return expansion === undefined ? mention : {...mention, name: expansion}
    })
  }
}

function fold(name: string): string {
  return name.toLowerCase().replace(/s\b/gu, '').replace(/[\s-]+/gu, ' ')
}
