import type {Claim} from '../schema/claim.js'
import type {Listing} from '../schema/paper.js'
import {parseListing, type ParseOptions} from '../parse/parse-listing.js'
import {createRegistry, defaultRegistry} from '../registry/create-registry.js'
import {extractClaims, type ExtractOptions} from './extract-claims.js'

/** What `claimsFromListing` returns: the parsed listing plus its claims. */
export type ListingClaims = Listing & {claims: Claim[]}

/**
 * Parse a listing and extract the claims of every paper, in listing order.
 * Each paper's claims depend on that paper alone.
 *
 * @example
 * const {papers, claims, messages} = claimsFromListing(text)
 */
export function claimsFromListing(text: string, options: ParseOptions & ExtractOptions = {}): ListingClaims {
  const listing = parseListing(text, options)
  const registry =
    options.registry ??
    (options.benchmarks?.length || options.metrics?.length
      ? createRegistry({benchmarks: options.benchmarks, metrics: options.metrics})
      : defaultRegistry())
  const claims = listing.papers.flatMap((paper) => extractClaims(paper, {registry}))
  return {...listing, claims}
}
