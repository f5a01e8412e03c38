// The hostile inputs of issue 6 finish in under 2 seconds per MB: one
// enormous line, 1 MB of `1.1.1.1…`, 100,000 × `from 1% to `, 300,000 `(`
// around a claim. Each runs through `parseListing` + `extractClaims` +
// `toCsv` in a child process of the adversarial benchmark (`--child`), with a
// time limit, so a super-linear case fails instead of hanging the suite. The
// budget is checked on CPU time, which a busy machine distorts less than
// wall time; `npm run bench:adversarial` adds the 2n/n ratios and more cases.
import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const bench = fileURLToPath(new URL('../bench/adversarial.ts', import.meta.url))
const MB = 1024 * 1024
const SECONDS_PER_MB = 2

const cases: Array<[string, number]> = [
  ['enormous-line', 2 * MB],
  ['dotted-digits', MB],
  ['from-to', 100_000 * 11],
  ['parens', 600_000]
]

describe('hostile inputs take linear time', () => {
  it.concurrent.each(cases)('%s (%i bytes) under 2 s/MB', async (name, size) => {
    // Generous wall-clock limit: start-up, and a loaded machine.
    const limit = Math.round(20_000 + (8 * SECONDS_PER_MB * 1000 * size) / MB)
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', bench, '--child', name, String(size)], {timeout: limit})
    const {stdout} = await run.catch((error: {killed?: boolean; stderr?: string}) => {
      const why = error.killed ? `was stopped after ${limit} ms (super-linear?)` : 'crashed: ' + (error.stderr ?? '').split('\n').slice(0, 6).join('\n')
      throw new Error(`${name} ${why}`)
    })
    const timing = JSON.parse(stdout) as {bytes: number; total: number}
    expect(timing.total / (timing.bytes / MB)).toBeLessThan(SECONDS_PER_MB)
  }, 120_000)
})
