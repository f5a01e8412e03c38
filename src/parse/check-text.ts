import {createMessage} from '../message/create-message.js'
import type {Message} from '../schema/message.js'

// Like git: a NUL in the first 8,000 characters means binary data.
const NUL_WINDOW = 8000
// Mostly replacement characters (U+FFFD) or control codes: bytes decoded as
// text, not a listing.
const MAX_GARBLED_SHARE = 0.3
// The codes `garbledShare` counts: control codes other than tab, line feed,
// vertical tab, form feed and carriage return; DEL; U+FFFD.
// eslint-disable-next-line regexp/no-control-character -- control codes are what it looks for
const GARBLED = /[\0-\b\u000E-\u001F\u007F\uFFFD]/

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
  return checkTextParts([text])
}

/**
 * `checkText` of the text the parts make when joined, without joining them
 * (a joined copy of a large text costs more than the checks).
 *
 * @example
 * checkTextParts(['Nov 12\n\n', 'A title']) // undefined
 * checkTextParts([' ', '\n'])?.ruleId // 'empty-input'
 */
export function checkTextParts(parts: readonly string[]): Message | undefined {
  if (parts.every((part) => part.trim() === '')) {
    return createMessage('Expected a listing, not empty input', {ruleId: 'empty-input'})
  }

  let length = 0
  let garbled = 0
  let hasNul = false
  for (const part of parts) {
    if (length < NUL_WINDOW && part.slice(0, NUL_WINDOW - length).includes('\u0000')) hasNul = true
    length += part.length
    // Listings hold none of these: a regex scan saves the count (a third of the time, measured).
    if (GARBLED.test(part)) garbled += countGarbled(part)
  }

  if (hasNul || garbled / length > MAX_GARBLED_SHARE) {
    return createMessage('Expected text, not binary data', {ruleId: 'binary-input', fatal: true})
  }

  return undefined
}

function countGarbled(text: string): number {
  let garbled = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Control codes other than tab, line feed, vertical tab, form feed, carriage return.
    if (code === 0xfffd || code < 9 || (code > 13 && code < 32) || code === 127) garbled++
  }

  return garbled
}
