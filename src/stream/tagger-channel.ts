// One compromise for every thread of a run. Loading compromise costs each
// thread that needs it ~0.3 s of CPU (its lexicon is unpacked on load), yet
// the extractor asks it about a handful of short phrases per listing. So with
// worker threads, one tagger thread loads it once and the others ask it
// synchronously through shared memory: the asking thread blocks for the
// answer (microseconds once the tagger is ready), as a local call would.

// Int32 slots of the channel.
const lock = 0
const state = 1
const length = 2
const answer = 3
const ready = 4
// States of a channel.
const idle = 0
const request = 1
const answered = 2
const closed = 3

const headerBytes = 32
/** Longest phrase sent (UTF-16 code units); longer ones are tagged locally. */
const capacity = 256
// A tagger that has not answered in this time is given up on (the asking
// thread then tags locally): it may be starved of CPU, not dead.
const patience = 30_000

/**
 * A channel between tagger clients and one tagger thread.
 *
 * @example
 * const channel = createTaggerChannel()
 */
export function createTaggerChannel(): SharedArrayBuffer {
  return new SharedArrayBuffer(headerBytes + 2 * capacity)
}

/**
 * Ask the tagger at the other end of `channel` about `phrase`, blocking until
 * it answers. Undefined when the channel is closed, the tagger is too slow,
 * or the phrase is too long: then the caller tags locally.
 *
 * @example
 * askTagger(channel, 'task quality') // true
 */
export function askTagger(channel: SharedArrayBuffer, phrase: string): boolean | undefined {
  if (phrase.length > capacity) return undefined
  const slots = new Int32Array(channel, 0, 5)
  // One request at a time: the askers (this thread and the workers) take turns.
  while (Atomics.compareExchange(slots, lock, 0, 1) !== 0) Atomics.wait(slots, lock, 1, 50)
  try {
    if (Atomics.load(slots, state) !== idle) return undefined
    const text = new Uint16Array(channel, headerBytes, capacity)
    for (let index = 0; index < phrase.length; index++) text[index] = phrase.charCodeAt(index)
    Atomics.store(slots, length, phrase.length)
    // (Not a plain store: the channel may have been closed meanwhile.)
    if (Atomics.compareExchange(slots, state, idle, request) !== idle) return undefined
    Atomics.notify(slots, state)
    const deadline = Date.now() + patience
    while (Atomics.load(slots, state) === request) {
      const left = deadline - Date.now()
      // Too slow: close the channel, so that nobody waits on it again.
      if (left <= 0) {
        Atomics.compareExchange(slots, state, request, closed)
        break
      }

      Atomics.wait(slots, state, request, left)
    }

    if (Atomics.load(slots, state) !== answered) return undefined
    const result = Atomics.load(slots, answer) === 1
    Atomics.compareExchange(slots, state, answered, idle)
    Atomics.notify(slots, state)
    return result
  } finally {
    Atomics.store(slots, lock, 0)
    Atomics.notify(slots, lock, 1)
  }
}

/**
 * Answer the requests of `channel` with `tag` until it is closed. Blocks the
 * calling thread for good: only a tagger thread runs it.
 *
 * @example
 * serveTagger(workerData.channel, tagNounPhrase)
 */
export function serveTagger(channel: SharedArrayBuffer, tag: (phrase: string) => boolean): void {
  const slots = new Int32Array(channel, 0, 5)
  const text = new Uint16Array(channel, headerBytes, capacity)
  Atomics.store(slots, ready, 1)
  for (;;) {
    const now = Atomics.load(slots, state)
    if (now === closed) return
    if (now !== request) {
      Atomics.wait(slots, state, now)
      continue
    }

    const phrase = String.fromCharCode(...text.subarray(0, Atomics.load(slots, length)))
    let result = false
    try {
      result = tag(phrase)
    } catch {
      // The asker tags locally, and meets the same error there.
      Atomics.compareExchange(slots, state, request, closed)
      Atomics.notify(slots, state)
      return
    }

    Atomics.store(slots, answer, result ? 1 : 0)
    Atomics.compareExchange(slots, state, request, answered)
    Atomics.notify(slots, state)
  }
}

/**
 * Whether the tagger of `channel` has loaded compromise and answers at once
 * (before that, a question waits for it to load).
 *
 * @example
 * if (isTaggerReady(channel)) extractHere(batch)
 */
export function isTaggerReady(channel: SharedArrayBuffer): boolean {
  return Atomics.load(new Int32Array(channel, 0, 5), ready) === 1
}

/**
 * Close `channel`: the tagger stops, and askers tag locally from now on.
 *
 * @example
 * closeTaggerChannel(channel)
 */
export function closeTaggerChannel(channel: SharedArrayBuffer): void {
  const slots = new Int32Array(channel, 0, 5)
  Atomics.store(slots, state, closed)
  Atomics.notify(slots, state)
}
