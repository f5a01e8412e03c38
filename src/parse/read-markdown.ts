// Placeholder created by the parseListing engineer so that dispatch builds;
// the reader's owner replaces this file.
import {createMessage} from '../message/create-message.js'
import type {Listing} from '../schema/paper.js'

/**
 * Read Markdown (not implemented yet: reports one fatal message).
 *
 * @example
 * readMarkdown(text, {}).messages[0]?.reason // 'Reading markdown is not supported yet'
 */
export function readMarkdown(text: string, options: {year?: number | undefined} = {}): Omit<Listing, 'format'> {
  void text
  void options
  return {
    date: null,
    papers: [],
    messages: [createMessage('Reading markdown is not supported yet', {ruleId: 'unsupported-format', fatal: true})]
  }
}
