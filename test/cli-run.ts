// Run the built CLI (`dist/cli.js`) as a user would, for the CLI tests.
import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** Build `dist/` when it is missing (`npm test` builds it first anyway). */
export function ensureBuilt(): void {
  if (existsSync(cli) && existsSync(new URL('../dist/claims-worker.cjs', import.meta.url))) return
  const result = spawnSync('npx', ['tsup'], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`Expected tsup to build dist/, not: ${result.stderr}`)
}

/** What a run of the CLI printed and how it exited. */
export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run `node dist/cli.js ...args` in the repository with `input` on stdin
 * (closed after it), as in CI (`CI=1`: no progress bar) unless `env` says
 * otherwise. Asynchronous, so tests can run several at once.
 */
export async function runCli(
  args: readonly string[],
  input: string | Buffer = '',
  env: Record<string, string> = {},
  cwd: string = root
): Promise<CliResult> {
  const child = spawn(process.execPath, [cli, ...args], {cwd, env: {...process.env, CI: '1', ...env}})
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  child.stdin.on('error', () => {}) // The CLI may exit without reading stdin.
  child.stdin.end(input)
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)))
  return {code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')}
}
