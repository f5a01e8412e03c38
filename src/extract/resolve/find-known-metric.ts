import type {Registry} from '../../registry/create-registry.js'
import {nameOfWhole} from '../../registry/name-of-whole.js'

/**
 * The registry measure a claim's measure is: itself when the registry names
 * it, else the last registry measure inside a free-text one
 * (`intervention prediction accuracy` is an accuracy, `dense mesh
 * Chamfer-L2` a Chamfer-L2, `recall@3` a `recall@k`); undefined when none.
 *
 * @example
 * findKnownMetric('dense mesh Chamfer-L2', defaultRegistry()) // 'Chamfer-L2'
 */
export function findKnownMetric(metric: string, registry: Registry): string | undefined {
  if (registry.isMetric(metric)) return metric
  // (`recall@3`, at a cutoff the registry does not list, is a `recall@k`.)
  const cutoff = /^(.+)@\d{1,4}(?:\.\d{1,3})?$/u.exec(metric)
  const generic = cutoff ? nameOfWhole(registry.findMetrics, `${cutoff[1]!}@k`) : undefined
  if (generic !== undefined) return generic
  return registry.findMetrics(metric).at(-1)?.name
}
