import {createDraft, type Rule} from '../create-draft.js'
import {cueOf} from '../read-cues.js'
import type {Draft} from '../types.js'

// Up to five words between a score and the parenthesis that holds its change.
const scoreLabel = /^\s{0,2}((?:[^\s()]{1,30}\s{1,2}){0,5})\(\s{0,2}(?:↑|↓)?$/u
// (Not across a new clause or a comparator: `… and 61.2% (+3.1)`.)
const clauseWord = /\b(?:and|or|while|whereas|but|than|compared|versus|vs|over|against|respectively|from|to|with)\b/u
// `(8.6pp gain)`, `(2.1-point drop)`: an unsigned change named by its word.
const changeWord = /^\s{0,2}(?:(?:absolute|relative)\s)?(?:gain|improvement|increase|boost|uplift|(drop|decrease|reduction|loss|decline))\s{0,2}\)/u

const ratioTo = /^\s{0,3}(?:down\s)?to\s(?:(?:roughly|around|about|approximately|just|only|under|below|less than)\s)?[~≈]?\s{0,3}\$?$/u

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-score-with-change'
 */
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
    // `reducing training costs by >2000x to roughly $1`: a ratio by which
    // something changed, then the level it reached, in a unit of its own.
    if (score.unit === 'x' && change.unit !== 'x' && change.unit !== '%' && change.sign === 0 && ratioTo.test(between) && /\bby\s(?:(?:over|more than|up to|about|nearly|almost|roughly)\s)?[>~≈]?\s?$/u.test(sentence.lower.slice(Math.max(0, score.start - sentence.start - 24), score.start - sentence.start))) {
      taken.add(score)
      taken.add(change)
      const negative = cueOf(sentence, score).negative
      drafts.push(createDraft(id, sentence, [score, change], {value: change.value, delta: negative ? -score.value : score.value, unit: 'x', confidence: 0.8}))
      continue
    }
    // (The benchmark or the measure may sit between: `68.3 on MRCR (+18.1)`,
    // `40.8% joint success on VideoPhy2 (8.6pp gain)`.)
    const label = scoreLabel.exec(between)
    if (!label || clauseWord.test(label[1]!)) continue
    const word = change.sign === 0 ? changeWord.exec(sentence.lower.slice(change.end - sentence.start, change.end - sentence.start + 16)) : null
    if (change.sign === 0 && !between.includes('↑') && !between.includes('↓') && !(word && change.unit !== null)) continue
    if (score.sign !== 0 || cueOf(sentence, score).change) continue
    taken.add(score)
    taken.add(change)
    const falls = change.sign === -1 || between.includes('↓') || word?.[1] !== undefined
    drafts.push(
      createDraft(id, sentence, [score, change], {
        value: score.value,
        delta: falls ? -change.value : change.value,
        unit: change.unit ?? score.unit,
        confidence: 0.85
      })
    )
  }
  return drafts
}
