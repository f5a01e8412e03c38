import type {Message} from '../schema/message.js'
import type {Paper} from '../schema/paper.js'
import type {Point, Span} from '../schema/place.js'

/** What a shifter needs to know about the prefix put before each batch. */
export interface Prefix {
  text: string
  /** Line breaks in `text` (`\r\n`, `\n` or a lone `\r`, as `locate` counts them). */
  breaks: number
  /** Characters after the last line break of `text`. */
  tail: number
}

/**
 * Describe a prefix for `createShifter`.
 *
 * @example
 * describePrefix('Nov 12\n\n') // {text: 'Nov 12\n\n', breaks: 2, tail: 0}
 */
export function describePrefix(text: string): Prefix {
  let breaks = 0
  let lineStart = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      breaks++
      lineStart = index + 1
    }
  }

  return {text, breaks, tail: text.length - lineStart}
}

/**
 * Map points of a batch back to the whole input. A batch is parsed as
 * `prefix + slice`, where `slice` starts at point `base` of the input; the
 * prefix (the listing's header, repeated so the parser sees a whole listing)
 * is not part of the input, so points inside it map to `undefined`. The
 * parser's own line and column numbers are reused, so this is constant time
 * per point.
 *
 * @example
 * const shifter = createShifter(prefix, {line: 120, column: 1, offset: 5000})
 * shifter.point({line: 14, column: 3, offset: 412}) // a point of the whole input
 */
export function createShifter(prefix: Prefix, base: Point) {
  const firstLine = prefix.breaks + 1

  function shiftPoint(point: Point): Point | undefined {
    if (point.offset < prefix.text.length || point.line < firstLine) return undefined
    const line = point.line - firstLine
    return {
      line: base.line + line,
      column: line === 0 ? base.column + point.column - 1 - prefix.tail : point.column,
      offset: base.offset + point.offset - prefix.text.length
    }
  }

  function shiftSpan(span: Span): Span {
    const start = shiftPoint(span.start) ?? base
    return {start, end: shiftPoint(span.end) ?? start}
  }

  return {
    /** The input point of a batch point, or `undefined` inside the prefix. */
    point: shiftPoint,
    /** The paper with input positions and its index in the whole input. */
    paper(paper: Paper, index: number): Paper {
      const {record, title, abstract} = paper.position
      return {
        ...paper,
        index,
        position: {record: shiftSpan(record), title: shiftSpan(title), abstract: shiftSpan(abstract)}
      }
    },
    /** The message at its input point, or `undefined` when it is about the prefix. */
    message(message: Message): Message | undefined {
      const place = shiftPoint(message.place)
      return place ? {...message, place} : undefined
    }
  }
}
