export {PointSchema, SpanSchema, type Point, type Span} from './schema/place.js'
export {MessageSchema, type Message} from './schema/message.js'
export {
  InputFormatSchema,
  LinkKindSchema,
  LinkSchema,
  ListingDateSchema,
  ListingSchema,
  OrganizationSchema,
  PaperSchema,
  type InputFormat,
  type Link,
  type LinkKind,
  type Listing,
  type ListingDate,
  type Organization,
  type Paper
} from './schema/paper.js'
export {
  CLAIM_COLUMNS,
  ClaimSchema,
  DeltaKindSchema,
  QualifierSchema,
  type Claim,
  type ClaimColumn,
  type DeltaKind,
  type Qualifier
} from './schema/claim.js'
export {
  BenchmarkEntrySchema,
  MetricEntrySchema,
  type BenchmarkEntry,
  type MetricEntry
} from './schema/registry.js'
export {createMessage} from './message/create-message.js'
export {formatMessage} from './message/format-message.js'
export {locate} from './message/locate.js'
export {parseListing, type ParseOptions} from './parse/parse-listing.js'
export {extractClaims, type ExtractOptions} from './extract/extract-claims.js'
export {claimsFromListing, type ListingClaims} from './extract/claims-from-listing.js'
