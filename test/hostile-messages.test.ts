// Messages for broken input (issue 6), compared as the strings a user sees:
// `file:line:column: reason [ruleId]`. Lines and columns below are counted
// by hand from each input (1-based; a message points at the first
// non-blank character of the block it is about).
import {execFile} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {formatMessage, ListingSchema, parseListing} from '../src/index.js'

const record = (title: string, abstract: string, meta = '  • 2 authors\n·\nSep 16') => `${title}\n\n${abstract}\n\n${meta}\n`

// The page's own header, as copied (lines 1 to 11).
const header = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nNov 12\n'

interface Case {
  name: string
  text: string
  file?: string
  /** Titles of the records that must still be read. */
  titles: string[]
  messages: string[]
}

const cases: Case[] = [
  {
    name: 'empty input',
    text: '',
    titles: [],
    messages: ['listing.txt:1:1: Expected a listing, not empty input [empty-input]']
  },
  {
    name: 'only blank lines',
    text: '\n  \n\t\n\u00A0\n',
    titles: [],
    messages: ['listing.txt:1:1: Expected a listing, not empty input [empty-input]']
  },
  {
    name: 'binary input (NUL bytes)',
    text: '\u0089PNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000',
    titles: [],
    messages: ['listing.txt:1:1: Expected text, not binary data [binary-input]']
  },
  {
    name: 'binary input (invalid UTF-8, decoded)',
    text: Buffer.from([0xff, 0xfe, 0x80, 0x81, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x41, 0xf0, 0x28, 0x8c, 0xbc]).toString('utf8'),
    titles: [],
    messages: ['listing.txt:1:1: Expected text, not binary data [binary-input]']
  },
  {
    // Lines 1–11 are the header; nothing follows the page date.
    name: 'a header without records',
    text: header,
    titles: [],
    messages: ['listing.txt:11:1: Expected papers after the page date, not the end of the listing [no-records]']
  },
  {
    // Line 11 is the last title; its abstract and meta lines were cut off.
    name: 'a truncated last record (title only)',
    text: 'Nov 12\n\n' + record('First Paper: Complete', 'It improves accuracy by 4.9%. It is complete.') + '\nSecond Paper: Cut Short\n',
    titles: ['First Paper: Complete'],
    messages: [
      'listing.txt:11:1: Expected an abstract after the title `Second Paper: Cut Short`, not the end of the listing [truncated-record]'
    ]
  },
  {
    // Meta lines start on line 7 (`  • 2 authors`, column 3) and stop before the date.
    name: 'a truncated last record (meta lines without a date)',
    text: 'Nov 12\n\nFirst Paper: Cut in the Meta\n\nIt improves accuracy by 4.9%. It is complete.\n\n  • 2 authors\n·\n',
    titles: ['First Paper: Cut in the Meta'],
    messages: ['listing.txt:7:3: Expected a date (`Sep 16`) to end the meta lines [truncated-record]']
  },
  {
    // Line 13 is the last abstract, 40 characters cut mid-sentence, with no meta lines after it.
    name: 'a truncated last record (cut inside its abstract)',
    text: 'Nov 12\n\n' + record('First Paper: Complete', 'It improves accuracy by 4.9%. It is complete.') + '\nSecond Paper: Cut Short\n\nIt improves accuracy by 3.2% on the held',
    titles: ['First Paper: Complete', 'Second Paper: Cut Short'],
    messages: ['listing.txt:13:41: Expected the last abstract to end a sentence, not the end of the listing after `…It improves accuracy by 3.2% on the held` [truncated-record]']
  },
  {
    // Line 11: a title followed by meta lines (line 13) instead of an abstract.
    name: 'a record without an abstract',
    text:
      'Nov 12\n\n' +
      record('First Paper: With Abstract', 'Abstract one. It has two sentences.') +
      '\nSecond Paper: No Abstract\n\n  • 3 authors\n·\nSep 17\n\n' +
      record('Third Paper: Fine Again', 'Abstract three. It has two sentences too.', '  • 4 authors\n·\nSep 18'),
    titles: ['First Paper: With Abstract', 'Third Paper: Fine Again'],
    messages: [
      'listing.txt:11:1: Expected an abstract after the title `Second Paper: No Abstract` [missing-abstract]',
      'listing.txt:13:3: Unexpected meta lines: expected a title and an abstract before them [orphan-meta]'
    ]
  },
  {
    // Line 11: a paragraph after a complete record that is no title; long
    // values are quoted by their first 57 characters (`…of ` ends them).
    name: 'a stray paragraph between records',
    text:
      'Nov 12\n\n' +
      record('First Paper: Complete', 'Abstract one. It has two sentences.') +
      '\nThis paragraph was pasted by mistake. It has no title of its own.\n\n' +
      record('Second Paper: Complete', 'Abstract two. It has two sentences.', '  • 3 authors\n·\nSep 17'),
    titles: ['First Paper: Complete', 'Second Paper: Complete'],
    messages: [
      'listing.txt:11:1: Unexpected paragraph `This paragraph was pasted by mistake. It has no title of …`: expected a title followed by an abstract [stray-text]'
    ]
  },
  {
    // Line 2: `"many"` starts at column 89; line 3: `42` at column 43, the entry at column 3.
    name: 'API JSON with fields of the wrong type',
    file: 'entries.json',
    text:
      '[\n' +
      '  {"paper": {"id": "2411.04330", "title": "A Paper", "summary": "It works.", "upvotes": "many"}},\n' +
      '  {"paper": {"id": "2411.04331", "title": 42, "summary": "Also works."}}\n' +
      ']\n',
    titles: ['A Paper'],
    messages: [
      'entries.json:2:89: [0].paper.upvotes: expected number, received string [api-json-field]',
      'entries.json:3:43: [1].paper.title: expected string, received number [api-json-field]',
      'entries.json:3:3: [1].paper.title: expected a non-empty string (the title), entry skipped [api-json-missing-title]'
    ]
  },
  {
    // 25 characters; the input ends (column 26) where `,` or `}` must follow.
    name: 'API JSON cut short',
    file: 'entries.json',
    text: '[{"paper": {"title": "A"}',
    titles: [],
    messages: ['entries.json:1:26: Expected `,` or `}` after a property in the API JSON, not the end [api-json-syntax]']
  }
]

describe('messages from parseListing', () => {
  it.each(cases)('$name', ({text, file = 'listing.txt', titles, messages}) => {
    const listing = ListingSchema.parse(parseListing(text))
    expect(listing.papers.map((paper) => paper.title)).toEqual(titles)
    expect(listing.messages.map((message) => formatMessage(message, file))).toEqual(messages)
  })
})

// The CLI: one line per message on stderr, exit 1 when the input could not
// be read at all, never a stack trace.
describe('messages from the CLI', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const directory = mkdtempSync(join(tmpdir(), 'benchmark-claims-messages-'))
  afterAll(() => {
    chmodSync(directory, 0o700)
    rmSync(directory, {recursive: true, force: true})
  })

  const missing = join(directory, 'missing.txt')
  const folder = join(directory, 'a-directory')
  mkdirSync(folder)
  const binary = join(directory, 'image.png')
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x80]))
  const empty = join(directory, 'empty.txt')
  writeFileSync(empty, '')
  const truncated = join(directory, 'truncated.txt')
  writeFileSync(truncated, (cases[5] as Case).text)
  const locked = join(directory, 'locked.txt')
  writeFileSync(locked, 'Nov 12\n')
  chmodSync(locked, 0o000)

  const table: Array<{name: string; args: string[]; code: number; stderr: string[]}> = [
    {name: 'a missing file', args: ['claims', missing], code: 1, stderr: [`${missing}:1:1: Cannot read input: no such file [unreadable-input]`]},
    {
      name: 'a directory',
      args: ['papers', folder],
      code: 1,
      stderr: [`${folder}:1:1: Cannot read input: it is a directory, not a file [unreadable-input]`]
    },
    {name: 'binary input', args: ['claims', binary], code: 1, stderr: [`${binary}:1:1: Expected text, not binary data [binary-input]`]},
    {name: 'empty input', args: ['claims', empty], code: 0, stderr: [`${empty}:1:1: Expected a listing, not empty input [empty-input]`]},
    {
      name: 'a truncated last record',
      args: ['claims', truncated],
      code: 0,
      stderr: [`${truncated}:11:1: Expected an abstract after the title \`Second Paper: Cut Short\`, not the end of the listing [truncated-record]`]
    }
  ]

  it.each(table)('$name', async ({args, code, stderr}) => {
    expect(existsSync(cli), 'build first (`npx tsup`): ' + cli).toBe(true)
    const result = await runCli([cli, ...args])
    expect(result.stderr.split('\n').filter(Boolean)).toEqual(stderr)
    expect(result.code).toBe(code)
  })

  it('still writes the claims of the readable records of a truncated listing', async () => {
    const result = await runCli([cli, 'claims', truncated, '--format', 'csv'])
    expect(result.stdout).toContain('First Paper: Complete')
    expect(result.stdout).toContain('4.9')
  })

  it('keeps going past an abstract with a number too long for a double', async () => {
    const file = join(directory, 'huge-number.txt')
    writeFileSync(
      file,
      'Nov 12\n\n' +
        record('First Paper: Huge Number', `It improves GSM8K accuracy by ${'9'.repeat(400)}%. It is a test of limits.`) +
        '\n' +
        record('Second Paper: Plain Number', 'It improves MATH-500 accuracy from 45.2% to 67.8%. It is a plain claim.')
    )
    const result = await runCli([cli, 'claims', file, '--format', 'csv'])
    // Only messages, one line each: no stack trace, no dumped error object.
    for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^.+:\d+:\d+: .+ \[[\w-]+\]$/)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Second Paper: Plain Number')
  })

  // Root reads any file whatever its mode, so the check can only fail as a user.
  it.skipIf(process.getuid?.() === 0)('an unreadable file (skipped as root: root may read any file)', async () => {
    const result = await runCli([cli, 'claims', locked])
    expect(result.stderr.trim()).toBe(`${locked}:1:1: Cannot read input: permission denied [unreadable-input]`)
    expect(result.code).toBe(1)
  })
})

async function runCli(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, args, {timeout: 20_000})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code?: unknown; stdout?: string; stderr?: string}
    return {code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error)}
  }
}
