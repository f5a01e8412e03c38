// The fast matchers (hashed words, a trie of families) find exactly what the
// straightforward ones did, on text made of registry names, their pieces in
// any case, ordinary words, and the characters that make words hard
// (possessives, periods, dashes, letters whose lower case is longer).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import benchmarks from '../src/registry/benchmarks.json'
import exactNames from '../src/registry/case-sensitive-names.json'
import metrics from '../src/registry/metrics.json'
import families from '../src/registry/model-families.json'
import suffixes from '../src/registry/model-suffixes.json'
import {createModelFinder} from '../src/registry/create-model-finder.js'
import {createNameMatcher, type NamedEntry, type NameMatcherOptions} from '../src/registry/create-name-matcher.js'
import {hashText, readWords} from '../src/registry/read-words.js'
import {referenceModelFinder, referenceNameMatcher} from './registry-matchers-reference.js'

// Modest by default; `MATCH_RUNS=20000` to search harder.
const runs = Number(process.env.MATCH_RUNS ?? 300)

const spellings = [...benchmarks, ...metrics].flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
const names = [...spellings, ...(families as string[]), ...(suffixes as string[])]
const piece = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(...names).map((name) => name.toLowerCase()),
  fc.constantFrom(...names).map((name) => name.toUpperCase()),
  fc.constantFrom(...names).map((name) => name.split(/[\s-]/u)[0]!),
  fc.constantFrom('the', 'a', 'on', 'in', 'models', 'rates', 'is', 'accuracy', 'yield', 'optimal', 'sam', 'Llama', '7B', '3.2', 'v2', 'x'),
  fc.integer({min: 0, max: 2000}).map((n) => `${n / 10}%`),
  fc.string({unit: fc.constantFrom(...'aAsSbB01.-_’\'@+&^/éİßπ𝔸Σ\u00a0'), minLength: 1, maxLength: 6})
)
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '   ', '    ', '-', '_', '', '. ', ', ', '’s ', "'s ", '’ ', "' ", '.. ', ' (', ') ', '/', '\u00a0', '\n', '–')
const joined = (parts: Array<[string, string]>): string => parts.map(([word, space]) => word + space).join('')
// Half the texts are ASCII, which the matchers read on a path of their own.
const text = fc.oneof(
  fc.array(fc.tuple(piece, gap), {minLength: 1, maxLength: 14}).map(joined),
  fc.array(fc.tuple(piece, gap), {minLength: 1, maxLength: 14}).map(joined).map((sentence) => sentence.replace(/[^\0-\x7f]/gu, ' '))
)

const matchers: Array<[string, NameMatcherOptions, readonly NamedEntry[]]> = [
  ['benchmarks', {caseMode: 'smart', exactOnly: exactNames as string[]}, benchmarks],
  ['metrics', {caseMode: 'words', foldPlural: true, exactOnly: exactNames as string[]}, metrics]
]

describe('createNameMatcher agrees with the straightforward matcher', () => {
  for (const [label, options, entries] of matchers) {
    const fast = createNameMatcher(entries, options)
    const slow = referenceNameMatcher(entries, options)
    it(`on ${label}`, () => {
      fc.assert(
        fc.property(text, fc.nat(500), (sentence, offset) => {
          expect(fast(sentence, offset)).toEqual(slow(sentence, offset))
        }),
        {numRuns: runs}
      )
    })
  }

  it('when two matchers read the same text one after the other', () => {
    const [benchmarkFast, metricFast] = matchers.map(([, options, entries]) => createNameMatcher(entries, options))
    const [benchmarkSlow, metricSlow] = matchers.map(([, options, entries]) => referenceNameMatcher(entries, options))
    fc.assert(
      fc.property(text, (sentence) => {
        expect([benchmarkFast!(sentence), metricFast!(sentence), benchmarkFast!(sentence)]).toEqual([
          benchmarkSlow!(sentence),
          metricSlow!(sentence),
          benchmarkSlow!(sentence)
        ])
      }),
      {numRuns: runs}
    )
  })
})

describe('long texts (the shared word arrays grow)', () => {
  it('find what the straightforward matchers find', () => {
    const long = fc.array(fc.tuple(piece, gap), {minLength: 60, maxLength: 200}).map(joined)
    const [benchmark, metric] = matchers.map(([, options, entries]) => [createNameMatcher(entries, options), referenceNameMatcher(entries, options)] as const)
    const models = [createModelFinder(families as string[], suffixes as string[]), referenceModelFinder(families as string[], suffixes as string[])] as const
    fc.assert(
      fc.property(long, (sentence) => {
        for (const [fast, slow] of [models, benchmark!, metric!]) expect(fast(sentence)).toEqual(slow(sentence))
      }),
      {numRuns: Math.ceil(runs / 10)}
    )
  })
})

describe('createModelFinder agrees with the straightforward finder', () => {
  const fast = createModelFinder(families as string[], suffixes as string[])
  const slow = referenceModelFinder(families as string[], suffixes as string[])
  it('on the built-in families', () => {
    fc.assert(
      fc.property(text, fc.nat(500), (sentence, offset) => {
        expect(fast(sentence, offset)).toEqual(slow(sentence, offset))
      }),
      {numRuns: runs}
    )
  })

  it('on families of any characters', () => {
    const family = fc.string({unit: fc.constantFrom(...'aAbB1-.İßπ𝔸'), minLength: 1, maxLength: 4})
    // Families also start inside words, after a symbol (`pass@1`, `a.B`).
    const glue = fc.oneof(gap, fc.constantFrom('.', '@', '+', '&', "'", '’'))
    // The text is made of the families themselves, in any case, and others.
    const listAndText = fc.array(family, {minLength: 1, maxLength: 6}).chain((list) => {
      const word = fc.oneof(family, fc.constantFrom(...list), fc.constantFrom(...list).map((name) => name.toUpperCase()))
      return fc.tuple(fc.constant(list), fc.array(fc.tuple(word, glue)))
    })
    fc.assert(
      fc.property(listAndText, ([list, parts]) => {
        const sentence = joined(parts)
        expect(createModelFinder(list, ['Base'])(sentence)).toEqual(referenceModelFinder(list, ['Base'])(sentence))
      }),
      {numRuns: runs}
    )
  })
})

describe('readWords', () => {
  it('hashes each word as its lower-case spelling, folded or not', () => {
    fc.assert(
      fc.property(text, (sentence) => {
        const words = readWords(sentence)
        for (let index = 0; index < words.count; index++) {
          const written = sentence.slice(words.starts[index], words.ends[index])
          const lower = written.toLowerCase()
          const folded = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !/[A-Z]S$/u.test(written) ? lower.slice(0, -1) : lower
          expect([words.hashes[index], words.foldHashes[index]]).toEqual([hashText(lower), hashText(folded)])
          expect(Math.imul(hashText('a'), words.foldPowers[index]!) + words.foldHashes[index]! | 0).toBe(hashText(`a${folded}`))
        }
      }),
      {numRuns: runs}
    )
  })
})
