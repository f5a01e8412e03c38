import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {findSafeBreaks} from './find-safe-breaks.js'

/** A sentence span of a text. */
export interface SentenceSpan {
  start: number
  end: number
}

const processor = unified().use(retextEnglish)

// Real abstracts are a few thousand characters; beyond these sizes the text
// is not prose, and a plain splitter keeps the work linear.
const retextLimit = 50_000
const longestSentence = 1500

const abbreviation = /\b(?:vs|e\.g|i\.e|al|cf|approx|resp|fig|eq|sec|tab|no|ca)\.$/iu

// A piece with no sentence mark but its final full stop (and decimal points,
// which retext merges back), no line break, and a letter first is one
// sentence to retext: its parse is skipped.
const plainPiece = /^[A-Za-z](?:[^\n\r!.?\u2026\u203D]|(?<=\d)\.(?=\d))*\.$/u

// Retext only where a piece between safe breaks is not plainly one sentence
// (the parse was most of the extractor's time).
function splitWithRetext(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  for (const end of [...findSafeBreaks(text), text.length]) {
    const piece = text.slice(start, end)
    if (plainPiece.test(piece)) spans.push({start, end})
    else for (const span of parseWithRetext(piece)) spans.push({start: start + span.start, end: start + span.end})
    start = end + 1
  }
  return spans
}

function parseWithRetext(text: string): SentenceSpan[] {
  const tree = processor.parse(text) as Root
  const spans: SentenceSpan[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start === undefined || end === undefined) continue
      spans.push({start, end})
    }
  }
  return spans
}

// Sentence ends: `.`, `!` or `?` before white space or the end.
function splitPlainly(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  for (const match of text.matchAll(/[.!?](?=\s|$)/gu)) {
    const end = match.index + 1
    if (end > start) spans.push({start, end})
    start = end
    while (start < text.length && /\s/u.test(text[start]!)) start++
  }
  if (start < text.length) spans.push({start, end: text.length})
  return spans
}

// Cut a run-on span at white space so no sentence exceeds `longestSentence`.
function cut(text: string, span: SentenceSpan): SentenceSpan[] {
  const pieces: SentenceSpan[] = []
  let start = span.start
  while (span.end - start > longestSentence) {
    const window = text.slice(start, start + longestSentence)
    const space = window.lastIndexOf(' ')
    const end = space > longestSentence / 2 ? start + space : start + longestSentence
    pieces.push({start, end})
    start = end
  }
  pieces.push({start, end: span.end})
  return pieces
}

/**
 * Split a text into sentences with retext (parse-english), keeping offsets.
 * Sentences are not ended at `vs.` or `e.g.`; very long inputs and run-on
 * sentences are cut plainly so the work stays linear.
 *
 * @example
 * splitSentences('It works. It is fast.') // [{start: 0, end: 9}, {start: 10, end: 21}]
 */
export function splitSentences(text: string): SentenceSpan[] {
  let spans: SentenceSpan[]
  try {
    spans = text.length > retextLimit ? splitPlainly(text) : splitWithRetext(text)
  } catch {
    // parse-english recurses deeply on some inputs (`1.1.1.1…`).
    spans = splitPlainly(text)
  }
  const joined: SentenceSpan[] = []
  for (const span of spans) {
    const previous = joined.at(-1)
    if (previous && previous.end - previous.start < longestSentence && abbreviation.test(text.slice(Math.max(previous.start, previous.end - 8), previous.end))) {
      previous.end = span.end
    } else joined.push({...span})
  }
  return joined.flatMap((span) => cut(text, span))
}
