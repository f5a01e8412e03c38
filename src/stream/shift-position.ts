import {locate} from '../message/locate.js'
import type {Message} from '../schema/message.js'
import type {Paper} from '../schema/paper.js'
import type {Point, Span} from '../schema/place.js'

/**
 * Map points of a batch back to the whole input. A batch is parsed as
 * `prefix + slice`, where `slice` starts at point `base` of the input; the
 * prefix (the listing's header, repeated so the parser sees a whole listing)
 * is not part of the input, so points inside it map to `undefined`.
 */
export function createShifter(prefixLength: number, slice: string, base: Point) {
  const toLocal = locate(slice)

  function shiftPoint(point: Point): Point | undefined {
    const offset = point.offset - prefixLength
    if (offset < 0) return undefined
    const local = toLocal(offset)
    return {
      line: base.line + local.line - 1,
      column: local.line === 1 ? base.column + local.column - 1 : local.column,
      offset: base.offset + local.offset
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
