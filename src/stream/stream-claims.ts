import {availableParallelism} from 'node:os'
import type {ExtractOptions} from '../extract/extract-claims.js'
import {useTagger} from '../extract/resolve/is-noun-phrase.js'
import {createRegistry, type Registry} from '../registry/create-registry.js'
import type {Claim} from '../schema/claim.js'
import type {Paper} from '../schema/paper.js'
import {createWorkerPool, type Extracted, type WorkerPool} from './create-worker-pool.js'
import {findBuiltEntry} from './find-built-entry.js'
import {extractPaperClaims} from './extract-paper-claims.js'
import {askTagger, isTaggerReady} from './tagger-channel.js'
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
   * With workers, one more thread loads compromise for all of them (and for
   * this one), which ask it through shared memory.
   */
  jobs?: number | undefined
  /** Characters to read before starting workers (default 2 MB): below that, starting them costs more than it saves. */
  workerThreshold?: number | undefined
  /** Called with every batch of papers as it is parsed, before its claims come out. */
  onPapers?: ((papers: readonly Paper[]) => void) | undefined
}

/** A batch of parsed papers on its way out. */
interface Batch {
  papers: Paper[]
  result?: Promise<Extracted> | undefined
  done: boolean
}

// Batches parsed ahead while the tagger thread loads compromise (~0.4 s,
// when neither this thread nor a worker can extract without waiting for it).
// Measured on seed ×100 --jobs 2 (3 runs each): 4 (none) 1.92 s, 12 1.90 s,
// 24 1.81 s, 64 2.65 s (parsing far ahead takes the CPU the tagger needs).
const readAhead = 24

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
  const entry = workers > 0 && !options.registry ? findBuiltEntry('claims-worker.cjs') : undefined
  // Extra entries make a registry of their own: build it once, not per paper.
  let registry: Registry | undefined = options.registry
  const local = (): ExtractOptions => {
    if (!registry && (options.benchmarks?.length || options.metrics?.length)) registry = createRegistry(extractOptions)
    return {registry, maxClaims: options.maxClaims}
  }

  // Batches parsed and not yet given out, in input order; `result` once a
  // thread has them (a worker, or this one).
  const queue: Batch[] = []
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

  /** Whether this thread can extract without waiting for the tagger to load. */
  function ready(): boolean {
    return pool?.tagger === undefined || isTaggerReady(pool.tagger)
  }

  function assign(batch: Batch, result: Promise<Extracted>) {
    batch.result = result
    // Rejections are handled when awaited, in order; this stops Node
    // reporting them as unhandled meanwhile.
    result.then(() => (batch.done = true), () => (batch.done = true))
  }

  /** Give waiting batches, oldest first, to workers with fewer than two. */
  function dispatch(started: WorkerPool) {
    for (const batch of queue) {
      if (started.pending() >= workers * 2) return
      if (!batch.result) {
        assign(batch, started.extract(batch.papers))
        // The worker has its own copy: dropping this one lets the papers die
        // young, not be copied through each collection while the worker works
        // (seed ×100, --jobs 2, 8 paired runs: −0.04 s end to end).
        batch.papers = []
      }
    }
  }

  function extractHere(batch: Batch) {
    assign(batch, Promise.resolve(extractPaperClaims(batch.papers, local())))
  }

  /**
   * Give out batches in order until at most `keep` are left. While a worker
   * finishes the oldest, this thread extracts a later one rather than wait.
   */
  async function* drain(started: WorkerPool, keep: number): AsyncGenerator<Claim> {
    while (queue.length > keep) {
      // Take in the workers' replies (and this thread's results) first.
      await new Promise((resolve) => setImmediate(resolve))
      dispatch(started)
      const head = queue[0] as Batch
      const waiting = queue.find((batch) => !batch.result)
      if (!head.done && waiting) {
        extractHere(waiting)
        continue
      }

      yield* settle(await head.result!)
      queue.shift()
    }
  }

  try {
    // Known to be large: the threads start while the first batch is parsed.
    if (entry && workerThreshold <= 0) pool = startPool(entry)
    for await (const papers of streamPaperBatches(source, options)) {
      options.onPapers?.(papers)
      for (const paper of papers) read += paper.position.record.end.offset - paper.position.record.start.offset

      if (!pool && entry && read >= workerThreshold) pool = startPool(entry)

      if (!pool) {
        yield* settle(extractPaperClaims(papers, local()))
        continue
      }

      queue.push({papers, done: false})
      // Take in the replies that arrived while this thread was busy, so
      // `pending` is true; then keep every worker busy.
      await new Promise((resolve) => setImmediate(resolve))
      dispatch(pool)
      // With the workers busy, this thread extracts the oldest waiting batch
      // itself, unless the tagger is still loading: then it reads on ahead
      // (it would only wait), up to a bound that keeps memory flat.
      const waiting = queue.find((batch) => !batch.result)
      if (waiting && ready()) extractHere(waiting)
      while (queue[0]?.done) yield* settle(await (queue.shift() as Batch).result!)
      if (queue.length > (ready() ? jobs * 2 : readAhead)) yield* drain(pool, jobs * 2)
    }

    if (pool) yield* drain(pool, 0)
  } finally {
    if (pool?.tagger) useTagger(undefined)
    await pool?.close()
  }
}
