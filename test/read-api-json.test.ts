import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readApiJson} from '../src/parse/read-api-json.js'
import {scanJson, toPlain} from '../src/parse/scan-json.js'
import {PaperSchema} from '../src/schema/paper.js'

const fixture = (name: string) => readFileSync(new URL('fixtures/captures/' + name, import.meta.url), 'utf8')

describe('readApiJson: the captured API entry', () => {
  const text = fixture('daily-papers-api-entry.json')
  const expected = JSON.parse(fixture('daily-papers-api-entry.expected.json')) as {
    date: null
    papers: Array<Record<string, unknown>>
  }
  const result = readApiJson(text)

  it('gives the records read by hand, and no messages', () => {
    expect(result.messages).toEqual([])
    expect(result.date).toEqual(expected.date)
    expect(result.papers).toHaveLength(expected.papers.length)
    for (const [index, paper] of result.papers.entries()) {
      const {position, ...fields} = paper
      expect(fields).toEqual(expected.papers[index])
      expect(PaperSchema.parse(paper)).toEqual(paper)
      expect(position.record.start.offset).toBe(text.indexOf('{', text.indexOf('[')))
    }
  })

  it('points title and abstract at their string literals', () => {
    const [paper] = result.papers
    if (!paper) throw new Error('expected a paper')
    const {title, abstract} = paper.position
    expect(text.slice(title.start.offset, title.end.offset)).toBe(paper.title)
    expect(title.start.line).toBe(37)
    expect(JSON.parse('"' + text.slice(abstract.start.offset, abstract.end.offset) + '"')).toBe(paper.abstract)
  })

  it('reads a CRLF + BOM copy the same way', () => {
    const crlf = readApiJson('\uFEFF' + text.replaceAll('\n', '\r\n'))
    expect(crlf.messages).toEqual([])
    expect(crlf.papers.map(({position: _, ...fields}) => fields)).toEqual(expected.papers)
  })
})

const entry = (paper: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
  paper: {id: '2401.00001', title: 'A title', summary: 'An abstract.', ...paper},
  ...rest
})

describe('readApiJson: field mapping', () => {
  it.each([
    ['upvotes', entry({upvotes: 7}), {upvotes: 7}],
    ['authors count', entry({authors: [{name: 'a'}, {name: 'b'}]}), {authors: 2}],
    ['no authors field', entry({}), {authors: null}],
    ['comments', entry({}, {numComments: 3}), {comments: 3}],
    ['no comment count', entry({}), {comments: null}],
    [
      'entry organization',
      entry({}, {organization: {name: 'tencent', fullname: 'Tencent'}}),
      {organization: {handle: 'tencent', name: 'Tencent'}}
    ],
    [
      'paper organization, no fullname',
      entry({organization: {name: 'occ-ai'}}),
      {organization: {handle: 'occ-ai', name: 'occ-ai'}}
    ],
    [
      'the arXiv date, not the daily-list date',
      entry({publishedAt: '2025-12-31T23:59:00.000Z', submittedOnDailyAt: '2026-01-05T01:00:00.000Z'}, {publishedAt: '2026-01-05T00:00:00.000Z'}),
      {date: {year: 2025, month: 12, day: 31}, published: '2025-12-31'}
    ],
    ['an impossible date', entry({publishedAt: '2025-02-30T00:00:00Z'}), {date: null, published: null}],
    ['hard-wrapped summary', entry({summary: 'One line\n  and the next.\n'}), {abstract: 'One line and the next.'}],
    ['wrapped arXiv title', entry({title: 'Engage\n  with Past Research'}), {title: 'Engage with Past Research'}],
    ['top-level summary', {paper: {id: '1', title: 'T'}, summary: 'S.'}, {abstract: 'S.'}],
    [
      'links from fields and summary',
      entry({
        githubRepo: 'https://github.com/a/b',
        projectPage: 'https://a.github.io/b/',
        summary: 'Data: https://huggingface.co/datasets/a/c. Code: https://github.com/a/b.'
      }),
      {
        links: [
          {url: 'https://huggingface.co/papers/2401.00001', kind: 'paper'},
          {url: 'https://github.com/a/b', kind: 'code'},
          {url: 'https://a.github.io/b/', kind: 'project'},
          {url: 'https://huggingface.co/datasets/a/c', kind: 'dataset'}
        ]
      }
    ],
    ['null fields', entry({githubRepo: null, upvotes: null, organization: null}), {upvotes: null, organization: null}]
  ])('%s', (_, value, fields) => {
    const result = readApiJson(JSON.stringify([value]))
    expect(result.messages).toEqual([])
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]).toMatchObject(fields)
  })

  it('accepts one entry object and a bare paper object', () => {
    const single = readApiJson(JSON.stringify(entry({upvotes: 2}, {numComments: 1})))
    expect(single.papers.map((paper) => [paper.title, paper.upvotes, paper.comments])).toEqual([['A title', 2, 1]])
    const bare = readApiJson(JSON.stringify({id: '2401.00002', title: 'Bare', summary: 'S.', publishedAt: '2024-01-02T00:00:00Z'}))
    expect(bare.messages).toEqual([])
    expect(bare.papers[0]).toMatchObject({title: 'Bare', arxivId: '2401.00002', date: {year: 2024, month: 1, day: 2}})
  })
})

describe('readApiJson: deviations become messages with a JSON path', () => {
  it.each([
    [
      'not JSON',
      'Daily papers, not JSON',
      [['api-json-syntax', 1, 1, /^Expected a JSON value \(object, array, string, number, true, false or null\) in the API JSON, not `D`$/]]
    ],
    ['a syntax error on line 3', '[\n {"paper": {}},\n {"paper" {}}\n]', [['api-json-syntax', 3, 11, /^Expected `:` after a property name in the API JSON, not `\{`$/]]],
    ['truncated', '[{"paper": {"title": "A', [['api-json-syntax', 1, 24, /^Expected `"` to close the string in the API JSON, not the end$/]]],
    ['a missing comma in the array', '[{"paper": {}} {}]', [['api-json-syntax', 1, 16, /^Expected `,` or `]` after an array item in the API JSON, not `\{`$/]]],
    ['text after the JSON', '[{"paper": {}}] x', [['api-json-syntax', 1, 17, /^Expected nothing after the JSON value in the API JSON, not `x`$/]]],
    ['not an array or object', '42', [['api-json-shape', 1, 1, /^Expected an array of Daily Papers entries or one entry object, not number$/]]],
    ['empty array', '[]', [['api-json-empty', 1, 1, /^Expected at least one/]]],
    [
      'an entry without a title',
      '[{"paper": {"id": "1", "summary": "S."}}]',
      [['api-json-missing-title', 1, 2, /^\[0\]\.paper\.title: expected a non-empty string/]]
    ],
    [
      'a number where a string belongs',
      '[{"paper": {"id": "1", "title": "T", "summary": 5}}]',
      [
        ['api-json-field', 1, 49, /^\[0\]\.paper\.summary: expected string, received number$/],
        ['api-json-missing-summary', 1, 2, /^\[0\]\.paper\.summary: expected a string/]
      ]
    ],
    [
      'a string where a count belongs',
      '[{"paper": {"title": "T", "summary": "S"}, "numComments": "3"}]',
      [['api-json-field', 1, 59, /^\[0\]\.numComments: expected number, received string$/]]
    ],
    ['an entry that is not an object', '[[1]]', [['api-json-field', 1, 2, /^\[0\]: expected object, received array$/]]],
    [
      'a negative upvote count',
      '{"paper": {"title": "T", "summary": "S", "upvotes": -1}}',
      [['api-json-field', 1, 53, /^paper\.upvotes: too small/i]]
    ]
  ])('%s', (_, text, expected) => {
    const {messages} = readApiJson(text)
    expect(messages.map((message) => [message.ruleId, message.place.line, message.place.column])).toEqual(
      expected.map(([ruleId, line, column]) => [ruleId, line, column])
    )
    for (const [index, message] of messages.entries()) {
      expect(message.reason).toMatch(expected[index]?.[3] as RegExp)
      expect(message.source).toBe('benchmark-claims')
    }
  })

  it('keeps the good entries around a bad one', () => {
    const text = JSON.stringify([entry({title: 'First'}), entry({title: 7, upvotes: 'many'}), entry({title: 'Third', upvotes: 'x'})])
    const {papers, messages} = readApiJson(text)
    expect(papers.map((paper) => [paper.index, paper.title, paper.upvotes])).toEqual([
      [0, 'First', null],
      [1, 'Third', null]
    ])
    expect(messages.map((message) => message.reason.split(':')[0])).toEqual([
      '[1].paper.title',
      '[1].paper.upvotes',
      '[1].paper.title',
      '[2].paper.upvotes'
    ])
  })

  it('survives deep nesting without a stack overflow', () => {
    const {messages} = readApiJson('['.repeat(100_000))
    expect(messages).toHaveLength(1)
    expect(messages[0]?.reason).toMatch(/levels of nesting/)
  })
})

describe('scanJson', () => {
  it.each([
    '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"y"], "b": {}}',
    '  [ ]  ',
    '"\\ud83d\\ude00"',
    '{"__proto__": {"polluted": 1}}'
  ])('agrees with JSON.parse on %s', (text) => {
    const result = scanJson(text)
    if (!('node' in result)) throw new Error('expected JSON')
    expect(toPlain(result.node)).toEqual(JSON.parse(text))
  })

  it.each(['', '[1,]', '{"a":1,}', '01', '"\\x"', '"a\nb"', 'tru', '[1 2]', '{} {}'])('rejects %j like JSON.parse', (text) => {
    expect(() => JSON.parse(text)).toThrow()
    expect('error' in scanJson(text)).toBe(true)
  })
})

// Records as the API would give them, with text that needs escaping.
const text = fc.string({unit: 'grapheme', minLength: 1, maxLength: 40}).filter((value) => value.trim() === value && /\S/.test(value) && !/[\r\n]/.test(value))
const apiRecord = fc.record({
  id: fc.stringMatching(/^\d{4}\.\d{5}$/),
  title: text,
  summary: fc.array(text, {minLength: 1, maxLength: 4}).map((lines) => lines.join(' ')),
  upvotes: fc.option(fc.nat(5000), {nil: undefined}),
  authors: fc.option(fc.nat(30), {nil: undefined}),
  numComments: fc.option(fc.nat(99), {nil: undefined}),
  organization: fc.option(fc.record({name: fc.stringMatching(/^[\w-]{1,12}$/), fullname: text}), {nil: undefined}),
  publishedAt: fc.option(fc.date({min: new Date('1990-01-01'), max: new Date('2999-12-31'), noInvalidDate: true}), {nil: undefined})
})

describe('readApiJson: properties', () => {
  it('reads back what was rendered', () => {
    fc.assert(
      fc.property(fc.array(apiRecord, {minLength: 1, maxLength: 5}), fc.nat(4), (records, indent) => {
        const json = JSON.stringify(
          records.map((record) => ({
            paper: {
              id: record.id,
              title: record.title,
              summary: record.summary,
              upvotes: record.upvotes,
              authors: record.authors === undefined ? undefined : Array.from({length: record.authors}, (_, index) => ({name: 'A' + index})),
              publishedAt: record.publishedAt?.toISOString()
            },
            numComments: record.numComments,
            organization: record.organization
          })),
          null,
          indent
        )
        const {papers, messages} = readApiJson(json)
        expect(messages).toEqual([])
        expect(
          papers.map((paper) => [paper.arxivId, paper.title, paper.abstract, paper.upvotes, paper.authors, paper.comments, paper.organization, paper.published])
        ).toEqual(
          records.map((record) => [
            record.id,
            record.title,
            record.summary,
            record.upvotes ?? null,
            record.authors ?? null,
            record.numComments ?? null,
            record.organization ? {handle: record.organization.name, name: record.organization.fullname} : null,
            record.publishedAt?.toISOString().slice(0, 10) ?? null
          ])
        )
        for (const paper of papers) {
          const {title, abstract} = paper.position
          expect(JSON.parse('"' + json.slice(title.start.offset, title.end.offset) + '"')).toBe(paper.title)
          expect(JSON.parse('"' + json.slice(abstract.start.offset, abstract.end.offset) + '"')).toBe(paper.abstract)
        }
      }),
      {numRuns: 100}
    )
  })

  it('never throws, and reports bad JSON exactly when JSON.parse rejects it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({unit: 'binary'})), (value) => {
        const result = readApiJson(value)
        let valid = true
        try {
          JSON.parse(value)
        } catch {
          valid = false
        }

        // The scanner also takes a BOM and NBSP for whitespace; JSON.parse does not.
        if (!/[\u00A0\uFEFF]/.test(value)) {
          expect(result.messages.some((message) => message.ruleId === 'api-json-syntax')).toBe(!valid)
        }
      }),
      {numRuns: 200}
    )
  })
})

describe('readApiJson: damaged captures', () => {
  const text = fixture('daily-papers-api-entry.json')

  it('never throws on the capture cut or with one character changed', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length - 1), fc.constantFrom('"', '{', '}', ',', '1', 'x', '\\', ']'), (cut, at, character) => {
        for (const input of [text.slice(0, cut), text.slice(0, at) + character + text.slice(at + 1)]) {
          const {papers, messages} = readApiJson(input)
          for (const paper of papers) PaperSchema.parse(paper)
          for (const message of messages) expect(message.place.offset).toBeLessThanOrEqual(input.length)
        }
      }),
      {numRuns: 200}
    )
  })
})
