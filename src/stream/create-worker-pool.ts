import {Worker} from 'node:worker_threads'
import type {ExtractOptions} from '../extract/extract-claims.js'
import type {Claim} from '../schema/claim.js'
import type {Message} from '../schema/message.js'
import type {Paper} from '../schema/paper.js'
import type {WorkerTask} from './claims-worker.js'
import {toPaperToExtract} from './extract-paper-claims.js'
import {acquireTagger, releaseTagger} from './start-tagger.js'

/** Worker threads that extract claims from batches of papers. */
export interface WorkerPool {
  /** Extract the claims of `papers` on the least busy worker (and the messages of papers that failed). */
  extract(papers: readonly Paper[]): Promise<Extracted>
  /** Batches sent and not yet returned, over all workers. */
  pending(): number
  /**
   * The channel to the pool's tagger thread (`tagger-channel.ts`), which
   * tags noun phrases for every thread of the run; undefined without one.
   */
  tagger: SharedArrayBuffer | undefined
  /** Stop every worker. */
  close(): Promise<void>
}

/** The claims of a batch, and messages about papers that could not be read. */
export interface Extracted {
  claims: Claim[]
  messages: Message[]
}

interface Slot {
  worker: Worker
  waiting: Map<number, {resolve: (result: Extracted) => void; reject: (error: Error) => void}>
}

/**
 * Start `size` worker threads running `entry`. Each batch goes to the worker
 * with the fewest batches in flight; results resolve per batch, so callers
 * keep order by awaiting batches in the order they sent them. When a built
 * `tagger-worker.cjs` sits next to `entry`, one more thread loads compromise
 * for all of them (and for the caller's thread: see `tagger`).
 *
 * @example
 * const pool = createWorkerPool(findBuiltEntry('claims-worker.cjs')!, 2, {})
 * const {claims} = await pool.extract(papers)
 * await pool.close()
 */
export function createWorkerPool(entry: URL, size: number, options: ExtractOptions): WorkerPool {
  let next = 0
  // The tagger first (or the one the CLI started): loading compromise is its whole start-up.
  const channel = acquireTagger(new URL('tagger-worker.cjs', entry))
  const slots: Slot[] = Array.from({length: size}, () => {
    // A small young generation: each worker's batches are short-lived, and
    // V8's default (up to 48 MB per thread) costs RSS for no speed (measured:
    // --jobs 4 on 14 MB, max RSS 419 → 315 MB, same CPU time).
    const worker = new Worker(entry, {resourceLimits: {maxYoungGenerationSizeMb: 8}, workerData: {tagger: channel}})
    const slot: Slot = {worker, waiting: new Map()}
    slot.worker.on('message', (reply: {id: number; claims?: Claim[]; messages?: Message[]; error?: string}) => {
      const waiter = slot.waiting.get(reply.id)
      if (!waiter) return
      slot.waiting.delete(reply.id)
      if (slot.waiting.size === 0) slot.worker.unref()
      if (reply.claims) waiter.resolve({claims: reply.claims, messages: reply.messages ?? []})
      else waiter.reject(new Error(reply.error ?? 'Worker failed'))
    })
    slot.worker.on('error', (error) => {
      for (const waiter of slot.waiting.values()) waiter.reject(error)
      slot.waiting.clear()
    })
    // A worker that stops with batches in flight must not leave them waiting forever.
    slot.worker.on('exit', (code) => {
      for (const waiter of slot.waiting.values()) waiter.reject(new Error(`Worker stopped (exit code ${code})`))
      slot.waiting.clear()
    })
    // Idle workers must not keep the process alive; busy ones must.
    slot.worker.unref()
    return slot
  })
  const extractOptions: ExtractOptions = {benchmarks: options.benchmarks, metrics: options.metrics, maxClaims: options.maxClaims}

  return {
    extract(papers) {
      let slot = slots[0] as Slot
      for (const candidate of slots) if (candidate.waiting.size < slot.waiting.size) slot = candidate
      const id = next++
      const task: WorkerTask = {id, papers: papers.map((paper) => toPaperToExtract(paper)), options: extractOptions}
      return new Promise<Extracted>((resolve, reject) => {
        slot.waiting.set(id, {resolve, reject})
        slot.worker.ref()
        slot.worker.postMessage(task)
      })
    },
    pending() {
      let count = 0
      for (const slot of slots) count += slot.waiting.size
      return count
    },
    tagger: channel,
    async close() {
      await Promise.all([...slots.map((slot) => slot.worker.terminate()), channel && releaseTagger()])
    }
  }
}
