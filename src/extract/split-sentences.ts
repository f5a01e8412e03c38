import {parseSentences} from './parse-sentences.js'

/** A sentence span of a text. */
export interface SentenceSpan {
  start: number
  end: number
}

// Real abstracts are a few thousand characters; beyond these sizes the text
// is not prose, and a plain splitter keeps the work linear.
const retextLimit = 50_000
const longestSentence = 1500

const abbreviation = /\b(?:vs|e\.g|i\.e|al|cf|approx|resp|fig|eq|sec|tab|no|ca|avg|incl|est|max|min)\.$/iu

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
function pushCut(text: string, span: SentenceSpan, spans: SentenceSpan[]): void {
  let start = span.start
  while (span.end - start > longestSentence) {
    const window = text.slice(start, start + longestSentence)
    const space = window.lastIndexOf(' ')
    const end = space > longestSentence / 2 ? start + space : start + longestSentence
    spans.push({start, end})
    start = end
  }
  spans.push(start === span.start ? span : {start, end: span.end})
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
    spans = text.length > retextLimit ? splitPlainly(text) : parseSentences(text)
  } catch {
    // parse-english recurses deeply on some inputs (`1.1.1.1…`).
    spans = splitPlainly(text)
  }
  const joined: SentenceSpan[] = []
  let previous: SentenceSpan | undefined
  for (const span of spans) {
    // (Nor at LaTeX's negative space, `$323\!\pm\!125$`, no exclamation.)
    const tail = previous ? text.slice(Math.max(previous.start, previous.end - 8), previous.end) : ''
    if (previous && previous.end - previous.start < longestSentence && (abbreviation.test(tail) || tail.endsWith('\\!'))) {
      previous.end = span.end
    } else {
      if (previous) pushCut(text, previous, joined)
      previous = span
    }
  }
  if (previous) pushCut(text, previous, joined)
  return joined
}
