/**
 * A run of text in a captured listing page, with the link it belongs to.
 * `start`/`end` are offsets of its source; `text` is what the page shows
 * (escapes undone, line breaks kept); `image` marks an image's alt text.
 * `url` is null for text outside links, and `''` inside a reference link
 * whose definition is missing.
 */
export interface CardPart {
  text: string
  url: string | null
  image: boolean
  start: number
  end: number
}

/**
 * One block of a captured page (a Markdown paragraph or heading, or a text
 * dump line with its URL line), as a list of parts. `heading` marks a
 * Markdown heading, which always holds a title once the list has begun.
 */
export interface CardItem {
  heading: boolean
  parts: CardPart[]
  start: number
  end: number
}
