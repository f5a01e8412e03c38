import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {classifyLine} from '../src/parse/classify-line.js'
import {checkText} from '../src/parse/check-text.js'
import {classifyLink, collectLinks} from '../src/parse/collect-links.js'
import {arxivIdFromLinks, createPaper} from '../src/parse/create-paper.js'
import {detectFormat} from '../src/parse/detect-format.js'
import {pairTitles} from '../src/parse/pair-titles.js'
import {parseDateLine} from '../src/parse/parse-date-line.js'
import {parseMonthDay, toPublished} from '../src/parse/parse-month-day.js'
import {splitLines} from '../src/parse/split-lines.js'
import {cleanLine, trimSpan} from '../src/parse/trim-span.js'

describe('parseMonthDay', () => {
  it.each([
    ['Sep 16', {year: null, month: 9, day: 16}],
    ['Nov 30, 2022', {year: 2022, month: 11, day: 30}],
    ['Nov 30 2022', {year: 2022, month: 11, day: 30}],
    ['September 3', {year: null, month: 9, day: 3}],
    ['Sept 3, 2024', {year: 2024, month: 9, day: 3}],
    ['december 31, 1999', {year: 1999, month: 12, day: 31}],
    ['  May 8  ', {year: null, month: 5, day: 8}],
    ['May\u00A08', {year: null, month: 5, day: 8}],
    ['Feb 29', {year: null, month: 2, day: 29}],
    ['Feb 29, 2024', {year: 2024, month: 2, day: 29}]
  ])('reads %j', (input, expected) => {
    expect(parseMonthDay(input)).toEqual(expected)
  })

  it.each([
    'Oct 13 2', // a count, not a year
    'Sep 16,', // a comma promises a year
    'Feb 30',
    'Feb 29, 2023', // not a leap year
    'Apr 31',
    'Sep 0',
    'Sep 123',
    'Sep',
    '16 Sep',
    'Foo 16',
    'Sep 16, 20245',
    'Sep 16, 1776',
    'Sep 16 2024 extra',
    '',
    'Sep ' + '1'.repeat(100)
  ])('rejects %j', (input) => {
    expect(parseMonthDay(input)).toBeNull()
  })
})

describe('toPublished', () => {
  it.each([
    [{year: 2022, month: 11, day: 30}, undefined, '2022-11-30'],
    [{year: null, month: 9, day: 6}, 2025, '2025-09-06'],
    [{year: 2021, month: 1, day: 2}, 2025, '2021-01-02'], // the date's own year wins
    [{year: null, month: 9, day: 16}, undefined, null],
    [{year: null, month: 2, day: 29}, 2023, null],
    [null, 2025, null]
  ])('%j with year %j → %j', (date, year, expected) => {
    expect(toPublished(date, year)).toBe(expected)
  })
})

describe('parseDateLine', () => {
  it.each([
    ['Sep 16', {year: null, month: 9, day: 16}, null],
    ['Oct 13 2', {year: null, month: 10, day: 13}, 2],
    ['Apr 29 15', {year: null, month: 4, day: 29}, 15],
    ['Nov 30, 2022', {year: 2022, month: 11, day: 30}, null],
    ['Sep 3, 2024 1', {year: 2024, month: 9, day: 3}, 1],
    ['Nov 30 2022', {year: 2022, month: 11, day: 30}, null],
    ['Dec 11, 2025 7', {year: 2025, month: 12, day: 11}, 7]
  ])('reads %j', (input, date, count) => {
    expect(parseDateLine(input)).toEqual({date, count})
  })

  it.each(['Sep 16 x', 'Sep 16, 2024 1 2', 'Sep 16,', 'Sep 3, 24', 'Sep 16 -1', 'in Sep 16'])('rejects %j', (input) => {
    expect(parseDateLine(input)).toBeNull()
  })
})

describe('classifyLine', () => {
  it.each([
    ['', 'blank'],
    [' \t\u00A0', 'blank'],
    ['·', 'dot'],
    ['  • 2 authors', 'authors'],
    ['  • 1 authors', 'authors'],
    ['• 1 author', 'authors'],
    ['14 authors', 'authors'],
    ['◦ 3 authors', 'authors'],
    ['‧', 'dot'],
    ['Sep 16', 'date'],
    ['Nov 30, 2022 3', 'date'],
    ['tencent Tencent', 'text'],
    ['MATH-Beyond: A Benchmark for RL to Expand Beyond the Base Model', 'text'],
    ['We thank 2 authors', 'text']
  ])('%j is %s', (input, kind) => {
    expect(classifyLine(input).kind).toBe(kind)
  })

  it('reads the author count', () => {
    expect(classifyLine('  • 11 authors')).toEqual({kind: 'authors', count: 11})
  })
})

describe('collectLinks', () => {
  it.each([
    ['Code: https://github.com/a/b.', 'https://github.com/a/b'],
    ['(see https://github.com/a/b).', 'https://github.com/a/b'],
    ['at https://github.com/a/b, and', 'https://github.com/a/b'],
    ['at https://github.com/a/b}.', 'https://github.com/a/b'],
    ['https://en.wikipedia.org/wiki/A_(b)', 'https://en.wikipedia.org/wiki/A_(b)'],
    ['(https://en.wikipedia.org/wiki/A_(b))', 'https://en.wikipedia.org/wiki/A_(b)'],
    ['<https://x.org/a>', 'https://x.org/a'],
    ['http://code2seq.org.', 'http://code2seq.org'],
    ['at https://noah-dllm.github.io/', 'https://noah-dllm.github.io/'],
    ['page:https://x.org/p?q=1&r=2#s;', 'https://x.org/p?q=1&r=2#s'],
    ['HTTPS://GITHUB.COM/A/B', 'HTTPS://GITHUB.COM/A/B']
  ])('finds the URL in %j', (input, url) => {
    expect(collectLinks(input).map((link) => link.url)).toEqual([url])
  })

  it.each([
    ['a recent study (arXiv:2411.04330v2) put', 'https://arxiv.org/abs/2411.04330v2'],
    ['see arXiv: 2401.00001.', 'https://arxiv.org/abs/2401.00001'],
    ['ARXIV 2312.12345', 'https://arxiv.org/abs/2312.12345']
  ])('turns the arXiv reference in %j into a link', (input, url) => {
    expect(collectLinks(input)).toEqual([{url, kind: 'paper'}])
  })

  it('keeps the order of appearance and drops duplicates', () => {
    const text = 'https://b.org/x then arXiv:2411.04330 then https://b.org/x. and https://github.com/a/b'
    expect(collectLinks(text).map((link) => link.url)).toEqual([
      'https://b.org/x',
      'https://arxiv.org/abs/2411.04330',
      'https://github.com/a/b'
    ])
  })

  it('finds nothing in text without links', () => {
    expect(collectLinks('http:// and https:// alone, arXiv 12.34, github.com/a/b')).toEqual([])
  })

  it('stays fast on a huge URL of closing brackets', () => {
    const started = performance.now()
    const [link] = collectLinks('https://a.org/' + ')'.repeat(1_000_000))
    expect(link?.url).toBe('https://a.org/')
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('classifyLink', () => {
  it.each([
    ['https://github.com/a/b', 'code'],
    ['https://gitlab.com/a/b', 'code'],
    ['https://huggingface.co/spaces/a/b', 'code'],
    ['https://anonymous.4open.science/r/OccamLlama', 'code'],
    ['https://a.github.io/b/', 'project'],
    ['https://sites.google.com/view/x', 'project'],
    ['https://x.netlify.app', 'project'],
    ['https://huggingface.co/datasets/a/b', 'dataset'],
    ['https://hf.privai.fun/datasets/brendel-group/MATH-Beyond', 'dataset'],
    ['https://www.kaggle.com/c/x', 'dataset'],
    ['https://zenodo.org/records/1', 'dataset'],
    ['https://arxiv.org/pdf/2602.19020', 'paper'],
    ['https://huggingface.co/papers/2411.04330', 'paper'],
    ['https://doi.org/10.1/x', 'paper'],
    ['https://openreview.net/forum?id=x', 'paper'],
    ['https://aclanthology.org/2024.acl-long.1', 'paper'],
    ['https://huggingface.co/inclusionAI/DR-Venus-4B-RL', 'other'],
    ['https://www.cognitivelab.in/blog/x', 'other'],
    ['https://notgithub.com/a', 'other'],
    ['https://[bad', 'other']
  ])('%s is %s', (url, kind) => {
    expect(classifyLink(url)).toBe(kind)
  })
})

describe('createPaper', () => {
  const point = {line: 1, column: 1, offset: 0}
  const position = {record: {start: point, end: point}, title: {start: point, end: point}, abstract: {start: point, end: point}}

  it('fills defaults, the year, `published` and links', () => {
    const paper = createPaper(
      {index: 3, title: 'T', abstract: 'Code at https://github.com/a/b.', position, date: {year: null, month: 9, day: 16}},
      {year: 2025}
    )
    expect(paper).toEqual({
      index: 3,
      title: 'T',
      abstract: 'Code at https://github.com/a/b.',
      authors: null,
      organization: null,
      date: {year: 2025, month: 9, day: 16},
      published: '2025-09-16',
      comments: null,
      upvotes: null,
      arxivId: null,
      links: [{url: 'https://github.com/a/b', kind: 'code'}],
      position
    })
  })

  // Titles and abstracts are copied (one byte per character when they fit):
  // the copy must be the same text, whatever its characters or length.
  it.each([
    ['Latin-1 only', 'Café naïve résumé, 97.1% on GSM8K. \u00ff\u0080'],
    ['a bullet', '• 12 authors · 97.1% on GSM8K'],
    ['astral characters and a lone surrogate', 'Gains 🚀 of 3.2 points \ud800 here'],
    ['longer than the copy buffer', 'x'.repeat(70_000) + 'é'],
    ['a slice of a larger text', ('•'.repeat(10) + 'A sliced abstract with 4.9% gains.').slice(10)]
  ])('keeps the text of a title and abstract with %s', (_, text) => {
    const paper = createPaper({index: 0, title: text, abstract: text, position})
    expect(paper.title).toBe(text)
    expect(paper.abstract).toBe(text)
  })

  it('keeps any title and abstract unchanged', () => {
    // Code units, not code points: Latin-1 only, or any (lone surrogates too).
    const latin1 = fc.nat({max: 0xff}).map((code) => String.fromCharCode(code))
    const any = fc.oneof(latin1, fc.nat({max: 0xffff}).map((code) => String.fromCharCode(code)))
    fc.assert(
      fc.property(fc.string({unit: latin1, maxLength: 300}), fc.string({unit: any, maxLength: 300}), (title, abstract) => {
        const paper = createPaper({index: 0, title, abstract, position})
        return paper.title === title && paper.abstract === abstract
      })
    )
  })

  it('keeps the year of the date over the option', () => {
    const paper = createPaper({index: 0, title: 'T', abstract: '', position, date: {year: 2021, month: 1, day: 2}}, {year: 2025})
    expect(paper.published).toBe('2021-01-02')
  })

  it('reads the arXiv id from the paper page link only', () => {
    expect(arxivIdFromLinks([{url: 'https://huggingface.co/papers/2410.05434', kind: 'paper'}])).toBe('2410.05434')
    expect(arxivIdFromLinks([{url: 'https://huggingface.co/papers/2410.05434v2#community', kind: 'paper'}])).toBe('2410.05434')
    // An arXiv link in an abstract usually cites other work.
    expect(arxivIdFromLinks([{url: 'https://arxiv.org/abs/2410.05434', kind: 'paper'}])).toBeNull()
    expect(arxivIdFromLinks([{url: 'https://huggingface.co/papers/trending', kind: 'paper'}])).toBeNull()
  })
})

describe('splitLines and trimSpan', () => {
  it('splits on \\n, \\r\\n and a lone \\r, keeping offsets', () => {
    expect(splitLines('a\r\nb\rc\n\nd')).toEqual([
      {start: 0, end: 1, value: 'a'},
      {start: 3, end: 4, value: 'b'},
      {start: 5, end: 6, value: 'c'},
      {start: 7, end: 7, value: ''},
      {start: 8, end: 9, value: 'd'}
    ])
    expect(splitLines('')).toEqual([{start: 0, end: 0, value: ''}])
    expect(splitLines('x\n')).toEqual([
      {start: 0, end: 1, value: 'x'},
      {start: 2, end: 2, value: ''}
    ])
  })

  it('trims spaces, tabs, NBSP and a BOM', () => {
    const text = '\uFEFF \t\u00A0Title\u00A0 '
    const {start, end} = trimSpan(text, 0, text.length)
    expect(text.slice(start, end)).toBe('Title')
    expect(cleanLine('\tA\u00A0B\tC ')).toBe('A B C')
  })
})

describe('detectFormat', () => {
  it.each([
    ['new\n\nDaily Papers\n\nNov 12\n\nA Title\n\nAn abstract.', 'text'],
    ['[\n  {"paper": {"id": "2411.04330"}}\n]', 'api-json'],
    ['\uFEFF  []', 'api-json'],
    ['{\n  "paper": {"id": "2411.04330"}\n}', 'api-json'],
    ['{"id": "2401.00001", "title": "T", "abstract": "A."}\n{"id": "2401.00002"}\n', 'arxiv-jsonl'],
    ['[101](https://huggingface.co/login)\n\n### [A Title](https://huggingface.co/papers/2401.00001)\n', 'markdown'],
    ['[A Title][12]\n\n[Other][13]\n', 'markdown'],
    ['Models\n\nhttps://huggingface.co/models\n\nDatasets\n\nhttps://huggingface.co/datasets\n\nA Title\n\nhttps://huggingface.co/papers/2401.00001\n', 'text-dump'],
    ['', 'text']
  ])('%#: %s', (input, format) => {
    expect(detectFormat(input)).toBe(format)
  })
})

describe('checkText', () => {
  it.each([
    ['', 'empty-input', false],
    [' \n\t\r\n', 'empty-input', false],
    ['PK\u0003\u0004\u0000\u0000', 'binary-input', true],
    ['\uFFFD\uFFFD\uFFFDab\uFFFD', 'binary-input', true]
  ])('%j → %s', (input, ruleId, fatal) => {
    expect(checkText(input)).toMatchObject({ruleId, fatal, source: 'benchmark-claims'})
  })

  it('accepts text with a few replacement characters', () => {
    expect(checkText('Nov 12\n\nA title \uFFFD\n\nAn abstract.')).toBeUndefined()
  })
})

describe('pairTitles: titles never pair with titles', () => {
  it('leaves out two titles in a row', () => {
    const run = [
      {value: 'First Lost Title', lines: 1},
      {value: 'Second Lost Title: With a Colon', lines: 1},
      {value: 'A Title', lines: 1},
      {value: 'We propose X. ' + 'It works. '.repeat(20).trim(), lines: 1}
    ]
    expect(pairTitles(run)).toEqual([
      {kind: 'single', index: 0},
      {kind: 'single', index: 1},
      {kind: 'pair', title: 2, abstract: 3}
    ])
  })

  it('still pairs a short abstract that is a sentence', () => {
    expect(pairTitles([{value: 'A Title', lines: 1}, {value: 'We Propose X.', lines: 1}])).toEqual([{kind: 'pair', title: 0, abstract: 1}])
  })
})

describe('pairTitles', () => {
  const title = (value: string) => ({value, lines: 1})
  const abstract = (value: string) => ({value: value + ' '.repeat(0) + ' It works. '.repeat(20).trim(), lines: 1})

  it('pairs an even run in order', () => {
    expect(pairTitles([title('A Title'), abstract('We do X.'), title('B Title'), abstract('We do Y.')])).toEqual([
      {kind: 'pair', title: 0, abstract: 1},
      {kind: 'pair', title: 2, abstract: 3}
    ])
  })

  it.each([
    ['a title without abstract first', [title('Lost Title'), title('A Title'), abstract('We do X.')], 0],
    ['a title without abstract last', [title('A Title'), abstract('We do X.'), title('Lost Title')], 2],
    ['an abstract without title', [abstract('We do X.'), title('A Title'), abstract('We do Y.')], 0],
    ['a stray paragraph between', [title('A Title'), abstract('We do X.'), abstract('Stray.'), title('B Title'), abstract('We do Y.')], 2]
  ])('leaves out %s', (_, run, left) => {
    const segments = pairTitles(run)
    expect(segments.filter((segment) => segment.kind === 'single')).toEqual([{kind: 'single', index: left}])
    expect(segments.filter((segment) => segment.kind === 'pair')).toHaveLength((run.length - 1) / 2)
  })
})

describe('detectFormat on JSON', () => {
  it.each([
    ['{"paper": {"id": "2411.04330", "title": "T"}, "numComments": 2}', 'api-json'],
    ['{"title": "T", "paper": {"id": "2411.04330"}}', 'api-json'],
    ['{"id": "2411.04330", "title": "T", "abstract": "A."}', 'arxiv-jsonl']
  ])('%s is %s', (input, format) => {
    expect(detectFormat(input)).toBe(format)
  })
})

describe('parseListing dispatch on the captures', () => {
  it.each([
    ['captures/search-page-plaintext.txt', 'text-dump'],
    ['captures/search-page-markdown.md', 'markdown'],
    ['captures/daily-papers-api-entry.json', 'api-json'],
    ['daily-papers.txt', 'text']
  ])('%s is read as %s', async (name, format) => {
    const {readFileSync} = await import('node:fs')
    const {parseListing} = await import('../src/index.js')
    const text = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
    const listing = parseListing(text)
    expect(listing.format).toBe(format)
    expect(listing.papers.length).toBeGreaterThan(0)
    expect(listing.messages.filter((message) => message.fatal)).toEqual([])
    // Forcing the plain-text reader on another format never throws either.
    expect(parseListing(text, {format: 'text'}).format).toBe('text')
  })
})

describe('detectFormat on plain text with a few links', () => {
  it('keeps a plain-text listing with Markdown-looking links or URL lines as text', async () => {
    const {readFileSync} = await import('node:fs')
    const seed = readFileSync(new URL('fixtures/daily-papers.txt', import.meta.url), 'utf8')
    // Two lines with link syntax: the old rule (any two) called this Markdown.
    const withLinks = seed
      .replace('is available at https://github.com/zzz0527/SPC-UQ.', 'is [here](https://github.com/zzz0527/SPC-UQ).')
      .replace('https://github.com/IST-DASLab/QuEST.', '[QuEST](https://github.com/IST-DASLab/QuEST).')
    const withUrlParagraphs = seed.replace('\n\nMATH-Beyond', '\n\nhttps://a.org/1\n\nhttps://a.org/2\n\nhttps://a.org/3\n\nMATH-Beyond')
    expect(withLinks).not.toBe(seed)
    expect(withUrlParagraphs).not.toBe(seed)
    expect(detectFormat(withLinks)).toBe('text')
    expect(detectFormat(withUrlParagraphs)).toBe('text')
  })
})
