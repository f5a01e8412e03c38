// Placeholder: replaced by the module's real implementation.
import type {InputFormat, Listing} from '../schema/paper.js'

/** Options of `parseListing`. */
export interface ParseOptions {
  /** Read the input as this format instead of detecting it. */
  format?: InputFormat | undefined
  /** The year to assume for dates that omit it. */
  year?: number | undefined
}

/**
 * Parse a Daily Papers listing into paper records.
 *
 * @example
 * const {papers, messages} = parseListing(text)
 */
export function parseListing(text: string, options: ParseOptions = {}): Listing {
  throw new Error('parseListing: not implemented yet ' + text.length + String(options))
}
