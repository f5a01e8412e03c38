// Run every example (`examples/*.mjs` but this file) with Node, show what it
// prints, and fail when one fails. The examples import the built package
// (`dist/`), so build first: `npm run build` (`npm test` also builds).
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const here = new URL('./', import.meta.url)

if (!existsSync(new URL('../dist/index.js', here))) {
  console.error('examples: `dist/index.js` is missing; run `npm run build` first')
  process.exit(1)
}

const examples = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs')
  .sort()
const failed = []

for (const name of examples) {
  console.log(`\n── examples/${name} ──`)
  // `inherit`: the example's stdout and stderr show as they come.
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(name, here))], {stdio: 'inherit'})
  if (result.status !== 0) failed.push(`${name} (exit ${result.status ?? result.signal})`)
}

console.log(`\n${examples.length - failed.length} of ${examples.length} examples ran`)
if (failed.length > 0) {
  console.error('failed: ' + failed.join(', '))
  process.exitCode = 1
}
