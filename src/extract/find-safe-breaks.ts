// Where parse-english (retext) certainly ends a sentence and no plugin of it
// merges across: `… plain word. Next …`. The word before the full stop is
// four or more lower-case ASCII letters, or an all-capitals acronym (`SDS`),
// after a space, and no abbreviation of parse-latin or parse-english (those
// merge the full stop and the next sentence into the word); one space
// follows, then an upper-case ASCII letter (not a digit, lower-case letter,
// comma or closing mark: those are merged into the sentence before).
// parse-english `abbreviations` (matched lower-cased) and parse-latin
// `abbreviationPrefix`, copied: the packages do not export them.
const englishAbbreviation =
  /^(?:t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/u
const latinAbbreviation = /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/u

function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

// The word that ends at `end`, when it is plain: lower-case (four letters or
// more) or all capitals (two or more), after a space.
function plainWordBefore(text: string, end: number): string | undefined {
  let start = end
  const lower = isLower(text.charCodeAt(end - 1))
  const test = lower ? isLower : isUpper
  while (start > 0 && test(text.charCodeAt(start - 1))) start--
  if (end - start < (lower ? 4 : 2) || start === 0 || text[start - 1] !== ' ') return undefined
  return text.slice(start, end)
}

/**
 * The offsets just after each safe sentence-ending full stop of a text.
 * The text can be parsed by retext piece by piece between them (and the
 * space after each) with the same sentences as in one piece.
 *
 * @example
 * findSafeBreaks('It works well. Then it stops.') // [14]
 */
export function findSafeBreaks(text: string): number[] {
  const breaks: number[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf('. ', from)
    if (at === -1) return breaks
    from = at + 2
    if (!isUpper(text.charCodeAt(at + 2))) continue
    const word = plainWordBefore(text, at)?.toLowerCase()
    if (word === undefined || englishAbbreviation.test(word) || latinAbbreviation.test(word)) continue
    breaks.push(at + 1)
  }
}
