import type {ListingDate} from '../schema/paper.js'
import {parseDateLine} from './parse-date-line.js'

/** What one line of a copied listing looks like. */
export type LineShape =
  | {kind: 'blank'}
  | {kind: 'dot'}
  | {kind: 'authors'; count: number}
  | {kind: 'date'; date: ListingDate; count: number | null}
  | {kind: 'text'}

// The separator between the author (or organization) line and the date.
const DOTS = new Set(['·', '•', '⋅', '∙', '‧'])
// `• 2 authors`, `1 authors`, `* 3 authors`: the bullet and spaces are
// disjoint from the digits, so there is nothing to backtrack over.
const AUTHORS = /^[•·‧∙⋅◦●*-]?\s*(\d{1,7})\s+authors?$/i
// Meta lines are short; longer lines are text without looking further.
const MAX_META_LENGTH = 64
// Shapes without data are shared, not made for every line (less garbage).
const BLANK: LineShape = {kind: 'blank'}
const DOT: LineShape = {kind: 'dot'}
const TEXT: LineShape = {kind: 'text'}

/**
 * The shape of one line of a listing copied as plain text: blank, the `·`
 * separator, an author count (`  • 2 authors`), a date with an optional
 * comment count (`Oct 13 2`), or text (titles, abstracts, organizations,
 * headers).
 *
 * @example
 * classifyLine('  • 2 authors') // {kind: 'authors', count: 2}
 * classifyLine('Oct 13 2') // {kind: 'date', date: {year: null, month: 10, day: 13}, count: 2}
 */
export function classifyLine(value: string): LineShape {
  const trimmed = value.trim()
  if (trimmed === '') return BLANK
  if (trimmed.length > MAX_META_LENGTH) return TEXT
  if (DOTS.has(trimmed)) return DOT
  const authors = AUTHORS.exec(trimmed)
  if (authors) return {kind: 'authors', count: Number(authors[1])}
  const date = parseDateLine(trimmed)
  if (date) return {kind: 'date', date: date.date, count: date.count}
  return TEXT
}
