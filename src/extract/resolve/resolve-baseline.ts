import type {Draft} from '../types.js'

const comparatorWord =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|over|than|compared (?:to|with)|versus|vs\.?|against|relative to|above|below|ahead of|behind|within\s\S{1,12}(?:\s\S{1,12})?\sof)\s/gu
const phraseStop =
  /\s(?:by|on|in|at|with|across|while|which|and|when|for|using|to|from|through|under|without)\s|[,;()]|\.(?:\s|$|\p{Lu})|\s\d|$/u
// `outperformed A by 28.4% points, B by 27.6% points`: each item's comparator
// is the model written right before its `by`.
const beatenBy = /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w* (?:on|over|upon))\b/u

/**
 * The named comparator of a claim (`VeriFree` in `outperforms VeriFree by
 * 7.6 points`, `SFT model` in `over the SFT model`): the model written right
 * before the number's `by` after an `outperform`-like verb (each item of
 * `outperformed A by 28.4%, B by 27.6%`), else the words after a comparison
 * word near the number, up to the next preposition or comma.
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
  const lower = sentence.lower.slice(from, to)
  const byModel = sentence.models.find(
    (model) =>
      model.end <= first.start &&
      /^\s(?:by|of)\s(?:(?:about|approximately|nearly|around|up to|over)\s)?[^a-z\s]{0,3}$/u.test(sentence.lower.slice(model.end - sentence.start, first.start - sentence.start))
  )
  // (Not a model inside a longer comparator: `decoding from Llama 3.2 3B by 0.59 SD`.)
  const lead = byModel ? sentence.lower.slice(0, byModel.start - sentence.start) : ''
  if (byModel && beatenBy.test(lead) && !/\b(?:from|of|with|using|on|in|to)\s$/u.test(lead)) return byModel.name
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const match of lower.matchAll(comparatorWord)) {
    const start = match.index + match[0].length
    const absolute = sentence.start + from + start
    // No other number between the comparator and the claim.
    const lo = Math.min(absolute, first.start)
    const hi = Math.max(absolute, last.end)
    if (sentence.tokens.some((token) => !draft.tokens.includes(token) && token.start >= lo && token.end <= hi)) continue
    // After the claim, a clause break (`…, while the 1.7B variant
    // outperforms X`) or a verb coordinated with `and` (`…, and even
    // surpasses X by 1.6`) starts another comparison; `outperforming X` and
    // `which outperforms X` are still about this result.
    if (absolute > last.end) {
      const gap = sentence.lower.slice(last.end - sentence.start, absolute - sentence.start)
      if (/\b(?:while|whereas|but)\b|;/u.test(gap)) continue
      if (/^(?:outperform|surpass|beat|exceed)\w*(?<!ing)\s$/u.test(match[0]) && /\band\b/u.test(gap) && !/\bwhich\b/u.test(gap)) continue
    }
    // (The phrase may run past the window: the window bounds where comparison
    // words are looked for.) A leading determiner is not part of it, and a
    // determiner alone (`compared to the 75% …`) names nothing.
    // `the previously reported results of X`, `the results from X` compare with X.
    const text = sentence.clean.slice(from + start)
    const skipped =
      /^(?:(?:the|a|an|our|their|its)(?:\s|$))?(?:(?:previously\s)?(?:reported\s)?(?:results?|performance|scores?)\s(?:of|from)\s(?:the\s)?)?/iu.exec(text)?.[0].length ?? 0
    const rest = text.slice(skipped)
    const stop = rest.search(phraseStop)
    // (`the Dutch average of 40.63`: the phrase ends before its number's `of`.)
    let phrase = (stop === -1 ? rest : rest.slice(0, stop)).trim().replace(/\s(?:of|at)$/u, '')
    // A model named there is whole, digits and all (`of Llama 3.1 70B`,
    // which the phrase would cut at ` 3`).
    const named = phrase === '' ? undefined : sentence.models.find((model) => model.start === absolute + skipped + rest.indexOf(phrase))
    if (named && named.name.length > phrase.length) phrase = named.name
    // `averaged over all tasks`, `over five seeds`: a span, not a comparator
    // (`over various RAG baselines` is one).
    const span = /^(?:all|several|multiple|various|many|\d+|two|three|four|five|six|seven|eight|nine|ten)\b/iu.test(phrase)
    if (/^over\s$/u.test(match[0]) && span && !/\b(?:baselines?|methods?|models?|approaches|systems?|counterparts?|competitors?|LLMs?|agents?)$/iu.test(phrase)) continue
    // (A number names nothing; a size does: `4B-parameter base model`, `7B LLMs`.)
    if (phrase.length < 2 || phrase.split(/\s+/u).length > 8 || (/^\d/u.test(phrase) && !/^\d[\d.]*[BMKT](?:-|\s|$)/u.test(phrase))) continue
    // `above the Dutch average of 40.63`: the phrase owns the claim's number; it compares nothing.
    const phraseEnd = absolute + skipped + rest.indexOf(phrase) + phrase.length
    if (phraseEnd <= first.start && /^\s(?:of|at)\s[^a-z]{0,3}$/u.test(sentence.lower.slice(phraseEnd - sentence.start, first.start - sentence.start))) continue
    const distance = Math.abs(absolute - first.start)
    if (distance < bestDistance) {
      best = phrase
      bestDistance = distance
    }
  }
  return best
}
