// pairTitles as it was before the speed work (commit c25bd07), kept as the
// reference that the fast version is compared with in parse-fast-paths.test.ts.
import type {ParagraphShape, Segment} from '../src/parse/pair-titles.js'

const SINGLE_COST = 10

export function referencePairTitles(paragraphs: readonly ParagraphShape[]): Segment[] {
  const count = paragraphs.length
  const asTitle = paragraphs.map((paragraph) => titleCost(paragraph))
  const asAbstract = paragraphs.map((paragraph) => abstractCost(paragraph))
  // best[i]: least cost of the first i paragraphs; pairedAt[i]: whether
  // that best ends with a pair.
  const best: number[] = [0]
  const pairedAt: boolean[] = [false]
  for (let index = 1; index <= count; index++) {
    const single = (best[index - 1] as number) + SINGLE_COST
    const pair =
      index >= 2 && canBeAbstract(paragraphs[index - 1] as ParagraphShape)
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
// two titles in a row (both without abstract) do not pair up.
function canBeAbstract({value, lines}: ParagraphShape): boolean {
  return !(lines === 1 && value.length < 150 && !endsSentence(value) && countSentenceBreaks(value, 1) === 0 && isTitleCase(value))
}

// 0 for a typical abstract; at most 4.
function abstractCost({value, lines}: ParagraphShape): number {
  let cost = 0
  if (value.length < 80) cost += 2
  else if (value.length < 200) cost += 1
  if (!endsSentence(value) && countSentenceBreaks(value, 1) === 0) cost += 1
  if (lines === 1 && value.length < 150 && isTitleCase(value)) cost += 1
  return Math.min(cost, 4)
}

function endsSentence(value: string): boolean {
  return /[.!?。！？]["')\]”’]?$/u.test(value)
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

const startsWithLetter = /^\p{L}/u
const startsUpperCase = /^\p{Lu}/u

// Most words capitalised, as in `Reasoning Vectors: Transferring Chain`.
// (Hot: runs for every short paragraph of a listing; the length test goes first.)
function isTitleCase(value: string): boolean {
  const words = value.split(' ').filter((word) => word.length > 3 && startsWithLetter.test(word))
  if (words.length === 0) return false
  const capitalised = words.filter((word) => startsUpperCase.test(word)).length
  return capitalised / words.length >= 0.6
}
