import {endsSentence} from './ends-sentence.js'

/** The shape of a paragraph, as far as telling titles from abstracts goes. */
export interface ParagraphShape {
  /** The paragraph's text, hard wraps joined. */
  value: string
  /** How many source lines it spans. */
  lines: number
}

/** A title and its abstract, or a paragraph that is neither. */
export type Segment = {kind: 'pair'; title: number; abstract: number} | {kind: 'single'; index: number}

// A paragraph left alone costs more than any pair, so a run with an even
// number of paragraphs always reads as title, abstract, title, abstract…
// and an odd run leaves out exactly one: the one whose shape fits least.
const SINGLE_COST = 10

/**
 * Split a run of paragraphs (between two meta blocks) into title–abstract
 * pairs, leaving out as few as possible. Which one is left out, when the
 * count is odd, follows from shapes: a title is one short line that does
 * not end like a sentence; an abstract is longer and reads as sentences (a
 * short title-case line without a sentence is never one).
 * Dynamic programming over the run: linear time.
 *
 * @example
 * pairTitles([
 *   {value: 'A Title', lines: 1},
 *   {value: 'A stray title', lines: 1},
 *   {value: 'We propose X. It works well on many benchmarks.', lines: 1}
 * ])
 * // [{kind: 'single', index: 0}, {kind: 'pair', title: 1, abstract: 2}]
 */
export function pairTitles(paragraphs: readonly ParagraphShape[]): Segment[] {
  const count = paragraphs.length
  const asTitle = paragraphs.map((paragraph) => titleCost(paragraph))
  // Title case is looked at once per paragraph, for both uses below.
  const titleCase = paragraphs.map(({value, lines}) => lines === 1 && value.length < 150 && isTitleCase(value))
  const asAbstract = paragraphs.map((paragraph, index) => abstractCost(paragraph, titleCase[index] as boolean))
  // best[i]: least cost of the first i paragraphs; pairedAt[i]: whether
  // that best ends with a pair.
  const best: number[] = [0]
  const pairedAt: boolean[] = [false]
  for (let index = 1; index <= count; index++) {
    const single = (best[index - 1] as number) + SINGLE_COST
    const pair =
      index >= 2 && canBeAbstract(paragraphs[index - 1] as ParagraphShape, titleCase[index - 1] as boolean)
        ? (best[index - 2] as number) + (asTitle[index - 2] as number) + (asAbstract[index - 1] as number)
        : Number.POSITIVE_INFINITY
    best.push(Math.min(single, pair))
    pairedAt.push(pair <= single)
  }

  const segments: Segment[] = []
  let index = count
  while (index > 0) {
    if (pairedAt[index]) {
      segments.push({kind: 'pair', title: index - 2, abstract: index - 1})
      index -= 2
    } else {
      segments.push({kind: 'single', index: index - 1})
      index -= 1
    }
  }

  return segments.reverse()
}

/**
 * Whether a paragraph left out of the pairs looks like a title (rather than
 * a stray piece of an abstract).
 *
 * @example
 * looksLikeTitle({value: 'MATH-Beyond: A Benchmark for RL', lines: 1}) // true
 */
export function looksLikeTitle(paragraph: ParagraphShape): boolean {
  return titleCost(paragraph) === 0
}

// 0 for a typical title; at most 5.
function titleCost({value, lines}: ParagraphShape): number {
  let cost = 0
  if (lines > 1) cost += 2
  if (value.length > 300) cost += 2
  else if (value.length > 200) cost += 1
  if (value.endsWith('.') && !value.endsWith('..')) cost += 1
  if (countSentenceBreaks(value, 1) >= 1) cost += 1
  return Math.min(cost, 5)
}

// A short title-case line that is not a sentence is never an abstract, so
// two titles in a row (both without abstract) do not pair up. `shortTitleCase`:
// one line, under 150 characters, in title case.
function canBeAbstract({value}: ParagraphShape, shortTitleCase: boolean): boolean {
  return !(shortTitleCase && !endsSentence(value) && countSentenceBreaks(value, 1) === 0)
}

// 0 for a typical abstract; at most 4.
function abstractCost({value}: ParagraphShape, shortTitleCase: boolean): number {
  let cost = 0
  if (value.length < 80) cost += 2
  else if (value.length < 200) cost += 1
  if (!endsSentence(value) && countSentenceBreaks(value, 1) === 0) cost += 1
  if (shortTitleCase) cost += 1
  return Math.min(cost, 4)
}

// `. W`, `? W`, `! W` with an upper-case letter after: a new sentence.
// Stops counting at `limit`, so long abstracts cost little.
function countSentenceBreaks(value: string, limit: number): number {
  let breaks = 0
  let from = 0
  for (;;) {
    const at = value.indexOf('. ', from)
    if (at === -1) return breaks
    const next = value.charAt(at + 2)
    if (next !== next.toLowerCase() && next === next.toUpperCase()) {
      breaks++
      if (breaks >= limit) return breaks
    }

    from = at + 2
  }
}

// Sticky: each tests the code point at `lastIndex`, a word's start.
const letterAt = /\p{L}/uy
const upperCaseAt = /\p{Lu}/uy

// Most words capitalised, as in `Reasoning Vectors: Transferring Chain`.
// Words are the parts between single spaces; those longer than 3 code units
// that start with a letter count. (Hot: runs for every short paragraph of a
// listing; the words are walked in place, not split into an array.)
function isTitleCase(value: string): boolean {
  let words = 0
  let capitalised = 0
  for (let start = 0; start <= value.length; ) {
    let end = value.indexOf(' ', start)
    if (end === -1) end = value.length
    if (end - start > 3 && isAt(letterAt, value, start)) {
      words++
      if (isAt(upperCaseAt, value, start)) capitalised++
    }

    start = end + 1
  }

  return words > 0 && capitalised / words >= 0.6
}

function isAt(pattern: RegExp, value: string, index: number): boolean {
  pattern.lastIndex = index
  return pattern.test(value)
}
