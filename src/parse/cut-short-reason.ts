import {endsSentence} from './ends-sentence.js'

// Whole abstracts that end without a full stop end with a link or a tag:
// `Code: this https URL`, `… at https://github.com/x/y`, `#CAD`, `@name`.
const endsWithLink = /(?:https?:\/\/\S+|\bURL|[#@][\p{L}\p{N}_]+)$/u

/**
 * The reason of a `truncated-record` message for a listing's last abstract
 * that has no meta lines after it and stops mid-sentence (a copy cut short
 * inside it), or undefined when the abstract ends like a whole text.
 *
 * @example
 * cutShortReason('It improves accuracy by 3.2% on the held')
 * // 'Expected the last abstract to end a sentence, not the end of the listing after `…It improves accuracy by 3.2% on the held`'
 * cutShortReason('It improves accuracy. Code: this https URL') // undefined
 */
export function cutShortReason(abstract: string): string | undefined {
  const value = abstract.trimEnd()
  if (value === '' || endsSentence(value) || endsWithLink.test(value)) return undefined
  const tail = Array.from(value.slice(-80)).slice(-40).join('')
  return `Expected the last abstract to end a sentence, not the end of the listing after \`…${tail}\``
}
