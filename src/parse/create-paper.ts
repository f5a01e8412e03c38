import {Buffer} from 'node:buffer'
import type {Link, ListingDate, Organization, Paper} from '../schema/paper.js'
import {collectLinks, mayHoldLinks} from './collect-links.js'
import {toPublished} from './parse-month-day.js'

/**
 * What a reader knows about one record. `index`, `title`, `abstract` and
 * `position` are required; everything else defaults to null (`links` to the
 * links found in the title and abstract).
 */
export interface PaperFields {
  index: number
  title: string
  abstract: string
  position: Paper['position']
  authors?: number | null | undefined
  organization?: Organization | null | undefined
  date?: ListingDate | null | undefined
  comments?: number | null | undefined
  upvotes?: number | null | undefined
  arxivId?: string | null | undefined
  links?: Link[] | undefined
}

/**
 * Build a `Paper` the same way in every reader: missing fields become null,
 * `date.year` comes from `options.year` when the listing omits it,
 * `published` is derived from the date, `links` default to the links found
 * in the title and abstract, and `arxivId` (when not given) is read from a
 * Hugging Face `/papers/<id>` link among them. arXiv links in an abstract
 * usually cite other work, so only the paper's own page is trusted; readers
 * that know the id (API JSON) pass `arxivId`.
 *
 * @example
 * createPaper({
 *   index: 0,
 *   title: 'A title',
 *   abstract: 'An abstract.',
 *   position,
 *   date: {year: null, month: 9, day: 16}
 * }, {year: 2025})
 * // {…, date: {year: 2025, month: 9, day: 16}, published: '2025-09-16', …}
 */
export function createPaper(fields: PaperFields, options: {year?: number | undefined} = {}): Paper {
  // Most records have no link: the pre-test saves joining and scanning them.
  const links = fields.links ?? (mayHoldLinks(fields.title) || mayHoldLinks(fields.abstract) ? collectLinks(fields.title + '\n' + fields.abstract) : [])
  let date = fields.date ?? null
  if (date && date.year === null && options.year !== undefined) date = {...date, year: options.year}

  return {
    index: fields.index,
    title: toOwnText(fields.title),
    abstract: toOwnText(fields.abstract),
    authors: fields.authors ?? null,
    organization: fields.organization ?? null,
    date,
    published: toPublished(date),
    comments: fields.comments ?? null,
    upvotes: fields.upvotes ?? null,
    arxivId: fields.arxivId ?? arxivIdFromLinks(links),
    links,
    position: fields.position
  }
}

// `2411.04330` (new-style id) with an optional version, which is dropped.
const PAPER_PAGE = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/papers\/(\d{4}\.\d{4,5})(?:v\d{1,3})?\/?(?:[#?]|$)/i

/**
 * The arXiv id of a record, from its Hugging Face paper page link
 * (`https://huggingface.co/papers/2411.04330`), or null.
 *
 * @example
 * arxivIdFromLinks([{url: 'https://huggingface.co/papers/2411.04330', kind: 'paper'}]) // '2411.04330'
 */
export function arxivIdFromLinks(links: readonly Link[]): string | null {
  for (const link of links) {
    const match = PAPER_PAGE.exec(link.url)
    if (match) return match[1] as string
  }

  return null
}

// A record's title and abstract are usually slices of a larger text (a
// decoded piece of the stream, or the whole listing). Kept as slices, they
// would hold that text in memory (a batch of records in flight keeps every
// piece it came from alive through each garbage collection), and one `•`
// anywhere in a piece makes all of it, and every slice, two bytes per
// character, where case mapping and unicode regexes take slow paths. So
// each gets a copy of its own, one byte per character when it fits.
// Measured: `extractClaims` over the seed's papers, warm, 4.8 → 3.7 ms per
// pass; `claims --jobs 2` on seed ×100, about −0.1 s end to end of ~1.9 s.
let scratch: Buffer | undefined

function toOwnText(text: string): string {
  if (text.length > 65_536) return text
  scratch ??= Buffer.allocUnsafe(65_536)
  // Latin-1 keeps the low byte of wider characters: the copy then differs,
  // and a flat copy (two bytes per character, still its own) is made instead.
  // (Faster than looking for a wide character first: one pass, then memcmp.)
  const length = scratch.write(text, 0, 'latin1')
  const narrow = scratch.toString('latin1', 0, length)
  return narrow === text ? narrow : (' ' + text).slice(1)
}
