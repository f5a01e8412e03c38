import {measureHeads} from './measure-words.js'
import type {Sentence} from './types.js'

// `detection rate (DR)`, `mean opinion score (MOS)`: an acronym in
// parentheses after a measure's phrase whose words it spells.
const acronymInParens = /\((\p{Lu}{2,6})\)/gu
// (The shared heads of a measure's name, and three more an acronym may
// spell: `index`, `distance`, and the `scale` of a rating instrument,
// `Cognitive Therapy Rating Scale (CTRS)`.)
const measureHead = new RegExp(String.raw`^(?:${measureHeads}|index|distance|scale)$`, 'iu')

/**
 * A measure an abstract defines by an acronym the registry does not know
 * (`detection rate (DR)`) is a measure wherever the acronym is written
 * again: `AVs achieved an average DR of 34%` is in detection rate. Adds the
 * mentions, under the defined phrase's name, where no other name is read.
 *
 * @example
 * nameDefinedMeasures(sentences)
 */
export function nameDefinedMeasures(sentences: readonly Sentence[]): void {
  let defined: Map<string, string> | undefined
  for (const sentence of sentences) {
    if (!sentence.clean.includes('(')) continue
    for (const match of sentence.clean.matchAll(acronymInParens)) {
      const acronym = match[1]!
      const before = sentence.clean.slice(Math.max(0, match.index - 80), match.index).trimEnd()
      const words = before.split(/[\s-]+/u).slice(-acronym.length)
      if (words.length !== acronym.length || !measureHead.test(words.at(-1)!) || !words.every((word, index) => /^\p{L}+$/u.test(word) && word[0]!.toUpperCase() === acronym[index])) continue
      // (As written, from its acronym's first word: `Agent Self-Poisoning Rate`.)
      ;(defined ??= new Map()).set(acronym, before.slice(before.lastIndexOf(words[0]!, before.length - words.slice(1).join(' ').length - 1)))
    }
  }
  if (!defined) return
  for (const sentence of sentences) {
    if (sentence.tokens.length === 0) continue
    let added = false
    for (const [acronym, name] of defined) {
      for (let at = sentence.clean.indexOf(acronym); at !== -1; at = sentence.clean.indexOf(acronym, at + 1)) {
        const start = sentence.start + at
        const end = start + acronym.length
        // (Whole words only, and not the definition's own `(RCA)`; a score in
        // parentheses after it is a use: `(RCA 0.27)`.)
        if (/[\p{L}\p{N}-]/u.test(sentence.clean[at - 1] ?? '') || /[\p{L}\p{N}-]/u.test(sentence.clean[at + acronym.length] ?? '') || (sentence.clean[at - 1] === '(' && sentence.clean[at + acronym.length] === ')')) continue
        if ([...sentence.metrics, ...sentence.benchmarks, ...sentence.models].some((mention) => mention.start < end && start < mention.end)) continue
        sentence.metrics.push({name, start, end})
        added = true
      }
    }
    if (added) sentence.metrics.sort((a, b) => a.start - b.start)
  }
}
