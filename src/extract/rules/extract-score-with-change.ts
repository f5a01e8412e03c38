import {createDraft, type Rule} from '../create-draft.js'
import {cueOf} from '../read-cues.js'
import type {Draft} from '../types.js'

/** Id of the rule. */
export const id = 'extract-score-with-change'

/**
 * A score followed by its change in parentheses: `98.2% (+3.3%)`,
 * `67.0 (↑2.1)`, `68.3 on MRCR (+18.1)`; or a change followed by the score it reaches: `+21.1% (to
 * 46.1%)`. One claim with both value and delta.
 *
 * @example
 * extractScoreWithChange(sentence, new Set())
 */
export const extractScoreWithChange: Rule = (sentence, taken) => {
  const drafts: Draft[] = []
  const {tokens} = sentence
  for (let index = 0; index + 1 < tokens.length; index++) {
    const score = tokens[index]!
    const change = tokens[index + 1]!
    if (taken.has(score) || taken.has(change) || score.low !== null || change.low !== null) continue
    const between = sentence.lower.slice(score.end - sentence.start, change.start - sentence.start)
    if (score.sign === 1 && change.sign === 0 && /^\s{0,2}\(\s{0,2}to\s$/u.test(between) && score.unit === change.unit) {
      taken.add(score)
      taken.add(change)
      drafts.push(createDraft(id, sentence, [change, score], {value: change.value, delta: score.value, unit: score.unit, confidence: 0.85}))
      continue
    }
    // (The benchmark may sit between: `68.3 on MRCR (+18.1)`.)
    if (!/^\s{0,2}(?:(?:on|in|for)\s(?:the\s)?[^\s()]{2,30}\s{1,2})?\(\s{0,2}(?:↑|↓)?$/u.test(between) || (change.sign === 0 && !between.includes('↑'))) continue
    if (score.sign !== 0 || cueOf(sentence, score).change) continue
    taken.add(score)
    taken.add(change)
    drafts.push(
      createDraft(id, sentence, [score, change], {
        value: score.value,
        delta: change.sign === -1 || between.includes('↓') ? -change.value : change.value,
        unit: change.unit ?? score.unit,
        confidence: 0.85
      })
    )
  }
  return drafts
}
