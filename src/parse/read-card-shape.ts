import type {ListingDate, Organization} from '../schema/paper.js'
import type {CardItem} from './card-item.js'
import {classifyLine} from './classify-line.js'

/** What one item of a captured paper card is. */
export type CardShape =
  | {kind: 'empty'}
  | {kind: 'upvotes'; count: number}
  | {kind: 'comments'; count: number}
  | {kind: 'dot'}
  | {kind: 'authors'; count: number}
  | {kind: 'date'; date: ListingDate; count: number | null}
  | {kind: 'organization'; organization: Organization}
  | {kind: 'text'}

// Hugging Face pages that are not an organization or user profile.
const SITE_PATHS = new Set([
  'papers',
  'login',
  'join',
  'models',
  'datasets',
  'spaces',
  'docs',
  'blog',
  'pricing',
  'enterprise',
  'storage',
  'settings',
  'search',
  'collections',
  'posts',
  'learn',
  'tasks',
  'api',
  'avatars',
  'front'
])
// Bullets and wrap marks left around avatar lists (`- ![](…)\\`).
const FILLER = /^[-*•+\\\s]*$/

/**
 * What an item of a paper card is, from its visible words and links: an
 * upvote count (`101`, `-` for none, ` [-] 19`; unlinked or linked to the
 * login page), a comment count (a number linked to `#community`), the `·` separator, an author count (`3 authors`
 * after avatar bullets), a date with an optional comment count
 * (`May 29 6`, `Mar 8, 2024 6`), an organization (a link to a Hugging Face
 * profile, `[![occ-ai](…)OCC](https://huggingface.co/occ-ai)`, or
 * `[microsoft] Microsoft` when the link's definition is missing), nothing
 * visible (avatars, thumbnails), or text.
 *
 * @example
 * readCardShape({heading: false, start: 0, end: 3, parts: [{text: '101', url: 'https://huggingface.co/login', image: false, start: 1, end: 4}]})
 * // {kind: 'upvotes', count: 101}
 */
export function readCardShape(item: CardItem): CardShape {
  const shown = item.parts.filter((part) => !part.image && part.text.trim() !== '')
  // `-` alone is a count (none), not a bullet: read counts before dropping fillers.
  const count = item.heading ? undefined : readCount(shown.map((part) => part.text.trim()).join(' '))
  if (count !== undefined) {
    const urls = shown.map((part) => part.url)
    if (urls.some((url) => url?.includes('#community'))) return {kind: 'comments', count}
    // The upvote button links to the login page (or nowhere); a number
    // linked elsewhere is something else (a page of the pagination).
    if (urls.every((url) => !url || url.includes('/login'))) return {kind: 'upvotes', count}
    return {kind: 'text'}
  }

  const visible = shown.filter((part) => !FILLER.test(part.text))
  if (visible.length === 0) return {kind: 'empty'}
  const words = visible.map((part) => part.text.trim()).join(' ')
  // Meta lines are short; anything long is text (a title or an abstract).
  if (words.length > 120 || item.heading) return {kind: 'text'}

  const line = classifyLine(words)
  if (line.kind === 'dot' || line.kind === 'authors' || line.kind === 'date') return line

  const organization = readOrganization(item, visible, words)
  return organization ? {kind: 'organization', organization} : {kind: 'text'}
}

// `101`, `-`, `[-] 19`, `[-] -` (the `[-]` is the upvote button).
function readCount(words: string): number | undefined {
  const value = words.startsWith('[-]') ? words.slice(3).trim() : words
  if (value === '-') return 0
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined
}

function readOrganization(
  item: CardItem,
  visible: CardItem['parts'],
  words: string
): Organization | undefined {
  const urls = new Set(visible.map((part) => part.url))
  if (urls.size !== 1) return undefined
  const [url] = urls
  const alt = item.parts.find((part) => part.image && part.text.trim() !== '')?.text.trim()

  // A link elsewhere (GitHub, a paper) is not an organization.
  const linked = url ? profileHandle(url) : undefined
  if (url && !linked) return undefined
  let handle = linked
  let name = words
  // `[microsoft] Microsoft`: an image reference whose definition is missing.
  if (words.startsWith('[')) {
    const close = words.indexOf(']')
    if (close > 1 && close < 64) {
      handle ??= words.slice(1, close).trim()
      name = words.slice(close + 1).trim()
    }
  }

  handle ??= alt
  if (!handle || !name || /\s/.test(handle)) return undefined
  return {handle, name}
}

// `https://huggingface.co/occ-ai` → `occ-ai`; other sites and pages → undefined.
function profileHandle(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url, 'https://huggingface.co/')
  } catch {
    return undefined
  }

  const host = parsed.hostname.replace(/^www\./, '')
  if (host !== 'huggingface.co' && host !== 'hf.co') return undefined
  const segments = parsed.pathname.split('/').filter(Boolean)
  const [first] = segments
  if (segments.length !== 1 || !first || SITE_PATHS.has(first)) return undefined
  try {
    return decodeURIComponent(first)
  } catch {
    return first
  }
}
