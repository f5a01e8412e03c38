import type {Draft} from '../types.js'

const keepVerb = /\b(?:retain|retains|retained|retaining|preserv\w+|maintain\w*|recover\w*)\s(?:(?:about|nearly|over|up to|around|roughly|approximately|more than|at least|only)\s)?[^a-z]{0,6}$/u
const keptOf = /^\s?%?\s?of\s(?:the\s|its\s|their\s)?(?:[^,;.]{0,50}?['’]s\s)?/u
// (`97% of its language understanding capabilities`: what it can do is its performance.)
// (Past a few words that say whose: `of the full KV cache performance`.)
const keptWhat = /^\s?%?\s?of\s(?:the\s|its\s|their\s)?(?:[^,;.]{0,50}?['’]s\s)?(?:(?:[a-z0-9-]+\s){0,3}(performance|accuracy|quality)\b|(?:[a-z-]+\s){0,2}(?:capabilit(?:y|ies)|abilit(?:y|ies))\b)/u

/**
 * The measure of a share kept (`retaining 97% of the dense model's
 * performance` or `97% of its language understanding capabilities`: the
 * performance retained; `maintaining 95% of its accuracy`: the accuracy
 * retained; `retained 99.71% of X's Macro-AUC`: the
 * Macro-AUC), or null.
 *
 * @example
 * nameRetainedMetric(draft) // 'performance retained'
 */
export function nameRetainedMetric(draft: Draft): string | null {
  const first = draft.tokens[0]!
  const {sentence} = draft
  const at = first.start - sentence.start
  if (!keepVerb.test(sentence.lower.slice(Math.max(0, at - 50), at))) return null
  const what = keptWhat.exec(sentence.lower.slice(first.end - sentence.start, first.end - sentence.start + 60))
  if (what) return `${what[1] ?? 'performance'} retained`
  // (`retained 99.71% of Virchow2's Macro-AUC`: a measure the registry knows.)
  const of = keptOf.exec(sentence.lower.slice(first.end - sentence.start, first.end - sentence.start + 60))
  const after = of ? first.end + of[0].length : -1
  // (With the prefix glued to it: `Macro-AUC`.)
  const named = sentence.metrics.find((mention) => mention.start >= after && mention.start - after <= 12 && /^[\p{L}]*-?$/u.test(sentence.clean.slice(after - sentence.start, mention.start - sentence.start)))
  return named ? sentence.clean.slice(after - sentence.start, named.end - sentence.start) : null
}
