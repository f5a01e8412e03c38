import {describe, expect, it} from 'vitest'
import {isNounPhrase} from '../src/extract/resolve/is-noun-phrase.js'

describe('isNounPhrase (compromise part of speech for free-text measures)', () => {
  it.each([
    ['task quality', true],
    ['user-rated usefulness', true],
    ['output length', true],
    ['model size', true],
    ['size', true],
    ['win rate', true],
    ['improves', false],
    ['rather', false],
    ['quickly', false],
    ['reported', false],
    ['between methods', false],
    ['Dutch average', false]
  ])('%s → %s', (phrase, expected) => {
    expect(isNounPhrase(phrase)).toBe(expected)
  })
})
