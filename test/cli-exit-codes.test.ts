import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, ensureBuilt, runCli} from './cli-run.js'

const temporary = mkdtempSync(join(tmpdir(), 'benchmark-claims-cli-'))
const binary = join(temporary, 'image.png')
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
const listing = join(temporary, 'listing.txt')
writeFileSync(listing, 'Nov 12\n\nA Title\n\nOur model reaches 91.5% accuracy on GSM8K.\n\n  • 2 authors\n·\nSep 16\n')

beforeAll(ensureBuilt)
// (The files the cases wrote go with the run: no temporary directory left per run.)
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

describe.concurrent('CLI exit codes and stderr', {timeout: 120_000}, () => {
  it.each([
    // [args, exit code, stderr (exact, or a pattern), stdout pattern]
    [['claims', 'no/such/file.txt'], 1, 'no/such/file.txt:1:1: Cannot read input: no such file [unreadable-input]\n', /^$/],
    [['papers', 'src'], 1, 'src:1:1: Cannot read input: it is a directory, not a file [unreadable-input]\n', /^$/],
    [['claims', binary], 1, `${binary}:1:1: Expected text, not binary data [binary-input]\n`, /^paper,model,/],
    [['claims', binary, '--quiet'], 1, `${binary}:1:1: Expected text, not binary data [binary-input]\n`, /^paper,model,/],
    [['claims', 'a', 'b'], 2, /^benchmark-claims: Expected one FILE, not also `b`\n/, /^$/],
    [['claims', listing, '--format', 'xml'], 2, /^benchmark-claims: Expected --format csv, jsonl, json, not `xml`\n/, /^$/],
    [['papers', listing, '--format', 'md'], 2, /^benchmark-claims: Expected --format jsonl, json, csv, not `md`\n/, /^$/],
    [['claims', listing, '--jobs', '0'], 2, /Expected --jobs as a whole number from 1 to 256, not `0`/, /^$/],
    [['claims', listing, '--year', '20'], 2, /Expected --year as a whole number from 1900 to 2999, not `20`/, /^$/],
    [['claims', listing, '--input-format', 'pdf'], 2, /Expected --input-format text, markdown, text-dump, api-json, arxiv-jsonl, not `pdf`/, /^$/],
    [['claims', listing, '--bogus'], 2, /^benchmark-claims: Unknown option '--bogus'/, /^$/],
    [['leaderboard', listing, '--table', 'other'], 2, /Expected --table boards or gains, not `other`/, /^$/],
    [['leaderboard', listing, '--since', 'May 1'], 2, /Expected --since as YYYY-MM-DD, not `May 1`/, /^$/],
    [['frobnicate'], 2, /^benchmark-claims: Unknown command `frobnicate`; expected papers, claims, leaderboard or report\nTry `benchmark-claims --help`/, /^$/],
    [['claims', listing, '-o', temporary], 1, `${temporary}: Cannot write output: it is a directory\n`, /^$/],
    [[], 0, '', /^benchmark-claims: quantitative benchmark claims.*\n\nUsage:\n {2}benchmark-claims papers/],
    [['--help'], 0, '', /Commands:\n {2}papers/],
    [['--version'], 0, '', /^\d+\.\d+\.\d+\n$/],
    [['claims', '--help'], 0, '', /^Usage: benchmark-claims claims \[FILE\|-\] \[options\][\s\S]*--jobs N/],
    [['papers', '-h'], 0, '', /^Usage: benchmark-claims papers/],
    [['leaderboard', '--help'], 0, '', /--benchmark NAME/],
    [['report', '--help'], 0, '', /^Usage: benchmark-claims report \[FILE\|-\] -o report\.html/],
    [['claims', listing], 0, '', /^paper,model,method,baseline,benchmark,metric,value,/]
  ] as const)('%j → exit %i', async (args, code, stderr, stdout) => {
    const result = await runCli(args)
    expect(result.code).toBe(code)
    if (typeof stderr === 'string') expect(result.stderr).toBe(stderr)
    else expect(result.stderr).toMatch(stderr)
    expect(result.stdout).toMatch(stdout)
    expect(result.stderr).not.toMatch(/\n\s+at /) // never a stack trace
  })

  it('reads seeds/daily-papers.txt when no FILE is given in a clone of the project', async () => {
    const implicit = await runCli(['claims'])
    const explicit = await runCli(['claims', 'seeds/daily-papers.txt'])
    expect(implicit.code).toBe(0)
    expect(implicit.stdout).toMatch(/^paper,model,/)
    expect(implicit.stdout).toBe(explicit.stdout)
  })

  it('asks for a FILE when there is no seed listing to default to', async () => {
    const result = await runCli(['claims'], '', {}, temporary)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^benchmark-claims: Expected a FILE, or `-` to read stdin \(there is no `seeds\/daily-papers.txt` here to default to\)\nTry `benchmark-claims claims --help`/)
    expect(result.stdout).toBe('')
  })

  it('prints help, not a hang, with no arguments even when stdin stays open', async () => {
    // stdin is a pipe that is never closed: reading it would never end.
    const child = spawn(process.execPath, [cli], {stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)))
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill()
        resolve(null)
      }, 15_000)
      child.on('exit', (exitCode) => {
        clearTimeout(timer)
        resolve(exitCode)
      })
    })
    child.stdin.destroy()
    expect(code).toBe(0)
    expect(stdout).toMatch(/^benchmark-claims: /)
  })

  it('prints warnings as file:line:column: reason [ruleId], and not with --quiet', async () => {
    const file = join(temporary, 'no-abstract.txt')
    // Line 5 holds a title with no abstract after it, at the end of the input.
    writeFileSync(file, 'Nov 12\n\nA Title\n\nAn abstract that reports 91.5% accuracy on GSM8K.\n\nTitle Without Abstract\n')
    const loud = await runCli(['papers', file])
    expect(loud.code).toBe(0)
    expect(loud.stderr).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:7:1: .+ \\[[a-z-]+\\]\\n$`))
    const quiet = await runCli(['papers', file, '--quiet'])
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(loud.stdout)
  })

  it('names stdin <stdin> in messages', async () => {
    const result = await runCli(['papers', '-', '--input-format', 'arxiv-jsonl'], 'not json\n')
    expect(result.stderr).toBe('<stdin>:1:1: Expected a JSON object on this line, not `not json` [arxiv-invalid-json]\n')
    expect(result.code).toBe(0)
  })

  it('shows no progress bar when stderr is not a terminal', async () => {
    const result = await runCli(['claims', listing], '', {CI: ''})
    expect(result.stderr).toBe('')
  })
})
