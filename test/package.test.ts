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

// One record in the plain-text listing format (`seeds/daily-papers.txt`).
const listing = [
  'Daily Papers',
  '',
  'Nov 12',
  '',
  'Tiny Paper: A Test Record',
  '',
  'Our method elevates model performance on MATH500 from 36.0% to 73.6%.',
  '',
  '  • 2 authors',
  '·',
  'Sep 16',
  ''
].join('\n')

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
const listing = m.parseListing(${JSON.stringify(listing)})
const papers = listing.papers.map((paper) => [paper.title, paper.authors, paper.date])
const claims = m.extractClaims(listing.papers[0].abstract).map((found) => [found.benchmark, found.value, found.baselineValue])
console.log(JSON.stringify({names, parsed, rejected, papers, claims}))
`

// What the probe must print besides the export names.
const calls = {
  parsed: true,
  rejected: false,
  papers: [['Tiny Paper: A Test Record', 2, {year: null, month: 9, day: 16}]],
  claims: [['MATH-500', 73.6, 36]]
}

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
async function node(args: string[]): Promise<Record<string, unknown>> {
  const {stdout} = await run(process.execPath, args, {cwd: project})
  return JSON.parse(stdout) as Record<string, unknown>
}

function readJsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
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
    expect(result).toEqual({names: expected, ...calls})
  })

  it('is loaded by `require` with the same exports', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    const result = await node(['-e', `const m = require('benchmark-claims')\n${probe}`])
    expect(result).toEqual({names: expected, ...calls})
  })

  it('is loaded by `require` without `require(esm)`: the CommonJS build bundles the ESM-only dependencies', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    const result = await node([
      '--no-experimental-require-module',
      '-e',
      `const m = require('benchmark-claims')\n${probe}`
    ])
    expect(result).toEqual({names: expected, ...calls})
  })

  it('installs the `benchmark-claims` command, which prints its version and reads a listing', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    expect(Object.keys(manifest.bin)).toEqual(['benchmark-claims'])
    const bin = path.join(project, 'node_modules', '.bin', 'benchmark-claims')
    expect((await run(bin, ['--version'], {cwd: project})).stdout.trim()).toBe(manifest.version)

    await fs.writeFile(path.join(project, 'listing.txt'), listing)
    const papers = await run(bin, ['papers', 'listing.txt', '--format', 'jsonl'], {cwd: project})
    expect(readJsonLines(papers.stdout).map((paper) => paper.title)).toEqual(['Tiny Paper: A Test Record'])
    const claims = await run(bin, ['claims', 'listing.txt', '--format', 'jsonl'], {cwd: project})
    expect(readJsonLines(claims.stdout).map((claim) => [claim.benchmark, claim.value, claim.baseline_value])).toEqual(
      calls.claims
    )
  })
})

describe('the types of the installed package', () => {
  // A TypeScript consumer of each module system, with node16 resolution (what
  // Node does); `claims` must come out typed as `Claim[]`.
  const consumer = `import {ClaimSchema, extractClaims, type Claim} from 'benchmark-claims'
const claims: Claim[] = extractClaims('It improves GSM8K accuracy by 4.9%.')
const benchmark: string | null = ClaimSchema.parse(claims[0]).benchmark
export {benchmark}
`
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')

  /** Type-check `file` in the temporary project; resolve to tsc's output ('' when clean). */
  async function typecheck(file: string, skipLibCheck: boolean): Promise<string> {
    await fs.writeFile(path.join(project, file), consumer)
    const config = `tsconfig.${file}.json`
    const compilerOptions = {module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, types: [], skipLibCheck}
    await fs.writeFile(path.join(project, config), JSON.stringify({compilerOptions, files: [file]}))
    try {
      await run(process.execPath, [tsc, '-p', config], {cwd: project})
      return ''
    } catch (error) {
      return (error as {stdout?: string}).stdout ?? String(error)
    }
  }

  // Library declarations are skipped (as most projects do): checking zod's
  // takes half a minute. Which packages the declarations import is checked
  // below instead.
  it('check from an ES module', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    expect(await typecheck('consumer.mts', true)).toBe('')
  }, 60_000)

  it('check from a CommonJS module', async (context) => {
    context.skip(unavailable !== undefined, unavailable)
    expect(await typecheck('consumer.cts', true)).toBe('')
  }, 60_000)

  // The CommonJS declarations must not import ES-module-only packages (TS1479
  // for a consumer that checks library declarations) or packages that are
  // not dependencies (TS2307).
  it('for `require` import only dependencies that CommonJS can load', async () => {
    const declarations = await fs.readFile(path.join(root, 'dist', 'index.d.cts'), 'utf8')
    const {dependencies} = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    const specifiers = new Set(
      [...declarations.matchAll(/^(?:import|export)\b[^'"\n]*from '([^']+)'|^declare module '([^']+)'/gm)].map(
        (match) => (match[1] ?? match[2])!
      )
    )
    const problems: string[] = []
    for (const specifier of specifiers) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
      const types = '@types/' + name
      const installed = name in dependencies ? name : types in dependencies ? types : undefined
      if (!installed) {
        problems.push(`${name}: not in dependencies`)
        continue
      }

      const manifest = JSON.parse(
        await fs.readFile(path.join(root, 'node_modules', installed, 'package.json'), 'utf8')
      ) as {type?: string; exports?: unknown}
      const exportsText = JSON.stringify(manifest.exports ?? null)
      if (manifest.type === 'module' && !/"require"|\.c[jt]s"/.test(exportsText)) problems.push(`${name}: ESM only`)
    }

    expect(problems).toEqual([])
  })
})
