import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {CLAIM_COLUMNS} from '../src/schema/claim.js'
import {toJsonLines} from '../src/table/to-json-lines.js'
import {buildClaim} from './build-claim.js'

describe('toJsonLines', () => {
  it('writes one snake_case object per line, keys in column order, then a line break', () => {
    const claim = buildClaim({model: 'Tango', baselineValue: 36, value: 73.6, sentence: 'a\nb\u2028c'})
    const text = toJsonLines([claim, claim])
    const lines = text.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(lines[0]).toContain('"a\\nb\\u2028c"')
    const row = JSON.parse(lines[0] ?? '') as Record<string, unknown>
    expect(Object.keys(row)).toEqual([...CLAIM_COLUMNS])
    expect(row).toMatchObject({model: 'Tango', baseline_value: 36, value: 73.6, delta: null, sentence: 'a\nb\u2028c'})
  })

  it('writes nothing for no claims', () => {
    expect(toJsonLines([])).toBe('')
  })

  it('keeps any sentence on its line (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({unit: 'binary'}), {maxLength: 4}), (sentences) => {
        const text = toJsonLines(sentences.map((sentence) => buildClaim({sentence})))
        const lines = text.split('\n').slice(0, -1)
        expect(lines.map((line) => (JSON.parse(line) as {sentence: string}).sentence)).toEqual(sentences)
      })
    )
  })
})
