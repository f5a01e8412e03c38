import type {Session} from './create-session.js'
import {UsageError} from './usage-error.js'

/**
 * `benchmark-claims report`: one self-contained HTML page.
 *
 * @example
 * await runReport(session)
 */
export async function runReport(session: Session): Promise<void> {
  // Waits for `renderReport` (src/table/render-report.ts) to land.
  throw new UsageError('The report command is not available yet', session.args.format && 'report')
}
