import {isTimeUnit} from './is-time-unit.js'

/**
 * Whether a normalised unit (see `read-unit.ts`) measures a cost rather
 * than a score: time, memory, frames or tokens per second, money, or a
 * ratio (`3.2x faster`). Costs are seldom tied to the benchmark a sentence
 * names for its scores.
 *
 * @example
 * isCostUnit('GB') // true
 * isCostUnit('%') // false
 */
export function isCostUnit(unit: string | null): boolean {
  return unit !== null && (isTimeUnit(unit) || /^(?:x|GB|MB|TB|[KMGT]iB|FPS|\$)$|\/s$|J(?:\/[a-z]+)?$|Wh$/u.test(unit))
}
