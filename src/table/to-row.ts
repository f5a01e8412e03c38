import type {Claim, ClaimColumn} from '../schema/claim.js'

/**
 * A claim as an output row: the snake_case keys of `CLAIM_COLUMNS`, in that
 * order, with `null` for what the claim does not state.
 */
export type ClaimRow = {[Key in ClaimColumn]: string | number | null}

/**
 * Turn a claim (camelCase, as `extractClaims` returns it) into its output row:
 * snake_case keys in `CLAIM_COLUMNS` order, nulls kept as `null`.
 *
 * @example
 * toRow(claim).baseline_value // 36
 */
export function toRow(claim: Claim): ClaimRow {
  // Written out in full (not derived from the key names) so that the column
  // order is the spec's and TypeScript checks every column is filled.
  return {
    paper: claim.paper,
    model: claim.model,
    method: claim.method,
    baseline: claim.baseline,
    benchmark: claim.benchmark,
    metric: claim.metric,
    value: claim.value,
    value_low: claim.valueLow,
    value_high: claim.valueHigh,
    baseline_value: claim.baselineValue,
    delta: claim.delta,
    unit: claim.unit,
    delta_kind: claim.deltaKind,
    qualifier: claim.qualifier,
    start: claim.start,
    end: claim.end,
    sentence: claim.sentence,
    paper_index: claim.paperIndex,
    arxiv_id: claim.arxivId,
    rule: claim.rule,
    confidence: claim.confidence
  }
}
