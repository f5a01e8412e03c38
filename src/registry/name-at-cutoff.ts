import type {Registry} from './create-registry.js'
import {nameOfWhole} from './name-of-whole.js'

/**
 * The measure `word` names before a cutoff (`precision` of `precision@8`): a
 * registry metric, or an abbreviation the registry lists at `@k` (`R@k`:
 * recall); a named kind of one as written (`H-Score`: its last word is a
 * measure); undefined for any other word.
 *
 * @example
 * nameAtCutoff('R', defaultRegistry()) // 'recall'
 * nameAtCutoff('precision', defaultRegistry()) // 'precision'
 * nameAtCutoff('H-Score', defaultRegistry()) // 'H-Score'
 */
export function nameAtCutoff(word: string, registry: Registry): string | undefined {
  const name = registryName(word, registry)
  if (name !== undefined || !word.includes('-')) return name
  return registryName(word.slice(word.indexOf('-') + 1), registry) === undefined ? undefined : word
}

function registryName(word: string, registry: Registry): string | undefined {
  const base = nameOfWhole(registry.findMetrics, word)
  if (base !== undefined) return base
  const generic = nameOfWhole(registry.findMetrics, `${word}@k`)
  if (!generic?.endsWith('@k')) return undefined
  const name = generic.slice(0, -2)
  // (`Hit@10` as written, not `Hits@10`: the same word but for case or plural.)
  return name.toLowerCase().replace(/s$/u, '') === word.toLowerCase().replace(/s$/u, '') ? word : name
}
