// Nothing is fetched and nothing is evaluated (issue 6). Statically: no
// source file reaches for the network, a shell or an evaluator. At run time:
// every command of the built CLI runs on the seed listing with the network
// booby-trapped (sockets, DNS, HTTP, fetch throw and say so on stderr).
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
    const path = join(directory, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

// Imports of a module, or calls: a string such as 'http' in a URL scanner is fine.
const forbidden: Array<[string, RegExp]> = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest or WebSocket', /\b(?:XMLHttpRequest|WebSocket)\b/],
  ['a network module', /(?:from|import|require)\s*\(?\s*['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/],
  ['a shell', /(?:from|import|require)\s*\(?\s*['"](?:node:)?child_process['"]/],
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['the vm module', /(?:from|import|require)\s*\(?\s*['"](?:node:)?vm['"]/]
]

describe('the source', () => {
  const files = sourceFiles(join(root, 'src'))

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(forbidden)('never uses %s', (_, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})

// Loaded with `--import` before the CLI: any attempt at the network fails loudly.
const guard = `
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
const trap = (what) => function () {
  process.stderr.write('NETWORK: ' + what + '\\n')
  throw new Error('network access: ' + what)
}
net.Socket.prototype.connect = trap('socket')
tls.connect = trap('tls')
dns.lookup = trap('dns')
dns.promises.lookup = trap('dns')
http.request = trap('http')
http.get = trap('http')
https.request = trap('https')
https.get = trap('https')
globalThis.fetch = trap('fetch')
`

describe('the CLI with the network booby-trapped', () => {
  const cli = join(root, 'dist', 'cli.js')
  const seed = join(root, 'test', 'fixtures', 'daily-papers.txt')
  const directory = mkdtempSync(join(tmpdir(), 'benchmark-claims-offline-'))
  const guardFile = join(directory, 'guard.mjs')
  writeFileSync(guardFile, guard)
  afterAll(() => rmSync(directory, {recursive: true, force: true}))

  it('trips on a network call (the trap works)', async () => {
    const probe = join(directory, 'probe.mjs')
    writeFileSync(probe, "await fetch('http://127.0.0.1:9/').catch(() => {})\n")
    const result = await run(['--import', pathToFileURL(guardFile).href, probe])
    expect(result.stderr).toContain('NETWORK: fetch')
  })

  it.each([
    ['papers', [seed, '--format', 'json']],
    ['claims', [seed, '--format', 'csv']],
    ['leaderboard', [seed, '--format', 'md']],
    ['report', [seed, '-o', join(directory, 'report.html')]]
  ])('runs `%s` on the seed without touching the network', async (command, args) => {
    expect(existsSync(cli), 'build first (`npx tsup`): ' + cli).toBe(true)
    const result = await run(['--import', pathToFileURL(guardFile).href, cli, command, ...args])
    expect(result.stderr).not.toContain('NETWORK')
    expect(result.code).toBe(0)
  })
})

async function run(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, args, {timeout: 30_000, maxBuffer: 64 * 1024 * 1024})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code?: unknown; stdout?: string; stderr?: string}
    return {code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error)}
  }
}
