/**
 * Read a number as written, with or without thousands separators.
 *
 * @example
 * parseNumber('7,433.5') // 7433.5
 */
export function parseNumber(text: string): number {
  // (Most numbers have no thousands separator: no copy for them.)
  return Number(text.includes(',') ? text.replaceAll(',', '') : text)
}
