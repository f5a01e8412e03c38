import type {Claim} from '../schema/claim.js'
import {streamClaims} from '../stream/stream-claims.js'
import type {ReportPaper} from '../table/render-report.js'
import type {Session} from './create-session.js'

/**
 * Read every claim of the input, and of every paper what tables need (index,
 * date, arXiv id, and with `abstracts` its abstract): leaderboards and
 * reports look at all claims at once.
 *
 * @example
 * const {claims, papers} = await collectClaims(session, {abstracts: false})
 */
export async function collectClaims(
  session: Session,
  options: {abstracts: boolean}
): Promise<{claims: Claim[]; papers: ReportPaper[]}> {
  const papers: ReportPaper[] = []
  const claims: Claim[] = []
  const stream = streamClaims(session.chunks, {
    ...session.streamOptions,
    onPapers(batch) {
      for (const paper of batch) {
        const {index, published, arxivId, abstract} = paper
        papers.push(options.abstracts ? {index, published, arxivId, abstract} : {index, published, arxivId})
      }
    }
  })
  for await (const claim of stream) claims.push(claim)
  return {claims, papers}
}
