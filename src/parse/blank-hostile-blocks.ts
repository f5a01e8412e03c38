// A paper card's block (an abstract in link syntax) holds a few dozen of
// these; remark's inline parsing slows down quadratically with thousands
// in one paragraph (`[[[[…]]]]`, `*a*a*a…`, `[a](` repeated).
const MAX_DELIMITERS = 512
const DELIMITERS = new Set(['*', '_', '[', ']', '`', '<', '!', '~', '&'])

/**
 * Blank out (with spaces, so lengths, lines and offsets stay the same) each
 * block of Markdown — lines between blank lines — that holds more than 512
 * inline delimiters (`*`, `_`, `[`, `]`, backticks, …): no paper card looks
 * like that, and remark would take quadratic time on it. Returns the text
 * to parse and the blanked blocks, to report them.
 *
 * @example
 * blankHostileBlocks('a\n\n' + '*a'.repeat(600)).blocks // [{start: 3, end: 1203, delimiters: 600}]
 */
export function blankHostileBlocks(text: string): {text: string; blocks: Array<{start: number; end: number; delimiters: number}>} {
  const blocks: Array<{start: number; end: number; delimiters: number}> = []
  let blockStart = -1
  let delimiters = 0
  let lineStart = 0
  let lineBlank = true

  for (let index = 0; index <= text.length; index++) {
    const character = index < text.length ? text.charAt(index) : '\n'
    if (character === '\n' || character === '\r') {
      if (lineBlank) endBlock(lineStart)
      lineStart = index + 1
      lineBlank = true
      continue
    }

    if (lineBlank && character !== ' ' && character !== '\t') {
      lineBlank = false
      if (blockStart === -1) blockStart = lineStart
    }

    if (DELIMITERS.has(character)) delimiters++
  }

  endBlock(text.length)
  if (blocks.length === 0) return {text, blocks}

  const chunks: string[] = []
  let copied = 0
  for (const block of blocks) {
    chunks.push(text.slice(copied, block.start), text.slice(block.start, block.end).replace(/[^\r\n]/g, ' '))
    copied = block.end
  }

  chunks.push(text.slice(copied))
  return {text: chunks.join(''), blocks}

  function endBlock(end: number) {
    if (blockStart !== -1 && delimiters > MAX_DELIMITERS) blocks.push({start: blockStart, end, delimiters})
    blockStart = -1
    delimiters = 0
  }
}
