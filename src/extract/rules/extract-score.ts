import {createDraft, type Rule} from '../create-draft.js'
import type {Draft} from '../types.js'

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-score'
 */
export const id = 'extract-score'

/**
 * A score reached: `achieves 97.1% accuracy`, `a pass@1 accuracy of 59
 * percent`, `an MRR of 35.1`. Runs last: every number the other rules did not
 * take, and that is not a change, is a score.
 *
 * @example
 * extractScore(sentence, new Set())
 */
export const extractScore: Rule = (sentence, taken) => {
  const drafts: Draft[] = []
  for (const token of sentence.tokens) {
    if (taken.has(token) || token.low !== null) continue
    taken.add(token)
    drafts.push(
      createDraft(id, sentence, [token], {
        value: token.value,
        unit: token.unit,
        confidence: token.unit === null ? 0.5 : 0.75
      })
    )
  }
  return drafts
}
