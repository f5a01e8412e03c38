import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, statSync, writeFileSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {renderReport} from '../src/table/render-report.js'
import {reportSample} from './report-sample.js'

const run = promisify(execFile)

/** Debian's `chromium` (or `CHROMIUM` from the environment), found on PATH without spawning. */
function findChromium(): string | undefined {
  if (process.env['CHROMIUM'] && existsSync(process.env['CHROMIUM'])) return process.env['CHROMIUM']
  for (const directory of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const path = join(directory, name)
      if (directory !== '' && existsSync(path)) return path
    }
  }

  return undefined
}

const chromium = findChromium()
const directory = mkdtempSync(join(tmpdir(), 'benchmark-claims-report-'))
afterAll(() => rmSync(directory, {recursive: true, force: true}))

/** Run headless Chromium offline on a file, with extra flags; its stdout. */
async function browse(file: string, hash: string, flags: readonly string[]): Promise<string> {
  const profile = mkdtempSync(join(directory, 'profile-'))
  const {stdout} = await run(
    chromium ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      ...flags,
      pathToFileURL(file).href + hash
    ],
    {timeout: 60_000, maxBuffer: 32 * 1024 * 1024}
  )
  return stdout
}

const {claims, papers} = reportSample()
const file = join(directory, 'report.html')
writeFileSync(file, renderReport({claims, papers, title: '<script>document.title="pwned"</script>Report'}))

/** The first cell text of each body row of one table in a dumped DOM. */
function column(dom: string, id: string, index: number): string[] {
  const body = new RegExp(`<table class="sortable" id="${id}">[^]*?<tbody>([^]*?)</tbody>`).exec(dom)?.[1] ?? ''
  return [...body.matchAll(/<tr>([^]*?)<\/tr>/g)].map((row) => {
    const cells = [...(row[1] ?? '').matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((cell) => cell[1] ?? '')
    return (cells[index] ?? '').replace(/<[^>]*>/g, '')
  })
}

describe.skipIf(!chromium)(`report in headless Chromium (${chromium ?? 'chromium not found: install Debian’s chromium to run'})`, () => {
  it('renders the tables and the chart, runs the sort script, and runs no injected script', async () => {
    const dom = await browse(file, '#sort=benchmark-0-0:2:asc', ['--dump-dom'])
    expect(dom).toContain('<h2>MATH-500</h2>')
    expect(dom.match(/<table class="sortable"/g)).toHaveLength(3)
    expect(dom.match(/<svg /g)).toHaveLength(2)
    expect(dom.match(/<rect class="bar /g)).toHaveLength(4)
    // The script ran under the CSP: the fragment sorted MATH-500 accuracy by value, ascending.
    expect(column(dom, 'benchmark-0-0', 2)).toEqual(['73.6', '73.6', '80.1'])
    expect(dom).toMatch(/<th aria-sort="ascending"><button type="button">Value<\/button><\/th>/)
    // Untouched tables keep their order (best first).
    expect(column(dom, 'gains', 3)).toEqual(['+4.9', '-28', '+2'])
    // Injected markup stayed text: no script changed the title, no element was made.
    expect(dom).toContain('<title>&lt;script&gt;document.title="pwned"&lt;/script&gt;Report</title>')
    expect(dom).not.toMatch(/<img|<b>/)
  }, 90_000)

  it('sorts text columns descending', async () => {
    const dom = await browse(file, '#sort=benchmark-0-0:1:desc', ['--dump-dom'])
    expect(column(dom, 'benchmark-0-0', 1)).toEqual(['Tango-again', 'Tango', 'Other <b>'.replace('<b>', '&lt;b&gt;')])
  }, 90_000)

  it('paints a screenshot (kept out of the repository)', async () => {
    const png = join(directory, 'report.png')
    await browse(file, '', [`--screenshot=${png}`, '--window-size=1200,1600', '--hide-scrollbars'])
    expect(statSync(png).size).toBeGreaterThan(10_000)
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG')
  }, 90_000)
})
