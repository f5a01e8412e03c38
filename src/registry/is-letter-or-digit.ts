const letterOrDigit = /^[\p{L}\p{N}]$/u

// Answers for the Basic Multilingual Plane, filled on first use (0 unknown,
// 1 yes, 2 no): a sentence full of `é` or `–` tests the regex once per code.
const known = new Uint8Array(0x10000)

/**
 * Whether a code point is a letter or a number of any script (`\p{L}`,
 * `\p{N}`). ASCII is answered without a regex: the hand-written scanners of
 * the matchers call this once per character of every sentence.
 *
 * @example
 * isLetterOrDigit('a'.codePointAt(0)!) // true
 * isLetterOrDigit('-'.codePointAt(0)!) // false
 */
export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  if (code > 0xffff) return letterOrDigit.test(String.fromCodePoint(code))
  let answer = known[code]!
  if (answer === 0) {
    answer = letterOrDigit.test(String.fromCodePoint(code)) ? 1 : 2
    known[code] = answer
  }
  return answer === 1
}
