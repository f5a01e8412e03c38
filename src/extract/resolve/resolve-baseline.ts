import type {Draft} from '../types.js'

const comparatorWord =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|over|than|compared (?:to|with)|versus|vs\.?|against|relative to|within\s\S{1,12}(?:\s\S{1,12})?\sof)\s/gu
const phraseStop =
  /\s(?:by|on|in|at|with|across|while|which|and|when|for|using|to|from|through|under|without)\s|[,;()]|\.(?:\s|$)|\s\d|$/u

/**
 * The named comparator of a claim (`VeriFree` in `outperforms VeriFree by
 * 7.6 points`, `SFT model` in `over the SFT model`): the words after a
 * comparison word near the number, up to the next preposition or comma.
 *
 * @example
 * resolveBaseline(draft)
 */
export function resolveBaseline(draft: Draft): string | null {
  const {sentence} = draft
  const first = draft.tokens[0]!
  const last = draft.tokens.at(-1)!
  const from = Math.max(0, first.start - sentence.start - 100)
  const to = Math.min(sentence.text.length, last.end - sentence.start + 100)
  const windowText = sentence.clean.slice(from, to)
  const lower = sentence.lower.slice(from, to)
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const match of lower.matchAll(comparatorWord)) {
    const start = match.index + match[0].length
    const absolute = sentence.start + from + start
    // No other number between the comparator and the claim.
    const lo = Math.min(absolute, first.start)
    const hi = Math.max(absolute, last.end)
    if (sentence.tokens.some((token) => !draft.tokens.includes(token) && token.start >= lo && token.end <= hi)) continue
    const rest = windowText.slice(start)
    const stop = rest.search(phraseStop)
    let phrase = (stop === -1 ? rest : rest.slice(0, stop)).trim()
    // A determiner alone (`compared to the 75% …`) names nothing.
    phrase = phrase.replace(/^(?:the|a|an|our|their|its)(?:\s|$)/iu, '').trim()
    // A model named there is whole, digits and all (`of Llama 3.1 70B`,
    // which the phrase would cut at ` 3`).
    const named = phrase === '' ? undefined : sentence.models.find((model) => model.start === absolute + rest.indexOf(phrase))
    if (named && named.name.length > phrase.length) phrase = named.name
    if (phrase.length < 2 || phrase.split(/\s+/u).length > 8 || /^\d/u.test(phrase)) continue
    const distance = Math.abs(absolute - first.start)
    if (distance < bestDistance) {
      best = phrase
      bestDistance = distance
    }
  }
  return best
}
