// Use the zod schemas in another program: read claims as JSON Lines (what
// `benchmark-claims claims --format jsonl` writes), validate every line with
// `ClaimSchema.safeParse`, and keep the big percentage gains.
//
//   benchmark-claims claims seeds/daily-papers.txt --format jsonl > claims.jsonl
//   node examples/filter-claims.mjs claims.jsonl
//
// Without an argument it runs the built CLI on the seed and reads its output.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {ClaimSchema} from '../dist/index.js'

const jsonl = process.argv[2]
  ? await fs.readFile(process.argv[2], 'utf8')
  : execFileSync(
      process.execPath,
      [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'claims', 'seeds/daily-papers.txt', '--format', 'jsonl', '--quiet'],
      {cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
    )

// A line that another tool (or a hand edit) broke: validation must catch it.
const lines = [...jsonl.split('\n').filter((line) => line.trim() !== ''), '{"paper":"Edited by hand","confidence":2}']

const kept = []
let invalid = 0
for (const [index, line] of lines.entries()) {
  const result = ClaimSchema.safeParse(toCamelCase(JSON.parse(line)))
  if (!result.success) {
    invalid++
    const issue = result.error.issues[0]
    console.error(`line ${index + 1}: not a claim: ${issue.path.join('.')}: ${issue.message}`)
    continue
  }

  // `result.data` is a typed `Claim`.
  const claim = result.data
  if (claim.unit === '%' && claim.delta !== null && claim.delta > 5) kept.push(claim)
}

console.log(`${lines.length} lines, ${invalid} invalid, ${kept.length} claims gain more than 5 (unit %):`)
for (const claim of kept) {
  console.log(
    `+${claim.delta}% ${claim.deltaKind ?? ''}\t${claim.model ?? '(unnamed)'}\t${claim.benchmark ?? '-'}\t${claim.metric ?? '-'}\t${claim.paper.slice(0, 50)}`
  )
}

if (invalid !== 1) throw new Error(`Expected exactly the hand-edited line to be invalid, not ${invalid} lines`)

/** The output columns are snake_case (`delta_kind`); the schema's keys are camelCase (`deltaKind`). */
function toCamelCase(row) {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase()), value])
  )
}
