import {createDraft, type Rule} from '../create-draft.js'
import {cueOf} from '../read-cues.js'
import type {Draft} from '../types.js'

/**
 * A stated change: `improves accuracy by 4%`, `+4.9%`, `an 8.6% absolute
 * improvement`, `by 7.6 points`, `a 9.48-point gain`, `28% fewer tokens`,
 * `reducing latency by 4.2x`, `20x less compute`, `a 15.7% decrease`. The
 * wording signs it (`reduce`, `fewer`, `loss`, `within` are negative). The
 * rule id says which cue fired: `extract-ratio`, `extract-reduction`,
 * `extract-by-delta`, `extract-change-word`.
 *
 * @example
 * extractChange(sentence, new Set())
 */
export const extractChange: Rule = (sentence, taken) => {
  const drafts: Draft[] = []
  for (const token of sentence.tokens) {
    if (taken.has(token) || token.low !== null) continue
    const cues = cueOf(sentence, token)
    if (!cues.change) continue
    taken.add(token)
    const rule =
      token.unit === 'x'
        ? 'extract-ratio'
        : cues.negative
          ? 'extract-reduction'
          : cues.comparator || /\bby\s/u.test(sentence.lower.slice(Math.max(0, token.start - sentence.start - 20), token.start - sentence.start))
            ? 'extract-by-delta'
            : 'extract-change-word'
    drafts.push(
      createDraft(rule, sentence, [token], {
        delta: cues.negative ? -token.value : token.value,
        unit: token.unit,
        confidence: token.unit === null ? 0.6 : 0.8
      })
    )
  }
  return drafts
}
