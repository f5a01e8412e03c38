// micromark's resolvers slow down quadratically with the blocks of one
// document; pieces of this size stay fast and still hold a few dozen cards.
const CHUNK_SIZE = 16 * 1024
// HTML blocks that may hold blank lines (CommonMark types 1–5), with what ends them.
const RAW_HTML = /^<(?:script|pre|style|textarea)(?:[\t >]|$)/i
const RAW_HTML_ENDS = ['</script>', '</pre>', '</style>', '</textarea>']

/**
 * Where to cut a Markdown capture into pieces that remark parses to the
 * same blocks as the whole: at a blank line followed by a line that starts
 * at column 0 with `#` or `[` (a `### [Title](…)` heading or an upvote
 * link, which start cards), never inside a fenced code block or an HTML
 * block that may hold blank lines, once the piece has reached 16 KB. After
 * a blank line such a line can only start a new top-level block: lists and
 * block quotes do not continue there. Returns the start offsets, first 0.
 *
 * @example
 * splitMarkdownChunks('a\n\n### [T](u)\n').length // 1 (the text is small)
 */
export function splitMarkdownChunks(text: string, size: number = CHUNK_SIZE): number[] {
  const starts = [0]
  // Whether a fence closes depends on the list or quote it sits in (`  ````
  // in a list item is not closed by a ```` ```` ```` at column 0, which opens a
  // new fence), which a line scan cannot know: after the first fence line the
  // rest stays one piece. Captures of the papers page hold no fences.
  let fenced = false
  let closes: ((line: string) => boolean) | null = null
  let previousBlank = false
  let lineStart = 0
  while (lineStart < text.length) {
    const lineEnd = findLineEnd(text, lineStart)
    const line = text.slice(lineStart, lineEnd)
    if (closes) {
      if (closes(line)) closes = null
    } else {
      const first = line.charAt(0)
      if (!fenced && previousBlank && (first === '#' || first === '[') && lineStart - (starts.at(-1) ?? 0) >= size) starts.push(lineStart)
      closes = openRawBlock(line)
      if (closes && isFenceLine(line)) fenced = true
    }

    previousBlank = line.trim() === ''
    lineStart = lineEnd + (text.charAt(lineEnd) === '\r' && text.charAt(lineEnd + 1) === '\n' ? 2 : 1)
  }

  return starts
}

function findLineEnd(text: string, from: number): number {
  let index = from
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
    index++
  }

  return index
}

/**
 * When `line` opens a fenced code block or an HTML block of types 1–5
 * (which blank lines do not end) that it does not also close, the test
 * for its closing line; else null.
 */
function openRawBlock(line: string): ((line: string) => boolean) | null {
  const indent = countIndent(line)
  if (indent > 3) return null
  const rest = line.slice(indent)
  const fence = rest.charAt(0)
  if (fence === '`' || fence === '~') {
    let length = 0
    while (rest.charAt(length) === fence) length++
    if (length < 3 || (fence === '`' && rest.includes('`', length))) return null
    return (closing) => {
      const closingIndent = countIndent(closing)
      if (closingIndent > 3) return false
      let run = 0
      while (closing.charAt(closingIndent + run) === fence) run++
      return run >= length && closing.slice(closingIndent + run).trim() === ''
    }
  }

  if (fence !== '<') return null
  const ends = RAW_HTML.test(rest)
    ? RAW_HTML_ENDS
    : rest.startsWith('<!--')
      ? ['-->']
      : rest.startsWith('<?')
        ? ['?>']
        : rest.startsWith('<![CDATA[')
          ? [']]>']
          : /^<![A-Z]/i.test(rest)
            ? ['>']
            : null
  if (!ends) return null
  const isEnd = (value: string) => {
    const lower = value.toLowerCase()
    return ends.some((end) => lower.includes(end))
  }

  // The end may sit on the opening line itself, after the opener.
  return isEnd(rest.slice(2)) ? null : isEnd
}

function isFenceLine(line: string): boolean {
  const rest = line.slice(countIndent(line))
  return rest.startsWith('```') || rest.startsWith('~~~')
}

function countIndent(line: string): number {
  let index = 0
  while (line.charAt(index) === ' ') index++
  return index
}
