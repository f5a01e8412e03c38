// Tagger thread entry (built to `dist/tagger-worker.cjs`): loads compromise
// at once, while the other threads start, then answers the noun-phrase
// questions of every extracting thread of the run (`tagger-channel.ts`).
import {workerData} from 'node:worker_threads'
import {tagNounPhrase} from '../extract/resolve/is-noun-phrase.js'
import {serveTagger} from './tagger-channel.js'

const channel = (workerData as {channel?: unknown} | undefined)?.channel
if (channel instanceof SharedArrayBuffer) {
  tagNounPhrase('warm up')
  serveTagger(channel, tagNounPhrase)
}
