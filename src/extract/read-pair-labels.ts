import {countNameMarks} from './count-name-marks.js'
import type {Draft} from './types.js'

// `(NODE)` right after a score: the name of the system it is the score of.
const labelAfter = /^\s?\(([\p{Lu}][\p{L}\p{N}.+-]{1,20})\)/u

/**
 * The systems that label the two scores of a pair, each in a parenthesis
 * right after its score (`drops from 4.92 (NODE) to 0.26 (UDE)`): the
 * baseline score's and the value's, in that order; undefined unless both
 * are name-shaped (two capitals or digits) and differ.
 *
 * @example
 * readPairLabels(draft) // {baseline: 'NODE', value: 'UDE'}
 */
export function readPairLabels(draft: Draft): {baseline: string; value: string} | undefined {
  if (draft.baselineValue === null || draft.value === null || draft.tokens.length !== 2) return undefined
  const {sentence} = draft
  const [baseline, value] = draft.tokens[0]!.value === draft.value ? [draft.tokens[1]!, draft.tokens[0]!] : [draft.tokens[0]!, draft.tokens[1]!]
  const label = (end: number) => labelAfter.exec(sentence.clean.slice(end - sentence.start, end - sentence.start + 24))?.[1]
  const names = {baseline: label(baseline.end), value: label(value.end)}
  if (names.baseline === undefined || names.value === undefined || names.baseline === names.value) return undefined
  return countNameMarks(names.baseline) >= 2 && countNameMarks(names.value) >= 2 ? {baseline: names.baseline, value: names.value} : undefined
}
