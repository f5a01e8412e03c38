/**
 * Whether a normalised unit (see `read-unit.ts`) is on the percent scale:
 * `%`, or its points (`pp`, `points`). Two numbers in such units can be
 * subtracted, and items in them measure alike.
 *
 * @example
 * isPercentUnit('pp') // true
 * isPercentUnit('ms') // false
 */
export function isPercentUnit(unit: string | null): boolean {
  return unit === '%' || unit === 'pp' || unit === 'points'
}
