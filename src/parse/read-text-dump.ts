import {locate} from '../message/locate.js'
import type {Listing} from '../schema/paper.js'
import {assembleCards} from './assemble-cards.js'
import {collectDumpItems} from './collect-dump-items.js'
import {combineBoxes} from './combine-boxes.js'

/** Options of `readTextDump`. */
export interface ReadTextDumpOptions {
  /** The year to assume for dates that omit it. */
  year?: number | undefined
}

/**
 * Read a Daily Papers page exported as a text dump with link lines (each
 * link's text, then its URL on a line of its own): a header and navigation
 * links, the page date (`Mar 25`), then per paper the upvote line
 * (` [-] 19`, ` [-] -` for none) with its login URL, the title and the
 * abstract each followed by the paper's URL, the author box (`[` /
 * `2 authors](url)`) or an organization link (` Google` /
 * `https://huggingface.co/google`), `·`, the date (`Oct 7, 2024`), and the
 * comment count linked to `#community`.
 *
 * @example
 * const {date, papers, messages} = readTextDump(text, {year: 2026})
 */
export function readTextDump(text: string, options: ReadTextDumpOptions = {}): Omit<Listing, 'format'> {
  const items = combineBoxes(collectDumpItems(text), () => null, text)
  return assembleCards(items, text, locate(text), options)
}
