import * as z from 'zod'
import metricsData from '../registry/metrics.json'
import {MetricEntrySchema, type MetricEntry} from '../schema/registry.js'

/** What the tables need to know about metric names. */
export interface MetricIndex {
  /** The registry's name for a metric (by name or alias), else the name itself; null stays null. */
  canonical(metric: string | null): string | null
  /** Whether a higher value is better; true for metrics the registry does not know. */
  higherIsBetter(metric: string | null): boolean
}

let registry: ReadonlyArray<z.output<typeof MetricEntrySchema>> | undefined

/**
 * Look metrics up by name or alias, ignoring case, spaces, hyphens and
 * underscores: the given `extra` entries first, then the built-in registry
 * (`src/registry/metrics.json`).
 *
 * @example
 * metricIndex([{name: 'latency', higherIsBetter: false}]).higherIsBetter('Latency') // false
 */
export function metricIndex(extra: readonly MetricEntry[] = []): MetricIndex {
  // Parsed on first use, not at import, to keep importing the package cheap.
  registry ??= z.array(MetricEntrySchema).parse(metricsData)
  const entries = new Map<string, {name: string; higherIsBetter: boolean}>()
  for (const entry of [...z.array(MetricEntrySchema).parse(extra), ...registry]) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normalizeName(name)
      if (!entries.has(key)) entries.set(key, {name: entry.name, higherIsBetter: entry.higherIsBetter})
    }
  }

  return {
    canonical(metric) {
      return metric === null ? null : (entries.get(normalizeName(metric))?.name ?? metric)
    },
    higherIsBetter(metric) {
      return metric === null ? true : (entries.get(normalizeName(metric))?.higherIsBetter ?? true)
    }
  }
}

/**
 * A name reduced for comparison: lower case, without white space, hyphens or
 * underscores (`MATH-500`, `math 500` and `MATH500` are one name).
 *
 * @example
 * normalizeName('MATH-500') // 'math500'
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '')
}
