import type {Point} from '../schema/place.js'

/**
 * Turn offsets into points (line, column, offset) for one text. Line starts
 * are computed once, so each lookup is a binary search. `\r\n`, `\n` and a
 * lone `\r` all end a line.
 *
 * @example
 * const toPoint = locate('a\nbc')
 * toPoint(3) // {line: 2, column: 2, offset: 3}
 */
export function locate(text: string): (offset: number) => Point {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 /* \n */) starts.push(index + 1)
    else if (code === 13 /* \r */ && text.charCodeAt(index + 1) !== 10) starts.push(index + 1)
  }

  return function toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(Math.trunc(offset), text.length))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= clamped) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: clamped - (starts[low] as number) + 1, offset: clamped}
  }
}
