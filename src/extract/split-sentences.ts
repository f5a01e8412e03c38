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
  return spans
}
