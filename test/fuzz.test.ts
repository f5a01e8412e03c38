// Fuzzing (issue 6): arbitrary strings and damaged real listings through
// `parseListing`, `extractClaims`, `toCsv` and the CLI. Whatever comes in,
// nothing throws, the output is schema-valid and every span points inside
// the text it came from. `FUZZ_RUNS` sets the cases per property (1,000 in
// CI, 100,000 under `npm run fuzz`).
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import fc from 'fast-check'
import Papa from 'papaparse'
import {afterAll, describe, expect, it} from 'vitest'
import {CLAIM_COLUMNS, extractClaims, parseListing, renderReport, toCsv} from '../src/index.js'
import type {InputFormat} from '../src/index.js'
import {
  FUZZ_RUNS,
  anyTextArbitrary,
  claimArbitrary,
  cutAtByte,
  expectCsvRoundTrip,
  expectValidClaims,
  expectValidListing,
  htmlInjections,
  lineArbitrary,
  listingTextArbitrary,
  mutatedListingArbitrary,
  readFixture,
  runs
} from './fuzz-cases.js'

const run = promisify(execFile)
const listing = readFixture('daily-papers.txt')
const formats: Array<InputFormat | undefined> = [undefined, 'text', 'markdown', 'text-dump', 'api-json', 'arxiv-jsonl']
// Generous per-test limits: 100,000 cases take minutes, not the default 30 s.
const timeout = Math.max(30_000, FUZZ_RUNS * 60)

describe('parseListing on hostile text', () => {
  it('never throws and stays in bounds on arbitrary strings, in every format', () => {
    fc.assert(
      fc.property(anyTextArbitrary, fc.constantFrom(...formats), (text, format) => {
        expectValidListing(parseListing(text, {format}), text)
      }),
      {numRuns: runs()}
    )
  }, timeout)

  it('never throws and stays in bounds on damaged windows of a real listing', () => {
    fc.assert(
      fc.property(mutatedListingArbitrary(listing), (text) => {
        expectValidListing(parseListing(text), text)
      }),
      {numRuns: runs()}
    )
  }, timeout)

  // The whole listing costs ~100 times a window: a twentieth of the runs.
  it('never throws and stays in bounds on a whole listing cut at any byte', () => {
    fc.assert(
      fc.property(fc.nat(), (byte) => {
        const text = cutAtByte(listing, byte)
        expectValidListing(parseListing(text), text)
      }),
      {numRuns: runs(0.02)}
    )
  }, timeout)
})

describe('extractClaims on hostile text', () => {
  it('never throws and keeps spans inside arbitrary abstracts', () => {
    fc.assert(
      fc.property(anyTextArbitrary, (text) => {
        expectValidClaims(extractClaims(text), text)
      }),
      {numRuns: runs()}
    )
  }, timeout)

  it('never throws and keeps spans inside sentence-like abstracts', () => {
    const sentences = fc.array(lineArbitrary, {maxLength: 12}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(sentences, (text) => {
        expectValidClaims(extractClaims(text), text)
      }),
      {numRuns: runs()}
    )
  }, timeout)

  // Fewer runs: each case extracts every paper of a window (a few abstracts).
  it('gives valid claims that belong to their paper, and CSV that parses back, on damaged listings', () => {
    fc.assert(
      fc.property(mutatedListingArbitrary(listing, 30), (text) => {
        const {papers} = parseListing(text)
        const all = []
        for (const paper of papers) {
          const claims = extractClaims(paper)
          expectValidClaims(claims, paper.abstract)
          for (const claim of claims) {
            expect(claim.paper).toBe(paper.title)
            expect(claim.paperIndex).toBe(paper.index)
          }

          all.push(...claims)
        }

        expectCsvRoundTrip(toCsv(all), all)
      }),
      {numRuns: runs(0.2)}
    )
  }, timeout)
})

describe('toCsv on hostile claims', () => {
  it('writes CSV that papaparse reads back to the same rows, formulas escaped', () => {
    fc.assert(
      fc.property(fc.array(claimArbitrary, {maxLength: 8}), (claims) => {
        expectCsvRoundTrip(toCsv(claims), claims)
      }),
      {numRuns: runs()}
    )
  }, timeout)
})

describe('renderReport on hostile claims', () => {
  // The report's own markup: one inline script, no images, no handlers.
  const own = (html: string) => ({scripts: html.match(/<script/gi)?.length ?? 0, images: html.match(/<img/gi)?.length ?? 0})

  it('escapes every string of the input: no tag or handler gets through', () => {
    const expected = own(renderReport({claims: []}))
    fc.assert(
      fc.property(fc.array(claimArbitrary, {maxLength: 6}), fc.constantFrom(...htmlInjections), (claims, title) => {
        const html = renderReport({claims, title})
        expect(own(html)).toEqual(expected)
        // Escaped text may still read `onerror=alert`; only markup would start with `<`.
        expect(html).not.toMatch(/<svg onload|<!--/i)
      }),
      {numRuns: runs(0.2)}
    )
  }, timeout)
})

describe('the CLI on generated files', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const directory = mkdtempSync(join(tmpdir(), 'benchmark-claims-fuzz-'))
  afterAll(() => rmSync(directory, {recursive: true, force: true}))

  // Starting Node costs ~0.1 s: a handful of files, not FUZZ_RUNS of them.
  const inputs = [
    ...fc.sample(mutatedListingArbitrary(listing), {numRuns: 2, seed: 6}),
    ...fc.sample(listingTextArbitrary, {numRuns: 1, seed: 6}),
    ...fc.sample(fc.string({unit: 'binary', minLength: 1, maxLength: 300}), {numRuns: 1, seed: 6})
  ]

  it.each(inputs.map((text, index) => [index, text] as const))(
    'exits 0 or 1 with well-formed messages and output (file %i)',
    async (index, text) => {
      expect(existsSync(cli), 'build first (`npx tsup`): ' + cli).toBe(true)
      const file = join(directory, 'input-' + index + '.txt')
      writeFileSync(file, text)
      for (const command of ['claims', 'papers']) {
        const {code, stdout, stderr} = await runCli([cli, command, file, '--format', 'csv'])
        expect([0, 1], stderr).toContain(code)
        // Messages only: `file:line:column: reason [ruleId]`, never a stack trace.
        for (const line of stderr.split('\n').filter(Boolean)) {
          expect(line).toMatch(/^.+:\d+:\d+: .+ \[[\w-]+\]$/)
        }

        expect(stderr).not.toMatch(/^\s+at /m)
        if (code === 0) {
          const parsed = Papa.parse<string[]>(stdout, {skipEmptyLines: true})
          expect(parsed.errors).toEqual([])
          if (command === 'claims') expect(parsed.data[0]).toEqual([...CLAIM_COLUMNS])
        }
      }
    }
  )
})

async function runCli(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, args, {timeout: 20_000, maxBuffer: 64 * 1024 * 1024})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code?: unknown; stdout?: string; stderr?: string}
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? String(error)
    }
  }
}
