import type {Draft} from '../types.js'

const keepVerb = /\b(?:retain|retains|retained|retaining|preserv\w+|maintain\w*|recover\w*)\s(?:(?:about|nearly|over|up to|around|roughly|approximately|more than|at least|only)\s)?[^a-z]{0,6}$/u
const keptWhat = /^\s?%?\s?of\s(?:the\s|its\s|their\s)?(?:[^,;.]{0,50}?['’]s\s)?(?:[a-z-]+\s)?(performance|accuracy|quality)\b/u

/**
 * The measure of a share kept (`retaining 97% of the dense model's
 * performance`: the performance retained; `maintaining 95% of its
 * accuracy`: the accuracy retained), or null.
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
  return what ? `${what[1]!} retained` : null
}
