import type {NumberToken, Sentence} from './types.js'

/** The text around some tokens of a sentence, up to the neighbouring numbers. */
export interface Windows {
  /** Lowercased text from the previous number (or the sentence start) to the first token. */
  before: string
  /** Lowercased text from the last token to the next number (or the sentence end). */
  after: string
  /** Same as `after`, original case (LaTeX blanked). */
  afterRaw: string
  /** Same as `before`, original case (LaTeX blanked). */
  beforeRaw: string
  /** Sentence-relative offset where `before` starts. */
  beforeStart: number
  /** Sentence-relative offset where `after` starts. */
  afterStart: number
}

/**
 * Cut the text before and after a group of tokens, stopping at the
 * neighbouring numbers so that no field reaches across another number.
 *
 * @example
 * readWindows(sentence, [token])
 */
export function readWindows(sentence: Sentence, tokens: readonly NumberToken[]): Windows {
  const first = tokens[0]!
  const last = tokens.at(-1)!
  let beforeStart = 0
  let afterEnd = sentence.text.length
  for (const token of sentence.tokens) {
    if (token.end <= first.start) beforeStart = Math.max(beforeStart, token.end - sentence.start)
    if (token.start >= last.end) afterEnd = Math.min(afterEnd, token.start - sentence.start)
  }
  const firstStart = first.start - sentence.start
  const afterStart = last.end - sentence.start
  return {
    before: sentence.lower.slice(beforeStart, firstStart),
    beforeRaw: sentence.clean.slice(beforeStart, firstStart),
    after: sentence.lower.slice(afterStart, Math.max(afterStart, afterEnd)),
    afterRaw: sentence.clean.slice(afterStart, Math.max(afterStart, afterEnd)),
    beforeStart,
    afterStart
  }
}
