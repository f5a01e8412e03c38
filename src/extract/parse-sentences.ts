import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {findSafeBreaks} from './find-safe-breaks.js'
import {isOneSentence} from './is-one-sentence.js'
import type {SentenceSpan} from './split-sentences.js'

const processor = unified().use(retextEnglish)

function parseWithRetext(text: string, offset: number, spans: SentenceSpan[]): void {
  const tree = processor.parse(text) as Root
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start !== undefined && end !== undefined) spans.push({start: offset + start, end: offset + end})
    }
  }
}

/**
 * The sentences of one retext (parse-english) parse of a text, as spans. The
 * text is parsed piece by piece between safe breaks, and a piece that is
 * plainly one sentence is not parsed at all: on abstracts this leaves under
 * 1% of the text to retext, whose parse was most of the extractor's time.
 * Parse-english can throw on hostile input (deep recursion), as on the whole.
 *
 * @example
 * parseSentences('It works. We stop, e.g. here.') // [{start: 0, end: 9}, {start: 10, end: 29}]
 */
export function parseSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  const breaks = findSafeBreaks(text)
  for (let index = 0; index <= breaks.length; index++) {
    const end = index < breaks.length ? breaks[index]! : text.length
    const piece = text.slice(start, end)
    if (isOneSentence(piece)) spans.push({start, end})
    else parseWithRetext(piece, start, spans)
    start = end + 1
  }
  return spans
}
