import type {Message} from '../schema/message.js'

/**
 * Format a message the way compilers do, for stderr:
 * `file:line:column: reason [ruleId]`.
 *
 * @example
 * formatMessage(message, 'seeds/daily-papers.txt')
 * // 'seeds/daily-papers.txt:12:1: Expected an abstract after the title [missing-abstract]'
 */
export function formatMessage(message: Message, file = '<stdin>'): string {
  const {line, column} = message.place
  return `${file}:${line}:${column}: ${message.reason} [${message.ruleId}]`
}
