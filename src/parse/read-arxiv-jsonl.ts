import * as z from 'zod'
import {createMessage} from '../message/create-message.js'
import {locate} from '../message/locate.js'
import type {Message} from '../schema/message.js'
import type {Listing, Paper} from '../schema/paper.js'
import type {Point} from '../schema/place.js'
import {collectLinks} from './collect-links.js'
import {countArxivAuthors} from './count-arxiv-authors.js'
import {findJsonStringValues} from './find-json-string-values.js'

/** Options of `readArxivJsonl`. */
export interface ReadArxivJsonlOptions {
  /**
   * Keep only records with one of these categories (`cs.LG`); an entry
   * without a dot (`cs`) keeps the whole archive (`cs.*`).
   */
  categories?: readonly string[] | undefined
  /** Unused: arXiv records carry full dates. Accepted for symmetry with the other readers. */
  year?: number | undefined
}

// The fields of the arXiv metadata snapshot this reader uses; others pass.
const ArxivRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  abstract: z.string(),
  authors: z.string().nullish(),
  authors_parsed: z.array(z.unknown()).nullish(),
  update_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  categories: z.string().nullish()
})

/**
 * Read arXiv metadata as JSON Lines (the Kaggle/arXiv snapshot layout: one
 * object per line with `id`, `title`, `abstract`, `authors`, `update_date`,
 * `categories`). Each line is validated on its own: a line that is not JSON
 * or lacks a field becomes a message with its line number, and reading goes
 * on. Titles and abstracts have their hard wraps joined. `authors` is the
 * length of `authors_parsed` when present, else the names counted in the
 * `authors` string (null when it says `et al`); `date` and `published` come
 * from `update_date`; `comments` and `upvotes` are null. Positions point at
 * the JSON string values (between the quotes) in the source.
 *
 * @example
 * const {papers} = readArxivJsonl(
 *   '{"id":"2401.00001","title":"T","abstract":"A.","authors":"A and B","update_date":"2024-01-02","categories":"cs.LG"}\n',
 *   {categories: ['cs.LG']}
 * )
 * papers[0].authors // 2
 */
export function readArxivJsonl(text: string, options: ReadArxivJsonlOptions = {}): Listing {
  const toPoint = locate(text)
  const filter = createCategoryFilter(options.categories)
  const papers: Paper[] = []
  const messages: Message[] = []
  let start = 0

  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const next = end + 1
    if (text.charCodeAt(end - 1) === 13 /* \r */) end--

    const line = text.slice(start, end)
    if (line.trim() !== '') {
      const paper = readLine(text, start, end, line, papers.length, toPoint, messages)
      if (paper && filter(paper.categories)) papers.push(paper.paper)
    }

    start = next
  }

  return {format: 'arxiv-jsonl', date: null, papers, messages}
}

function readLine(
  text: string,
  start: number,
  end: number,
  line: string,
  index: number,
  toPoint: (offset: number) => Point,
  messages: Message[]
): {paper: Paper; categories: string} | undefined {
  const place = toPoint(start + line.length - line.trimStart().length)
  let value: unknown

  try {
    value = JSON.parse(line)
  } catch {
    messages.push(
      createMessage(`Expected a JSON object on this line, not \`${preview(line)}\``, {
        place,
        ruleId: 'arxiv-invalid-json'
      })
    )
    return undefined
  }

  const result = ArxivRecordSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue ? issue.path.map(String).join('.') : ''
    messages.push(
      createMessage(`Expected an arXiv record, at \`${path || '(root)'}\`: ${issue?.message ?? 'invalid'}`, {
        place,
        ruleId: 'arxiv-invalid-record'
      })
    )
    return undefined
  }

  const record = result.data
  const spans = findJsonStringValues(text, start, end)
  const title = joinLines(record.title)
  const abstract = joinLines(record.abstract)
  const date = readDate(record.update_date)
  const authors = record.authors_parsed
    ? record.authors_parsed.length
    : record.authors
      ? countArxivAuthors(record.authors)
      : null

  const titleSpan = spans.get('title')
  const abstractSpan = spans.get('abstract')

  return {
    categories: record.categories ?? '',
    paper: {
      index,
      title: title === '' ? record.id : title,
      abstract,
      authors,
      organization: null,
      date,
      published: date ? (record.update_date as string) : null,
      comments: null,
      upvotes: null,
      arxivId: record.id,
      links: collectLinks(abstract),
      position: {
        record: {start: toPoint(start), end: toPoint(end)},
        title: {start: toPoint(titleSpan?.start ?? start), end: toPoint(titleSpan?.end ?? start)},
        abstract: {start: toPoint(abstractSpan?.start ?? start), end: toPoint(abstractSpan?.end ?? start)}
      }
    }
  }
}

/** arXiv wraps titles and abstracts at a fixed width: join them into one line. */
function joinLines(value: string): string {
  return value
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
}

function readDate(value: string | null | undefined): Paper['date'] {
  if (!value) return null
  const [year, month, day] = value.split('-').map(Number)
  if (!year || !month || !day || month > 12 || day > 31 || year < 1900 || year > 2999) return null
  return {year, month, day}
}

function createCategoryFilter(categories: readonly string[] | undefined): (value: string) => boolean {
  const wanted = (categories ?? []).map((category) => category.trim()).filter((category) => category !== '')
  if (wanted.length === 0) return () => true

  return function (value) {
    for (const category of value.split(' ')) {
      if (category === '') continue
      const archive = category.split('.')[0]
      if (wanted.includes(category) || (archive !== undefined && wanted.includes(archive))) return true
    }

    return false
  }
}

function preview(line: string): string {
  return line.length > 40 ? line.slice(0, 40) + '…' : line
}
