import {describe, expect, it} from 'vitest'
import {cutShortReason} from '../src/parse/cut-short-reason.js'

describe('cutShortReason', () => {
  it.each([
    ['a full stop', 'It improves accuracy by 3.2%.'],
    ['a question', 'Can agents plan?'],
    ['a closing quote after a full stop', 'We call it “whole.”'],
    ['a link', 'Code: https://github.com/zeta/solve'],
    ['a link as arXiv writes it', 'Code is available at this https URL'],
    ['tags', 'accessible to all. #MedicalImaging #CAD'],
    ['trailing blanks after a full stop', 'It works.  \n']
  ])('takes an abstract that ends with %s as whole', (_, abstract) => {
    expect(cutShortReason(abstract)).toBeUndefined()
  })

  it.each([
    ['It improves accuracy by 3.2% on the held', '…It improves accuracy by 3.2% on the held'],
    ['We evaluate on GSM8K, MATH and', '…We evaluate on GSM8K, MATH and'],
    // (Only the last 40 characters are quoted.)
    ['Extensive experiments on twelve benchmarks show that ZetaSolve improves', '… benchmarks show that ZetaSolve improves']
  ])('says where `%s` stops', (abstract, quoted) => {
    expect(cutShortReason(abstract)).toBe(`Expected the last abstract to end a sentence, not the end of the listing after \`${quoted}\``)
  })
})
