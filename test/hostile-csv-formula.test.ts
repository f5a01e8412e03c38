// CSV formula safety through the CLI (issue 6): titles and sentences that
// start with `=`, `+`, `-` or `@` come out escaped (a leading `'`), so a
// spreadsheet shows them as text instead of running them, and the claims of
// those papers are still extracted.
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import Papa from 'papaparse'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CLAIM_COLUMNS} from '../src/index.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

const filler =
  'We describe the setting, the data and the evaluation protocol in detail, and we discuss the limitations of the approach together with directions for future work.'

// Each paper: a title starting with a formula character, and an abstract
// whose claim sentence starts with one too. Numbers the claim must carry.
const papers = [
  {
    title: '=HYPERLINK("https://example.com","Tango"): Formula Titles Are Plain Data',
    abstract: `Spreadsheets run cells that look like formulas. -On GSM8K, our method improves accuracy from 45.2% to 67.8%. ${filler}`,
    numbers: [45.2, 67.8]
  },
  {
    title: '+Plus: Reinforcement Learning with Signed Titles',
    abstract: `We study signed rewards. +Plus reaches 71.3% accuracy on MATH-500, outperforming GRPO by 4.9 points. ${filler}`,
    numbers: [71.3, 4.9]
  },
  {
    title: '-Minus: Efficient Reasoning by Trimming Thoughts',
    abstract: `Long chains of thought are costly. @Minus reduces the average response length by 42% on AIME 2024 without any loss in accuracy. ${filler}`,
    numbers: [42]
  },
  {
    title: '@Home: Household Agents at Scale',
    abstract: `Household agents must act for hours. =Our agent achieves a success rate of 88.5% on ALFWorld, a gain of 6.1 points over ReAct. ${filler}`,
    numbers: [88.5, 6.1]
  }
]

const listing =
  'Daily Papers\n\nNov 12\n\n' +
  papers
    .map((paper, index) => `${paper.title}\n\n${paper.abstract}\n\n  • ${index + 2} authors\n·\nSep ${index + 10}\n`)
    .join('\n')

describe('formula-looking titles and sentences in the CSV', () => {
  const directory = mkdtempSync(join(tmpdir(), 'benchmark-claims-formula-'))
  const file = join(directory, 'formulas.txt')
  let rows: Array<Record<string, string>> = []
  let header: string[] = []

  beforeAll(async () => {
    expect(existsSync(cli), 'build first (`npx tsup`): ' + cli).toBe(true)
    writeFileSync(file, listing)
    const {stdout} = await promisify(execFile)(process.execPath, [cli, 'claims', file, '--format', 'csv'])
    const parsed = Papa.parse<Record<string, string>>(stdout, {header: true, skipEmptyLines: true})
    expect(parsed.errors).toEqual([])
    rows = parsed.data
    header = parsed.meta.fields ?? []
  })

  afterAll(() => rmSync(directory, {recursive: true, force: true}))

  it('writes the claim columns', () => {
    expect(header).toEqual([...CLAIM_COLUMNS])
  })

  it.each(papers.map((paper) => [paper.title.charAt(0), paper] as const))(
    'a title starting with `%s` is escaped and its claim is still extracted',
    (_, paper) => {
      const own = rows.filter((row) => row.paper === "'" + paper.title)
      expect(own.length, 'rows for ' + paper.title).toBeGreaterThan(0)
      const numbers = own.flatMap((row) =>
        ['value', 'baseline_value', 'delta', 'value_low', 'value_high']
          .map((column) => row[column])
          .filter((cell): cell is string => cell !== undefined && cell !== '')
          .map((cell) => Math.abs(Number(cell)))
      )
      for (const number of paper.numbers) expect(numbers).toContain(number)
      // The sentence that starts with a formula character is escaped too.
      for (const row of own) expect(row.sentence).not.toMatch(/^[=+\-@\t\r]/)
    }
  )

  it('leaves no cell that a spreadsheet would run, except negative numbers', () => {
    for (const row of rows) {
      for (const cell of Object.values(row)) {
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(?:\.\d+)?$/)
      }
    }
  })
})
