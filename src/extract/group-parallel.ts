import {isCostMeasure} from './is-cost-measure.js'
import {isCostUnit} from './is-cost-unit.js'
import {isPercentUnit} from './is-percent-unit.js'
import {newClause} from './read-cues.js'
import type {Draft} from './types.js'
import {beatVerbs} from './comparison-words.js'

// A cost by its unit (ms, GB, ×) or by its measure (`training memory` in %).
function isCost(draft: Draft): boolean {
  return isCostUnit(draft.unit) || isCostMeasure(draft.metric)
}

// Between two items of one list: commas, `and`, and the item's own
// benchmark or model words, but no new verb of scoring.
const listGap = /^[^;]{0,80}$/u
// A verb that starts an item of its own in a list of changes.
const itemVerb = /\b(?:(?:improv|boost|enhanc|reduc|increas|decreas|lower|rais|achiev|reach|outperform|surpass|yield|deliver)(?:es|ed|ing|s)|cuts|cutting)\b/u
// An item's verb, the words it changes, then `by` and the number.
const ownAcronym = /^\S{0,3}\s(?:and\s)?(\p{Lu}{2,8})\s(?:for|on|in)\s[^,;]{0,60}\bby\s/u
const objectBefore = /\b(?:improv|boost|enhanc|reduc|increas|decreas|lower|rais)(?:es|ed|ing|s)\s(?!by\b)[^\s,;]+(?:\s[^\s,;]+){0,4}\sby\s[^a-z\s]{0,3}\s{0,12}$/u
// A change noun and the measure it is in, right after an item: `a 0.7% drop
// in average performance` names its own measure, even one too vague to keep.
const ownMeasureAfter = /^\s{0,3}(?:[a-z-]{1,20}\s){0,2}(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|degradations?|declines?|losses)\s(?:in|of)\s(?:the\s|its\s|their\s)?[a-z]/u
// A comparison after a list's last item: its models are comparators.
const comparisonAfter = new RegExp(`\\b(?:${beatVerbs}|than|over|compared|versus|vs\\.?|such as|like)\\b`, 'u')

/**
 * Group the claims of a sentence that are items of one list (`improvements
 * of 3.0% on GSM8K and 7.9% on MATH`): each group is in sentence order.
 *
 * @example
 * groupParallel(drafts) // [[d1, d2], [d3]]
 */
export function groupParallel(drafts: readonly Draft[]): Draft[][] {
  const groups: Draft[][] = []
  let current: Draft[] = []
  for (const draft of drafts) {
    const previous = current.at(-1)
    if (previous && previous.sentence === draft.sentence) {
      const sentence = draft.sentence
      // Interleaved pairs (`A, B and C …, by X, Y and Z`) join on their first tokens.
      const start = draft.tokens[0]!.start
      const end = Math.max(...previous.tokens.filter((token) => token.end <= start).map((token) => token.end), previous.tokens[0]!.end)
      const gap = sentence.lower.slice(end - sentence.start, start - sentence.start)
      // (`by 7.73× compared to FP16 and by 2.53× compared to INT8`: each item with its comparator.)
      const compared = /^\s?compared (?:to|with)\s[^,;]{1,40}?(?:,\s|\sand\s)(?:by\s)?$/u.test(gap)
      if (listGap.test(gap) && /,|\band\b|\bor\b|^\s?\/\s?$/u.test(gap) && (compared || !newClause.test(gap))) {
        current.push(draft)
        continue
      }
    }
    if (current.length > 0) groups.push(current)
    current = [draft]
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/**
 * After fields are resolved: list items without their own qualifier, metric,
 * comparator or unit take the list's, and an item that names no system
 * between its neighbours takes the first item's (`on Qwen2-7B-Instruct
 * yielding 3.0% on GSM8K and 7.9% on MATH`), unless `fixed` holds it (a
 * model given by a rule or by `respectively`). A benchmark goes forward to
 * the next items, and back from one written after the last item to earlier
 * items of the same measure (`46.3% with 64 samples and 52% cumulatively on
 * the miniF2F test`).
 *
 * @example
 * shareFields(group)
 */
export function shareFields(group: readonly Draft[], fixed: ReadonlySet<Draft> = new Set()): void {
  if (group.length < 2) return
  const lead = group[0]!
  group.forEach((draft, index) => {
    if (index === 0 || fixed.has(draft) || lead.model === null || draft.model === lead.model) return
    const from = group[index - 1]!.tokens.at(-1)!.end
    // (Up to the next item, or for the last one up to a comparison: `…, and
    // 60.5% on B, surpassing models such as GR00T-N1` names a comparator.)
    const sentence = draft.sentence
    const last = draft.tokens.at(-1)!.end
    const compared = comparisonAfter.exec(sentence.lower.slice(last - sentence.start))
    const to = group[index + 1]?.tokens[0]!.start ?? (compared ? last + compared.index : sentence.end)
    // (Nor a model named inside a parenthesis that closed before the item:
    // `(e.g., X at 0.473), and increases training throughput by 6.8x`.)
    const leadStart = lead.tokens[0]!.start - sentence.start
    const open = sentence.text.lastIndexOf('(', leadStart)
    const enclosed = open > sentence.text.lastIndexOf(')', leadStart) && sentence.text.slice(open, leadStart).includes(lead.model) && sentence.text.slice(leadStart, draft.tokens[0]!.start - sentence.start).includes(')')
    // (Nor one the item names itself, unknown to the registry: `…, Copilot Pro
    // (76.30%)`, `…, Fickling for 110 (81.5%)`.)
    const item = sentence.clean.slice(from - sentence.start, draft.tokens[0]!.start - sentence.start)
    const ownName = draft.model !== null && (item.replace(/\s?\(\s?$/u, '').endsWith(draft.model) || item.replace(/^[^\p{L}\p{N}]*(?:and\s)?/u, '').startsWith(`${draft.model} for `))
    if (!enclosed && !ownName && !sentence.models.some((mention) => mention.start >= from && mention.end <= to)) draft.model = lead.model
  })
  const qualifier = group.find((draft) => draft.qualifier === 'average' || draft.qualifier === 'up to')?.qualifier ?? null
  const measured = group.find((draft) => draft.metric !== null)
  const baseline = group.find((draft) => draft.baseline !== null)?.baseline ?? null
  group.forEach((draft, index) => {
    const previous = group[index - 1]
    // `on B with 74.8% in-domain and 71.6% out-of-domain accuracy`; not to a
    // cost after scores (`…on MLVU from 61.5% to 64.0%, and lowers latency
    // from 9.6 s to 2.7 s`).
    const cost = isCost(draft) && !(previous !== undefined && isCost(previous))
    if (previous && draft.benchmark === null && previous.benchmark !== null && !cost) {
      const sentence = draft.sentence
      const gap = sentence.lower.slice(previous.tokens.at(-1)!.end - sentence.start, draft.tokens[0]!.start - sentence.start)
      // (Not to an item with a label of its own: `MATH500: 73.6%, average: 35.9%`.)
      // (Nor one labelled in the parenthesis after it: `4.3% (VidOR)`.)
      const labelled = /^\s?\(\p{Lu}[^()\s]{1,30}\)/u.test(sentence.clean.slice(draft.tokens.at(-1)!.end - sentence.start, draft.tokens.at(-1)!.end - sentence.start + 34))
      if (!labelled && !/\b(?:on|in|across|for)\b/u.test(gap) && !/[\p{L}\p{N})]\s?:\s{0,2}[+\-−]?$/u.test(gap)) draft.benchmark = previous.benchmark
    }
  })
  group.forEach((draft, index) => {
    const previous = group[index - 1]
    // (Forward only: `by up to 5% and 3%`, not back from `…, and in under 100 seconds`;
    // nor to an item with a verb of its own: `improving accuracy by up to 3.2%,
    // boosting AUROC by 22.19%`.)
    const hedged = group.slice(0, index).some((item) => item.qualifier === qualifier)
    const ownVerb = previous !== undefined && itemVerb.test(draft.sentence.lower.slice(previous.tokens.at(-1)!.end - draft.sentence.start, draft.tokens[0]!.start - draft.sentence.start))
    if (draft.qualifier === null && qualifier !== null && hedged && !ownVerb) draft.qualifier = qualifier
    // The nearest measured item before it, else the first one (`speeding up
    // decoding by 2.18x and 1.50x and accelerating pre-filling by 1.73x and
    // 1.63x`: 1.63x is pre-filling's). (Not a score's measure to a cost:
    // `keeps 30% of the tokens and shrinks the index from 154 GB`.)
    // (Back from a later item only in the same direction: `improves
    // on-device performance by 33%, reduces cloud model calls by 40%`.)
    const source = group.slice(0, index).findLast((item) => item.metric !== null) ?? (measured && sameDirection(measured, draft) ? measured : undefined)
    // (Nor to an item whose own verb names its own object: `reduces A bpb by
    // 0.81%, raises B CORE by 38.7%`, where the reader found no measure in `B CORE`.)
    // (Unless its object is that measure: `…(UA) of 74.55%, improving UA by 20.8`.)
    const itemStart = previous ? previous.tokens.at(-1)!.end : draft.tokens[0]!.start
    const rawItem = draft.sentence.clean.slice(itemStart - draft.sentence.start, draft.tokens[0]!.start - draft.sentence.start)
    const itemText = rawItem.toLowerCase()
    const ownObject = ownVerb && objectBefore.test(itemText) && !(source?.metric && itemText.includes(source.metric.toLowerCase()))
    // (Or a word of its own right after it, in a list of measured items:
    // `6% performance and 4% power improvements`.)
    const afterItem = draft.sentence.lower.slice(draft.tokens.at(-1)!.end - draft.sentence.start)
    const ownMeasure = ownMeasureAfter.test(afterItem) || (index < group.length - 1 && /^\s[a-z][a-z-]{2,20},?\sand\s/u.test(afterItem))
    // (Nor across two units of measure: `training (<30 min) and rendering (50+ FPS)`.)
    const otherUnit = source !== undefined && draft.unit !== null && source.unit !== null && draft.unit !== source.unit && !(isPercentUnit(draft.unit) && isPercentUnit(source.unit))
    // (Nor to an item that opens with an acronym of its own, no system's or
    // data set's: `reduces FID for … by 14% and MER for … by 10%`.)
    const acronym = ownAcronym.exec(rawItem)
    const acronymStart = acronym ? itemStart + acronym.index + acronym[0].length - acronym[1]!.length : 0
    const ownAcronymItem = acronym !== null && ![...draft.sentence.models, ...draft.sentence.benchmarks].some((mention) => mention.start <= acronymStart && acronymStart < mention.end)
    // (Nor to an item labelled with a word of its own: `ICC = 0.99 and bias=0.80%`.)
    const ownLabel = /\b[a-z]{3,20}\s?=\s?$/u.test(itemText)
    if (draft.metric === null && source && !ownObject && !ownMeasure && !ownAcronymItem && !ownLabel && !otherUnit && isCostUnit(draft.unit) === isCostUnit(source.unit)) draft.metric = source.metric
    // (Nor a comparator to a pair with a verb of its own, which is measured
    // from its own first score: `improves mAP over Boxer by 69%, …, and
    // increases scene F-Score from 0.794 for SAM3D to 0.924`.)
    if (draft.baseline === null && !(ownVerb && draft.baselineValue !== null)) draft.baseline = baseline
  })
  // `46.3% with 64 samples and 52% cumulatively on the miniF2F test`: a
  // benchmark written after the last item is the earlier items' too.
  for (let index = group.length - 2; index >= 0; index--) {
    const draft = group[index]!
    const next = group[index + 1]!
    // (Items of one measure, or each with its own: `a WER of 1.8% and a speaker
    // similarity of 0.71 on LibriSpeech`; not an average over benchmarks.)
    // (Costs only within one measure: `0.74 GenEval …, 10x faster (0.1s vs 1.1s)`.)
    const measures = draft.metric === next.metric || (draft.metric !== null && next.metric !== null && !isCost(draft) && !isCost(next))
    if (draft.benchmark !== null || next.benchmark === null || !measures || draft.qualifier === 'average') continue
    const sentence = draft.sentence
    // (After the item's own score: `52% on miniF2F, surpassing X at 23.0%`.)
    const end = next.anchor.end
    // (Not a benchmark written as the next item's label: `7.59 FID and 0.74 GenEval`.)
    const nearest = sentence.benchmarks.find((mention) => mention.start >= end)
    const writtenAfter = nearest !== undefined && nearest.name === next.benchmark && !/^\s?$/u.test(sentence.lower.slice(end - sentence.start, nearest.start - sentence.start))
    const gap = sentence.lower.slice(draft.tokens.at(-1)!.end - sentence.start, next.tokens[0]!.start - sentence.start)
    if (writtenAfter && !/\b(?:on|in|across|for|alongside|while|whereas|but)\b|:/u.test(gap)) draft.benchmark = next.benchmark
  }
}

// Whether two items change the same way (both gains, both losses, or scores).
function sameDirection(a: Draft, b: Draft): boolean {
  return Math.sign(a.delta ?? 0) === Math.sign(b.delta ?? 0) || a.delta === null || b.delta === null
}
