const SENTENCE_ENDS = '.!?。！？'
const SENTENCE_CLOSERS = '"\')]”’'

/**
 * Whether a text ends like a sentence: `.`, `!`, `?` (or their CJK forms),
 * maybe followed by one quote or bracket. Looks at the last two code units
 * only; the regex it replaces (`/[.!?。！？]["')\]”’]?$/u`) tried every
 * position of an abstract.
 *
 * @example
 * endsSentence('It works (see below).') // true
 * endsSentence('He said “yes.”') // true
 * endsSentence('A Title') // false
 */
export function endsSentence(value: string): boolean {
  const last = value.charAt(value.length - 1)
  if (last === '') return false
  if (SENTENCE_ENDS.includes(last)) return true
  const before = value.charAt(value.length - 2)
  return SENTENCE_CLOSERS.includes(last) && before !== '' && SENTENCE_ENDS.includes(before)
}
