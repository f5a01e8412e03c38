import type {CardItem, CardPart} from './card-item.js'
import {trimSpan} from './trim-span.js'

// A box spans a few blocks (an avatar list); further than this is not one.
const MAX_BOX_ITEMS = 24

/**
 * Join link syntax that a capture split over several blocks back into one
 * item: a block that opens with a bare `[` (`[- ![](avatar)\\`, or `[` on
 * its own), the blocks after it, and the block that closes it with
 * `](url)`, `][label]` or `]` (`- 3 authors](https://…)`). The inner parts
 * keep their places and get the link's URL (`resolve` turns a label into a
 * URL, or null when the definition is missing). When the parts show
 * nothing (Markdown read a lone `-` as a setext underline or an empty list
 * item), the box's source `text` between the brackets is its content.
 * Items that are not boxes pass through unchanged.
 *
 * @example
 * combineBoxes(items, (label) => definitions.get(label) ?? null, text)
 */
export function combineBoxes(items: CardItem[], resolve: (label: string) => string | null, text: string): CardItem[] {
  const result: CardItem[] = []
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as CardItem
    if (!opensBox(item)) {
      result.push(closeInPlace(item, resolve) ?? item)
      continue
    }

    let closed: CardItem | undefined
    const last = Math.min(items.length - 1, index + MAX_BOX_ITEMS)
    for (let end = index + 1; end <= last; end++) {
      const candidate = items[end] as CardItem
      const closer = findCloser(candidate, resolve)
      if (closer) {
        const parts = dropOpener([...items.slice(index, end).flatMap((inner) => inner.parts), ...closer.parts])
        closed = {heading: false, parts: setUrl(fillEmptyBody(parts, text, closer.end), closer.url), start: item.start, end: candidate.end}
        index = end
        break
      }

      // A heading or another opener ends the search: this box never closes.
      if (candidate.heading || opensBox(candidate)) break
    }

    result.push(closed ?? item)
  }

  return result
}

// The first visible part is unlinked text starting with `[`, and no `]` follows in it.
function opensBox(item: CardItem): boolean {
  return startsWithBracket(item) && !item.parts.some((part) => !part.image && part.url === null && part.text.includes(']'))
}

function startsWithBracket(item: CardItem): boolean {
  const first = item.parts.find((part) => !part.image && part.text.trim() !== '')
  if (!first || first.url !== null) return false
  // `[` over a `-` line is a setext heading to Markdown, but a box opener here.
  if (item.heading) return item.parts.length === 1 && first.text.trim() === '['
  return first.text.trimStart().startsWith('[')
}

// A box within one item (`[` and `3 authors](url)` on adjacent lines of a
// text dump): its only `]` is the closer's.
function closeInPlace(item: CardItem, resolve: (label: string) => string | null): CardItem | undefined {
  if (!startsWithBracket(item)) return undefined
  const closer = findCloser(item, resolve)
  if (!closer || closer.parts.some((part) => !part.image && part.url === null && part.text.includes(']'))) return undefined
  return {...item, heading: false, parts: setUrl(dropOpener(closer.parts), closer.url)}
}

function findCloser(
  item: CardItem,
  resolve: (label: string) => string | null
): {parts: CardPart[]; url: string | null; end: number} | undefined {
  const visible = item.parts.flatMap((part, index) => (!part.image && part.text.trim() !== '' ? [index] : []))
  let lastIndex = visible.at(-1) ?? -1
  const last = item.parts[lastIndex]
  if (!last) return undefined
  let cut: number
  let url: string | null
  let closing = last

  if (last.url !== null) {
    // `][label]` where `[label]` itself parsed as a (shortcut) reference link.
    const previousIndex = visible.at(-2) ?? -1
    const previous = item.parts[previousIndex]
    if (!previous || previous.url !== null || !previous.text.trimEnd().endsWith(']')) return undefined
    closing = previous
    lastIndex = previousIndex
    cut = previous.text.trimEnd().length - 1
    url = last.url || null
  } else {
    const value = last.text.trimEnd()
    if (value.endsWith(')') && value.includes('](')) {
      cut = value.lastIndexOf('](')
      url = value.slice(cut + 2, -1).trim() || null
    } else if (value.endsWith(']') && value.includes('][')) {
      cut = value.lastIndexOf('][')
      url = resolve(value.slice(cut + 2, -1)) || null
    } else if (value.endsWith(']')) {
      cut = value.length - 1
      url = null
    } else return undefined
  }

  const kept: CardPart = {...closing, text: closing.text.slice(0, cut), end: closing.start + cut}
  return {parts: [...item.parts.slice(0, lastIndex), kept], url, end: kept.end}
}

// Boxes hold a count or a few words: a longer source between the brackets is not one.
const MAX_RAW_BODY = 32

function fillEmptyBody(parts: CardPart[], text: string, to: number): CardPart[] {
  if (parts.some((part) => !part.image && part.text.trim() !== '')) return parts
  const from = parts[0]?.start ?? to
  const {start, end} = trimSpan(text, from, to)
  if (end <= start || end - start > MAX_RAW_BODY) return parts
  return [...parts, {text: text.slice(start, end), url: null, image: false, start, end}]
}

function dropOpener(parts: CardPart[]): CardPart[] {
  const index = parts.findIndex((part) => !part.image && part.text.trim() !== '')
  const first = parts[index]
  if (!first) return parts
  const at = first.text.indexOf('[')
  const copy = [...parts]
  copy[index] = {...first, text: first.text.slice(at + 1), start: first.start + at + 1}
  return copy
}

function setUrl(parts: CardPart[], url: string | null): CardPart[] {
  return parts.map((part) => (part.url === null ? {...part, url} : part))
}

function findLastIndex<T>(values: T[], test: (value: T) => boolean): number {
  for (let index = values.length - 1; index >= 0; index--) if (test(values[index] as T)) return index
  return -1
}
