import {availableParallelism} from 'node:os'
import type {ExtractOptions} from '../extract/extract-claims.js'
import {useTagger} from '../extract/resolve/is-noun-phrase.js'
import {createRegistry, type Registry} from '../registry/create-registry.js'
import type {Claim} from '../schema/claim.js'
import type {Paper} from '../schema/paper.js'
import {createWorkerPool, findWorkerEntry, type Extracted, type WorkerPool} from './create-worker-pool.js'
import {extractPaperClaims} from './extract-paper-claims.js'
import {askTagger} from './tagger-channel.js'
import type {ChunkSource} from './decode-chunks.js'
import {streamPaperBatches, type StreamListingOptions} from './stream-paper-batches.js'

/** Options of `streamClaims`. */
export interface StreamClaimsOptions extends StreamListingOptions, ExtractOptions {
  /**
   * Threads to extract with, this one included (default:
   * `os.availableParallelism()`, at most 4: each worker thread holds its own
   * copy of the registries). `jobs - 1` workers take batches; this thread
   * parses, and extracts a batch itself whenever the workers have enough.
   * Workers start only once `workerThreshold` characters have been read, and
   * only from the built package (`dist/`) and without a custom `registry`
   * (which cannot be sent to a thread); `1` keeps everything on this thread.
   */
  jobs?: number | undefined
  /** Characters to read before starting workers (default 2 MB): below that, starting them costs more than it saves. */
  workerThreshold?: number | undefined
  /** Called with every batch of papers as it is parsed, before its claims come out. */
  onPapers?: ((papers: readonly Paper[]) => void) | undefined
}

/**
 * Extract claims from a listing read as a stream (a Node readable, or an
 * async iterable of strings or bytes), yielding them in input order as each
 * batch of records is done: memory stays flat however large the input.
 * Records split across chunks come out whole; `paperIndex` and positions are
 * those of the whole input, so the claims equal `claimsFromListing` on the
 * whole text. Messages go to `onMessage`: those of the parser as each batch
 * is read, then `extract-failed` for an abstract whose extraction threw (its
 * claims are left out; the run goes on).
 *
 * @example
 * import fs from 'node:fs'
 * for await (const claim of streamClaims(fs.createReadStream('listing.txt'), {
 *   onMessage: (message) => console.error(formatMessage(message, 'listing.txt'))
 * })) {
 *   console.log(claim.benchmark, claim.value)
 * }
 */
export async function* streamClaims(source: ChunkSource, options: StreamClaimsOptions = {}): AsyncGenerator<Claim> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? Math.min(availableParallelism(), 4)))
  const workerThreshold = options.workerThreshold ?? 2 * 1024 * 1024
  const extractOptions: ExtractOptions = {benchmarks: options.benchmarks, metrics: options.metrics, maxClaims: options.maxClaims}
  const workers = jobs - 1
  const entry = workers > 0 && !options.registry ? findWorkerEntry() : undefined
  // Extra entries make a registry of their own: build it once, not per paper.
  let registry: Registry | undefined = options.registry
  const local = (): ExtractOptions => {
    if (!registry && (options.benchmarks?.length || options.metrics?.length)) registry = createRegistry(extractOptions)
    return {registry, maxClaims: options.maxClaims}
  }

  const inFlight: Array<Promise<Extracted>> = []
  let pool: WorkerPool | undefined
  let read = 0

  /** Report a batch's messages, then give its claims. */
  function settle({claims, messages}: Extracted): Claim[] {
    for (const message of messages) options.onMessage?.(message)
    return claims
  }

  function startPool(entry: URL): WorkerPool {
    const started = createWorkerPool(entry, workers, extractOptions)
    // This thread extracts too: it asks the pool's tagger rather than load compromise itself.
    const channel = started.tagger
    if (channel) useTagger((phrase) => askTagger(channel, phrase))
    return started
  }

  try {
    // Known to be large: the threads start while the first batch is parsed.
    if (entry && workerThreshold <= 0) pool = startPool(entry)
    for await (const papers of streamPaperBatches(source, options)) {
      options.onPapers?.(papers)
      for (const paper of papers) read += paper.position.record.end.offset - paper.position.record.start.offset

      if (!pool && entry && read >= workerThreshold) pool = startPool(entry)

      if (pool) {
        // Take in the replies that arrived while this thread was busy, so
        // `pending` is true. Workers with two batches each are busy enough:
        // then this thread extracts the batch itself.
        await new Promise((resolve) => setImmediate(resolve))
        const extracted =
          pool.pending() >= workers * 2 ? Promise.resolve(extractPaperClaims(papers, local())) : pool.extract(papers)
        // Rejections are handled when awaited, in order; this stops Node
        // reporting them as unhandled meanwhile.
        extracted.catch(() => {})
        inFlight.push(extracted)
        // Keep every worker busy, and no more batches than that in memory.
        while (inFlight.length > jobs * 2) yield* settle(await (inFlight.shift() as Promise<Extracted>))
      } else {
        while (inFlight.length > 0) yield* settle(await (inFlight.shift() as Promise<Extracted>))
        yield* settle(extractPaperClaims(papers, local()))
      }
    }

    while (inFlight.length > 0) yield* settle(await (inFlight.shift() as Promise<Extracted>))
  } finally {
    if (pool?.tagger) useTagger(undefined)
    await pool?.close()
  }
}
