import type {ListingDate} from '../schema/paper.js'
import {parseMonthDay} from './parse-month-day.js'

// The first three letters of every month name `parseMonthDay` knows.
const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

/**
 * Read the date line of a record's meta lines: a date (`Sep 16`,
 * `Nov 30, 2022`) optionally followed by the comment count (`Oct 13 2`,
 * `Sep 3, 2024 1`). Without a comma, a 4-digit number from 1900 after the
 * day is read as a year (`Nov 30 2022`), anything else as the count. Returns
 * null when the line is not such a date.
 *
 * @example
 * parseDateLine('Oct 13 2') // {date: {year: null, month: 10, day: 13}, count: 2}
 * parseDateLine('Sep 3, 2024 1') // {date: {year: 2024, month: 9, day: 3}, count: 1}
 * parseDateLine('Sep 16') // {date: {year: null, month: 9, day: 16}, count: null}
 */
export function parseDateLine(line: string): {date: ListingDate; count: number | null} | null {
  if (line.length > 48) return null
  const trimmed = line.trim()
  // A date starts with a month's name: most lines (titles, organizations)
  // are ruled out before they are split.
  if (!MONTH_START.test(trimmed)) return null
  const parts = trimmed.split(/\s+/)
  if (parts.length < 2 || parts.length > 4) return null

  // Try the longest date first: `Mon D, YYYY` / `Mon D YYYY`, then `Mon D`.
  for (const size of [3, 2]) {
    if (parts.length < size || parts.length > size + 1) continue
    const date = parseMonthDay(parts.slice(0, size).join(' '))
    if (!date) continue
    const rest = parts[size]
    if (rest === undefined) return {date, count: null}
    if (/^\d{1,7}$/.test(rest)) return {date, count: Number(rest)}
  }

  return null
}
