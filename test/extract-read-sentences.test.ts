import {describe, expect, it} from 'vitest'
import {readSentences} from '../src/extract/read-sentences.js'
import {defaultRegistry} from '../src/registry/create-registry.js'

describe('readSentences', () => {
  const registry = defaultRegistry()

  it('reads every sentence, names and numbers, when one holds a result', () => {
    const abstract = 'We study ZetaSolve on GSM8K. It scores 91.2% there. Code is public.'
    const sentences = readSentences(abstract, registry)
    expect(sentences.map((sentence) => sentence.text)).toEqual(['We study ZetaSolve on GSM8K.', 'It scores 91.2% there.', 'Code is public.'])
    // (The first sentence has no digit: its names are still read, for later sentences.)
    expect(sentences[0]!.benchmarks.map((mention) => mention.name)).toEqual(['GSM8K'])
    expect(sentences[1]!.tokens.map((token) => token.value)).toEqual([91.2])
    expect(sentences.every((sentence, index) => sentence.index === index && abstract.slice(sentence.start, sentence.end) === sentence.text)).toBe(true)
  })

  it.each([
    ['no digit at all', 'We study ZetaSolve on GSM8K. Code is public.'],
    ['digits only inside names', 'We study Qwen2.5-7B on GSM8K. Code is public.']
  ])('gives nothing when no number could be a result (%s)', (_, abstract) => {
    expect(readSentences(abstract, registry)).toEqual([])
  })
})
