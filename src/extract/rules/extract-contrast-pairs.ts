import {createScorePair, type Rule} from '../create-draft.js'
import type {Draft, NumberToken} from '../types.js'

// The clause that answers the first with the comparator's scores.
const contrast = /,?\s(?:whereas|while)\s/u
// `an F1-score of`, `accuracy of`: the measure a number is labelled with.
// (Its last word, which a verb or an article before it leaves alone.)
const labelBefore = /(?:^|\s)([a-z][a-z\d@-]{1,24})\s(?:of|=|:)\s?$/u
// The comparator's clause names a baseline, not another system of the paper.
const baselineClause = /^\s?(?:the\s|a\s|an\s)?(?:[a-z-]+\s)?(?:existing|prior|previous|baseline|standard|vanilla|original|conventional|traditional|state-of-the-art|sota|competing)\b/u

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-contrast-pairs'
 */
export const id = 'extract-contrast-pairs'

/**
 * Two lists of scores labelled by the same measures, in the same order, on
 * either side of `whereas`: `an F1-score of 0.62 and an accuracy of 0.73,
 * whereas the existing method recorded an F1-score of 0.07 and an accuracy of
 * 0.20` pairs each score with the comparator's score in its measure.
 *
 * @example
 * extractContrastPairs(sentence, new Set())
 */
export const extractContrastPairs: Rule = (sentence, taken) => {
  // (Most sentences have no `whereas`/`while`: a plain test first.)
  if (!sentence.lower.includes('whereas') && !sentence.lower.includes('while')) return []
  const at = contrast.exec(sentence.lower)
  if (!at || !baselineClause.test(sentence.lower.slice(at.index + at[0].length))) return []
  const split = sentence.start + at.index
  const label = (token: NumberToken): string | undefined => labelBefore.exec(sentence.lower.slice(Math.max(0, token.start - sentence.start - 40), token.start - sentence.start))?.[1]
  const ours = sentence.tokens.filter((token) => token.end <= split && !taken.has(token) && token.low === null)
  const theirs = sentence.tokens.filter((token) => token.start > split && !taken.has(token) && token.low === null)
  if (theirs.length < 2 || ours.length < theirs.length) return []
  const mine = ours.slice(-theirs.length)
  const labels = mine.map(label)
  if (labels.some((name, index) => name === undefined || name !== label(theirs[index]!))) return []
  const drafts: Draft[] = []
  for (const [index, value] of mine.entries()) {
    const baseline = theirs[index]!
    taken.add(value)
    taken.add(baseline)
    drafts.push(createScorePair(id, sentence, [value, baseline], value, baseline, 0.8))
  }
  return drafts
}
