import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/**
 * A built thread entry next to this module (`dist/claims-worker.cjs`,
 * `dist/tagger-worker.cjs`), or undefined when there is none: when running
 * from source, or from the CommonJS build, where `import.meta.url` does not
 * exist.
 *
 * @example
 * findBuiltEntry('claims-worker.cjs') // URL of dist/claims-worker.cjs
 */
export function findBuiltEntry(name: string): URL | undefined {
  try {
    const url = new URL(name, import.meta.url)
    return existsSync(fileURLToPath(url)) ? url : undefined
  } catch {
    return undefined
  }
}
