import type * as z from 'zod'
import {createMessage} from '../message/create-message.js'
import {locate} from '../message/locate.js'
import {ApiEntrySchema, ApiPaperSchema, type ApiEntry, type ApiPaper} from '../schema/api-entry.js'
import type {Message} from '../schema/message.js'
import type {Link, Listing, ListingDate, Paper} from '../schema/paper.js'
import {collectLinks} from './collect-links.js'
import {createPaper} from './create-paper.js'
import {joinHardWraps} from './join-hard-wraps.js'
import {scanJson, toPlain, type JsonNode} from './scan-json.js'

/** Options of `readApiJson`. */
export interface ReadApiJsonOptions {
  /** Unused: the API gives full dates. Accepted so all readers take the same options. */
  year?: number | undefined
}

type PathKey = string | number

/**
 * Read the JSON of the Hugging Face Daily Papers API (`/api/daily_papers`):
 * an array of entries, or one entry object (or one bare `paper` object).
 * Each entry is checked with `ApiEntrySchema`; a field that deviates is
 * reported with its JSON path (`[3].paper.upvotes: expected number, received
 * string`) and read as missing, and an entry without a title is skipped with
 * a message, so one bad entry never drops the others. Text that is not JSON
 * gives one fatal message at the syntax error.
 *
 * The record's `date` is the paper's arXiv date (`paper.publishedAt`), not
 * the day it was put on the list. Title and abstract positions cover the
 * contents of their JSON string literals. The listing date is null: entries
 * do not share one.
 *
 * @example
 * const {papers, messages} = readApiJson('[{"paper": {"id": "2602.23229", "title": "A", "summary": "B."}}]')
 * papers[0].arxivId // '2602.23229'
 */
export function readApiJson(text: string, options: ReadApiJsonOptions = {}): Omit<Listing, 'format'> {
  const toPoint = locate(text)
  const messages: Message[] = []
  const papers: Paper[] = []
  const scanned = scanJson(text)

  if ('error' in scanned) {
    messages.push(
      createMessage(`${scanned.error.expected} in the API JSON, not ${scanned.error.found}`, {
        place: toPoint(scanned.error.offset),
        ruleId: 'api-json-syntax',
        fatal: true
      })
    )
    return {date: null, papers, messages}
  }

  const root = scanned.node
  let entries: Array<{node: JsonNode; path: PathKey[]}>
  if (root.type === 'array') entries = root.items.map((node, index) => ({node, path: [index]}))
  else if (root.type === 'object') entries = [{node: root, path: []}]
  else {
    messages.push(
      createMessage(`Expected an array of Daily Papers entries or one entry object, not ${root.type}`, {
        place: toPoint(root.start),
        ruleId: 'api-json-shape',
        fatal: true
      })
    )
    return {date: null, papers, messages}
  }

  for (const {node, path} of entries) {
    const paper = readEntry(node, path, papers.length)
    if (paper) papers.push(paper)
  }

  if (entries.length === 0) {
    messages.push(createMessage('Expected at least one Daily Papers entry', {place: toPoint(root.start), ruleId: 'api-json-empty'}))
  }

  return {date: null, papers, messages}

  function readEntry(node: JsonNode, path: PathKey[], index: number): Paper | undefined {
    // Checked before zod, whose errors cost far more than this when a
    // hostile array holds a million numbers.
    if (node.type !== 'object') {
      messages.push(
        createMessage(`${formatPath(path)}: expected object, received ${node.type}`, {place: toPoint(node.start), ruleId: 'api-json-field'})
      )
      return undefined
    }

    // A bare paper object (what `/api/papers/<id>` returns) is its own `paper`.
    const bare = !node.entries.has('paper')
    const entry = validate(node, path, bare ? ApiPaperSchema : ApiEntrySchema)
    if (!entry) return undefined
    const paper: ApiPaper = (bare ? entry : (entry as ApiEntry).paper) ?? {}
    const inPaper: PathKey[] = bare ? [] : ['paper']

    const title = pickString(node, [...inPaper, 'title'], ['title'])
    if (!title || !joinHardWraps(title.value)) {
      messages.push(
        createMessage(`${formatPath([...path, ...inPaper, 'title'])}: expected a non-empty string (the title), entry skipped`, {
          place: toPoint((title ?? node).start),
          ruleId: 'api-json-missing-title'
        })
      )
      return undefined
    }

    const summary = pickString(node, [...inPaper, 'summary'], ['summary'])
    if (!summary) {
      messages.push(
        createMessage(`${formatPath([...path, ...inPaper, 'summary'])}: expected a string (the abstract), read as empty`, {
          place: toPoint(node.start),
          ruleId: 'api-json-missing-summary'
        })
      )
    }

    const abstract = summary ? joinHardWraps(summary.value) : ''
    const arxivId = paper.id ?? null
    const organization = (bare ? undefined : (entry as ApiEntry).organization) ?? paper.organization ?? null
    return createPaper(
      {
        index,
        title: joinHardWraps(title.value),
        abstract,
        authors: paper.authors?.length ?? null,
        organization: organization ? {handle: organization.name, name: organization.fullname || organization.name} : null,
        date: toListingDate(paper.publishedAt),
        comments: bare ? null : ((entry as ApiEntry).numComments ?? null),
        upvotes: paper.upvotes ?? null,
        arxivId,
        links: gatherLinks(arxivId, paper.githubRepo, paper.projectPage, abstract),
        position: {
          record: span(node.start, node.end),
          title: span(title.start + 1, title.end - 1),
          abstract: summary ? span(summary.start + 1, summary.end - 1) : span(node.start, node.start)
        }
      },
      options
    )
  }

  // Check an entry; each deviating field is reported, then dropped and read
  // as missing (all fields are optional), so the rest of the entry counts.
  function validate(node: JsonNode, path: PathKey[], schema: typeof ApiEntrySchema | typeof ApiPaperSchema) {
    const value = toPlain(node)
    const first = schema.safeParse(value)
    if (first.success) return first.data

    for (const issue of first.error.issues) {
      const issuePath = issue.path as PathKey[]
      messages.push(
        createMessage(`${formatPath([...path, ...issuePath])}: ${describeIssue(issue, value)}`, {
          place: toPoint(nodeAt(node, issuePath).start),
          ruleId: 'api-json-field'
        })
      )
      if (value && typeof value === 'object') dropField(value as Record<string, unknown>, issuePath)
    }

    const second = schema.safeParse(value)
    return second.success ? second.data : undefined
  }

  function span(start: number, end: number) {
    return {start: toPoint(start), end: toPoint(end)}
  }
}

// The first of the given places (paths inside the entry) that holds a string.
function pickString(entry: JsonNode, ...paths: PathKey[][]): Extract<JsonNode, {type: 'string'}> | undefined {
  for (const path of paths) {
    const node = nodeAt(entry, path)
    // `nodeAt` stops early when the path is missing: only an exact hit counts.
    if (node.type === 'string' && node !== nodeAt(entry, path.slice(0, -1))) return node
  }

  return undefined
}

// The node at `path`, or the deepest one that exists on the way.
function nodeAt(root: JsonNode, path: readonly PathKey[]): JsonNode {
  let node = root
  for (const key of path) {
    const child =
      node.type === 'object' && typeof key === 'string'
        ? node.entries.get(key)
        : node.type === 'array' && typeof key === 'number'
          ? node.items[key]
          : undefined
    if (!child) return node
    node = child
  }

  return node
}

// Drop the entry or paper field an issue is about (`paper.organization.name`
// drops `paper.organization`): fields are optional, so the rest still parses.
function dropField(entry: Record<string, unknown>, path: readonly PathKey[]): void {
  const [first, second] = path
  if (first === undefined) return
  const inner = entry[first]
  if (first === 'paper' && second !== undefined && inner && typeof inner === 'object' && !Array.isArray(inner)) {
    delete (inner as Record<string, unknown>)[second]
  } else delete entry[first]
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, received ${typeName(valueAt(value, issue.path as PathKey[]))}`
  }

  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1)
}

function valueAt(value: unknown, path: readonly PathKey[]): unknown {
  let current = value
  for (const key of path) {
    if (!current || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<PathKey, unknown>)[key]
  }

  return current
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/**
 * A JSON path as people write it: `[3].paper.title`, `["odd key"]`.
 */
function formatPath(path: readonly PathKey[]): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) result += (result ? '.' : '') + key
    else result += `[${JSON.stringify(key)}]`
  }

  return result || '(root)'
}

// `2026-02-26T17:08:18.000Z` → the calendar date as written (UTC on arXiv).
function toListingDate(value: string | null | undefined): ListingDate | null {
  if (!value) return null
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  // `Date.UTC` rolls Feb 30 over into March: a changed day means no such date.
  if (year < 1900 || year > 2999 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null
  return {year, month, day}
}

function gatherLinks(
  arxivId: string | null,
  githubRepo: string | null | undefined,
  projectPage: string | null | undefined,
  abstract: string
): Link[] {
  const links: Link[] = []
  if (arxivId) links.push({url: 'https://huggingface.co/papers/' + arxivId, kind: 'paper'})
  if (githubRepo) links.push({url: githubRepo, kind: 'code'})
  if (projectPage) links.push({url: projectPage, kind: 'project'})
  for (const link of collectLinks(abstract)) {
    if (!links.some((known) => known.url === link.url)) links.push(link)
  }

  return links
}
