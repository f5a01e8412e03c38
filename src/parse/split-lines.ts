/**
 * One line of a text: `start` and `end` are offsets into the text (`end`
 * excludes the line ending); `value` is the line without its ending.
 */
export interface SourceLine {
  start: number
  end: number
  value: string
}

/**
 * Split a text into lines, keeping their offsets. `\r\n`, `\n` and a lone
 * `\r` end a line, as in `locate`. Linear: one pass with `indexOf`.
 *
 * @example
 * splitLines('a\r\nbc') // [{start: 0, end: 1, value: 'a'}, {start: 3, end: 5, value: 'bc'}]
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  // The next `\n` and `\r` are remembered, not searched for on every line,
  // so text with only one kind of line ending stays linear.
  let newline = -2
  let carriage = -2
  let start = 0
  for (;;) {
    if (newline !== -1 && newline < start) newline = text.indexOf('\n', start)
    if (carriage !== -1 && carriage < start) carriage = text.indexOf('\r', start)
    let end = text.length
    let next = -1
    if (newline !== -1) {
      end = newline
      next = newline + 1
    }

    if (carriage !== -1 && carriage < end) {
      end = carriage
      next = text.charCodeAt(carriage + 1) === 10 ? carriage + 2 : carriage + 1
    }

    lines.push({start, end, value: text.slice(start, end)})
    if (next === -1) return lines
    start = next
  }
}
