// Random Daily Papers records for the round-trip properties of the capture
// readers (Markdown, text dump): each test renders them its own way and
// checks that the reader gives back these fields.
import fc from 'fast-check'
import {classifyLine} from '../src/parse/classify-line.js'
import {cutShortReason} from '../src/parse/cut-short-reason.js'
import type {Paper} from '../src/schema/paper.js'

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Records whose words come from `word`, with upvotes from `upvotes`. A phrase
 * that reads as a card detail (`May 5`, `12`, `3 authors`), or that `keep`
 * refuses, is ambiguous on the page too and is not drawn.
 */
export function randomRecord<Upvotes extends number | null>(
  word: fc.Arbitrary<string>,
  upvotes: fc.Arbitrary<Upvotes>,
  keep: (value: string) => boolean = () => true
) {
  const phrase = (min: number, max: number) =>
    fc
      .array(word, {minLength: min, maxLength: max})
      .map((words) => words.join(' '))
      .filter((value) => classifyLine(value).kind === 'text' && !/^\d+$/.test(value) && keep(value))
  return fc.record({
    id: fc.stringMatching(/^\d{4}\.\d{5}$/),
    title: phrase(1, 8),
    abstract: phrase(6, 40),
    upvotes,
    meta: fc.option(
      fc.record({
        who: fc.oneof(fc.nat(40).map((count) => ({authors: count + 1})), fc.record({handle: fc.stringMatching(/^[a-z][\w-]{0,10}$/), name: phrase(1, 3)})),
        date: fc.record({month: fc.integer({min: 1, max: 12}), day: fc.integer({min: 1, max: 28}), year: fc.option(fc.integer({min: 2000, max: 2030}), {nil: null})}),
        comments: fc.nat(99)
      }),
      {nil: null}
    )
  })
}

export type RandomRecord = ReturnType<typeof randomRecord> extends fc.Arbitrary<infer T> ? T : never

/** The fields a paper read back must have: a record without upvotes shows 0. */
export function recordFields(item: RandomRecord): unknown[] {
  return [
    item.title,
    item.abstract,
    item.upvotes ?? 0,
    item.id,
    item.meta && 'authors' in item.meta.who ? item.meta.who.authors : null,
    item.meta && 'handle' in item.meta.who ? {handle: item.meta.who.handle, name: item.meta.who.name} : null,
    item.meta?.date ?? null,
    item.meta ? item.meta.comments : null
  ]
}

/** The same fields of a paper. */
export function paperFields(paper: Paper): unknown[] {
  return [paper.title, paper.abstract, paper.upvotes, paper.arxivId, paper.authors, paper.organization, paper.date, paper.comments]
}

/**
 * The rule ids a reader gives for rendered records: none, but for a last
 * record without meta items whose abstract stops mid-sentence, which reads
 * as a capture cut short inside it (`truncated-record`).
 */
export function expectedRuleIds(records: readonly RandomRecord[]): string[] {
  const last = records.at(-1)
  return last !== undefined && last.meta === null && cutShortReason(last.abstract) !== undefined ? ['truncated-record'] : []
}
