// Placeholder: replaced by the module's real implementation.
import type {Claim} from '../schema/claim.js'
import type {Listing} from '../schema/paper.js'
import type {ExtractOptions} from './extract-claims.js'
import type {ParseOptions} from '../parse/parse-listing.js'

/** What `claimsFromListing` returns: the parsed listing plus its claims. */
export type ListingClaims = Listing & {claims: Claim[]}

/**
 * Parse a listing and extract the claims of every paper.
 *
 * @example
 * const {claims} = claimsFromListing(text)
 */
export function claimsFromListing(text: string, options: ParseOptions & ExtractOptions = {}): ListingClaims {
  throw new Error('claimsFromListing: not implemented yet ' + text.length + String(options))
}
