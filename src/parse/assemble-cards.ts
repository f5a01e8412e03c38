import {createMessage} from '../message/create-message.js'
import type {Message} from '../schema/message.js'
import type {Link, Listing, ListingDate, Organization, Paper} from '../schema/paper.js'
import type {Point} from '../schema/place.js'
import type {CardItem} from './card-item.js'
import {classifyLink, collectLinks} from './collect-links.js'
import {arxivIdFromLinks, createPaper} from './create-paper.js'
import {cutShortReason} from './cut-short-reason.js'
import {joinHardWraps} from './join-hard-wraps.js'
import {readCardShape, type CardShape} from './read-card-shape.js'
import {trimSpan} from './trim-span.js'

/** Options of `assembleCards`. */
export interface AssembleOptions {
  /** The year to assume for dates that omit it. */
  year?: number | undefined
}

interface Draft {
  start: number
  end: number
  upvotes: number | null
  title?: CardItem
  abstract?: CardItem
  arxivId: string | null
  authors: number | null
  organization: Organization | null
  date: ListingDate | null
  comments: number | null
  meta: boolean
  items: CardItem[]
}

/**
 * Turn the items of a captured listing page (Markdown or text dump) into
 * paper records. Before the list, items are the page's header and
 * navigation (skipped) and its date (`Oct 2`, the listing date). A record
 * starts at an upvote count, a heading, or a link to another paper's page;
 * then come its title, its abstract, and the card's meta items (author count
 * or organization, `·`, date with comment count). Anything else inside the
 * list is reported as a message with its place, and reading goes on.
 *
 * @example
 * const {papers} = assembleCards(items, text, toPoint, {year: 2025})
 */
export function assembleCards(
  items: CardItem[],
  text: string,
  toPoint: (offset: number) => Point,
  options: AssembleOptions = {}
): Omit<Listing, 'format'> {
  const papers: Paper[] = []
  const messages: Message[] = []
  let date: ListingDate | null = null
  let draft: Draft | undefined
  let inList = false

  // Consecutive blocks that belong to no record (a page footer): one message.
  let strays: {first: CardItem; count: number} | undefined

  for (const item of items) {
    const shape = readCardShape(item)
    if (strays && shape.kind !== 'text' && shape.kind !== 'empty') flushStrays()
    const paperId = arxivIdFromLinks(linksOf(item))

    if (!inList) {
      if (shape.kind === 'date' && shape.count === null && !date) date = shape.date
      // The list begins at the first upvote count or paper title.
      if (shape.kind === 'upvotes' || (shape.kind === 'text' && paperId !== null)) inList = true
      else continue
    }

    switch (shape.kind) {
      case 'empty': {
        if (draft) extend(item)
        break
      }

      case 'upvotes': {
        start(item).upvotes = shape.count
        extend(item)
        break
      }

      case 'text': {
        // A link to another paper's page than the open record's starts a new one.
        const other = paperId !== null && draft !== undefined && draft.arxivId !== null && draft.arxivId !== paperId
        if (!draft || (draft.title && (item.heading || other))) start(item)
        const current = draft as Draft
        if (!current.title) {
          current.title = item
          current.arxivId = paperId
        } else if (!current.abstract && !current.meta) current.abstract = item
        else {
          stray(item)
          break
        }

        extend(item)
        break
      }

      default: {
        // The list begins with an item that starts a draft, so one is open.
        if (draft) readMeta(draft, shape)
        extend(item)
      }
    }
  }

  finish(true)
  flushStrays()
  // A page whose list was never found must not come back empty and silent.
  const first = items.find((item) => readCardShape(item).kind !== 'empty')
  if (!inList && first) {
    report(first, 'Expected paper records (an upvote count, or a title linking to `/papers/<id>`), found only a page header', 'no-records')
  }

  if (date && date.year === null && options.year !== undefined) date = {...date, year: options.year}
  // Stray runs are reported when they end: put messages back in source order.
  messages.sort((a, b) => a.place.offset - b.place.offset)
  return {date, papers, messages}

  function stray(item: CardItem): void {
    if (strays) strays.count++
    else strays = {first: item, count: 1}
  }

  function flushStrays(): void {
    if (!strays) return
    const {first, count} = strays
    strays = undefined
    const what = count === 1 ? 'this block belongs' : `these ${count} blocks belong`
    report(first, `Expected a title, abstract or card detail; ${what} to no record`, 'stray-block')
  }

  function start(item: CardItem): Draft {
    flushStrays()
    finish()
    draft = {
      start: item.start,
      end: item.end,
      upvotes: null,
      arxivId: null,
      authors: null,
      organization: null,
      date: null,
      comments: null,
      meta: false,
      items: []
    }
    return draft
  }

  function extend(item: CardItem): void {
    if (!draft) return
    draft.end = Math.max(draft.end, item.end)
    draft.items.push(item)
  }

  // (`last`: the listing's last record, which a capture cut short may have lost the end of.)
  function finish(last = false): void {
    const current = draft
    draft = undefined
    if (!current) return
    if (!current.title) {
      report({start: current.start}, 'Expected a paper title after the upvote count', 'missing-title')
      return
    }

    const title = textOf(current.title)
    if (!title.value) {
      report(current.title, 'Expected a non-empty paper title', 'missing-title')
      return
    }

    const abstract = current.abstract ? textOf(current.abstract) : undefined
    if (!abstract) report(current.title, `Expected an abstract after the title \`${title.value.slice(0, 60)}\``, 'missing-abstract')
    const abstractSpan = abstract ?? {value: '', start: title.end, end: title.end}
    // (A last card without its meta items whose abstract stops mid-sentence: the capture ends inside it.)
    const cut = last && abstract && !current.meta ? cutShortReason(abstract.value) : undefined
    if (cut && abstract) messages.push(createMessage(cut, {place: toPoint(abstract.end), ruleId: 'truncated-record'}))

    papers.push(
      createPaper(
        {
          index: papers.length,
          title: title.value,
          abstract: abstractSpan.value,
          authors: current.authors,
          organization: current.organization,
          date: current.date,
          comments: current.meta ? (current.comments ?? 0) : current.comments,
          upvotes: current.upvotes,
          arxivId: current.arxivId,
          links: gatherLinks(current, title.value + '\n' + abstractSpan.value),
          position: {
            record: span(current.start, current.end),
            title: span(title.start, title.end),
            abstract: span(abstractSpan.start, abstractSpan.end)
          }
        },
        options
      )
    )
  }

  function report(place: {start: number}, reason: string, ruleId: string): void {
    messages.push(createMessage(reason, {place: toPoint(place.start), ruleId}))
  }

  function span(from: number, to: number) {
    return {start: toPoint(from), end: toPoint(to)}
  }

  // The visible text of a title or abstract item and its source span.
  function textOf(item: CardItem): {value: string; start: number; end: number} {
    const parts = item.parts.filter((part) => !part.image)
    // Parts on different source lines (a box split over lines) are joined as
    // a wrap, not glued together.
    const value = joinHardWraps(
      parts.map((part, index) => (index > 0 && /[\n\r]/u.test(text.slice(parts[index - 1]!.end, part.start)) ? '\n' : '') + part.text).join('')
    )
    const first = parts[0]
    const last = parts.at(-1)
    if (!first || !last) return {value, start: item.start, end: item.start}
    return {value, ...trimSpan(text, first.start, last.end)}
  }
}

function readMeta(draft: Draft, shape: Exclude<CardShape, {kind: 'empty' | 'text' | 'upvotes'}>): void {
  draft.meta = true
  if (shape.kind === 'authors') draft.authors = shape.count
  else if (shape.kind === 'organization') draft.organization = shape.organization
  else if (shape.kind === 'comments') draft.comments = shape.count
  else if (shape.kind === 'date') {
    draft.date = shape.date
    if (shape.count !== null) draft.comments = shape.count
  }
}

function linksOf(item: CardItem): Link[] {
  const links: Link[] = []
  for (const part of item.parts) if (part.url && !part.image) links.push({url: part.url, kind: 'other'})
  return links
}

// The record's own links: the paper page, code, project, organization…
// (not the site's login links), then the URLs written in title and abstract.
function gatherLinks(draft: Draft, words: string): Link[] {
  const links: Link[] = []
  const seen = new Set<string>()
  const add = (link: Link) => {
    if (seen.has(link.url)) return
    seen.add(link.url)
    links.push(link)
  }

  for (const item of draft.items) {
    for (const part of item.parts) {
      if (!part.url || part.image || part.url.includes('/login') || part.url.startsWith('#')) continue
      // `…/papers/2606.00683#community` is the discussion of the same page.
      const url = part.url.includes('#community') ? part.url.slice(0, part.url.indexOf('#')) : part.url
      add({url, kind: classifyLink(url)})
    }
  }

  for (const link of collectLinks(words)) add(link)
  return links
}
