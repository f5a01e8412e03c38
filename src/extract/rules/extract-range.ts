import {createDraft, type Rule} from '../create-draft.js'
import {cueOf} from '../read-cues.js'
import type {Draft} from '../types.js'

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-range'
 */
export const id = 'extract-range'

/**
 * A range (`70%-85%`, `4-16x`, `17–24%`, `40--80%`, `23% to 51%`): fills
 * `valueLow`/`valueHigh` and leaves value and delta empty.
 *
 * @example
 * extractRange(sentence, new Set())
 */
export const extractRange: Rule = (sentence, taken) => {
  const drafts: Draft[] = []
  for (const token of sentence.tokens) {
    if (taken.has(token) || token.low === null || token.high === null) continue
    taken.add(token)
    const cues = cueOf(sentence, token)
    drafts.push(
      createDraft(id, sentence, [token], {
        valueLow: token.low,
        valueHigh: token.high,
        unit: token.unit,
        change: cues.change,
        confidence: 0.8
      })
    )
  }
  return drafts
}
