import {readFullStop} from './read-full-stop.js'

// Where parse-english (retext) certainly ends a sentence and no plugin of it
// merges across: a `.` that ends a sentence (see `readFullStop`), or a `?` or
// `!`, then one space, then a capital or digit, or `(` or `[` and a letter
// or digit (a lower-case letter, comma or closing mark would be merged into
// the sentence before). The sentence after has a word, so no merge of a
// wordless sentence crosses the break (but a wordless first sentence is merged
// into the next one: then no break is safe).
const candidate = /[!.?] (?:[0-9A-Z]|[([][0-9A-Za-z])/gu

/**
 * The offsets just after each safe sentence-ending mark of a text. The text
 * can be parsed by retext piece by piece between them (and the space after
 * each) with the same sentences as in one piece.
 *
 * @example
 * findSafeBreaks('It works well. Then it stops? No.') // [14, 29]
 */
export function findSafeBreaks(text: string): number[] {
  const breaks: number[] = []
  const firstMark = text.search(/[!.?\u2026\u203D]/u)
  if (firstMark === -1 || !/[0-9A-Za-z]/u.test(text.slice(0, firstMark))) return breaks
  candidate.lastIndex = 0
  for (let found = candidate.exec(text); found !== null; found = candidate.exec(text)) {
    const at = found.index
    if (text[at] !== '.' || readFullStop(text, at) === 'ends') breaks.push(at + 1)
  }
  return breaks
}
