import {renderReport} from '../table/render-report.js'
import {collectClaims} from './collect-claims.js'
import type {Session} from './create-session.js'

/**
 * `benchmark-claims report`: one self-contained HTML page (leaderboards,
 * gains chart, every claim in its sentence), to `-o FILE` or stdout.
 *
 * @example
 * await runReport(session)
 */
export async function runReport(session: Session): Promise<void> {
  const {extra} = session.args
  const {claims, papers} = await collectClaims(session, {abstracts: true})
  const html = renderReport({
    claims,
    papers,
    title: extra.title && extra.title.length > 0 ? extra.title.join(', ') : undefined,
    benchmark: orUndefined(extra.benchmark),
    metric: orUndefined(extra.metric),
    model: orUndefined(extra.model)
  })
  await session.output.write(html)
}

function orUndefined(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined
}
