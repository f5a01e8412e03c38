import {isWideSpace} from './is-wide-space.js'

/**
 * The offsets of `text.slice(start, end)` without the whitespace around it
 * (what `String#trim` removes: spaces, tabs, NBSP, a BOM, …).
 *
 * @example
 * trimSpan('  a b \t', 0, 7) // {start: 2, end: 5}
 */
export function trimSpan(text: string, start: number, end: number): {start: number; end: number} {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--
  return {start, end}
}

/**
 * A line's text as a record field: trimmed, with tabs and no-break spaces
 * read as plain spaces (one for one, so offsets are unchanged) — a page
 * copied from a browser often has NBSP where the source had a space.
 *
 * @example
 * cleanLine('\tMATH-Beyond:\u00A0A Benchmark ') // 'MATH-Beyond: A Benchmark'
 */
export function cleanLine(value: string): string {
  const trimmed = value.trim()
  // Most lines have neither: two `includes` scans skip the regex replace, the parser's hottest call.
  return trimmed.includes('\t') || trimmed.includes('\u00A0') ? trimmed.replace(/[\t\u00A0]/g, ' ') : trimmed
}

// What `String#trim` removes.
function isTrimmed(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || isWideSpace(code)
}
