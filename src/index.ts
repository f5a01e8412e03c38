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
export {extractClaims, type ExtractOptions, type PaperText} from './extract/extract-claims.js'
export {claimsFromListing, type ListingClaims} from './extract/claims-from-listing.js'
export {streamClaims, type StreamClaimsOptions} from './stream/stream-claims.js'
export {streamPaperBatches, type StreamListingOptions} from './stream/stream-paper-batches.js'
export type {ChunkSource} from './stream/decode-chunks.js'
export {readArxivJsonl, type ReadArxivJsonlOptions} from './parse/read-arxiv-jsonl.js'
export {toRow, type ClaimRow} from './table/to-row.js'
export {toCsv, type Cell, type CsvOptions, type TableRecord} from './table/to-csv.js'
export {toJsonLines} from './table/to-json-lines.js'
export {toMarkdownTable} from './table/to-markdown.js'
export {leaderboard, type LeaderboardOptions, type LeaderboardPaper} from './table/leaderboard.js'
export {BOARD_COLUMNS, GAIN_COLUMNS, boardRows, gainRows} from './table/leaderboard-rows.js'
export {renderReport, type ReportOptions, type ReportPaper} from './table/render-report.js'
export {
  BoardSchema,
  GainSchema,
  LeaderboardEntrySchema,
  LeaderboardSchema,
  type Board,
  type Gain,
  type Leaderboard,
  type LeaderboardEntry
} from './schema/leaderboard.js'
export {retextClaims, type ClaimsFile} from './extract/retext-claims.js'
export {createRegistry, defaultRegistry, type Registry, type RegistryOptions} from './registry/create-registry.js'
export {readApiJson, type ReadApiJsonOptions} from './parse/read-api-json.js'
export {readMarkdown, type ReadMarkdownOptions} from './parse/read-markdown.js'
export {readTextDump, type ReadTextDumpOptions} from './parse/read-text-dump.js'
export {ApiEntrySchema, ApiOrganizationSchema, ApiPaperSchema, type ApiEntry, type ApiPaper} from './schema/api-entry.js'
