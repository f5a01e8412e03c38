import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {closeTaggerChannel, createTaggerChannel} from './tagger-channel.js'

// One tagger thread per process, shared by whoever needs it (worker pools,
// and the CLI, which starts it before loading the rest of itself: loading
// compromise takes the tagger ~0.4 s, and then no thread waits for it).
let shared: {channel: SharedArrayBuffer; worker: Worker; users: number} | undefined

/**
 * Start the process's tagger thread (or join the one running) and return its
 * channel; undefined without a built `entry`. Each call needs one
 * `releaseTagger()`; the thread stops with the last one (and never keeps the
 * process alive meanwhile).
 *
 * @example
 * const channel = acquireTagger(findBuiltEntry('tagger-worker.cjs'))
 */
export function acquireTagger(entry: URL | undefined): SharedArrayBuffer | undefined {
  if (shared) {
    shared.users++
    return shared.channel
  }

  if (!entry || !existsSync(fileURLToPath(entry))) return undefined
  const channel = createTaggerChannel()
  const worker = new Worker(entry, {workerData: {channel}})
  // A tagger that fails or stops leaves the channel idle: askers would wait
  // for nobody. Closing it sends them back to tagging locally.
  worker.on('error', () => closeTaggerChannel(channel))
  worker.on('exit', () => {
    closeTaggerChannel(channel)
    if (shared?.worker === worker) shared = undefined
  })
  worker.unref()
  shared = {channel, worker, users: 1}
  return channel
}

/**
 * Leave the tagger thread; the last to leave stops it.
 *
 * @example
 * releaseTagger()
 */
export async function releaseTagger(): Promise<void> {
  if (!shared || --shared.users > 0) return
  const {channel, worker} = shared
  shared = undefined
  closeTaggerChannel(channel)
  await worker.terminate()
}
