// A reference label is short (`[Title][12]`); longer brackets are not one.
const MAX_REFERENCE = 100
// CommonMark's limit for any link label.
const MAX_LABEL = 999

/**
 * Labels of full references `[text][label]` (up to 100 characters, on one
 * line), found with indexOf: linear.
 *
 * @example
 * findReferenceLabels('[A title][12] and [B][x]') // ['12', 'x']
 */
export function findReferenceLabels(text: string): string[] {
  const labels = new Set<string>()
  let from = 0
  for (;;) {
    const at = text.indexOf('][', from)
    if (at === -1) break
    const close = text.indexOf(']', at + 2)
    from = at + 2
    if (close === -1 || close - at - 2 > MAX_REFERENCE || close === at + 2) continue
    const label = text.slice(at + 2, close)
    if (label.includes('[') || label.includes('\n') || label.includes('\r') || label.trim() === '') continue
    labels.add(label)
  }

  return [...labels]
}

/**
 * Labels of lines that may be link reference definitions (`[12]: url`, up
 * to three spaces in): a cheap, line-based superset of the real ones, which
 * only remark can tell (a definition cannot interrupt a paragraph). Each
 * scan stops at the next bracket, so the whole is linear.
 *
 * @example
 * findDefinitionLabels('text\n[12]: https://x.org\n  [a b]: /y') // ['12', 'a b']
 */
export function findDefinitionLabels(text: string): string[] {
  const labels: string[] = []
  let lineStart = 0
  while (lineStart < text.length) {
    let index = lineStart
    while (index - lineStart < 3 && text.charAt(index) === ' ') index++
    if (text.charAt(index) === '[') {
      const close = findLabelEnd(text, index + 1)
      if (close !== -1 && text.charAt(close + 1) === ':') labels.push(text.slice(index + 1, close))
    }

    const newline = findNewline(text, lineStart)
    if (newline === -1) break
    lineStart = newline + 1
  }

  return labels
}

/**
 * Innermost bracketed texts `[…]` (no brackets inside, escapes skipped,
 * up to 999 characters): every label a shortcut, collapsed or full
 * reference in `text` may use. One pass: linear.
 *
 * @example
 * findBracketLabels('[![a](u)b] [c][12]') // ['a', 'c', '12']
 */
export function findBracketLabels(text: string): string[] {
  const labels: string[] = []
  let open = -1
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index)
    if (character === '\\') {
      index++
    } else if (character === '[') {
      open = index
    } else if (character === ']') {
      if (open !== -1 && index - open - 1 <= MAX_LABEL) labels.push(text.slice(open + 1, index))
      open = -1
    }
  }

  return labels
}

/**
 * As CommonMark matches labels: case-insensitive, whitespace collapsed.
 *
 * @example
 * normalizeLabel(' Foo\n bar ') // 'FOO BAR'
 */
export function normalizeLabel(label: string): string {
  return label.trim().split(/\s+/).join(' ').toLowerCase().toUpperCase()
}

// The `]` that ends a label opened before `from`, or -1 (a `[` first, or too long).
function findLabelEnd(text: string, from: number): number {
  const last = Math.min(text.length, from + MAX_LABEL + 1)
  for (let index = from; index < last; index++) {
    const character = text.charAt(index)
    if (character === '\\') index++
    else if (character === ']') return index
    else if (character === '[') return -1
  }

  return -1
}

function findNewline(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }

  return -1
}
