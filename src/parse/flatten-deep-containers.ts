// Block quotes and list items nested this deep on one line are hostile
// input: remark's time grows much faster than linearly with the depth.
const MAX_CONTAINERS = 32

/**
 * Neutralise container markers (`>`, and `-`, `*`, `+`, `1.` followed by a
 * space) beyond the 32nd at the start of a line, by replacing the rest of
 * the line's marker prefix with NBSP, which Markdown reads as text. The
 * length and every offset stay the same, so positions still point into the
 * original; input without such lines comes back as it is.
 *
 * @example
 * flattenDeepContainers('- '.repeat(40) + 'x').length // 81, as before
 */
export function flattenDeepContainers(text: string): string {
  const chunks: string[] = []
  let copied = 0
  let lineStart = 0
  while (lineStart < text.length) {
    const {cut, end} = scanPrefix(text, lineStart)
    if (cut !== -1) {
      chunks.push(text.slice(copied, cut), '\u00A0'.repeat(end - cut))
      copied = end
    }

    const newline = text.indexOf('\n', end)
    if (newline === -1) break
    lineStart = newline + 1
  }

  if (chunks.length === 0) return text
  chunks.push(text.slice(copied))
  return chunks.join('')
}

// The end of a line's container prefix, and where the markers past the limit start (or -1).
function scanPrefix(text: string, start: number): {cut: number; end: number} {
  let markers = 0
  let cut = -1
  let index = start
  while (index < text.length) {
    const code = text.charCodeAt(index)
    let next = index + 1
    if (code === 32 || code === 9) {
      index = next
      continue
    }

    if (code >= 48 && code <= 57) {
      while (next < text.length && isDigit(text.charCodeAt(next))) next++
      const after = text.charCodeAt(next)
      if (after !== 46 /* . */ && after !== 41 /* ) */) break
      next++
    } else if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) {
      const after = text.charCodeAt(next)
      if (after !== 32 && after !== 9) break
    } else if (code !== 62 /* > */) break

    markers++
    if (markers > MAX_CONTAINERS && cut === -1) cut = index
    index = next
  }

  return {cut, end: index}
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
