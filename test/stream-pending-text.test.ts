// Text kept in pieces answers as the joined string would: lines, line
// breaks, slices; and a batch parsed from parts equals the joined parse.
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkText, checkTextParts} from '../src/parse/check-text.js'
import {parseListing, parseTextParts} from '../src/parse/parse-listing.js'
import {splitLines} from '../src/parse/split-lines.js'
import {PendingText} from '../src/stream/pending-text.js'

const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
const runs = Number(process.env.PARSE_RUNS ?? 300)

// Pieces full of line endings, so that `\r` | `\n` seams come up often.
const piece = fc.string({unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '\u0000', '\uFFFD'), minLength: 1, maxLength: 6})
const pieces = fc.array(piece, {maxLength: 12})

describe('PendingText', () => {
  it('answers as the joined text (property)', () => {
    fc.assert(
      fc.property(pieces, pieces, fc.nat(), fc.nat(), fc.nat(), (head, tail, dropAt, endAt, limitAt) => {
        const pending = new PendingText()
        pending.push(head)
        const dropped = head.join('').length === 0 ? 0 : dropAt % (head.join('').length + 1)
        pending.drop(dropped)
        pending.push(tail)
        const text = (head.join('') + tail.join('')).slice(dropped)
        const end = endAt % (text.length + 1)
        const limit = limitAt % (text.length + 2)
        expect(pending.length).toBe(text.length)
        expect(pending.parts(end).join('')).toBe(text.slice(0, end))
        expect(pending.lines(end)).toEqual(splitLines(text.slice(0, end)))
        expect(pending.lastNewline(limit)).toBe(text.lastIndexOf('\n', limit))
        expect(pending.charCodeAt(limit - 1)).toEqual(text.charCodeAt(limit - 1))
        expect(checkTextParts(pending.parts(end))).toEqual(checkText(text.slice(0, end)))
        expect(pending.text()).toBe(text)
        expect(pending.lines()).toEqual(splitLines(text))
      }),
      {numRuns: runs}
    )
  })

  it('parseTextParts equals parseListing of the joined parts', () => {
    const cuts = fc.array(fc.nat({max: seed.length}), {maxLength: 6}).map((offsets) => [...new Set(offsets)].sort((a, b) => a - b))
    fc.assert(
      fc.property(cuts, fc.constantFrom('\n', '\r\n', '\r'), (offsets, ending) => {
        const text = seed.replaceAll('\n', ending)
        const parts = [0, ...offsets].map((start, index) => text.slice(start, offsets[index] ?? text.length)).filter(Boolean)
        expect(parseTextParts(parts, splitLines(text), {year: 2025})).toEqual(parseListing(text, {format: 'text', year: 2025}))
      }),
      {numRuns: 20}
    )
  })
})
