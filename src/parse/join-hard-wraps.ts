/**
 * Join a hard-wrapped paragraph into one line: every line break, with the
 * whitespace around it, becomes one space; blank lines are dropped and the
 * ends trimmed. Whitespace inside a line is kept as it is.
 *
 * @example
 * joinHardWraps('Academic citations are\n  widely used.\n') // 'Academic citations are widely used.'
 */
export function joinHardWraps(value: string): string {
  if (!value.includes('\n') && !value.includes('\r')) return value.trim()
  const lines: string[] = []
  for (const line of value.split(/\r\n?|\n/)) {
    const trimmed = line.trim()
    if (trimmed) lines.push(trimmed)
  }

  return lines.join(' ')
}
