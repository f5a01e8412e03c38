import type {TableRecord} from './to-csv.js'

/**
 * Write rows as a GitHub Markdown table. Columns default to the keys of the
 * rows in the order they are first seen. Cells are made safe for a table:
 * `|` and `\` are backslash-escaped, `<`, `>` and `&` become entities (so
 * text never turns into HTML), line breaks become `<br>`; null is an empty
 * cell. Numbers are written as JavaScript writes them. No rows and no
 * columns give an empty string.
 *
 * @example
 * toMarkdownTable([{model: 'Tango', value: 73.6}])
 * // '| model | value |\n| --- | --- |\n| Tango | 73.6 |\n'
 * toMarkdownTable(boardRows(board), ['rank', 'model', 'value'])
 */
export function toMarkdownTable(rows: readonly TableRecord[], columns?: readonly string[]): string {
  const names = columns ?? keysOf(rows)
  if (names.length === 0) return ''
  const lines = [
    line(names.map((name) => escapeCell(name))),
    line(names.map(() => '---')),
    ...rows.map((row) => line(names.map((name) => escapeCell(row[name]))))
  ]
  return lines.join('\n') + '\n'
}

function line(cells: readonly string[]): string {
  return '| ' + cells.join(' | ') + ' |'
}

function keysOf(rows: readonly TableRecord[]): string[] {
  const seen = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key)
  return [...seen]
}

function escapeCell(value: TableRecord[string]): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' && !Number.isFinite(value)) return ''
  return String(value)
    .replace(/[\\|&<>]/g, (character) => escapes[character] ?? character)
    .replace(/\r\n|[\n\r\u2028\u2029]/g, '<br>')
}

const escapes: Record<string, string> = {'\\': '\\\\', '|': '\\|', '&': '&amp;', '<': '&lt;', '>': '&gt;'}
