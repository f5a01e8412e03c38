import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

/** A sentence span of a text. */
export interface SentenceSpan {
  start: number
  end: number
}

const processor = unified().use(retextEnglish)

/**
 * Split a text into sentences with retext (parse-english), keeping offsets.
 *
 * @example
 * splitSentences('It works. It is fast.') // [{start: 0, end: 9}, {start: 10, end: 21}]
 */
export function splitSentences(text: string): SentenceSpan[] {
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
  // parse-english ends sentences at some abbreviations (`vs.`, `e.g.`): join them back.
  const joined: SentenceSpan[] = []
  for (const span of spans) {
    const previous = joined.at(-1)
    if (previous && abbreviation.test(text.slice(Math.max(previous.start, previous.end - 8), previous.end))) {
      previous.end = span.end
    } else joined.push({...span})
  }
  return joined
}

const abbreviation = /\b(?:vs|e\.g|i\.e|al|cf|approx|resp|fig|eq|sec|tab|no|ca)\.$/iu
