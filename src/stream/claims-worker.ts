// Worker thread entry (built to `dist/claims-worker.cjs`): extracts the claims
// of the batches of papers the main thread sends, one message per batch.
import {parentPort, workerData} from 'node:worker_threads'
import type {ExtractOptions} from '../extract/extract-claims.js'
import {useTagger} from '../extract/resolve/is-noun-phrase.js'
import {createRegistry, type Registry} from '../registry/create-registry.js'
import {extractPaperClaims, type PaperToExtract} from './extract-paper-claims.js'
import {askTagger} from './tagger-channel.js'

/** A batch of papers to extract claims from. */
export interface WorkerTask {
  id: number
  papers: PaperToExtract[]
  options: ExtractOptions
}

// The pool's tagger thread tags noun phrases, so this one need not load compromise.
const tagger = (workerData as {tagger?: unknown} | undefined)?.tagger
if (tagger instanceof SharedArrayBuffer) useTagger((phrase) => askTagger(tagger, phrase))

// Every task of a pool carries the same options: build their registry once.
let registry: Registry | undefined

parentPort?.on('message', (task: WorkerTask) => {
  try {
    const {benchmarks, metrics, maxClaims} = task.options
    if (!registry && (benchmarks?.length || metrics?.length)) registry = createRegistry({benchmarks, metrics})
    const options: ExtractOptions = {registry, maxClaims}
    const {claims, messages} = extractPaperClaims(task.papers, options)
    parentPort?.postMessage({id: task.id, claims, messages})
  } catch (error) {
    parentPort?.postMessage({id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
