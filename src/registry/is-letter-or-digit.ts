const letterOrDigit = /^[\p{L}\p{N}]$/u

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
  return letterOrDigit.test(String.fromCodePoint(code))
}
