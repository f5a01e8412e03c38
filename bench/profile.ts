// `npm run bench:profile`: where the time of `benchmark-claims claims` goes.
// Runs the built CLI under `node --cpu-prof` (one thread: `--jobs 1`) on the
// seed repeated (default ×10; `--times N`), then prints the functions with
// the most self time and the most inclusive time. The profile stays in
// `.bench/profile/` for Chrome DevTools or speedscope.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

interface ProfileNode {
  id: number
  callFrame: {functionName: string; url: string; lineNumber: number}
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const {values} = parseArgs({options: {times: {type: 'string', default: '10'}, top: {type: 'string', default: '25'}}})
const root = fileURLToPath(new URL('..', import.meta.url))
const times = Number(values.times)
const top = Number(values.top)
const output = `${root}.bench/profile`
const input = `${root}.bench/seed-x${times}.txt`
const seed = readFileSync(`${root}seeds/daily-papers.txt`, 'utf8')

mkdirSync(output, {recursive: true})
if (!existsSync(input)) writeFileSync(input, Array.from({length: times}, () => seed).join('\n\n'))
if (!existsSync(`${root}dist/cli.js`)) spawnSync('npx', ['tsup'], {cwd: root, stdio: 'inherit'})
for (const file of readdirSync(output)) rmSync(`${output}/${file}`)

const result = spawnSync(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${output}`, `${root}dist/cli.js`, 'claims', input, '-q', '-j', '1', '-o', '/dev/null'],
  {encoding: 'utf8'}
)
if (result.status !== 0) throw new Error(`Expected the CLI to succeed, not: ${result.stderr}`)

const [file] = readdirSync(output).filter((name) => name.endsWith('.cpuprofile'))
if (!file) throw new Error('Expected a .cpuprofile file')
const profile = JSON.parse(readFileSync(`${output}/${file}`, 'utf8')) as Profile

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const sampled = new Map<number, number>()
for (const [index, id] of profile.samples.entries()) sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
const total = [...sampled.values()].reduce((sum, value) => sum + value, 0)

const self = new Map<string, number>()
const inclusive = new Map<string, number>()
for (const [id, time] of sampled) {
  const node = byId.get(id)
  if (!node) continue
  self.set(name(node), (self.get(name(node)) ?? 0) + time)
  // Count each function once per sample, however deep its recursion.
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const ancestor = byId.get(at)
    if (!ancestor || seen.has(name(ancestor))) continue
    seen.add(name(ancestor))
    inclusive.set(name(ancestor), (inclusive.get(name(ancestor)) ?? 0) + time)
  }
}

console.log(`benchmark-claims claims on seed ×${times}, --jobs 1: ${(total / 1e6).toFixed(2)} s sampled (${output}/${file})\n`)
print('self time', self)
print('inclusive time', inclusive)

function name(node: ProfileNode): string {
  const {functionName, url, lineNumber} = node.callFrame
  const where = url === '' ? '' : ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`
  return `${(functionName || '(anonymous)').slice(0, 60)}${where}`
}

function print(title: string, table: Map<string, number>) {
  console.log(`${title}:`)
  for (const [key, time] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(time / 1000).toFixed(0).padStart(7)} ms ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`)
  }

  console.log('')
}
