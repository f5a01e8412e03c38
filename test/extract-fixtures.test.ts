import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'

// Golden claim fixtures: `NAME.txt` is an abstract, `NAME.json` the rows a
// reader expects from it (only the fields listed are compared).
const folder = new URL('fixtures/claims/', import.meta.url)
const names = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -4))

describe('golden claim fixtures', () => {
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(new URL(`${name}.txt`, folder), 'utf8').trim()
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8')) as Array<Record<string, unknown>>
      const claims = extractClaims(text)
      expect(claims.map((claim) => Object.fromEntries(Object.keys(expected[claims.indexOf(claim)] ?? {}).map((key) => [key, (claim as Record<string, unknown>)[key]])))).toEqual(expected)
    })
  }
})
