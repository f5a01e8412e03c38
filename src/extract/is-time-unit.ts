/**
 * Whether a normalised unit (see `read-unit.ts`) measures time: `ms`, `s`,
 * `seconds` (kept as written), `minutes`, `hours`.
 *
 * @example
 * isTimeUnit('ms') // true
 * isTimeUnit('%') // false
 */
export function isTimeUnit(unit: string | null): boolean {
  return unit !== null && /^(?:us|ms|s|seconds|minutes|hours)(?:\/[a-z]+)?$/u.test(unit)
}
