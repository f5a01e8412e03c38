import {BenchmarkEntrySchema, MetricEntrySchema, type BenchmarkEntry, type MetricEntry} from '../schema/registry.js'
import builtInBenchmarks from './benchmarks.json'
import builtInMetrics from './metrics.json'
import builtInFamilies from './model-families.json'
import builtInExact from './case-sensitive-names.json'
import builtInSuffixes from './model-suffixes.json'
import {createModelFinder, type ModelFinder} from './create-model-finder.js'
import {createNameMatcher, type NameMatcher} from './create-name-matcher.js'

/**
 * Extra registry entries, merged with the built-in ones.
 *
 * @example
 * const options: RegistryOptions = {benchmarks: [{name: 'Q benchmark', aliases: []}]}
 */
export interface RegistryOptions {
  benchmarks?: BenchmarkEntry[] | undefined
  metrics?: MetricEntry[] | undefined
  /** Extra model family names (`Qwen`, `Llama`). */
  families?: string[] | undefined
}

/**
 * The matchers the extractor names things with.
 *
 * @example
 * const registry: Registry = defaultRegistry()
 * registry.findMetrics('a 5% gain in accuracy') // [{name: 'accuracy', …}]
 */
export interface Registry {
  findBenchmarks: NameMatcher
  findMetrics: NameMatcher
  findModels: ModelFinder
  /** Whether a higher value of a registry metric is better; undefined when unknown. */
  higherIsBetter: (metric: string) => boolean | undefined
  /** Whether a name is a registry metric (canonical name). */
  isMetric: (name: string) => boolean
  /** Whether a registry metric measures an amount (throughput, speed), not a score on a fixed scale. */
  isQuantity: (metric: string) => boolean
}

/**
 * Build the benchmark, metric and model matchers from the built-in data files
 * plus extra entries.
 *
 * @example
 * const registry = createRegistry({benchmarks: [{name: 'Q benchmark', aliases: []}]})
 * registry.findBenchmarks('We score 59% on Q benchmark.')
 */
export function createRegistry(options: RegistryOptions = {}): Registry {
  // Only the caller's entries are validated: the built-in files already are
  // in their parsed form (a test checks it), and parsing 1,500 entries again
  // cost every thread ~15 ms.
  const benchmarks = [
    ...(builtInBenchmarks as BenchmarkEntry[]),
    ...(options.benchmarks ?? []).map((entry) => BenchmarkEntrySchema.parse(entry))
  ]
  const metrics = [
    ...(builtInMetrics as MetricEntry[]),
    ...(options.metrics ?? []).map((entry) => MetricEntrySchema.parse(entry))
  ]
  const families = [...(builtInFamilies as string[]), ...(options.families ?? [])]
  const better = new Map(metrics.map((entry) => [entry.name.toLowerCase(), entry.higherIsBetter]))
  const quantities = new Set(metrics.filter((entry) => entry.quantity).map((entry) => entry.name.toLowerCase()))
  return {
    findBenchmarks: createNameMatcher(benchmarks, {caseMode: 'smart', exactOnly: builtInExact as string[]}),
    findMetrics: createNameMatcher(metrics, {caseMode: 'words', foldPlural: true, exactOnly: builtInExact as string[]}),
    findModels: createModelFinder(families, builtInSuffixes as string[]),
    higherIsBetter: (metric) => better.get(metric.toLowerCase()),
    isMetric: (name) => better.has(name.toLowerCase()),
    isQuantity: (metric) => quantities.has(metric.toLowerCase())
  }
}

let cached: Registry | undefined

/**
 * The registry built from the built-in data files only, built once.
 *
 * @example
 * defaultRegistry().findMetrics('a 5% gain in accuracy')
 */
export function defaultRegistry(): Registry {
  cached ??= createRegistry()
  return cached
}
