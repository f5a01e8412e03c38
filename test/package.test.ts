// The published package, as a user gets it: `npm pack` the built `dist/`,
// install the tarball into an empty project, and load it with `import` and
// with `require` on this Node. Needs `dist/` (`npm test` runs `tsup` first).
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as source from '../src/index.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as {
  version: string
  bin: Record<string, string>
}

// Both module systems run the same probe: list the exports, then make real
// calls (a schema, the parser and the extractor) on a tiny listing.
const probe = `
const names = Object.keys(m).sort()
const claim = {
  paper: 'P', paperIndex: 0, arxivId: null, model: 'M', method: null, baseline: null,
  benchmark: 'GSM8K', metric: 'accuracy', value: 81.2, valueLow: null, valueHigh: null,
  baselineValue: null, delta: null, unit: '%', deltaKind: null, qualifier: null,
  start: 0, end: 4, sentence: 'S', rule: 'r', confidence: 1
}
const parsed = m.ClaimSchema.safeParse(claim).success
const rejected = m.ClaimSchema.safeParse({...claim, confidence: 2}).success
console.log(JSON.stringify({names, parsed, rejected}))
`

let directory = ''
let project = ''
let packed: {filename: string; files: Array<{path: string}>} | undefined
/** Why the install step could not run (no cache and no registry), if so. */
let unavailable: string | undefined

beforeAll(async () => {
  for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js']) {
    if (!existsSync(path.join(root, 'dist', file))) {
      throw new Error('Expected `dist/' + file + '`, not nothing: build with `npx tsup` first (`npm test` does)')
    }
  }

  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'benchmark-claims-pack-'))
  project = path.join(directory, 'project')
  await fs.mkdir(project)
  await fs.writeFile(path.join(project, 'package.json'), JSON.stringify({name: 'pack-test', private: true}))

  const {stdout} = await run('npm', ['pack', '--json', '--pack-destination', directory], {cwd: root})
  packed = (JSON.parse(stdout) as Array<typeof packed>)[0]
  const tarball = path.join(directory, packed!.filename)

  // The dependencies come from the local npm cache; the registry is only a
  // fallback, and without both the install-dependent tests are skipped.
  const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tarball]
  try {
    await run('npm', [...install, '--offline'], {cwd: project})
  } catch {
    try {
      const patience = ['--fetch-retries=1', '--fetch-retry-mintimeout=2000', '--fetch-timeout=20000']
      await run('npm', [...install, '--prefer-offline', ...patience], {cwd: project, timeout: 60_000})
    } catch (error) {
      unavailable = 'dependencies are neither in the npm cache nor reachable: ' + String(error).split('\n')[0]
    }
  }
}, 120_000)

afterAll(async () => {
  if (directory) await fs.rm(directory, {recursive: true, force: true})
})

/** Run `node` in the temporary project and parse the JSON it prints. */
async function node(args: string[]): Promise<{names: string[]; parsed: boolean; rejected: boolean}> {
  const {stdout} = await run(process.execPath, args, {cwd: project})
  return JSON.parse(stdout) as {names: string[]; parsed: boolean; rejected: boolean}
}

describe('the packed tarball', () => {
  it('holds the build, the docs and the manifest, and nothing else', () => {
    const files = packed!.files.map((file) => file.path).sort()
    for (const file of files) {
      expect(file).toMatch(/^(?:dist\/[^/]+\.(?:c?js|d\.c?ts)|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/)
    }

    expect(files).toEqual(
      expect.arrayContaining([
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'dist/index.cjs',
        'dist/index.d.cts',
        'dist/index.d.ts',
        'dist/index.js',
        'package.json'
      ])
    )
  })
})

describe('the installed package', () => {
  const expected = Object.keys(source).sort()

  it('is loaded by `import` with every export of `src/index.ts`', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    const result = await node(['--input-type=module', '-e', `import * as m from 'benchmark-claims'\n${probe}`])
    expect(result).toEqual({names: expected, parsed: true, rejected: false})
  })

  it('is loaded by `require` with the same exports', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    const result = await node(['-e', `const m = require('benchmark-claims')\n${probe}`])
    expect(result).toEqual({names: expected, parsed: true, rejected: false})
  })

  it('is loaded by `require` without `require(esm)`: the CommonJS build bundles the ESM-only dependencies', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    const result = await node([
      '--no-experimental-require-module',
      '-e',
      `const m = require('benchmark-claims')\n${probe}`
    ])
    expect(result).toEqual({names: expected, parsed: true, rejected: false})
  })

  it('installs the `benchmark-claims` command as an executable Node script', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    expect(Object.keys(manifest.bin)).toEqual(['benchmark-claims'])
    const bin = path.join(project, 'node_modules', '.bin', 'benchmark-claims')
    await fs.access(bin, fs.constants.X_OK)
    expect(await fs.readFile(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })
})
