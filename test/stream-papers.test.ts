import {readFileSync} from 'node:fs'
import {Readable} from 'node:stream'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseListing} from '../src/parse/parse-listing.js'
import {readArxivJsonl} from '../src/parse/read-arxiv-jsonl.js'
import type {Message} from '../src/schema/message.js'
import type {Paper} from '../src/schema/paper.js'
import {streamPaperBatches, type StreamListingOptions} from '../src/stream/stream-paper-batches.js'

const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
const more = readFileSync(new URL('fixtures/more-papers.txt', import.meta.url), 'utf8')
const arxiv = readFileSync(new URL('fixtures/arxiv-sample.jsonl', import.meta.url), 'utf8')

/** Cut `value` into chunks whose sizes cycle through `sizes`. */
function cut<T extends string | Uint8Array>(value: T, sizes: readonly number[]): T[] {
  const chunks: T[] = []
  let at = 0
  for (let index = 0; at < value.length; index++) {
    const size = sizes[index % sizes.length] ?? 1
    chunks.push(value.slice(at, at + size) as T)
    at += size
  }

  return chunks
}

async function collect(source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options: StreamListingOptions = {}) {
  const papers: Paper[] = []
  const messages: Message[] = []
  for await (const batch of streamPaperBatches(source, {...options, onMessage: (message) => messages.push(message)})) {
    expect(batch.length).toBeGreaterThan(0)
    papers.push(...batch)
  }

  return {papers, messages}
}

// Inputs whose streamed records must equal those of the whole text: the two
// real listings, listings glued together (headers inside), and CRLF.
const inputs: Array<[string, string]> = [
  ['seed', seed],
  ['more-papers', more],
  ['seed three times', seed.repeat(3)],
  ['seed + more-papers', seed + '\n\n' + more],
  ['seed with CRLF', seed.replaceAll('\n', '\r\n')],
  ['seed with CR only', seed.replaceAll('\n', '\r')],
  ['seed with a record cut short at the end', seed.slice(0, seed.length - 500)],
  ['seed without its header', seed.slice(seed.indexOf('Post-Hoc Split-Point'))]
]

describe('streamPaperBatches on plain-text listings', () => {
  it.each(inputs)('%s: the same papers and messages as parseListing on the whole text', async (_, text) => {
    const whole = parseListing(text)
    const streamed = await collect(cut(text, [4096]), {batchSize: 8192})
    expect(streamed.papers).toEqual(whole.papers)
    expect(streamed.messages).toEqual(whole.messages)
  })

  it('yields more than one batch for a large input (it streams)', async () => {
    let batches = 0
    for await (const _ of streamPaperBatches([seed.repeat(2)], {batchSize: 16_384})) batches++
    expect(batches).toBeGreaterThan(5)
  })

  it('is the same for chunks and batches of any size (property)', async () => {
    const text = seed + '\n\n' + more
    const whole = parseListing(text)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({min: 1, max: 20_000}), {minLength: 1, maxLength: 8}),
        fc.integer({min: 1024, max: 64_000}),
        async (sizes, batchSize) => {
          const streamed = await collect(cut(text, sizes), {batchSize})
          expect(streamed.papers).toEqual(whole.papers)
          expect(streamed.messages).toEqual(whole.messages)
        }
      ),
      {numRuns: 15}
    )
  })

  it('decodes characters split across byte chunks (•, ·, NBSP) whole', async () => {
    const bytes = new TextEncoder().encode(seed)
    // 1- and 3-byte chunks cut inside every multi-byte character.
    const streamed = await collect(cut(bytes, [1, 3, 2, 7]), {batchSize: 4096})
    expect(streamed.papers).toEqual(parseListing(seed).papers)
  })

  it('reads a Node readable', async () => {
    const streamed = await collect(Readable.from(cut(Buffer.from(more), [65_536])))
    expect(streamed.papers).toEqual(parseListing(more).papers)
  })

  it('keeps a BOM, so offsets are those of the text read whole', async () => {
    const text = '\uFEFF' + seed
    const streamed = await collect(cut(Buffer.from(text), [1000]), {batchSize: 2048})
    expect(streamed.papers).toEqual(parseListing(text).papers)
  })

  it('reports binary input once, fatally, and yields nothing', async () => {
    const streamed = await collect([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])])
    expect(streamed.papers).toEqual([])
    expect(streamed.messages).toEqual([
      {
        reason: 'Expected text, not binary data',
        ruleId: 'binary-input',
        source: 'benchmark-claims',
        place: {line: 1, column: 1, offset: 0},
        fatal: true
      }
    ])
  })

  it('says a category filter is ignored on a listing that is not arXiv JSON Lines', async () => {
    const streamed = await collect([seed], {categories: ['cs.LG']})
    expect(streamed.papers).toEqual(parseListing(seed).papers)
    expect(streamed.messages.map((message) => [message.ruleId, message.reason, message.fatal])).toEqual([
      ['categories-ignored', 'Expected arXiv JSON Lines for a category filter, not `text`: categories are ignored', false]
    ])
  })

  it('gives the messages of parseListing for empty input', async () => {
    const streamed = await collect([])
    expect(streamed.papers).toEqual([])
    expect(streamed.messages).toEqual(parseListing('').messages)
  })
})

describe('streamPaperBatches on arXiv JSON Lines', () => {
  it.each([[[1]], [[7, 300]], [[100_000]]])('chunks %j: the same as readArxivJsonl on the whole text', async (sizes) => {
    const whole = readArxivJsonl(arxiv, {categories: ['cs']})
    const streamed = await collect(cut(arxiv, sizes), {batchSize: 1024, categories: ['cs']})
    expect(streamed.papers).toEqual(whole.papers)
    expect(streamed.messages).toEqual(whole.messages)
    expect(streamed.papers.map((paper) => paper.arxivId)).toEqual(['2403.01234', '2404.05678', '2406.00042'])
  })

  it('detects the format without --input-format', async () => {
    const streamed = await collect([arxiv])
    expect(streamed.papers).toHaveLength(5)
  })

  it('numbers papers and places lines across many batches', async () => {
    const lines = Array.from({length: 300}, (_, index) =>
      JSON.stringify({id: `2401.${String(index).padStart(5, '0')}`, title: `Paper ${index}`, abstract: `Abstract ${index}.`})
    )
    const streamed = await collect(cut(lines.join('\n') + '\n', [333]), {batchSize: 1024})
    expect(streamed.papers.map((paper) => paper.index)).toEqual(lines.map((_, index) => index))
    expect(streamed.papers.map((paper) => paper.position.record.start.line)).toEqual(lines.map((_, index) => index + 1))
  })
})
