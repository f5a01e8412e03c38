import type {Claim} from '../schema/claim.js'
import type {Listing} from '../schema/paper.js'
import {parseListing, type ParseOptions} from '../parse/parse-listing.js'
import {createRegistry, defaultRegistry} from '../registry/create-registry.js'
import {extractPaperClaims} from '../stream/extract-paper-claims.js'
import type {ExtractOptions} from './extract-claims.js'

/**
 * What `claimsFromListing` returns: the parsed listing plus its claims.
 *
 * @example
 * const {papers, claims}: ListingClaims = claimsFromListing(text)
 */
export type ListingClaims = Listing & {claims: Claim[]}

/**
 * Parse a listing and extract the claims of every paper, in listing order.
 * Each paper's claims depend on that paper alone. A paper whose abstract hits
 * the claim limit (`maxClaims`, default 1000) gets a `claims-limit` message;
 * one whose extraction fails gets an `extract-failed` message, and the others
 * go on.
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
  // One path for whole listings and streams: the same messages either way.
  const extracted = extractPaperClaims(listing.papers, {...options, registry})
  return {...listing, messages: [...listing.messages, ...extracted.messages], claims: extracted.claims}
}
