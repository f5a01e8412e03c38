import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findSafeBreaks} from '../src/extract/find-safe-breaks.js'
import {isOneSentence} from '../src/extract/is-one-sentence.js'
import {parseSentences} from '../src/extract/parse-sentences.js'
import {readFullStop} from '../src/extract/read-full-stop.js'
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

describe('readFullStop', () => {
  it.each([
    ['It is 5.3%.', 'ends'],
    ['We use RL (GRPO).', 'ends'],
    ['It helps LLMs.', 'ends'],
    ['It is self-reasoning.', 'ends'],
    ['It beats GPT-4o.', 'ends'],
    ['We use Qwen2.5.', 'ends'],
    ['It scores 85.3.', 'ends'],
    ['Version 1.2.3.', 'ends'],
    ['In 2024.', 'ends'],
    ['See tech-srl/code2seq.', 'ends'],
    ['For example e.g.', 'stays'],
    ['In the U.S.', 'stays'],
    ['Appendix A.1.', 'stays'],
    ['Smith et al.', 'stays'],
    ['Seen in sept.', 'stays'],
    ['It was LTD.', 'stays'],
    ['Boston, Mass.', 'stays'],
    ['In 12.', 'stays'],
    ['Option a.', 'stays'],
    ['See etc.', 'stays'],
    ['Of x/ab.', undefined],
    ['It is -12.', 'stays'],
    ['It is x--12.', undefined],
    ['It is café.', undefined],
    ['It is Q&A.', undefined],
    ['It is self-.', undefined],
    ['It is over..', undefined],
    ['Removing the exp(d)-dependence.', 'ends'],
    ['It holds for 0<delta<1000.', 'ends'],
    ['It holds for 0<delta<1.', 'stays'],
    ['The norm |x|_2.', 'stays'],
    ['The norm |x|_inf.', 'ends'],
    ['See x:abc.', undefined],
    ['See a=abc.', undefined],
    ['See |__abc.', undefined],
    ['See é-abc.', undefined],
    ['See &abc.', undefined]
  ] as const)('%j → %j', (text, expected) => {
    expect(readFullStop(text, text.length - 1)).toBe(expected)
    const ends = new Set(wholeSpans(text + ' We go.').map((span) => span.end))
    if (expected !== undefined) expect(ends.has(text.length)).toBe(expected === 'ends')
  })
})

describe('findSafeBreaks', () => {
  it.each([
    ['It works well. Then it stops.', [14]],
    ['We use SDS. Then we stop.', [11]],
    ['One. Two words here. Three.', [4, 20]],
    ['It rose by 5.3%. We stop.', [16]],
    ['We use RL (GRPO). It works.', [17]],
    ['It helps LLMs. However, no.', [14]],
    ['Is it good? We think so! It is.', [11, 24]],
    ['It has three parts. (1) We see. [2] We go.', [19, 31]],
    ['It works well. 3 more.', [14]],
    ['Seen in sept. The end.', []],
    ['It was LTD. The end.', []],
    ['See Fig. 3 and etc. The end.', [8]],
    ['As in e.g. The end.', []],
    ['It works well. then it stops.', []],
    ['It works well.  Then it stops.', []],
    ['It works well. (then) it stops.', [14]],
    [';! Then it stops. Then.', []]
  ])('%j → %j', (text, expected) => {
    expect(findSafeBreaks(text)).toEqual(expected)
    const ends = new Set(wholeSpans(text).map((span) => span.end))
    for (const at of expected) expect(ends.has(at)).toBe(true)
  })

  it('is a sentence end of retext at every break', () => {
    const text = 'Our method works well. It reaches 12.5% on GSM8K. We release SDS. The code is public.'
    const ends = new Set(wholeSpans(text).map((span) => span.end))
    expect(findSafeBreaks(text)).toHaveLength(3)
    for (const at of findSafeBreaks(text)) expect(ends.has(at)).toBe(true)
  })
})

describe('isOneSentence', () => {
  it.each([
    ['See github.com, e.g. the code.', true],
    ['Results (i.e., 5.3%) hold.', true],
    ['As Foster et al. (2020) show.', true],
    ['It uses i.i.d. samples.', true],
    ['Done (see etc.).', true],
    ['Our code is at https://x.org/a-b', true],
    ['It works. We stop.', false],
    ['Use etc.,, then.', false],
    ['In 2024. 5 more.', false],
    ['A line\nbreak.', false],
    [' Lead.', false],
    ['Trail. ', false],
    ['Wait… what.', false],
    ['', false]
  ])('%j → %j', (text, expected) => {
    expect(isOneSentence(text)).toBe(expected)
    if (expected) expect(wholeSpans(text)).toEqual([{start: 0, end: text.length}])
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

// The shapes the safe breaks and the one-sentence test read, and their near
// misses: closing marks, hyphens, initialisms, abbreviations, slashes.
const moreTokens = [...tokens, 'O', "O'", 'Ol', 'Ind', 'Kan', 'St', 'e.g', 'i.e', 'et al', 'i.i.d', 'A.1', 'GPT-4o', 'Qwen2.5', 'LLMs', 'self-reasoning', 'x--12', '-12', '5.3%', '12', '2024', '(GRPO)', '[12]', '(a)', '(2)', 'github.com', 'a/b', 'x/abc', 'http://x.org', 'Q&A', 'HumanEval+', 'exp(d)-dependence', '0<delta<1', '|x|_2', '|_ab', '|__ab', 'x:abc', '=abc', 'a=abc', '@abc', '#tag', 'x^abc', '--ab', 'x-_ab', '&ab', '!ab', 'a?ab', 'é-ab', '[', ']', '“', "'", '’', ';', '%', '&', '-', '/', '\u00A0', '\u2028']
const moreSeparators = [...separators, '.', '.,', '.,,', '.;', '.)', '.) ', '. (', '. [', '? (', '.” ', '." ', '...', '. .', '\t', ' \n', '.\u00A0']
const moreProse = fc
  .array(fc.tuple(fc.constantFrom(...moreTokens), fc.constantFrom(...moreSeparators)), {maxLength: 40})
  .map((pairs) => pairs.map(([token, separator]) => token + separator).join(''))

// Sentence-like text, so that most of it meets safe breaks and plain pieces.
const starts = ['We', 'It', '(2) We', '(a) the', '3D', 'LLMs', 'GPT-4o', '[12]', 'O', 'Mass', 'A', 'e.g', '"Quoted"', ';', '(']
const words = ['results', 'on', 'a', 'SDS', 'Qwen2.5', '5.3%', '(GRPO)', 'e.g.,', 'i.e.', 'e.g.', 'et al.', 'vs.', 'U.S.', 'etc.', 'etc.)', 'Fig.', 'github.com/a-b/code2seq', 'self-reasoning', 'Q&A', 'sept.', 'Mr.', 'i.i.d.', '1.5', '12', 'a/b', "O'", 'why?', 'no!', 'it.;', 'it.,,']
const ends = [' exp(d)-dependence.', ' 0<delta<1.', ' |_abc.', ' x:abc.', ' a=ab.', ' &ab.', ' a?ab.', ' é-ab.', ' |__ab.', '.', '?', '!', '%.', ').', '.)', ' etc.', ' e.g.', ' et al.', ' U.S.', ' 85.3.', ' 1.2.3.', ' A.1.', ' 12.', ' 1234.', ' a.', ' LLMs.', ' Mass.', ' x/abc.', ' ab/cd.', '."', '.”', "'.", '+.', '.).', '', '…', '?!', '..']
const glue = [' ', ' ', ' ', '  ', '\n', '\n\n', '']
const sentence = fc
  .tuple(fc.constantFrom(...starts), fc.array(fc.constantFrom(...words), {maxLength: 6}), fc.constantFrom(...ends), fc.constantFrom(...glue))
  .map(([start, body, end, after]) => [start, ...body].join(' ') + end + after)
const sentences = fc.array(sentence, {maxLength: 8}).map((list) => list.join(''))

describe('parseSentences', () => {
  it('gives the spans of one retext parse of the whole text, on generated marks', () => {
    fc.assert(
      fc.property(moreProse, (text) => {
        expect(parseSentences(text)).toEqual(wholeSpans(text))
      }),
      {numRuns: 1000}
    )
  })

  it('gives the spans of one retext parse of the whole text, on generated sentences', () => {
    fc.assert(
      fc.property(sentences, (text) => {
        expect(parseSentences(text)).toEqual(wholeSpans(text))
      }),
      {numRuns: 1000}
    )
  })
})

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
