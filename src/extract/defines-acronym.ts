import type {Mention} from './types.js'

/**
 * The words an acronym in parentheses spells, when the text defines it right
 * there (`mean Value-Order Correlation (VOC)` → `Value-Order Correlation`),
 * else undefined. `text` is the sentence, `offset` where it starts in the
 * abstract (the mention's offsets are the abstract's).
 *
 * @example
 * definesAcronym({name: 'Pascal VOC', start: 24, end: 27}, 'mean Value-Order Correlation (VOC)'.padStart(34), 0)
 */
export function definesAcronym(mention: Mention, text: string, offset: number): string | undefined {
  const start = mention.start - offset
  if (text[start - 1] !== '(' || text[mention.end - offset] !== ')') return undefined
  const letters = text.slice(start, mention.end - offset)
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return undefined
  const before = text.slice(Math.max(0, start - 80), start - 1).trimEnd()
  const words = before.split(/[\s-]+/u).slice(-letters.length)
  if (words.length !== letters.length || !words.every((word, index) => word[0]?.toUpperCase() === letters[index])) return undefined
  // The expansion as written: from its first word to the parenthesis.
  const first = words[0]!
  return before.slice(before.lastIndexOf(first, before.length - words.slice(1).join(' ').length - 1))
}
