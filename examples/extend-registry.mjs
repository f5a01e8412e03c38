// Extend the benchmark registry with your own names: an in-house benchmark
// that the built-in registry does not know is recognised, and written under
// its one canonical name whatever spelling the abstract uses, only when you
// pass it to `extractClaims`.
//
//   node examples/extend-registry.mjs
import assert from 'node:assert/strict'
import {extractClaims} from '../dist/index.js'

const abstract =
  'We present Falcon-Reasoner, a 7B model for warehouse planning. ' +
  'Falcon-Reasoner achieves 71.3% accuracy on warehouse-bench and 58.2% on WB-1. ' +
  'It also improves GSM8K accuracy by 4.9%.'

const benchmarks = [{name: 'WarehouseBench', aliases: ['warehouse-bench', 'WB-1']}]

const before = extractClaims(abstract)
const after = extractClaims(abstract, {benchmarks})

// One line per claim: the evidence, then the benchmark column without and
// with the extension (`-` for an empty cell).
console.log('evidence'.padEnd(12) + 'built-in registry'.padEnd(20) + 'with WarehouseBench')
for (const claim of after) {
  const plain = before.find((other) => other.start === claim.start && other.end === claim.end)
  console.log(
    abstract.slice(claim.start, claim.end).padEnd(12) + (plain?.benchmark ?? '-').padEnd(20) + (claim.benchmark ?? '-')
  )
}

const on = (claims, evidence) => claims.find((claim) => abstract.slice(claim.start, claim.end) === evidence)
// A lower-case name has no benchmark shape: only the extension names it.
assert.equal(on(before, '71.3%')?.benchmark, null)
assert.equal(on(after, '71.3%')?.benchmark, 'WarehouseBench')
// A name-shaped alias is read as written without the extension, and under
// its canonical name with it.
assert.equal(on(after, '58.2%')?.benchmark, 'WarehouseBench')
assert.ok(!before.some((claim) => claim.benchmark === 'WarehouseBench'))
// The built-in registry still names the rest.
assert.equal(on(after, '4.9%')?.benchmark, 'GSM8K')
