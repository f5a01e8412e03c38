// The parser's speed tricks agree with the plain code they replace: each
// property compares a fast path with a copy of the code it stands for.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {locate} from '../src/message/locate.js'
import {collectLinks, mayHoldLinks} from '../src/parse/collect-links.js'
import {endsSentence} from '../src/parse/ends-sentence.js'
import {parseDateLine} from '../src/parse/parse-date-line.js'
import {parseMonthDay} from '../src/parse/parse-month-day.js'
import {pairTitles} from '../src/parse/pair-titles.js'
import {readPlainText} from '../src/parse/read-plain-text.js'
import {cleanLine} from '../src/parse/trim-span.js'
import {referencePairTitles} from './reference-pair-titles.js'

const runs = Number(process.env.PARSE_RUNS ?? 300)

// Pieces of URLs in every case, `İ` (which lower-cases to two code units),
// white space and the punctuation that ends or trims a URL.
const linkText = fc
  .array(fc.constantFrom('http', 'HTTP', 'Http', 'hTtPs', 'https', 'S', 's', '://', ':/', '/', 'x.y', 'İ', 'ß', ' ', '\u00A0', '.', ')', '(', ']', '\n', 'é'), {maxLength: 30})
  .map((parts) => parts.join(''))

// The URL scan as it was: over a lower-cased copy of the text.
function referenceUrls(text: string): string[] {
  const lower = text.toLowerCase()
  const urls: string[] = []
  let from = 0
  for (;;) {
    const at = lower.indexOf('http', from)
    if (at === -1) return [...new Set(urls)]
    let start = at + 4
    if (lower.charCodeAt(start) === 115) start++
    if (!lower.startsWith('://', start)) {
      from = at + 4
      continue
    }

    let end = start + 3
    while (end < text.length && !/[\s<>"`{|\\^]/.test(text.charAt(end)) && text.charCodeAt(end) > 32) end++
    const url = referenceTrim(text.slice(at, end))
    if (url.length > lower.slice(at, start + 3).length) urls.push(url)
    from = end
  }
}

function referenceTrim(url: string): string {
  let end = url.length
  for (;;) {
    const last = url.charAt(end - 1)
    if ('.,;:!?\'"*_~…。，、；'.includes(last) && last !== '') {
      end--
      continue
    }

    const opener = {')': '(', ']': '[', '}': '{'}[last]
    const body = url.slice(0, end)
    if (opener !== undefined && body.split(opener).length < body.split(last).length) {
      end--
      continue
    }

    return url.slice(0, end)
  }
}

// parseDateLine as it was, without the month pre-test.
function referenceDateLine(line: string) {
  if (line.length > 48) return null
  const parts = line.trim().split(/\s+/)
  if (parts.length < 2 || parts.length > 4) return null
  for (const size of [3, 2]) {
    if (parts.length < size || parts.length > size + 1) continue
    const date = parseMonthDay(parts.slice(0, size).join(' '))
    if (!date) continue
    const rest = parts[size]
    if (rest === undefined) return {date, count: null}
    if (/^\d{1,7}$/.test(rest)) return {date, count: Number(rest)}
  }

  return null
}

describe('fast paths of the parser', () => {
  it('endsSentence equals the regex it replaces', () => {
    const text = fc.string({unit: fc.constantFrom('a', '.', '!', '?', '。', '！', '？', '"', "'", ')', ']', '”', '’', ' ', '😀', '\uD800')})
    fc.assert(
      fc.property(text, (value) => {
        expect(endsSentence(value)).toBe(/[.!?。！？]["')\]”’]?$/u.test(value))
      }),
      {numRuns: runs * 3}
    )
  })

  it('pairTitles pairs as the version before the speed work', () => {
    const word = fc.constantFrom('A', 'The', 'one', 'Title', 'title', 'Über', 'über', '𝐀bcd', 'Ωmega', 'we', 'show', 'that', 'It', 'works.', 'Yes!', 'done.”', '(see)', '', '1234', 'ÉCOLE')
    const value = fc.array(word, {maxLength: 30}).map((words) => words.join(' '))
    const paragraph = fc.record({value, lines: fc.integer({min: 1, max: 3})})
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 8}), (paragraphs) => {
        expect(pairTitles(paragraphs)).toEqual(referencePairTitles(paragraphs))
      }),
      {numRuns: runs * 3}
    )
  })

  it('collectLinks finds nothing where mayHoldLinks says so', () => {
    const text = fc.string({unit: fc.constantFrom('h', 'H', 't', 'T', 'p', 'P', 'a', 'A', 'r', 'x', 'X', 'i', 'İ', 'ı', 'v', ':', '/', '2', '4', '.', ' ', '\n')})
    fc.assert(
      fc.property(text, (value) => {
        if (!mayHoldLinks(value)) expect(collectLinks(value)).toEqual([])
      }),
      {numRuns: runs * 3}
    )
  })

  it('parseDateLine equals the version without the month pre-test', () => {
    const part = fc.constantFrom('Sep', 'sept', 'SEPTEMBER', 'May', 'mAy', 'Dec', 'Decx', 'Jan', 'ſep', 'Title', '16', '16,', '2024', '3', '\u00A0', ' ', '\t', '')
    const line = fc.array(part, {maxLength: 6}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(line, (value) => {
        expect(parseDateLine(value)).toEqual(referenceDateLine(value))
      }),
      {numRuns: runs * 3}
    )
  })

  it('collectLinks finds the URLs the lower-cased scan finds', () => {
    fc.assert(
      fc.property(linkText, (text) => {
        expect(collectLinks(text).map((link) => link.url)).toEqual(referenceUrls(text))
      }),
      {numRuns: runs * 3}
    )
  })

  it('cleanLine equals trimming and replacing tabs and NBSP', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', ' ', '\t', '\u00A0', '\u3000', 'é', '\n')}), (value) => {
        expect(cleanLine(value)).toBe(value.trim().replace(/[\t\u00A0]/g, ' '))
      }),
      {numRuns: runs}
    )
  })

  it('readPlainText gives the points locate gives', () => {
    const line = fc.constantFrom('Nov 12', 'A Title Of Words', '  Indented Title', 'We show that it works. It does.', '  • 2 authors', '·', 'Sep 16 3', 'tencent Tencent', '', '  ', '\t')
    const ending = fc.constantFrom('\n', '\r\n', '\r', '\n\n')
    const listing = fc.array(fc.tuple(line, ending), {minLength: 1, maxLength: 40}).map((lines) => lines.flat().join(''))
    fc.assert(
      fc.property(listing, (text) => {
        if (text.trim() === '') return
        const toPoint = locate(text)
        const {papers, messages} = readPlainText(text)
        for (const paper of papers) {
          for (const span of Object.values(paper.position)) {
            expect(span.start).toEqual(toPoint(span.start.offset))
            expect(span.end).toEqual(toPoint(span.end.offset))
          }
        }

        for (const message of messages) expect(message.place).toEqual(toPoint(message.place.offset))
      }),
      {numRuns: runs}
    )
  })
})
