import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {claimsFromListing} from '../src/extract/claims-from-listing.js'
import type {Claim} from '../src/schema/claim.js'
import type {Message} from '../src/schema/message.js'
import {createRegistry} from '../src/registry/create-registry.js'
import {streamClaims, type StreamClaimsOptions} from '../src/stream/stream-claims.js'

const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
const more = readFileSync(new URL('fixtures/more-papers.txt', import.meta.url), 'utf8')
const text = seed + '\n\n' + more
const whole = claimsFromListing(text)

function cut(value: string, sizes: readonly number[]): string[] {
  const chunks: string[] = []
  let at = 0
  for (let index = 0; at < value.length; index++) {
    const size = sizes[index % sizes.length] ?? 1
    chunks.push(value.slice(at, at + size))
    at += size
  }

  return chunks
}

async function collect(chunks: Iterable<string | Uint8Array>, options: StreamClaimsOptions = {}) {
  const claims: Claim[] = []
  const messages: Message[] = []
  for await (const claim of streamClaims(chunks, {...options, onMessage: (message) => messages.push(message)})) {
    claims.push(claim)
  }

  return {claims, messages}
}

describe('streamClaims', () => {
  it('finds claims in the listings (the comparison below is not vacuous)', () => {
    expect(whole.claims.length).toBeGreaterThan(50)
    expect(new Set(whole.claims.map((claim) => claim.paperIndex)).size).toBeGreaterThan(20)
  })

  it('gives the claims and messages of claimsFromListing, in order, for chunks of any size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({min: 1, max: 30_000}), {minLength: 1, maxLength: 6}),
        fc.integer({min: 2048, max: 100_000}),
        async (sizes, batchSize) => {
          const streamed = await collect(cut(text, sizes), {batchSize, jobs: 1})
          expect(streamed.claims).toEqual(whole.claims)
          expect(streamed.messages).toEqual(whole.messages)
        }
      ),
      {numRuns: 6}
    )
  })

  it('reads bytes (a Buffer cut anywhere)', async () => {
    const bytes = Buffer.from(seed)
    const chunks: Buffer[] = []
    for (let at = 0; at < bytes.length; at += 1001) chunks.push(bytes.subarray(at, at + 1001))
    const streamed = await collect(chunks, {batchSize: 4096, jobs: 1})
    expect(streamed.claims).toEqual(claimsFromListing(seed).claims)
  })

  it('runs on this thread from source even with jobs > 1 (no built worker next to the module)', async () => {
    const streamed = await collect([text], {jobs: 4, workerThreshold: 0})
    expect(streamed.claims).toEqual(whole.claims)
  })

  it('passes extra registry entries to the extractor', async () => {
    const listing = 'Nov 12\n\nA Title\n\nOur method reaches 91.5% accuracy on ZorbBench-7.\n\n  • 2 authors\n·\nSep 16\n'
    const streamed = await collect([listing], {jobs: 1, benchmarks: [{name: 'ZorbBench-7'}]})
    const expected = claimsFromListing(listing, {benchmarks: [{name: 'ZorbBench-7'}]}).claims
    expect(streamed.claims).toEqual(expected)
    expect(streamed.claims.map((claim) => claim.benchmark)).toContain('ZorbBench-7')
  })

  it('uses a registry passed in (built once by the caller)', async () => {
    const listing = 'Nov 12\n\nA Title\n\nOur method reaches 91.5% accuracy on QuuxBench.\n\n  • 2 authors\n·\nSep 16\n'
    const registry = createRegistry({benchmarks: [{name: 'QuuxBench'}]})
    const streamed = await collect([listing], {jobs: 4, workerThreshold: 0, registry})
    expect(streamed.claims).toEqual(claimsFromListing(listing, {registry}).claims)
    expect(streamed.claims.map((claim) => claim.benchmark)).toContain('QuuxBench')
  })

  it('stops at maxClaims per abstract with the claims-limit messages of claimsFromListing', async () => {
    const expected = claimsFromListing(seed, {maxClaims: 1})
    expect(expected.messages.some((message) => message.ruleId === 'claims-limit')).toBe(true)
    const streamed = await collect([seed], {maxClaims: 1, jobs: 1})
    expect(streamed.claims).toEqual(expected.claims)
    expect(streamed.messages).toEqual(expected.messages)
  })
})
