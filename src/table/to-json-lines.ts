import type {Claim} from '../schema/claim.js'
import {toRow} from './to-row.js'

/**
 * Write claims as JSON Lines: one JSON object per line with the snake_case
 * keys of `CLAIM_COLUMNS` in order, nulls as `null`, U+2028/U+2029 escaped, and a line break after
 * every line (so the output of several calls can be concatenated). No claims
 * give an empty string.
 *
 * @example
 * toJsonLines(claims)
 * // '{"paper":"RL Tango","model":"Tango",…,"confidence":0.9}\n'
 */
export function toJsonLines(claims: readonly Claim[]): string {
  let text = ''
  for (const claim of claims) text += JSON.stringify(toRow(claim)).replace(/[\u2028\u2029]/g, escape) + '\n'
  return text
}

// `JSON.stringify` escapes `\n` and `\r` inside strings but not U+2028/U+2029,
// which some line readers (Python's `splitlines`, editors) take as line breaks.
function escape(character: string): string {
  return '\\u' + character.charCodeAt(0).toString(16)
}
