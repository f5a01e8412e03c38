import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Papa from 'papaparse'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {claimsFromListing} from '../src/extract/claims-from-listing.js'
import {extractClaims} from '../src/extract/extract-claims.js'
import {parseListing} from '../src/parse/parse-listing.js'
import {readArxivJsonl} from '../src/parse/read-arxiv-jsonl.js'
import {leaderboard} from '../src/table/leaderboard.js'
import {BOARD_COLUMNS, boardRows} from '../src/table/leaderboard-rows.js'
import {toCsv} from '../src/table/to-csv.js'
import {toJsonLines} from '../src/table/to-json-lines.js'
import {toRow} from '../src/table/to-row.js'
import {cli, ensureBuilt, root, runCli} from './cli-run.js'

const seedPath = 'test/fixtures/daily-papers.txt'
const seed = readFileSync(join(root, seedPath), 'utf8')
const whole = claimsFromListing(seed)
const temporary = mkdtempSync(join(tmpdir(), 'benchmark-claims-out-'))

beforeAll(ensureBuilt)
// (The files the cases wrote go with the run: no temporary directory left per run.)
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

describe.concurrent('benchmark-claims claims', {timeout: 120_000}, () => {
  it('finds claims in the seed (the comparisons below are not vacuous)', () => {
    expect(whole.claims.length).toBeGreaterThan(30)
  })

  it('writes CSV: the header once, then the rows of claimsFromListing', async () => {
    const result = await runCli(['claims', seedPath])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(toCsv(whole.claims))
    expect(result.stdout.match(/^paper,model,/gm)).toHaveLength(1)
  })

  it('writes JSON Lines', async () => {
    const result = await runCli(['claims', seedPath, '--format', 'jsonl'])
    expect(result.stdout).toBe(toJsonLines(whole.claims))
  })

  it('writes a JSON array of rows', async () => {
    const result = await runCli(['claims', seedPath, '-f', 'json'])
    expect(JSON.parse(result.stdout)).toEqual(whole.claims.map((claim) => toRow(claim)))
  })

  it('writes an empty JSON array and a lone CSV header for a listing without claims', async () => {
    const file = join(temporary, 'quiet.txt')
    writeFileSync(file, 'Nov 12\n\nA Title\n\nWe study cats.\n\n  • 2 authors\n·\nSep 16\n')
    expect(JSON.parse((await runCli(['claims', file, '-f', 'json'])).stdout)).toEqual([])
    expect((await runCli(['claims', file])).stdout).toBe(toCsv([]))
  })

  it('reads stdin with -', async () => {
    const result = await runCli(['claims', '-'], seed)
    expect(result.stdout).toBe(toCsv(whole.claims))
  })

  it('writes to -o FILE and nothing to stdout', async () => {
    const file = join(temporary, 'claims.csv')
    const result = await runCli(['claims', seedPath, '-o', file])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(readFileSync(file, 'utf8')).toBe(toCsv(whole.claims))
  })

  it('reads arXiv JSON Lines with a category filter', async () => {
    const sample = readFileSync(join(root, 'test/fixtures/arxiv-sample.jsonl'), 'utf8')
    const papers = readArxivJsonl(sample, {categories: ['cs.LG']}).papers
    const expected = papers.flatMap((paper) => extractClaims(paper))
    const result = await runCli(['claims', 'test/fixtures/arxiv-sample.jsonl', '--input-format', 'arxiv-jsonl', '--categories', 'cs.LG', '-q'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(toCsv(expected))
    const rows = Papa.parse<Record<string, string>>(result.stdout, {header: true, skipEmptyLines: true}).data
    for (const row of rows) expect(['2403.01234', '2406.00042']).toContain(row.arxiv_id)
  })

  it('stops quietly when the reader goes away (| head)', () => {
    const result = spawnSync('bash', ['-c', `node ${cli} claims ${seedPath} | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(result.stdout.trim()).toBe('0')
    expect(result.stderr).toBe('')
  })
})

describe('benchmark-claims claims with worker threads', {timeout: 120_000}, () => {
  it('writes the same rows, in the same order, with --jobs 2 as with --jobs 1 on a 2.5 MB input', async () => {
    const file = join(temporary, 'seed-x18.txt')
    writeFileSync(file, Array.from({length: 18}, () => seed).join('\n\n'))
    const [one, two] = await Promise.all([runCli(['claims', file, '-j', '1', '-q']), runCli(['claims', file, '-j', '2', '-q'])])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    // Every copy of the seed gives the seed's claims.
    expect(one.stdout.split('\n').length).toBeGreaterThan(18 * whole.claims.length)
  }, 120_000)
})

describe.concurrent('benchmark-claims papers', {timeout: 120_000}, () => {
  const listing = parseListing(seed)

  it('reads a file of several 1 MB reads whole, with a character split between two reads', async () => {
    // Shift the text so that a 3-byte `•` straddles the first read's end.
    const repeated = Array.from({length: 9}, () => seed).join('\n\n')
    const bytes = Buffer.from(repeated)
    const split = bytes.indexOf('•', 1_048_576 - 4096)
    expect(split).toBeGreaterThan(0)
    const text = '\n'.repeat(1_048_576 - 1 - split) + repeated
    expect(Buffer.from(text).subarray(1_048_575, 1_048_578).toString()).toBe('•')
    const file = join(temporary, 'seed-x9-shifted.txt')
    writeFileSync(file, text)
    const result = await runCli(['papers', file])
    expect(result.code).toBe(0)
    const papers = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)
    expect(papers).toEqual(parseListing(text).papers)
  })


  it('writes JSON Lines of the Paper records', async () => {
    const result = await runCli(['papers', seedPath])
    const papers = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)
    expect(papers).toEqual(listing.papers)
  })

  it('writes a JSON array', async () => {
    const result = await runCli(['papers', seedPath, '--format', 'json'])
    expect(JSON.parse(result.stdout)).toEqual(listing.papers)
  })

  it('writes CSV with flattened fields, one row per paper', async () => {
    const result = await runCli(['papers', seedPath, '--format', 'csv'])
    const rows = Papa.parse<Record<string, string>>(result.stdout, {header: true, skipEmptyLines: true}).data
    expect(rows).toHaveLength(listing.papers.length)
    for (const [index, paper] of listing.papers.entries()) {
      expect(rows[index]?.title).toBe(paper.title)
      expect(rows[index]?.authors).toBe(paper.authors === null ? '' : String(paper.authors))
      expect(rows[index]?.organization_handle).toBe(paper.organization?.handle ?? '')
      expect(rows[index]?.date_day).toBe(paper.date ? String(paper.date.day) : '')
      expect(rows[index]?.line).toBe(String(paper.position.record.start.line))
    }
  })

  it('fills dates without a year from --year', async () => {
    const result = await runCli(['papers', seedPath, '--year', '2025'])
    const papers = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {published: string | null})
    expect(papers).toEqual(parseListing(seed, {year: 2025}).papers)
    expect(papers.filter((paper) => paper.published?.startsWith('2025-')).length).toBeGreaterThan(10)
  })
})

describe.concurrent('benchmark-claims leaderboard and report', {timeout: 120_000}, () => {
  it('writes the boards as CSV', async () => {
    const papers = whole.papers
    const expected = toCsv(boardRows(leaderboard(whole.claims, {papers})), {columns: BOARD_COLUMNS})
    const result = await runCli(['leaderboard', seedPath, '--format', 'csv'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(expected)
  })

  it('filters by benchmark', async () => {
    const result = await runCli(['leaderboard', seedPath, '--format', 'json', '--benchmark', 'MATH-500'])
    const parsed = JSON.parse(result.stdout) as {boards: Array<{benchmark: string}>}
    expect(parsed).toEqual(leaderboard(whole.claims, {papers: whole.papers, benchmark: ['MATH-500']}))
    for (const board of parsed.boards) expect(board.benchmark).toBe('MATH-500')
  })

  it('writes Markdown tables by default', async () => {
    const result = await runCli(['leaderboard', seedPath])
    expect(result.stdout).toMatch(/^## Leaderboards\n\n\| benchmark \| metric \| rank \|/)
    expect(result.stdout).toMatch(/\n## Gains\n/)
  })

  it('writes one HTML file with -o', async () => {
    const file = join(temporary, 'report.html')
    const result = await runCli(['report', seedPath, '-o', file, '--title', 'Seed claims'])
    expect(result.code).toBe(0)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('Seed claims')
  })
})
