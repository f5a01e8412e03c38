import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'
import {parseListing} from '../src/parse/parse-listing.js'
import type {Registry} from '../src/registry/create-registry.js'
import {extractPaperClaims} from '../src/stream/extract-paper-claims.js'
import {streamClaims} from '../src/stream/stream-claims.js'
import type {Message} from '../src/schema/message.js'

const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
const {papers} = parseListing(seed)

// A registry whose matchers are missing makes `extractClaims` throw on any
// abstract with a candidate number: a stand-in for a bug in the extractor.
const broken = {} as Registry

function throws(work: () => unknown): boolean {
  try {
    work()
    return false
  } catch {
    return true
  }
}

const failing = papers.filter((paper) => throws(() => extractClaims(paper, {registry: broken})))

describe('extractPaperClaims', () => {
  it('gives the claims of extractClaims, and no messages, when nothing throws', () => {
    const batch = papers.slice(0, 20)
    expect(extractPaperClaims(batch, {})).toEqual({claims: batch.flatMap((paper) => extractClaims(paper)), messages: []})
  })

  it('turns a throwing extraction into one extract-failed message per paper, at its abstract', () => {
    const batch = papers.slice(0, 10)
    const {claims, messages} = extractPaperClaims(batch, {registry: broken})
    expect(claims).toEqual([])
    const expected = batch.filter((paper) => failing.includes(paper))
    expect(expected.length).toBeGreaterThan(2)
    expect(messages.map((message) => [message.ruleId, message.place, message.fatal])).toEqual(
      expected.map((paper) => ['extract-failed', paper.position.abstract.start, false])
    )
    for (const message of messages) {
      expect(message.reason).toMatch(/^Could not extract the claims of this abstract: \S/)
      expect(message.reason).not.toContain('\n')
    }
  })
})

describe('streamClaims with an extraction that throws', () => {
  it('reports it and goes on', async () => {
    const messages: Message[] = []
    const claims = []
    for await (const claim of streamClaims([seed], {registry: broken, onMessage: (message) => messages.push(message)})) {
      claims.push(claim)
    }

    expect(claims).toEqual([])
    const failed = messages.filter((message) => message.ruleId === 'extract-failed')
    expect(failed.map((message) => message.place)).toEqual(failing.map((paper) => paper.position.abstract.start))
  })
})
