import {extractClaims, type ExtractOptions, type PaperText} from '../extract/extract-claims.js'
import {createMessage} from '../message/create-message.js'
import type {Claim} from '../schema/claim.js'
import type {Message} from '../schema/message.js'
import type {Paper} from '../schema/paper.js'
import type {Point} from '../schema/place.js'

/** What extraction needs of a paper: its text, and where its abstract starts (for messages). */
export interface PaperToExtract extends PaperText {
  position: {abstract: {start: Point}}
}

/**
 * The part of a paper that extraction reads. Worker threads get these, not
 * whole records: cloning a record's links and positions cost more than the
 * text itself (seed ×100: ~20 objects per paper → 2).
 *
 * @example
 * pool.extract(papers.map(toPaperToExtract))
 */
export function toPaperToExtract(paper: Paper): PaperToExtract {
  const {index, title, abstract, arxivId} = paper
  return {index, title, abstract, arxivId, position: {abstract: {start: paper.position.abstract.start}}}
}

/**
 * Extract the claims of a batch of papers (a paper stopped at `maxClaims`
 * gets a `claims-limit` message, as in `claimsFromListing`). A paper whose extraction throws
 * (a bug, not the input's fault) loses its claims, not the run: it becomes
 * an `extract-failed` message at its abstract, and the batch goes on — one
 * odd abstract must not stop hours of streaming.
 *
 * @example
 * const {claims, messages} = extractPaperClaims(papers, {})
 */
export function extractPaperClaims(
  papers: readonly PaperToExtract[],
  options: ExtractOptions
): {claims: Claim[]; messages: Message[]} {
  const claims: Claim[] = []
  const messages: Message[] = []

  const maxClaims = options.maxClaims ?? 1000
  for (const paper of papers) {
    try {
      const found = extractClaims(paper, {...options, maxClaims})
      // The same message as `claimsFromListing`, so streaming says the same.
      if (found.length >= maxClaims) {
        messages.push(
          createMessage(`Expected at most ${maxClaims} claims in one abstract; stopped reading paper ${paper.index}`, {
            place: paper.position.abstract.start,
            ruleId: 'claims-limit'
          })
        )
      }

      claims.push(...found)
    } catch (error) {
      messages.push(
        createMessage(`Could not extract the claims of this abstract: ${describe(error).slice(0, 200)}`, {
          place: paper.position.abstract.start,
          ruleId: 'extract-failed'
        })
      )
    }
  }

  return {claims, messages}
}

/** One line about an error: a zod error by its first issue, others by their first line. */
function describe(error: unknown): string {
  const issues = (error as {issues?: unknown} | undefined)?.issues
  if (Array.isArray(issues) && issues.length > 0) {
    const issue = issues[0] as {path?: unknown[]; message?: unknown}
    return `\`${(issue.path ?? []).map(String).join('.')}\`: ${String(issue.message)}`
  }

  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
