import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'

describe('baseline names', () => {
  it.each([
    ['Our agent raises the success rate from 12% to 48%, compared to the 55% reached by a human operator.', 48, null],
    ['The distilled model outperforms ResNet-50 by 3.1 points on ImageNet.', 3.1, 'ResNet-50'],
    // A model name with spaced digits stays whole (the phrase alone stops at ` 3`).
    ['Our 8B model comes within 0.4 points of Llama 3.1 70B on MMLU.', -0.4, 'Llama 3.1 70B'],
    ['FooNet outperforms Qwen2.5 72B by 2.3 points on GSM8K.', 2.3, 'Qwen2.5 72B']
  ])('%s', (sentence, number, baseline) => {
    const claim = extractClaims(sentence).find((row) => row.value === number || row.delta === number)
    expect(claim).toBeDefined()
    expect(claim!.baseline).toBe(baseline)
  })
})
