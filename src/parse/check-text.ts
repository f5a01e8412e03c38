import {createMessage} from '../message/create-message.js'
import type {Message} from '../schema/message.js'

// Like git: a NUL in the first 8,000 characters means binary data.
const NUL_WINDOW = 8000
// Mostly replacement characters (U+FFFD) or control codes: bytes decoded as
// text, not a listing.
const MAX_GARBLED_SHARE = 0.3

/**
 * Check that a string is text worth parsing: a message when it is empty
 * (or only whitespace), and a fatal message when it is binary data (a NUL
 * near the start, or mostly U+FFFD and control characters). Undefined when
 * it is fine.
 *
 * @example
 * checkText('')?.ruleId // 'empty-input'
 * checkText('\u0000\u0001PK')?.ruleId // 'binary-input'
 * checkText('Nov 12') // undefined
 */
export function checkText(text: string): Message | undefined {
  if (text.trim() === '') {
    return createMessage('Expected a listing, not empty input', {ruleId: 'empty-input'})
  }

  if (text.slice(0, NUL_WINDOW).includes('\u0000') || garbledShare(text) > MAX_GARBLED_SHARE) {
    return createMessage('Expected text, not binary data', {ruleId: 'binary-input', fatal: true})
  }

  return undefined
}

function garbledShare(text: string): number {
  let garbled = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Control codes other than tab, line feed, vertical tab, form feed, carriage return.
    if (code === 0xfffd || code < 9 || (code > 13 && code < 32) || code === 127) garbled++
  }

  return garbled / text.length
}
