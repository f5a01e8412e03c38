import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findSafeBreaks} from '../src/extract/find-safe-breaks.js'
import {splitSentences} from '../src/extract/split-sentences.js'

// The reference: retext over the whole text, every sentence's span.
function wholeSpans(text: string): Array<{start: number; end: number}> {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const spans: Array<{start: number; end: number}> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined) spans.push({start, end})
    }
  }
  return spans
}

describe('findSafeBreaks', () => {
  it.each([
    ['It works well. Then it stops.', [14]],
    ['We use SDS. Then we stop.', [11]],
    ['One. Two words here. Three.', [20]],
    ['Seen in sept. The end.', []],
    ['It was LTD. The end.', []],
    ['See Fig. 3 and etc. The end.', []],
    ['It works well. then it stops.', []],
    ['It works well.  Then it stops.', []],
    ['It works well. 3 more.', []],
    ['A (well). Then.', []],
    ['Mixed-case MARs. Then.', []]
  ])('%j → %j', (text, expected) => {
    expect(findSafeBreaks(text)).toEqual(expected)
  })

  it('is a sentence end of retext at every break', () => {
    const text = 'Our method works well. It reaches 12.5% on GSM8K. We release SDS. The code is public.'
    const ends = new Set(wholeSpans(text).map((span) => span.end))
    expect(findSafeBreaks(text)).toHaveLength(2)
    for (const at of findSafeBreaks(text)) expect(ends.has(at)).toBe(true)
  })
})

// Words and marks that move retext's sentence ends (abbreviations, initialisms,
// decimals, closing marks, line breaks), without the abbreviations that
// splitSentences itself joins after `vs.`, `e.g.` and the like.
const tokens = ['results', 'model', 'math', 'Then', 'We', 'It', 'A', 'SDS', 'DEC', 'INC', 'LTD', 'sept', 'ibid', 'cent', 'thurs', 'etc', 'Mr', 'Mass', 'U.S', 'GPT-4', '12.5', '1.2.3', '3', '(', ')', '"', '”', ',', ':', '…', '!', '?', 'é', '中', '😀']
const separators = [' ', ' ', ' ', '. ', '. ', '.  ', '.\n', '\n\n', '! ', '? ', '']
const prose = fc
  .array(fc.tuple(fc.constantFrom(...tokens), fc.constantFrom(...separators)), {maxLength: 50})
  .map((pairs) => pairs.map(([token, separator]) => token + separator).join(''))

describe('splitSentences with safe breaks', () => {
  it('gives the spans of one retext parse of the whole text', () => {
    fc.assert(
      fc.property(prose, (text) => {
        expect(splitSentences(text)).toEqual(wholeSpans(text))
      }),
      {numRuns: 500}
    )
  })
})
