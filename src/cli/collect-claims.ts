import type {Claim} from '../schema/claim.js'
import {streamClaims} from '../stream/stream-claims.js'
import type {LeaderboardPaper} from '../table/leaderboard.js'
import type {Session} from './create-session.js'

/**
 * Read every claim of the input, and of every paper what tables need (index,
 * date, arXiv id): leaderboards and reports look at all claims at once.
 *
 * @example
 * const {claims, papers} = await collectClaims(session)
 */
export async function collectClaims(session: Session): Promise<{claims: Claim[]; papers: LeaderboardPaper[]}> {
  const papers: LeaderboardPaper[] = []
  const claims: Claim[] = []
  const stream = streamClaims(session.chunks, {
    ...session.streamOptions,
    onPapers(batch) {
      for (const paper of batch) papers.push({index: paper.index, published: paper.published, arxivId: paper.arxivId})
    }
  })
  for await (const claim of stream) claims.push(claim)
  return {claims, papers}
}
