import type {Message} from '../schema/message.js'
import type {Point} from '../schema/place.js'

const START: Point = {line: 1, column: 1, offset: 0}

/**
 * Make a message (vfile-message style) about the input.
 *
 * @example
 * createMessage('Expected an abstract after the title', {
 *   place: {line: 12, column: 1, offset: 480},
 *   ruleId: 'missing-abstract'
 * })
 */
export function createMessage(
  reason: string,
  options: {place?: Point | undefined; ruleId: string; fatal?: boolean | undefined}
): Message {
  return {
    reason,
    ruleId: options.ruleId,
    source: 'benchmark-claims',
    place: options.place ?? START,
    fatal: options.fatal ?? false
  }
}
