import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'

describe('claims of an unnamed baseline', () => {
  const paper = {
    index: 0,
    arxivId: null,
    title: 'ZetaPrune: Shorter Reasoning for Small Models',
    abstract:
      'We present ZetaPrune. With a 1.5B model, our method achieves a 40% length reduction on GSM8K, while the previous baseline sacrifices 3.0% accuracy for a 20% length reduction.'
  }

  it.each([
    [-40, 'ZetaPrune'],
    // The clause is about the baseline: not the paper's method.
    [-3, null],
    [-20, null]
  ])('delta %s has model %s', (delta, model) => {
    const claim = extractClaims(paper).find((row) => row.delta === delta)
    expect(claim).toBeDefined()
    expect(claim!.model).toBe(model)
  })
})

describe('list items share their system', () => {
  const paper = {
    index: 0,
    arxivId: null,
    title: 'ZetaTune: Error-Aware Preference Learning',
    abstract:
      'We present ZetaTune. Experiments confirm the effect of ZetaTune, with training on Qwen2-7B-Instruct yielding gains of 2.5% on GSM8K and 6.1% on MATH.'
  }

  it.each([[2.5], [6.1]])('delta %s is Qwen2-7B-Instruct with ZetaTune', (delta) => {
    const claim = extractClaims(paper).find((row) => row.delta === delta)
    expect(claim).toMatchObject({model: 'Qwen2-7B-Instruct', method: 'ZetaTune'})
  })
})
