import {once} from 'node:events'
import {Worker} from 'node:worker_threads'
import {describe, expect, it} from 'vitest'
import {tagNounPhrase} from '../src/extract/resolve/is-noun-phrase.js'
import {askTagger, closeTaggerChannel, createTaggerChannel} from '../src/stream/tagger-channel.js'
import {ensureBuilt} from './cli-run.js'

// Phrases the metric resolver asks about, nouns and not.
const phrases = ['task quality', 'click-through rate', 'rather', 'improves', 'between methods', 'Frechet Audio Distance', 'built', 'watch time']

describe('askTagger', () => {
  it('answers undefined (tag here) on a closed channel, without waiting', () => {
    const channel = createTaggerChannel()
    closeTaggerChannel(channel)
    expect(askTagger(channel, 'task quality')).toBeUndefined()
  })

  it('answers undefined for a phrase longer than the channel holds', () => {
    expect(askTagger(createTaggerChannel(), 'word '.repeat(60))).toBeUndefined()
  })
})

describe('the built tagger thread (dist/tagger-worker.cjs)', {timeout: 60_000}, () => {
  it('answers as compromise in this thread does, then stops when the channel closes', async () => {
    ensureBuilt()
    const channel = createTaggerChannel()
    const tagger = new Worker(new URL('../dist/tagger-worker.cjs', import.meta.url), {workerData: {channel}})
    try {
      const answers = phrases.map((phrase) => askTagger(channel, phrase))
      expect(answers).toEqual(phrases.map((phrase) => tagNounPhrase(phrase)))
      expect(answers).toContain(true)
      expect(answers).toContain(false)

      closeTaggerChannel(channel)
      const [code] = (await once(tagger, 'exit')) as [number]
      expect(code).toBe(0)
      expect(askTagger(channel, 'task quality')).toBeUndefined()
    } finally {
      await tagger.terminate()
    }
  })
})
