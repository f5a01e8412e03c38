// Adversarial benchmark (issue 6): inputs built to make a rules-based text
// tool slow — an enormous line, `1.1.1.1…`, `from 1% to ` repeated, 300,000
// `(` around a claim, runs of `%`, digits and `-`, a huge real abstract —
// through `parseListing` + `extractClaims` + `toCsv`, at size n and 2n.
//
// Times are CPU seconds (user + system) of the measuring process, which a
// loaded machine distorts far less than wall-clock time (shown too). Fails
// (exit 1) when a case takes more than 2 s per MB, when doubling the input
// takes more than ~2.5× the time (super-linear), or when the CLI (wall time,
// start-up subtracted, so allowed twice the budget) is slower. Each measurement runs in its
// own child process with a time limit, so a catastrophic case is reported as
// a failure instead of hanging the benchmark.
//
//   npm run bench:adversarial            all cases
//   npm run bench:adversarial -- parens  only cases whose name contains `parens`
import {execFile, execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {extractClaims, parseListing, toCsv} from '../src/index.js'
import type {Claim, InputFormat} from '../src/index.js'

const MB = 1024 * 1024
const MAX_SECONDS_PER_MB = 2
const MAX_RATIO = 2.5
// Below this, timer noise and GC pauses dominate a ratio: judge by s/MB only.
const RATIO_FLOOR_SECONDS = 0.25
const CHILD_LIMIT_MS = 60_000

const listing = readFileSync(fileURLToPath(new URL('../test/fixtures/daily-papers.txt', import.meta.url)), 'utf8')
const claimSentence = ' Our model improves GSM8K accuracy from 45.2% to 67.8%, a 22.6 pp gain. '

const markdownCard =
  '### [A Title](https://huggingface.co/papers/2411.04330)\n\n[It improves GSM8K accuracy from 45.2% to 67.8%.](https://huggingface.co/papers/2411.04330)\n\n* 3 authors\n\nMay 29\n\n'
const apiEntry = JSON.stringify({paper: {id: '2411.04330', title: 'A Title', summary: claimSentence.trim(), upvotes: 3, authors: [{}]}, numComments: 1})
const arxivLine = JSON.stringify({id: '2411.04330', title: 'A Title', abstract: claimSentence.trim(), authors: 'A. B, C. D', update_date: '2024-11-12', categories: 'cs.LG'})

/** Repeat `unit` until the text is at least `bytes` long (ASCII units: 1 char = 1 byte). */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length))
}

/** Put hostile text where the extractor will see it: the abstract of one record. */
function asRecord(abstract: string): string {
  return 'Nov 12\n\nA Hostile Paper: Testing Limits\n\n' + abstract + '\n\n  • 2 authors\n·\nSep 16\n'
}

/** Real abstracts (the long lines of the seed listing) joined into one paragraph. */
function realAbstract(bytes: number): string {
  const abstracts = listing.split('\n').filter((line) => line.length > 300)
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const part = abstracts[index % abstracts.length] as string
    parts.push(part)
    length += part.length + 1
  }

  return parts.join(' ')
}

interface Case {
  name: string
  /** Base size n in bytes (the case also runs at 2n). */
  size: number
  /** Whether `make` returns a whole listing (else it is an abstract, wrapped in a record). */
  listing?: boolean
  /** Read the input as this format (`--input-format`) instead of detecting it. */
  format?: InputFormat
  make: (bytes: number) => string
}

const cases: Case[] = [
  {name: 'enormous-line', size: 2 * MB, make: (bytes) => fill('Qwen2.5-7B-improves-GSM8K-by-4.9%-from-45.2%-to-67.8%;(MMLU:81.2)', bytes)},
  {name: 'dotted-digits', size: MB, make: (bytes) => fill('1.', bytes) + '1'},
  {name: 'from-to', size: 100_000 * 11, make: (bytes) => fill('from 1% to ', bytes)},
  {
    name: 'parens',
    size: 600_000,
    make: (bytes) => '('.repeat(bytes / 2) + claimSentence + ')'.repeat(bytes / 2)
  },
  {name: 'unclosed-parens', size: MB, make: (bytes) => fill('(', bytes) + claimSentence},
  {name: 'percent-signs', size: MB, make: (bytes) => fill('%', bytes)},
  {name: 'digit-run', size: MB, make: (bytes) => fill('1234567890', bytes)},
  {name: 'digit-runs-spaced', size: MB, make: (bytes) => fill('1234567890'.repeat(20) + ' ', bytes)},
  {name: 'dashes', size: MB, make: (bytes) => fill('-', bytes)},
  // Inside a claim sentence, where names, metrics and cues are looked up:
  // a run of dots in one word (`a....b`), a number of a million digits.
  {name: 'dots-in-word', size: MB, make: (bytes) => 'Our model a' + '.'.repeat(bytes) + 'b improves GSM8K accuracy by 4.9%.'},
  {name: 'dashes-in-name', size: MB, make: (bytes) => 'It improves GSM8K accuracy by 4.9% over Qwen' + '-'.repeat(bytes) + '7B.'},
  {name: 'huge-number', size: MB, make: (bytes) => 'It improves GSM8K accuracy by ' + fill('1234567890', bytes) + '%.'},
  {name: 'by-percent', size: MB, make: (bytes) => 'Accuracy on GSM8K improves ' + fill('by 1% ', bytes)},
  {name: 'apostrophes', size: MB, make: (bytes) => fill("x'", bytes) + 's'},
  // What arXiv abstracts really hold, many times over: LaTeX numbers, URLs, ellipses.
  {name: 'latex-percents', size: MB / 4, make: (bytes) => 'Accuracy on GSM8K improves by ' + fill('$4.9\\%$ ', bytes)},
  {name: 'urls', size: MB, make: (bytes) => fill('https://github.com/a/b ', bytes) + claimSentence},
  {name: 'ellipses', size: MB, make: (bytes) => fill('… ', bytes) + claimSentence},
  {name: 'numbers-and-units', size: MB, make: (bytes) => fill('4.9% 7B 3x 1,283 pp ', bytes)},
  {name: 'whitespace', size: MB, make: (bytes) => fill(' \t\u00A0', bytes) + claimSentence},
  {name: 'blank-lines', size: MB, listing: true, make: (bytes) => fill('\n \n', bytes)},
  {name: 'real-abstract', size: MB, make: realAbstract},
  {name: 'real-listing-repeated', size: MB, listing: true, make: (bytes) => fill(listing + '\n\n', bytes)},
  // The other readers: a Markdown capture (remark), the API JSON, arXiv JSON Lines.
  {name: 'markdown-cards', size: MB / 4, listing: true, format: 'markdown', make: (bytes) => fill(markdownCard, bytes)},
  {name: 'markdown-brackets', size: MB / 4, listing: true, format: 'markdown', make: (bytes) => fill('[', bytes)},
  {name: 'json-nesting', size: MB, listing: true, format: 'api-json', make: (bytes) => fill('[', bytes)},
  {name: 'json-entries', size: MB, listing: true, format: 'api-json', make: (bytes) => '[' + fill(apiEntry + ',', bytes) + apiEntry + ']'},
  {name: 'jsonl-lines', size: MB, listing: true, format: 'arxiv-jsonl', make: (bytes) => fill(arxivLine + '\n', bytes)}
]

interface Timing {
  bytes: number
  /** CPU seconds (user + system) of each step: on a shared, loaded machine wall time says more about the neighbours. */
  parse: number
  extract: number
  csv: number
  total: number
  /** Wall-clock seconds of all steps, for comparison. */
  wall: number
  papers: number
  claims: number
}

/** CPU seconds spent since `start` (a `process.cpuUsage()` reading). */
function cpuSince(start: NodeJS.CpuUsage): number {
  const {user, system} = process.cpuUsage(start)
  return (user + system) / 1e6
}

/** One measurement, in this process: warm up on the real listing, then time the case. */
function measure(hostile: Case, size: number): Timing {
  for (const paper of parseListing(listing).papers.slice(0, 10)) extractClaims(paper)
  const text = hostile.make(size)
  const input = hostile.listing ? text : asRecord(text)
  const wallStart = performance.now()

  let start = process.cpuUsage()
  const {papers} = parseListing(input, {format: hostile.format})
  const parse = cpuSince(start)

  start = process.cpuUsage()
  const claims: Claim[] = []
  for (const paper of papers) claims.push(...extractClaims(paper))
  // The bare text too when the parser did not make it (nearly) one abstract,
  // so the extractor sees every hostile input once, and only once.
  const covered = papers.some((paper) => paper.abstract.length >= text.length * 0.9)
  if (!hostile.listing && !covered) claims.push(...extractClaims(text))
  const extract = cpuSince(start)

  start = process.cpuUsage()
  toCsv(claims)
  const csv = cpuSince(start)

  return {
    bytes: Buffer.byteLength(input),
    parse,
    extract,
    csv,
    total: parse + extract + csv,
    wall: (performance.now() - wallStart) / 1000,
    papers: papers.length,
    claims: claims.length
  }
}

const run = promisify(execFile)
const self = fileURLToPath(import.meta.url)

async function measureInChild(hostile: Case, size: number): Promise<Timing | string> {
  try {
    const {stdout} = await run(process.execPath, ['--import', 'tsx', self, '--child', hostile.name, String(size)], {
      timeout: CHILD_LIMIT_MS,
      maxBuffer: MB
    })
    return JSON.parse(stdout) as Timing
  } catch (error) {
    const failed = error as {killed?: boolean; stderr?: string}
    if (failed.killed) return 'timed out after ' + CHILD_LIMIT_MS / 1000 + ' s'
    return 'crashed: ' + (failed.stderr ?? String(error)).trim().split('\n').slice(0, 3).join(' | ')
  }
}

/** Wall seconds of one CLI run on a file; a message string when it crashed or was killed. */
function runCli(file: string, format?: InputFormat): number | string {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  if (!existsSync(cli)) return 'no dist/cli.js (run `npx tsup`)'
  const start = performance.now()
  try {
    const input = format ? ['--input-format', format] : []
    execFileSync(process.execPath, [cli, 'claims', file, '--format', 'csv', ...input], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: CHILD_LIMIT_MS,
      maxBuffer: 256 * MB
    })
  } catch (error) {
    const failed = error as {status?: number | null; signal?: string | null}
    // Exit 1 with messages is an answer; a signal or a crash is not.
    if (failed.status !== 1) return 'failed: status ' + String(failed.status) + ' signal ' + String(failed.signal)
  }

  return (performance.now() - start) / 1000
}

/** Time the built CLI once on a case (size n), minus its start-up on a one-record file. */
function timeCli(hostile: Case, directory: string): number | string {
  const text = hostile.make(hostile.size)
  const file = join(directory, hostile.name + '.txt')
  writeFileSync(file, hostile.listing ? text : asRecord(text))
  const baselineFile = join(directory, 'baseline.txt')
  writeFileSync(baselineFile, asRecord(claimSentence.trim()))
  const baseline = runCli(baselineFile)
  const seconds = runCli(file, hostile.format)
  if (typeof seconds === 'string' || typeof baseline === 'string') return typeof seconds === 'string' ? seconds : baseline
  return Math.max(0, seconds - baseline)
}

async function main(): Promise<void> {
  const filter = process.argv[2]
  const chosen = cases.filter((hostile) => filter === undefined || hostile.name.includes(filter))
  const directory = mkdtempSync(join(tmpdir(), 'benchmark-claims-adversarial-'))
  const failures: string[] = []
  const format = (value: number, digits = 3) => value.toFixed(digits).padStart(8)

  console.log('CPU seconds (user+system) per step; wall(2n) is wall-clock; cli(n) is the CLI\'s wall time minus its start-up.')
  console.log('case                    n MB   t(n) s  t(2n) s  s/MB(2n)  2n/n   parse  extract      csv  wall(2n)  claims  cli(n) s')
  try {
    for (const hostile of chosen) {
      const small = await measureInChild(hostile, hostile.size)
      // When n already fails, 2n would only fail slower.
      const large = typeof small === 'string' ? small : await measureInChild(hostile, hostile.size * 2)
      if (typeof small === 'string' || typeof large === 'string') {
        const reason = typeof small === 'string' ? small : (large as string)
        console.log(hostile.name.padEnd(22) + ' ' + reason)
        failures.push(hostile.name + ': ' + reason)
        continue
      }

      const perMb = large.total / (large.bytes / MB)
      const ratio = large.total / Math.max(small.total, 1e-3)
      const cli = timeCli(hostile, directory)
      console.log(
        hostile.name.padEnd(22) +
          format(small.bytes / MB, 2) +
          format(small.total) +
          format(large.total) +
          format(perMb) +
          '  ' +
          ratio.toFixed(2).padStart(5) +
          format(large.parse) +
          format(large.extract) +
          format(large.csv) +
          format(large.wall) +
          '  ' +
          String(large.claims).padStart(6) +
          (typeof cli === 'number' ? format(cli) : '  ' + cli)
      )
      if (perMb > MAX_SECONDS_PER_MB) failures.push(`${hostile.name}: ${perMb.toFixed(2)} s/MB > ${MAX_SECONDS_PER_MB}`)
      if (large.total >= RATIO_FLOOR_SECONDS && ratio > MAX_RATIO) {
        failures.push(`${hostile.name}: doubling the input took ${ratio.toFixed(2)}× the time (super-linear)`)
      }

      if (typeof cli === 'string') failures.push(`${hostile.name}: CLI ${cli}`)
      // Wall time on a shared machine: twice the budget before calling it slow.
      else if (cli > (2 * MAX_SECONDS_PER_MB * small.bytes) / MB) failures.push(`${hostile.name}: CLI took ${cli.toFixed(2)} s more than on one record`)
    }
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }

  if (failures.length > 0) {
    console.error('\nFailed:\n' + failures.map((failure) => '  ' + failure).join('\n'))
    process.exitCode = 1
  } else {
    console.log(`\nAll ${chosen.length} cases under ${MAX_SECONDS_PER_MB} s/MB and ${MAX_RATIO}× per doubling.`)
  }
}

if (process.argv[2] === '--child') {
  const hostile = cases.find((candidate) => candidate.name === process.argv[3])
  if (!hostile) throw new Error('Expected a case name, not `' + String(process.argv[3]) + '`')
  process.stdout.write(JSON.stringify(measure(hostile, Number(process.argv[4]))))
} else {
  await main()
}
