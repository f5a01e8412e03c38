import type {CardItem} from './card-item.js'
import {splitLines} from './split-lines.js'
import {trimSpan} from './trim-span.js'

// A line that is one absolute URL and nothing else (no spaces inside).
const URL_LINE = /^https?:\/\/\S+$/i

/**
 * Read a text dump of a page (a capture tool's export where every link's
 * text is followed by its URL on a line of its own) into items: a text line
 * with the URL line after it is one linked item, a URL line after a linked
 * item (an image link) is an item without text, and lines that follow each
 * other without a blank line are one item (a hard-wrapped paragraph).
 *
 * @example
 * collectDumpItems('Title\n\nhttps://huggingface.co/papers/2410.05434\n')
 * // [{heading: false, parts: [{text: 'Title', url: 'https://huggingface.co/papers/2410.05434', …}], …}]
 */
export function collectDumpItems(text: string): CardItem[] {
  const items: CardItem[] = []
  let open: CardItem | undefined // an item that still takes more lines
  let linkable: CardItem | undefined // an item that still takes a URL line

  for (const line of splitLines(text)) {
    const {start, end} = trimSpan(text, line.start, line.end)
    const value = text.slice(start, end)
    if (value === '') {
      open = undefined
      continue
    }

    if (URL_LINE.test(value)) {
      if (linkable) {
        for (const part of linkable.parts) part.url ??= value
        linkable.end = end
      } else items.push({heading: false, parts: [{text: '', url: value, image: false, start, end: start}], start, end})
      open = undefined
      linkable = undefined
      continue
    }

    if (open) {
      open.parts.push({text: '\n', url: null, image: false, start, end: start}, {text: value, url: null, image: false, start, end})
      open.end = end
      continue
    }

    open = {heading: false, parts: [{text: value, url: null, image: false, start, end}], start, end}
    linkable = open
    items.push(open)
  }

  return items
}
