import {ClaimSchema, type Claim} from '../src/schema/claim.js'

/**
 * A valid claim for table tests: defaults for every field, overridden by
 * `fields`, checked with `ClaimSchema.parse` so a test can never build a claim
 * the extractor could not return.
 */
export function buildClaim(fields: Partial<Claim> = {}): Claim {
  return ClaimSchema.parse({
    paper: 'A Paper',
    paperIndex: 0,
    arxivId: null,
    model: null,
    method: null,
    baseline: null,
    benchmark: null,
    metric: null,
    value: null,
    valueLow: null,
    valueHigh: null,
    baselineValue: null,
    delta: null,
    unit: null,
    deltaKind: null,
    qualifier: null,
    start: 0,
    end: 1,
    sentence: 'A sentence.',
    rule: 'test',
    confidence: 1,
    ...fields
  })
}
