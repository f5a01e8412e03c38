import Papa from 'papaparse'
import {CLAIM_COLUMNS, type Claim, type ClaimColumn} from '../schema/claim.js'
import {toRow} from './to-row.js'

/** One cell of a table row; `null` and `undefined` are written as empty cells. */
export type Cell = string | number | boolean | null | undefined

/** A table row that is not a claim: column name to cell (leaderboards, your own tables). */
export type TableRecord = Readonly<Record<string, Cell>>

/** Options for `toCsv`; for claims, `Column` is `ClaimColumn`. */
export interface CsvOptions<Column extends string = string> {
  /**
   * Columns to write, in order. For claims: a subset of `CLAIM_COLUMNS`
   * (default: all of them). For other rows: default the keys of the rows, in
   * the order they are first seen.
   */
  columns?: readonly Column[] | undefined
  /** Line ending: `'\n'` (default, what Unix tools and diffs expect) or `'\r\n'` (RFC 4180 to the letter). */
  newline?: '\n' | '\r\n' | undefined
  /** Write the header row (default `true`); `false` for appending rows to a stream. */
  header?: boolean | undefined
}

/**
 * A text cell is a spreadsheet formula when it starts with `=`, `+`, `-`, `@`,
 * tab or CR. Such cells get a leading `'` (papaparse's `escapeFormulae`).
 * Leading apostrophes are included so that a reader can undo the escape
 * exactly: strip one `'` from a cell matching `/^'+[=+\-@\t\r]/`.
 * (Papaparse's own default, `/^[=+\-@\t\r].*$/`, misses cells with a line
 * break, such as `=1\nx`, because `.` stops at the break.)
 */
const formula = /^'*[=+\-@\t\r]/

/**
 * Write claims (or any rows) as CSV through papaparse: quoting per RFC 4180,
 * a header row, claims in the spec's column order (`CLAIM_COLUMNS`) with
 * snake_case headers, empty cells for null.
 *
 * Numbers are written as numbers (`4.9`, `-11.8`, never `+4.9`; an exponent
 * only below 1e-6 or from 1e21 on, as JavaScript writes them) and are never
 * formula-escaped; text cells that start with `=`, `+`, `-`, `@`, tab or CR
 * are prefixed with `'` so spreadsheets show them as text (see Security in the
 * README). Non-finite numbers are written as empty cells. The output ends with
 * a line break.
 *
 * Rows that are claims (they have `paperIndex`, `sentence` and `rule`) are
 * turned into their snake_case rows first; any other object is used as is.
 *
 * @example
 * toCsv(claims)
 * // 'paper,model,…\nRL Tango,Tango,…\n'
 * toCsv(claims, {columns: ['model', 'benchmark', 'value']})
 * toCsv([{model: '=HYPERLINK(1)', value: -11.8}])
 * // "model,value\n\"'=HYPERLINK(1)\",-11.8\n"
 */
export function toCsv(claims: readonly Claim[], options?: CsvOptions<ClaimColumn>): string
export function toCsv(rows: readonly TableRecord[], options?: CsvOptions): string
export function toCsv(rows: ReadonlyArray<Claim | TableRecord>, options: CsvOptions = {}): string {
  const records = rows.map((row): TableRecord => (isClaim(row) ? toRow(row) : row))
  const columns = options.columns ?? defaultColumns(rows, records)
  if (rows.length > 0 && rows.every((row) => isClaim(row))) checkClaimColumns(columns)
  const newline = options.newline ?? '\n'
  if (newline !== '\n' && newline !== '\r\n') {
    throw new TypeError(`Expected \`\\n\` or \`\\r\\n\` as newline, not \`${JSON.stringify(newline)}\``)
  }

  // A row of one empty cell would be an empty line, which many readers skip:
  // write it as `""` instead.
  const single = columns.length === 1
  const data = records.map((record) => columns.map((column) => toCell(record[column], single)))
  const text = Papa.unparse(
    {fields: [...columns], data},
    {header: options.header ?? true, newline, escapeFormulae: formula, quotes: (value) => value === ''}
  )
  // papaparse ends the header with a line break only when there are no rows.
  return data.length === 0 ? text : text + newline
}

function isClaim(row: Claim | TableRecord): row is Claim {
  return 'paperIndex' in row && 'sentence' in row && 'rule' in row
}

function defaultColumns(
  rows: ReadonlyArray<Claim | TableRecord>,
  records: readonly TableRecord[]
): readonly string[] {
  if (rows.length === 0 || rows.some((row) => isClaim(row))) return CLAIM_COLUMNS
  const seen = new Set<string>()
  for (const record of records) for (const key of Object.keys(record)) seen.add(key)
  return [...seen]
}

function checkClaimColumns(columns: readonly string[]): void {
  const known = new Set<string>(CLAIM_COLUMNS)
  for (const column of columns) {
    if (!known.has(column)) {
      throw new TypeError(`Expected a column of \`CLAIM_COLUMNS\`, not \`${column}\``)
    }
  }
}

function toCell(value: Cell, single: boolean): Cell {
  if (value === null || value === undefined) return single ? '' : null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return single ? '' : null
    // `-0` would print as `0` anyway; normalise so it can never read `-0`.
    return Object.is(value, -0) ? 0 : value
  }

  return value
}
