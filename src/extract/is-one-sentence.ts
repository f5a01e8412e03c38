import {readFullStop} from './read-full-stop.js'

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

// parse-latin white space (`\s` and U+0085) and the marks that can end a
// sentence or a paragraph.
const edge = /[\s\u0085]/u
const marks = /[\n\r!.?\u2026\u203D]/gu

// Whether retext keeps the sentence mark at `at` inside its sentence: a full
// stop between two words (`github.com`, `5.3`: one word), before one comma or
// semicolon (merged back; `,,` is one mark, which is not), or of an initialism
// or abbreviation before a space; any mark before a space and a lower-case
// letter (merged back).
function staysInSentence(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1)
  const mark = text[at]
  if (mark === '.' && isAlphanumeric(next) && isAlphanumeric(text.charCodeAt(at - 1))) return true
  if (mark === '.' && (next === 44 || next === 59)) return text.charCodeAt(at + 2) !== next
  if (next !== 32) return false
  if (isLower(text.charCodeAt(at + 2))) return true
  return mark === '.' && readFullStop(text, at) === 'stays'
}

// Closing marks and sentence marks: a text that ends with a run of them ends
// with wordless sentences, which retext merges into the one before.
const closing = new Set(['.', '!', '?', ')', ']', '}', '"', "'", '\u201D', '\u2019'])

/**
 * Whether retext (parse-english) parses a text as one sentence that spans
 * all of it: no white space at its ends, no line break, and every sentence
 * mark but the last one kept inside the sentence.
 *
 * @example
 * isOneSentence('See github.com, e.g. the code.') // true
 * isOneSentence('It works. We stop.') // false
 */
export function isOneSentence(text: string): boolean {
  if (text.length === 0 || edge.test(text[0]!) || edge.test(text.at(-1)!)) return false
  let tail = text.length
  while (tail > 0 && closing.has(text[tail - 1]!)) tail--
  // Jumping from mark to mark with a regular expression, not reading every
  // character, took splitSentences from 74 to 47 ms CPU on the seed ×40.
  marks.lastIndex = 0
  for (let found = marks.exec(text); found !== null && found.index < tail; found = marks.exec(text)) {
    if (found[0] === '\n' || found[0] === '\r' || found[0] === '\u2026' || found[0] === '\u203D' || !staysInSentence(text, found.index)) return false
  }
  return true
}
