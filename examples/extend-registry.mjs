// Extend the benchmark registry with your own names: an in-house benchmark
// that the built-in registry does not know is recognised (and written under
// its canonical name) only when you pass it to `extractClaims`.
//
//   node examples/extend-registry.mjs
import assert from 'node:assert/strict'
import {extractClaims} from '../dist/index.js'

const abstract =
  'We present Falcon-Reasoner, a 7B model for warehouse planning. ' +
  'Falcon-Reasoner achieves 71.3% accuracy on MB-1 and 58.2% on MyBench v1. ' +
  'It also improves GSM8K accuracy by 4.9%.'

const benchmarks = [{name: 'MyBench', aliases: ['MB-1', 'MyBench v1']}]

const before = extractClaims(abstract)
const after = extractClaims(abstract, {benchmarks})

// One line per claim: the evidence, then the benchmark column without and
// with the extension (`-` for an empty cell).
console.log('evidence'.padEnd(24) + 'built-in registry'.padEnd(20) + 'with MyBench')
for (const claim of after) {
  const plain = before.find((other) => other.start === claim.start && other.end === claim.end)
  console.log(
    abstract.slice(claim.start, claim.end).padEnd(24) + (plain?.benchmark ?? '-').padEnd(20) + (claim.benchmark ?? '-')
  )
}

// The extension fills the benchmark column only where its names occur:
// GSM8K comes from the built-in registry either way, and without the
// extension no claim names MyBench.
assert.ok(after.some((claim) => claim.benchmark === 'MyBench'))
assert.ok(after.some((claim) => claim.benchmark === 'GSM8K'))
assert.ok(!before.some((claim) => claim.benchmark === 'MyBench'))
assert.ok(after.every((claim) => claim.benchmark !== 'MyBench' || claim.sentence.includes('MB-1')))
