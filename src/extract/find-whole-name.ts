import type {Mention, Sentence} from './types.js'

/**
 * Where a sentence writes `name` as a whole word (no letter or digit glued
 * to either end: `Dream-VL` is not inside `Dream-VLA`), as mentions with the
 * abstract's offsets.
 *
 * @example
 * findWholeName(sentence, 'SCUBA') // [{name: 'SCUBA', start: 120, end: 125}]
 */
export function findWholeName(sentence: Sentence, name: string): Mention[] {
  const found: Mention[] = []
  if (name === '') return found
  for (let at = sentence.text.indexOf(name); at !== -1; at = sentence.text.indexOf(name, at + name.length)) {
    if (/[\p{L}\p{N}]/u.test(sentence.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(sentence.text[at + name.length] ?? '')) continue
    found.push({name, start: sentence.start + at, end: sentence.start + at + name.length})
  }
  return found
}
