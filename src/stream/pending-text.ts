import {splitLines, type SourceLine} from '../parse/split-lines.js'

/**
 * Text read but not yet parsed, kept as the decoder's small pieces rather
 * than one string: joining a new chunk to the rest copies it all into a
 * fresh large string, and on this machine the page faults of a fresh
 * 256 KB string cost about 3 ms (pieces under 128 KB reuse V8's young
 * generation). Offsets count from the start of the pending text.
 *
 * @example
 * const pending = new PendingText()
 * pending.push(['Nov 12\n\nA Title\n'])
 * pending.text(6) // 'Nov 12'
 */
export class PendingText {
  private pieces: string[] = []
  private size = 0

  /** How many characters are pending. */
  get length(): number {
    return this.size
  }

  /** Add text at the end. */
  push(pieces: readonly string[]): void {
    for (const piece of pieces) {
      this.pieces.push(piece)
      this.size += piece.length
    }
  }

  /** Forget the first `count` characters. */
  drop(count: number): void {
    let rest = count
    while (rest > 0 && this.pieces.length > 0) {
      const first = this.pieces[0] as string
      if (first.length > rest) {
        this.pieces[0] = first.slice(rest)
        break
      }

      rest -= first.length
      this.pieces.shift()
    }

    this.size -= Math.min(count, this.size)
  }

  /** The pieces of the first `end` characters. */
  parts(end = this.size): string[] {
    const parts: string[] = []
    let at = 0
    for (const piece of this.pieces) {
      if (at >= end) break
      parts.push(at + piece.length > end ? piece.slice(0, end - at) : piece)
      at += piece.length
    }

    return parts
  }

  /**
   * The first `end` characters as one string. Joining the whole text keeps
   * it as one piece, so a format read as one string (not line by line) is
   * joined once per chunk, not once per batch.
   */
  text(end = this.size): string {
    const text = this.parts(end).join('')
    if (end === this.size && this.pieces.length > 1) this.pieces = [text]
    return text
  }

  /**
   * `splitLines` of the first `end` characters, without joining them: the
   * pieces are split one by one and the line cut at each seam is rejoined.
   */
  lines(end = this.size): SourceLine[] {
    const lines: SourceLine[] = []
    let at = 0
    let endsInCarriage = false
    for (const part of this.parts(end)) {
      const own = splitLines(part)
      for (const line of own) {
        line.start += at
        line.end += at
      }

      const first = own[0] as SourceLine
      const open = lines.pop()
      if (open) {
        if (endsInCarriage && part.charCodeAt(0) === 10) {
          // `\r` | `\n`: one line ending (`\r\n`), so the empty line after
          // the `\r` and the empty line before the `\n` are not lines.
          own.shift()
        } else own[0] = {start: open.start, end: first.end, value: open.value + first.value}
      }

      for (const line of own) lines.push(line)
      endsInCarriage = part.charCodeAt(part.length - 1) === 13
      at += part.length
    }

    if (lines.length === 0) lines.push({start: 0, end: 0, value: ''})
    return lines
  }

  /** Offset of the last `\n` at or before `limit`, or -1. */
  lastNewline(limit: number): number {
    let start = this.size
    for (let index = this.pieces.length - 1; index >= 0; index--) {
      const piece = this.pieces[index] as string
      start -= piece.length
      if (start > limit) continue
      const found = piece.lastIndexOf('\n', limit - start)
      if (found !== -1) return start + found
    }

    return -1
  }

  /** The UTF-16 code at `offset` (NaN outside the text). */
  charCodeAt(offset: number): number {
    let start = 0
    for (const piece of this.pieces) {
      if (offset < start + piece.length) return offset < start ? Number.NaN : piece.charCodeAt(offset - start)
      start += piece.length
    }

    return Number.NaN
  }
}
