import {readFileSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {claimsFromListing as ClaimsFromListing} from '../src/extract/claims-from-listing.js'
import type {extractClaims as ExtractClaims} from '../src/extract/extract-claims.js'
import type {streamClaims as StreamClaims} from '../src/stream/stream-claims.js'
import {parseListing} from '../src/parse/parse-listing.js'
import {createWorkerPool, type WorkerPool} from '../src/stream/create-worker-pool.js'
import {ensureBuilt} from './cli-run.js'

const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
const {papers} = parseListing(seed)
let pool: WorkerPool
// The oracle is the same build the worker runs (`dist/index.js`), so the
// test is about the threads, not about sources edited since the build.
let extractClaims: typeof ExtractClaims
let built: {claimsFromListing: typeof ClaimsFromListing; streamClaims: typeof StreamClaims}

beforeAll(async () => {
  ensureBuilt()
  const module = (await import(new URL('../dist/index.js', import.meta.url).href)) as {extractClaims: typeof ExtractClaims} & typeof built
  extractClaims = module.extractClaims
  built = module
  pool = createWorkerPool(new URL('../dist/claims-worker.cjs', import.meta.url), 2, {benchmarks: [{name: 'ZorbBench-7'}]})
})

afterAll(async () => {
  await pool.close()
})

describe('createWorkerPool (the built dist/claims-worker.cjs)', {timeout: 60_000}, () => {
  it('extracts the same claims as this thread, batch by batch, whatever order they finish in', async () => {
    const batches = [papers.slice(0, 10), papers.slice(10, 50), papers.slice(50, 51), papers.slice(51), []]
    const results = await Promise.all(batches.map((batch) => pool.extract(batch)))
    const options = {benchmarks: [{name: 'ZorbBench-7'}]}
    expect(results.map((result) => result.claims)).toEqual(
      batches.map((batch) => batch.flatMap((paper) => extractClaims(paper, options)))
    )
    expect(results.flatMap((result) => result.messages)).toEqual([])
    expect(results.flatMap((result) => result.claims).length).toBeGreaterThan(30)
  })

  it('has a tagger thread next to the built worker, which the workers ask', () => {
    expect(pool.tagger).toBeInstanceOf(SharedArrayBuffer)
  })

  it('passes the extract options to the workers', async () => {
    const [paper] = parseListing('Nov 12\n\nA Title\n\nOur method reaches 91.5% accuracy on ZorbBench-7.\n\n  • 2 authors\n·\nSep 16\n').papers
    const {claims} = await pool.extract(paper ? [paper] : [])
    expect(claims.map((claim) => claim.benchmark)).toContain('ZorbBench-7')
  })

  // Many small batches: the queue, the read-ahead while the tagger loads, and
  // this thread extracting beside the workers all come into play.
  it.each([2, 3])('streams the claims of claimsFromListing, in order, with --jobs %i and small batches', async (jobs) => {
    const text = Array.from({length: 3}, () => seed).join('\n\n')
    const streamed = []
    for await (const claim of built.streamClaims([text], {jobs, workerThreshold: 0, batchSize: 8192})) streamed.push(claim)
    const whole = built.claimsFromListing(text).claims
    expect(whole.length).toBeGreaterThan(100)
    expect(streamed).toEqual(whole)
  })
})
