import type {Registry} from '../../registry/create-registry.js'

/**
 * The registry measure a claim's measure is: itself when the registry names
 * it, else the last registry measure inside a free-text one
 * (`intervention prediction accuracy` is an accuracy, `dense mesh
 * Chamfer-L2` a Chamfer-L2); undefined when none.
 *
 * @example
 * findKnownMetric('dense mesh Chamfer-L2', defaultRegistry()) // 'Chamfer-L2'
 */
export function findKnownMetric(metric: string, registry: Registry): string | undefined {
  return registry.isMetric(metric) ? metric : registry.findMetrics(metric).at(-1)?.name
}
