// Placeholder created by the parseListing engineer so that dispatch builds;
// the reader's owner replaces this file.
import {createMessage} from '../message/create-message.js'
import type {Listing} from '../schema/paper.js'

/**
 * Read a text dump (not implemented yet: reports one fatal message).
 *
 * @example
 * readTextDump(text, {}).messages[0]?.reason // 'Reading text-dump is not supported yet'
 */
export function readTextDump(text: string, options: {year?: number | undefined} = {}): Omit<Listing, 'format'> {
  void text
  void options
  return {
    date: null,
    papers: [],
    messages: [createMessage('Reading text-dump is not supported yet', {ruleId: 'unsupported-format', fatal: true})]
  }
}
