// Placeholder: replaced by the module's real implementation.
import type {Claim} from '../schema/claim.js'
import type {Paper} from '../schema/paper.js'
import type {BenchmarkEntry, MetricEntry} from '../schema/registry.js'

/** Options of `extractClaims`. */
export interface ExtractOptions {
  /** Extra benchmarks to recognise, besides the built-in registry. */
  benchmarks?: BenchmarkEntry[] | undefined
  /** Extra metrics to recognise, besides the built-in registry. */
  metrics?: MetricEntry[] | undefined
}

/**
 * Extract the quantitative claims of one abstract.
 *
 * @example
 * extractClaims('It improves GSM8K accuracy by 4.9%.')
 */
export function extractClaims(paperOrText: Paper | string, options: ExtractOptions = {}): Claim[] {
  throw new Error('extractClaims: not implemented yet ' + String(paperOrText) + String(options))
}
