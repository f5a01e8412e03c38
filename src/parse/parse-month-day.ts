import type {ListingDate} from '../schema/paper.js'

// Abbreviations and full names, lower case, as listings print them
// (`Sep 16`, `September 16`, and the common `Sept`).
const MONTHS = new Map<string, number>([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12]
])

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Read a date as listings print it: `Sep 16`, `Nov 30, 2022`, `Nov 30 2022`
 * or with the full month name (`September 16`). Surrounding whitespace is
 * ignored; anything else (a trailing count, a weekday) makes it not a date.
 * Returns null when `value` is not such a date, or names a day the month
 * does not have (`Feb 30`, `Feb 29, 2023`).
 *
 * @example
 * parseMonthDay('Sep 16') // {year: null, month: 9, day: 16}
 * parseMonthDay('Nov 30, 2022') // {year: 2022, month: 11, day: 30}
 * parseMonthDay('Oct 13 2') // null (a count is not a year)
 */
export function parseMonthDay(value: string): ListingDate | null {
  // A date is short; this also keeps huge lines from being split.
  if (value.length > 40) return null
  // Split on any whitespace (NBSP and tabs included); at most 3 parts.
  const parts = value.trim().split(/\s+/)
  if (parts.length < 2 || parts.length > 3) return null
  const [monthName, dayPart, yearPart] = parts as [string, string, string | undefined]
  const month = MONTHS.get(monthName.toLowerCase())
  if (month === undefined) return null

  const comma = dayPart.endsWith(',')
  const dayDigits = comma ? dayPart.slice(0, -1) : dayPart
  if (!/^\d{1,2}$/.test(dayDigits)) return null
  // `Sep 16,` without a year is not a complete date.
  if (comma && yearPart === undefined) return null
  let year: number | null = null
  if (yearPart !== undefined) {
    if (!/^\d{4}$/.test(yearPart)) return null
    year = Number(yearPart)
    if (year < 1900 || year > 2999) return null
  }

  const day = Number(dayDigits)
  if (!isValidDay(year, month, day)) return null
  return {year, month, day}
}

/**
 * The ISO `YYYY-MM-DD` form of a listing date, taking the year from the date
 * or else from `year`; null when neither knows the year.
 *
 * @example
 * toPublished({year: null, month: 9, day: 16}, 2025) // '2025-09-16'
 * toPublished({year: 2022, month: 11, day: 30}) // '2022-11-30'
 * toPublished({year: null, month: 9, day: 16}) // null
 */
export function toPublished(date: ListingDate | null, year?: number | null): string | null {
  if (!date) return null
  const fullYear = date.year ?? year ?? null
  if (fullYear === null || !Number.isInteger(fullYear) || fullYear < 1 || fullYear > 9999) return null
  if (!isValidDay(fullYear, date.month, date.day)) return null
  return `${String(fullYear).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function isValidDay(year: number | null, month: number, day: number): boolean {
  if (day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false
  // Feb 29 needs a leap year when the year is known.
  if (month === 2 && day === 29 && year !== null) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return true
}
