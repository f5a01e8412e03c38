import {createDraft, createScorePair, type Rule} from '../create-draft.js'
import {cueOf} from '../read-cues.js'
import type {Draft, NumberToken, Sentence} from '../types.js'

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-slash-list'
 */
export const id = 'extract-slash-list'

// `(1.5/2.1 higher than BERT-base)`: the wording that signs a list of changes.
const changeWording = /^\s?(?:points?\s)?(?:(higher|better|more|above|up)|(lower|worse|less|below|down))\b/u

/**
 * Scores written as a slash list, one claim per item: `65.9/57.0/61.0
 * ROUGE-1/-2/-L`, `an EM/F1 of 80.1/87.3`; with a change per item when a
 * list of the same length follows in parentheses (`90.0/79.2 (1.5/2.1 higher
 * than BERT-base)`), or from each item to the next list's (`ADE/FDE from
 * 6.57/12.07 m to 2.44/5.25 m`). Every item is read as the first is: a score, or a
 * change (`improves EM/F1 by 2.1/1.8 points`). Which measure or data set
 * each item is on is resolved later, by its place in the list.
 *
 * @example
 * extractSlashList(sentence, new Set())
 */
export const extractSlashList: Rule = (sentence, taken) => {
  const drafts: Draft[] = []
  for (const first of sentence.tokens) {
    const list = first.list
    if (list?.[0] !== first || list.some((token) => taken.has(token))) continue
    const next = sentence.tokens[sentence.tokens.indexOf(list.at(-1)!) + 1]?.list
    const free = next?.length === list.length && !next.some((token) => taken.has(token))
    const changes = free ? readChanges(sentence, list, next) : undefined
    // `ADE/FDE from 6.57/12.07 m to 2.44/5.25 m`: each item goes from its score to the next list's.
    const reached = free && !changes && fromTo(sentence, list, next) ? next : undefined
    const baselines = free && !changes && !reached && comparedWith(sentence, list, next) ? next : undefined
    const change = cueOf(sentence, first)
    for (const [item, token] of list.entries()) {
      taken.add(token)
      const paired = changes?.[item]
      const baseline = baselines?.[item]
      const end = reached?.[item]
      if (end) {
        taken.add(end)
        drafts.push(createScorePair(id, sentence, [token, end], end, token, 0.85))
      } else if (baseline) {
        taken.add(baseline)
        drafts.push(createScorePair(id, sentence, [token, baseline], token, baseline, 0.8))
      } else if (paired) {
        taken.add(paired.token)
        drafts.push(createDraft(id, sentence, [token, paired.token], {value: token.value, delta: paired.delta, unit: paired.token.unit ?? token.unit, confidence: 0.8}))
      } else if (change.change) {
        drafts.push(createDraft(id, sentence, [token], {delta: change.negative ? -token.value : token.value, unit: token.unit, confidence: 0.7}))
      } else {
        drafts.push(createDraft(id, sentence, [token], {value: token.value, unit: token.unit, confidence: 0.7}))
      }
    }
  }
  return drafts
}

// `…, whereas the previous best obtains 65.16/55.81/64.37`: the words between two lists that compare them.
const comparison = /\b(?:whereas|while|compared (?:to|with)|versus|vs\.?|against|than|over)\b/u

/** Whether the list after `scores` holds the scores they are compared with (same units, a comparison between). */
function fromTo(sentence: Sentence, scores: NumberToken[], others: NumberToken[]): boolean {
  const before = sentence.lower.slice(Math.max(0, scores[0]!.start - sentence.start - 8), scores[0]!.start - sentence.start)
  const between = sentence.lower.slice(scores.at(-1)!.end - sentence.start, others[0]!.start - sentence.start)
  return /\bfrom\s{0,3}$/u.test(before) && /^\s{0,3}(?:[a-z]{1,3}\s)?to\s{0,3}$/u.test(between)
}

function comparedWith(sentence: Sentence, scores: NumberToken[], others: NumberToken[]): boolean {
  const between = sentence.lower.slice(scores.at(-1)!.end - sentence.start, others[0]!.start - sentence.start)
  return others[0]!.unit === scores[0]!.unit && others.every((token) => token.sign === 0) && comparison.test(between) && !/[;.]/u.test(between)
}

/** The changes of `(1.5/2.1 higher than …)` right after a list of scores, signed, or undefined. */
function readChanges(sentence: Sentence, scores: NumberToken[], changes: NumberToken[]): Array<{token: NumberToken; delta: number}> | undefined {
  const between = sentence.lower.slice(scores.at(-1)!.end - sentence.start, changes[0]!.start - sentence.start)
  if (!/^\s?\(\s?$/u.test(between)) return undefined
  const end = changes.at(-1)!.end - sentence.start
  const wording = changeWording.exec(sentence.lower.slice(end, end + 20))
  if (!wording && changes.every((token) => token.sign === 0)) return undefined
  const negative = wording?.[2] !== undefined
  return changes.map((token) => ({token, delta: negative || token.sign === -1 ? -token.value : token.value}))
}
