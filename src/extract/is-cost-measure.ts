// Measures of what a result costs rather than how well it scores.
const costMeasure =
  /\b(?:memory|latency|costs?|time|speed|speed-up|throughput|real-time factor|flops|energy|footprint|runtime|compute|overhead|slowdown)$/iu

/**
 * Whether a claim's measure is a cost (`training memory`, `latency`,
 * `real-time factor`, `speed-up`): a cost given in % is, like one in ms or
 * GB, seldom tied to the benchmark named for the scores.
 *
 * @example
 * isCostMeasure('training memory') // true
 * isCostMeasure('accuracy') // false
 */
export function isCostMeasure(metric: string | null): boolean {
  return metric !== null && costMeasure.test(metric)
}
