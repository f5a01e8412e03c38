import type {Claim} from '../schema/claim.js'
import type {Listing} from '../schema/paper.js'
import {createMessage} from '../message/create-message.js'
import {parseListing, type ParseOptions} from '../parse/parse-listing.js'
import {createRegistry, defaultRegistry} from '../registry/create-registry.js'
import {extractClaims, type ExtractOptions} from './extract-claims.js'

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
 * the claim limit (`maxClaims`, default 1000) gets a `claims-limit` message.
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
  const maxClaims = options.maxClaims ?? 1000
  const messages = [...listing.messages]
  const claims: Claim[] = []
  for (const paper of listing.papers) {
    const found = extractClaims(paper, {registry, maxClaims})
    if (found.length >= maxClaims) {
      messages.push(
        createMessage(`Expected at most ${maxClaims} claims in one abstract; stopped reading paper ${paper.index}`, {
          place: paper.position.abstract.start,
          ruleId: 'claims-limit'
        })
      )
    }
    claims.push(...found)
  }
  return {...listing, messages, claims}
}
