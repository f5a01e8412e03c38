import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {countArxivAuthors} from '../src/parse/count-arxiv-authors.js'
import {findJsonStringValues} from '../src/parse/find-json-string-values.js'
import {readArxivJsonl} from '../src/parse/read-arxiv-jsonl.js'
import {formatMessage} from '../src/message/format-message.js'
import {PaperSchema} from '../src/schema/paper.js'

const sample = readFileSync(new URL('fixtures/arxiv-sample.jsonl', import.meta.url), 'utf8')

describe('readArxivJsonl on test/fixtures/arxiv-sample.jsonl', () => {
  const listing = readArxivJsonl(sample)

  it('reads the five valid lines as papers, in order, schema-valid', () => {
    expect(listing.format).toBe('arxiv-jsonl')
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2403.01234',
      '2404.05678',
      'hep-th/0601001',
      '2406.00042',
      '2407.11111'
    ])
    expect(listing.papers.map((paper) => paper.index)).toEqual([0, 1, 2, 3, 4])
    for (const paper of listing.papers) PaperSchema.parse(paper)
  })

  it.each([
    // [arxivId, title, authors, published]
    ['2403.01234', 'Sparse Mixture Adapters for Efficient Instruction Tuning', 3, '2024-03-05'],
    ['2404.05678', 'Calibrated Retrieval for Open-Domain Question Answering', 3, '2024-04-10'],
    ['hep-th/0601001', 'On the Spectrum of Compactified Strings', 2, '2008-11-13'],
    ['2406.00042', 'Scaling Laws for Tabular Foundation Models', null, '2024-06-03'],
    ['2407.11111', 'A Note on Robust Regression', 1, '2024-07-01']
  ])('%s: title, author count and date', (id, title, authors, published) => {
    const paper = listing.papers.find((item) => item.arxivId === id)
    expect(paper?.title).toBe(title)
    expect(paper?.authors).toBe(authors)
    expect(paper?.published).toBe(published)
    expect(paper?.date).toEqual({
      year: Number(published.slice(0, 4)),
      month: Number(published.slice(5, 7)),
      day: Number(published.slice(8, 10))
    })
    expect(paper?.comments).toBeNull()
    expect(paper?.upvotes).toBeNull()
    expect(paper?.organization).toBeNull()
  })

  it('joins the hard-wrapped abstract into one trimmed paragraph', () => {
    expect(listing.papers[2]?.abstract).toBe(
      'We compute the spectrum of closed strings compactified on a twisted torus and find 12 new massless states.'
    )
  })

  it('collects URLs in the abstract without trailing punctuation', () => {
    expect(listing.papers[0]?.links).toEqual([{url: 'https://github.com/example/sma', kind: 'code'}])
    expect(listing.papers[1]?.links).toEqual([])
  })

  it('places the record on its line and the title/abstract on their JSON values', () => {
    const paper = listing.papers[2]
    expect(paper?.position.record.start).toEqual({line: 3, column: 1, offset: sample.indexOf('{"id": "hep-th')})
    const title = paper?.position.title
    expect(sample.slice(title?.start.offset, title?.end.offset)).toBe('On the Spectrum of Compactified Strings')
    const abstract = paper?.position.abstract
    expect(sample.slice(abstract?.start.offset, abstract?.end.offset)).toMatch(/^ {2}We compute .*states\.\\n$/)
  })

  it('reports the bad lines with their line numbers and reads on', () => {
    expect(listing.messages.map((message) => formatMessage(message, 'a.jsonl'))).toEqual([
      'a.jsonl:4:1: Expected a JSON object on this line, not `this line is not json {` [arxiv-invalid-json]',
      'a.jsonl:5:1: Expected an arXiv record, at `abstract`: Invalid input: expected string, received undefined [arxiv-invalid-record]'
    ])
  })
})

describe('readArxivJsonl categories filter', () => {
  it.each([
    [['cs.LG'], ['2403.01234', '2406.00042']],
    [['cs.LG', 'cs.IR'], ['2403.01234', '2404.05678', '2406.00042']],
    [['cs'], ['2403.01234', '2404.05678', '2406.00042']],
    [['hep-th'], ['hep-th/0601001']],
    [['q-bio.NC'], []],
    [[], ['2403.01234', '2404.05678', 'hep-th/0601001', '2406.00042', '2407.11111']]
  ])('%j keeps %j', (categories, ids) => {
    const {papers} = readArxivJsonl(sample, {categories})
    expect(papers.map((paper) => paper.arxivId)).toEqual(ids)
    expect(papers.map((paper) => paper.index)).toEqual(ids.map((_, index) => index))
  })
})

describe('readArxivJsonl edge cases', () => {
  it.each([
    ['', 0, 0],
    ['\n\n  \n', 0, 0],
    ['[1,2]\n', 0, 1],
    ['{"id":"1","title":"T","abstract":"A"}', 1, 0],
    ['{"id":"1","title":"T","abstract":"A"}\r\n{"id":"2","title":"U","abstract":"B"}\r\n', 2, 0],
    ['{"id":"1","title":"T","abstract":"A","update_date":"24-1-2"}\n', 0, 1]
  ])('%j gives %i papers and %i messages', (text, papers, messages) => {
    const listing = readArxivJsonl(text)
    expect(listing.papers).toHaveLength(papers)
    expect(listing.messages).toHaveLength(messages)
  })
})

describe('countArxivAuthors', () => {
  it.each([
    ['A. Smith', 1],
    ['A. Smith and B. Jones', 2],
    ['A. Smith, B. Jones, and C. Wu', 3],
    ['A. Smith & B. Jones', 2],
    ['A. Smith (MIT, CSAIL), B. Jones (ETH Zurich)', 2],
    ['Alexander Andersen, Sandra Anderson', 2],
    ['A. Smith, B. Jones et al.', null],
    ['A. Smith et al', null],
    ['', null],
    ['  ,  ', null]
  ])('%j → %s', (authors, count) => {
    expect(countArxivAuthors(authors)).toBe(count)
  })
})

describe('findJsonStringValues', () => {
  it.each([
    ['{"a":"x","b":"yz"}', {a: 'x', b: 'yz'}],
    ['{"a":{"b":"nested"},"c":"top"}', {c: 'top'}],
    ['{"a":["x","y"],"b":"\\"q\\""}', {b: '\\"q\\"'}],
    ['{"a":1,"b":null,"c":"v"}', {c: 'v'}],
    ['{"a":"unterminated', {}]
  ])('%s', (text, expected) => {
    const spans = findJsonStringValues(text, 0, text.length)
    const found = Object.fromEntries([...spans].map(([key, span]) => [key, text.slice(span.start, span.end)]))
    expect(found).toEqual(expected)
  })
})
