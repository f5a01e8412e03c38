import type {InputFormat} from '../schema/paper.js'

// Only the head of the input is looked at: enough lines to get past a
// capture tool's header and the site navigation, and constant time on huge input.
const HEAD_LINES = 400
const HEAD_CHARS = 200_000

/**
 * Guess the format of a listing from the shape of its first lines:
 *
 * - `api-json`: JSON starting with `[` (an array of entries), or one entry
 *   object spread over lines;
 * - `arxiv-jsonl`: one JSON object per line (`{"id": …, "abstract": …}`);
 * - `markdown`: Markdown link syntax (`### [Title](url)`, `[x](https://…)`,
 *   `[Title][12]` reference links);
 * - `text-dump`: bare URL paragraphs (a page dumped as text with each
 *   link's target on a line of its own between blank lines);
 * - `text`: anything else (the page copied as plain text).
 *
 * @example
 * detectFormat('[{"paper": {"id": "2411.04330"}}]') // 'api-json'
 * detectFormat('Nov 12\n\nA title\n\nAn abstract.') // 'text'
 */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, HEAD_CHARS)
  const start = firstNonSpace(head)
  const first = head.charAt(start)
  if (first === '[' && looksLikeJson(head, start)) return 'api-json'
  if (first === '{') return isJsonLines(head, start) ? 'arxiv-jsonl' : 'api-json'

  let markdownLinks = 0
  let urlLines = 0
  let nonBlank = 0
  const lines = head.split(/\r\n|\n|\r/, HEAD_LINES).map((line) => line.trim())
  for (const [index, line] of lines.entries()) {
    if (line) nonBlank++
    // A dump puts each link target in a paragraph of its own; a URL that a
    // hard-wrapped abstract pushed onto its own line has text around it.
    if (/^https?:\/\/\S+$/.test(line) && !lines[index - 1] && !lines[index + 1]) urlLines++
    // `](http`, `](/papers/…)`, `][12]`: inline or reference link syntax.
    if (/\]\((?:https?:|\/)|\]\[\d/.test(line) || /^#{1,6} \[/.test(line)) markdownLinks++
  }

  // Cues must be common, not a link or two inside a plain-text abstract: in
  // the captures, a third of the lines carry them.
  if (markdownLinks >= 2 && markdownLinks * 20 >= nonBlank && markdownLinks >= urlLines) return 'markdown'
  if (urlLines >= 3 && urlLines * 10 >= nonBlank) return 'text-dump'
  return 'text'
}

function firstNonSpace(text: string): number {
  let index = 0
  // BOM, whitespace and NBSP before the content change nothing.
  while (index < text.length && /[\s\uFEFF]/.test(text.charAt(index))) index++
  return index
}

// `[` also starts a Markdown link (`[101](…)`): JSON has `{`, `"`, `]` or a
// value next, not link text followed by `](`.
function looksLikeJson(text: string, start: number): boolean {
  const next = text.charAt(firstNonSpace(text.slice(start + 1, start + 200)) + start + 1)
  return next === '{' || next === ']' || next === '"' || next === '['
}

// One object per line: the first line closes the object it opens, and it is
// not a (minified) API entry, which has a `paper` object.
function isJsonLines(text: string, start: number): boolean {
  let end = text.indexOf('\n', start)
  if (end === -1) end = text.length
  const line = text.slice(start, end).trimEnd()
  if (line.length < 2 || !line.endsWith('}')) return false
  return !/^\{\s*"paper"\s*:/.test(line) && !/"paper"\s*:\s*\{\s*"id"/.test(line.slice(0, 2000))
}
