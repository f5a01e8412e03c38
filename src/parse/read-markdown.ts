import {createMessage} from '../message/create-message.js'
import {locate} from '../message/locate.js'
import type {Listing} from '../schema/paper.js'
import {assembleCards} from './assemble-cards.js'
import {collectMarkdownItems} from './collect-markdown-items.js'
import {combineBoxes} from './combine-boxes.js'

/** Options of `readMarkdown`. */
export interface ReadMarkdownOptions {
  /** The year to assume for dates that omit it. */
  year?: number | undefined
}

/**
 * Read a Daily Papers page saved as Markdown (Firecrawl, html2text and
 * similar capture tools) with remark: a capture-tool header and site
 * navigation, the page date, then per paper an upvote count (`[101](…)`,
 * `[-](…)`, `[-] 19`, a `[`/`65`/`][35]` box), a `### [Title](url)` or
 * `[Title][12]` title (definitions may be missing), the abstract (often link
 * text, hard-wrapped with `\\` line ends), an author count after avatar
 * bullets or an organization link, `·`, and the date with the comment count
 * (`May 29[6](…#community)`, `Mar 8, 2024 [ 6][39]`). The arXiv id comes
 * from the `/papers/<id>` link.
 *
 * @example
 * const {date, papers, messages} = readMarkdown(text, {year: 2026})
 */
export function readMarkdown(text: string, options: ReadMarkdownOptions = {}): Omit<Listing, 'format'> {
  const toPoint = locate(text)
  const collected = collectMarkdownItems(text)
  if (!collected) {
    return {
      date: null,
      papers: [],
      messages: [createMessage('Expected Markdown that remark can parse (nesting too deep?)', {ruleId: 'markdown-unreadable', fatal: true})]
    }
  }

  const listing = assembleCards(combineBoxes(collected.items, collected.resolve, text), text, toPoint, options)
  if (collected.blanked.length === 0) return listing
  const skipped = collected.blanked.map((block) =>
    createMessage(`Expected a paper card, not a block with ${block.delimiters} Markdown delimiters; skipped`, {
      place: toPoint(block.start),
      ruleId: 'markdown-hostile-block'
    })
  )
  return {...listing, messages: [...skipped, ...listing.messages].sort((a, b) => a.place.offset - b.place.offset)}
}
