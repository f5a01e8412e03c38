import type {PaperContext} from '../read-paper-context.js'
import {readWindows} from '../read-windows.js'
import type {Draft, Mention, Sentence} from '../types.js'

// Results over many benchmarks name none of them.
const aggregate =
  /\b(?:across|over|on|averaged over|in)\s(?:all|the|several|multiple|various|many|diverse|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a range of|a suite of|a variety of)\b[^.;,]{0,40}?\b(?:benchmarks|datasets|tasks|domains|suites|environments|settings|evaluations|languages)\b/u

/**
 * The benchmark a claim is on: `B:` or `B (` right before the number, then
 * `on/in B` after it, then the nearest benchmark before it in the sentence,
 * then the only benchmark the sentence names; else the single benchmark of
 * the earlier sentences, or the benchmark the paper introduces. Null for
 * results across many benchmarks.
 *
 * @example
 * resolveBenchmark(draft, sentences, paper)
 */
export function resolveBenchmark(draft: Draft, sentences: readonly Sentence[], paper: PaperContext): string | null {
  const {sentence} = draft
  const first = draft.tokens[0]!
  const last = draft.tokens.at(-1)!
  const windows = readWindows(sentence, draft.tokens)
  const names = sentence.benchmarks.filter(
    (mention) => !sentence.models.some((model) => model.start <= mention.start && mention.end <= model.end)
  )
  const base = sentence.start

  // `MATH-500: +30.1%`, `GSM8K (+4.9%)`, `AMC23:+27.5%`.
  for (const mention of names) {
    const gap = sentence.lower.slice(mention.end - base, first.start - base)
    if (mention.end <= first.start && /^\s{0,2}(?:[:=(]|with|of|at)?\s{0,2}[+\-−]?$/u.test(gap)) return mention.name
  }
  const aggregateAfter = aggregate.exec(windows.after)
  if (aggregateAfter && !/[,;]/u.test(windows.after.slice(0, aggregateAfter.index)) && aggregateAfter.index < 40) {
    // `on the MATH benchmark` is not an aggregate; `across six benchmarks` is.
    const named = names.find((mention) => mention.start >= last.end && mention.start - base < windows.afterStart + 25)
    return named?.name ?? null
  }
  const near = windows.before.slice(-80)
  const aggregateBefore = aggregate.exec(near)
  if (aggregateBefore && !/[,;]/u.test(near.slice(aggregateBefore.index))) return null
  // `… on B` after the number, before the next number.
  const afterEnd = windows.afterStart + windows.after.length
  const after = names.find((mention) => mention.start >= last.end && mention.start - base <= afterEnd)
  if (after) {
    const gap = sentence.lower.slice(last.end - base, after.start - base)
    if (!/\b(?:than|outperform\w*|surpass\w*|compared|versus|vs)\b/u.test(gap) && gap.length < 80) return after.name
  }
  // The nearest benchmark before the number, in the same stretch of text.
  const before = names.filter((mention) => mention.end <= first.start && mention.start - base >= windows.beforeStart)
  if (before.length > 0) return before.at(-1)!.name
  // The sentence names one benchmark only.
  const distinct = new Set(names.map((mention) => mention.name))
  if (distinct.size === 1) {
    const only = names[0]!
    const gap = only.start < first.start ? sentence.lower.slice(only.end - base, first.start - base) : ''
    if (!/\d/u.test(gap)) return only.name
  }
  if (distinct.size > 1) return null
  // The single benchmark of the earlier sentences.
  const earlier = new Set<string>()
  for (const other of sentences) {
    if (other.index >= sentence.index) break
    for (const mention of other.benchmarks) earlier.add(mention.name)
  }
  if (earlier.size === 1) return [...earlier][0]!
  return paper.benchmark
}

/** Whether a mention lies inside another (a benchmark inside a model name). */
export function inside(mention: Mention, outer: readonly Mention[]): boolean {
  return outer.some((other) => other.start <= mention.start && mention.end <= other.end)
}
