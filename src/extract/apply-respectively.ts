import {groupParallel} from './group-parallel.js'
import {readPhrase} from './resolve/read-metric-phrase.js'
import type {Draft, Mention, Sentence} from './types.js'

function distinct(mentions: Mention[]): Mention[] {
  return mentions.filter((mention, index) => mentions.findIndex((other) => other.name === mention.name) === index)
}

function benchmarksOf(sentence: Sentence): Mention[] {
  return sentence.benchmarks.filter(
    (mention) => !sentence.models.some((model) => model.start <= mention.start && mention.end <= model.end)
  )
}

// A model name of several sizes: `Qwen3-1.7B/4B/8B`.
const sizedList = /^(.+?[-\s])(\d{1,3}(?:\.\d{1,2})?[BM])((?:\/\d{1,3}(?:\.\d{1,2})?[BM])+)$/u

// Words that make the names after a list the systems it is compared with.
const comparedBefore = /\b(?:compared (?:to|with)|over|than|versus|vs\.?|against|relative to)\s+(?:the\s+)?$/u

// `in PSNR, LPIPS, and Depth L1, respectively`: the items of a list of
// measures right after the numbers, when it opens with `first`, a known one,
// and holds `size` short items that name no system or data set.
function writtenMeasures(sentence: Sentence, last: number, first: Mention, size: number): string[] | undefined {
  const after = sentence.clean.slice(last - sentence.start, first.start - sentence.start)
  if (!/^\s(?:in|in terms of)\s(?:the\s)?$/u.test(after)) return undefined
  const list = /^([^;:()]{1,120}?),?\s(?:metrics?,?\s|measures?,?\s|scores?,?\s)?respectively\b/u.exec(sentence.clean.slice(first.start - sentence.start))
  if (!list) return undefined
  const items = list[1]!.split(/,\s(?:and\s)?|\sand\s/u)
  if (items.length !== size || items.some((item) => !/^[\p{L}\p{N}@][\p{L}\p{N}@.+-]*(?:\s[\p{L}\p{N}@.+-]+){0,3}$/u.test(item))) return undefined
  const end = first.start + list[1]!.length
  if ([...sentence.models, ...sentence.benchmarks].some((mention) => mention.start < end && mention.end > first.start)) return undefined
  return items.map((item, index) => (index === 0 ? first.name : sentence.metrics.find((mention) => sentence.clean.slice(mention.start - sentence.start, mention.end - sentence.start) === item)?.name ?? item))
}

// `reduces compilation success rate (CSR), pass rate (PR), test coverage
// (Cov), and mutation score (MS) by an average of …`: a list of measures,
// each with its acronym, right before the numbers.
const listEnd = /\s(?:by|of|were|are)\b[^,;()]{0,30}$/u
const itemWithAcronym = /^[^(),;]{2,60}\s\([^()]{1,12}\)$/u

// The measures of such a list, as many as `size`, or undefined.
function definedMeasures(text: string, size: number): string[] | undefined {
  if (!text.includes('(')) return undefined
  const end = listEnd.exec(text)
  if (!end) return undefined
  const items = text.slice(0, end.index).split(/,\s(?:and\s)?|\sand\s/u).slice(-size)
  if (items.length !== size || !items.every((item) => itemWithAcronym.test(item))) return undefined
  // (The first item after the verb that governs the list: `reduces …`.)
  const measures = items.map((item) => readPhrase(item.replace(/\s\([^()]*\)$/u, '').replace(/^.*\b(?:reduc|improv|increas|lower|boost|rais|cut|decreas|enhanc|achiev|reach)\w*\s/u, '')))
  return measures.every((measure) => measure !== null) ? (measures as string[]) : undefined
}

/**
 * Lists of numbers and lists of names that go together:
 * `A, B, and C achieve 56.38%, 26.91%, and 33.60%, respectively`,
 * `(AddSub, SVAMP and AQuA) with accuracies of 98.2%, 93.9% and 81.1%`,
 * `improvements of 9.27%, 8.80%, and 8.89% on GSM8K, MATH, and HumanEval`:
 * when as many models (or else benchmarks) are named right before or right
 * after the list of numbers, they map onto it in order (models after
 * `compared to`, `over`, `than` as the comparators); with `respectively`, so
 * do measures listed right after it (`85.94% and 92.01% in pass@1 and
 * pass@2`). A single benchmark right after a list (`… by 3.0% points in
 * GSM8k accuracy`) is the whole list's.
 *
 * @example
 * applyRespectively(drafts)
 */
export function applyRespectively(drafts: readonly Draft[]): void {
  let previousEnd = -1
  let previousSentence: Sentence | undefined
  // The names the sentence's last list mapped onto: a later list as long,
  // with no names of its own, maps onto them too (`Experiments on A, B and C
  // achieve Dice scores of 1, 2 and 3; IoU scores of 4, 5 and 6`).
  let previousChoice: {names: Mention[]; field: 'model' | 'benchmark' | 'baseline'} | undefined
  for (const group of groupParallel(drafts)) {
    const sentence = group[0]!.sentence
    if (sentence !== previousSentence) {
      previousEnd = sentence.start
      previousChoice = undefined
    }
    previousSentence = sentence
    const first = group[0]!.tokens[0]!.start
    const last = group.at(-1)!.tokens.at(-1)!.end
    const from = previousEnd
    previousEnd = last
    if (group.length < 2) continue
    const next = sentence.tokens.find((token) => token.start >= last)
    const to = Math.min(next?.start ?? sentence.end, last + 120)
    const inRange = (mention: Mention, start: number, end: number): boolean => mention.start >= start && mention.end <= end
    const modelsBefore = distinct(sentence.models.filter((mention) => inRange(mention, from, first)))
    const benchmarksBefore = distinct(benchmarksOf(sentence).filter((mention) => inRange(mention, from, first)))
    const modelsAfter = distinct(sentence.models.filter((mention) => inRange(mention, last, to)))
    const benchmarksAfter = distinct(benchmarksOf(sentence).filter((mention) => inRange(mention, last, to)))
    const size = group.length
    // Names after the numbers map only when the text says `respectively`.
    const respectively = /\brespectively\b/u.test(sentence.lower.slice(last - sentence.start, last - sentence.start + 160))
    // Without it, the numbers must form a bare list (`56.38%, 26.91%, and 33.60%`).
    const bare = group.every((draft, index) => {
      if (index === 0) return true
      const previous = group[index - 1]!.tokens.at(-1)!
      const gap = sentence.lower.slice(previous.end - sentence.start, draft.tokens[0]!.start - sentence.start)
      return /^\)?,?\s(?:and\s)?$/u.test(gap)
    })
    const choice = !respectively && !bare ? undefined :
      modelsBefore.length === size
        ? {names: modelsBefore, field: 'model' as const}
        : benchmarksBefore.length === size
          ? {names: benchmarksBefore, field: 'benchmark' as const}
          : respectively && benchmarksAfter.length === size
            ? {names: benchmarksAfter, field: 'benchmark' as const}
            : respectively && modelsAfter.length === size
              ? // (`23.2% and 16.8% compared to A and B, respectively`: the comparators.)
                {names: modelsAfter, field: comparedBefore.test(sentence.lower.slice(last - sentence.start, modelsAfter[0]!.start - sentence.start)) ? ('baseline' as const) : ('model' as const)}
              : undefined
    // `85.94% and 92.01% in pass@1 and pass@2, respectively`: measures map too.
    // (Names listed with nothing else between them, right after the numbers.)
    const metricsAfter = respectively ? distinct(sentence.metrics.filter((mention) => inRange(mention, last, to))) : []
    const listed =
      metricsAfter.length === size &&
      /^[^,;.\d]{0,20}$/u.test(sentence.lower.slice(last - sentence.start, metricsAfter[0]!.start - sentence.start)) &&
      metricsAfter.every((mention, index) => index === 0 || /^(?:,\s|\sand\s|,\sand\s)$/u.test(sentence.lower.slice(metricsAfter[index - 1]!.end - sentence.start, mention.start - sentence.start)))
    if (listed) group.forEach((draft, index) => (draft.metric = metricsAfter[index]!.name))
    // (Or a list that opens with a known measure and names the others as
    // written: `11%, 22%, and 74% in PSNR, LPIPS, and Depth L1, respectively`.)
    const written = respectively && !listed && metricsAfter.length > 0 ? writtenMeasures(sentence, last, metricsAfter[0]!, size) : undefined
    if (written) group.forEach((draft, index) => (draft.metric = written[index]!))
    // `attains accuracy, precision, recall, and F1 of 98.08%, 92.45%, 94.67%,
    // and 98.12%`: as many measures listed right before a bare list map onto
    // it in order, `respectively` or not (`AUROC, AUPRC, and Brier score
    // improved from 0.87 to 0.89, 0.43 to 0.48, and 0.37 to 0.17, respectively`,
    // `RMSE, MAE, and MAPE reduced by 9.0%, 6.9%, and 10.2%`; each with its
    // acronym: `pass rate (PR), test coverage (Cov), and …`).
    else if (bare) {
      const metricsBefore = distinct(sentence.metrics.filter((mention) => inRange(mention, from, first)))
      const before = metricsBefore.slice(-size)
      const inOrder =
        before.length === size &&
        size >= 3 &&
        before.every((mention, index) => index === 0 || /^(?:\s\([^()]{1,12}\))?(?:,\s|\sand\s|,\sand\s)$/u.test(sentence.lower.slice(before[index - 1]!.end - sentence.start, mention.start - sentence.start))) &&
        /^[^,;.]{0,60}?\s(?:of|were|are|of\sabout|of\sup\sto|(?:[a-z]+ed|rose|fell|went)\sfrom|(?:[a-z]+ed|[a-z]+es)\sby)\s$|^:\s$|^\sby\s$/u.test(sentence.lower.slice(before.at(-1)!.end - sentence.start, first - sentence.start))
      if (inOrder) group.forEach((draft, index) => (draft.metric = before[index]!.name))
      else if (size >= 3) {
        const defined = definedMeasures(sentence.clean.slice(from - sentence.start, first - sentence.start), size)
        if (defined) group.forEach((draft, index) => (draft.metric = defined[index]!))
      }
    }
    // `Across Qwen3-1.7B/4B/8B, … by +5.6, +5.0, and +4.8 points`: one name
    // of several sizes, as many as the items, names each in turn.
    const sizes = !choice && modelsBefore.length === 1 ? sizedList.exec(modelsBefore[0]!.name) : null
    if (sizes && bare) {
      const names = [sizes[2]!, ...sizes[3]!.slice(1).split('/')].map((size) => `${sizes[1]!}${size}`)
      if (names.length === size) group.forEach((draft, index) => (draft.model = names[index]!))
    }
    const namesBetween = modelsBefore.length + benchmarksBefore.length > 0
    const shared = !choice && (bare || respectively) && !namesBetween && previousChoice?.names.length === size ? previousChoice : undefined
    const mapped = choice ?? shared
    previousChoice = mapped
    if (mapped) {
      group.forEach((draft, index) => (draft[mapped.field] = mapped.names[index]!.name))
      continue
    }
    // One benchmark right after the list, none between its items.
    const only = benchmarksAfter[0]
    const gap = only ? sentence.lower.slice(last - sentence.start, only.start - sentence.start) : ''
    const inside = benchmarksOf(sentence).some((mention) => mention.start > first && mention.end < last)
    // (Two items are too few to tell a list's benchmark from the last item's own.)
    if (only && size >= 3 && benchmarksAfter.length === 1 && !inside && /^[^,;.]{0,30}?\b(?:on|in)\s(?:the\s)?$/u.test(gap)) {
      // Only items that name no benchmark of their own take it (see `shareBenchmark`).
      for (const draft of group) draft.listBenchmark = only.name
    }
  }
}

/**
 * After the benchmarks are resolved: list items that found none take the one
 * named right after their list.
 *
 * @example
 * shareBenchmark(drafts)
 */
export function shareBenchmark(drafts: readonly Draft[]): void {
  for (const group of groupParallel(drafts)) {
    const shared = group.at(-1)?.listBenchmark
    if (!shared) continue
    // A list whose earlier items name their own benchmarks is not one list.
    if (group.slice(0, -1).some((draft) => draft.benchmark !== null && draft.benchmark !== shared)) continue
    for (const draft of group) draft.benchmark ??= shared
  }
}
