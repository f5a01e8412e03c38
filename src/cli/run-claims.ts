import type {Claim} from '../schema/claim.js'
import {streamClaims} from '../stream/stream-claims.js'
import {toCsv} from '../table/to-csv.js'
import {toJsonLines} from '../table/to-json-lines.js'
import {toRow} from '../table/to-row.js'
import type {Session} from './create-session.js'

/** Rows are written in groups of about this many, or at the end of each batch of papers. */
const flushAt = 512

/**
 * `benchmark-claims claims`: write one row per claim as the input is read —
 * CSV (header once, then rows), JSON Lines, or a JSON array written
 * incrementally.
 *
 * @example
 * await runClaims(session)
 */
export async function runClaims(session: Session): Promise<void> {
  const {format} = session.args
  const {output} = session
  let rows: Claim[] = []
  let written = 0

  async function flush() {
    if (rows.length === 0) return
    const batch = rows
    rows = []
    if (format === 'csv') {
      await output.write(toCsv(batch, {header: false}))
    } else if (format === 'jsonl') {
      await output.write(toJsonLines(batch))
    } else {
      let text = ''
      for (const claim of batch) text += (written++ === 0 ? '\n  ' : ',\n  ') + JSON.stringify(toRow(claim))
      await output.write(text)
    }
  }

  if (format === 'csv') await output.write(toCsv([], {header: true}))
  if (format === 'json') await output.write('[')

  let papersDone = false
  const claims = streamClaims(session.chunks, {...session.streamOptions, onPapers: () => (papersDone = true)})
  for await (const claim of claims) {
    rows.push(claim)
    // Flush when a new batch of papers started, so rows go out as they come.
    if (rows.length >= flushAt || papersDone) {
      papersDone = false
      await flush()
    }
  }

  await flush()
  if (format === 'json') await output.write(written === 0 ? ']\n' : '\n]\n')
}
