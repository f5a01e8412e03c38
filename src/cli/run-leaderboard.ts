import {leaderboard} from '../table/leaderboard.js'
import {BOARD_COLUMNS, GAIN_COLUMNS, boardRows, gainRows} from '../table/leaderboard-rows.js'
import {toCsv} from '../table/to-csv.js'
import {toMarkdownTable} from '../table/to-markdown.js'
import {collectClaims} from './collect-claims.js'
import type {Session} from './create-session.js'
import {UsageError} from './usage-error.js'

/**
 * `benchmark-claims leaderboard`: the best claimed value per model, per
 * benchmark and metric, as Markdown (boards, then gains), CSV (`--table
 * boards|gains`) or JSON (the whole `Leaderboard`).
 *
 * @example
 * await runLeaderboard(session)
 */
export async function runLeaderboard(session: Session): Promise<void> {
  const {extra, format} = session.args
  const table = extra.table?.[0] ?? 'boards'
  if (table !== 'boards' && table !== 'gains') {
    throw new UsageError(`Expected --table boards or gains, not \`${table}\``, 'leaderboard')
  }

  const {since, until} = {since: extra.since?.[0], until: extra.until?.[0]}
  for (const [name, day] of [['since', since], ['until', until]] as const) {
    if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      throw new UsageError(`Expected --${name} as YYYY-MM-DD, not \`${day}\``, 'leaderboard')
    }
  }

  const {claims, papers} = await collectClaims(session, {abstracts: false})
  const result = leaderboard(claims, {
    benchmark: orUndefined(extra.benchmark),
    metric: orUndefined(extra.metric),
    model: orUndefined(extra.model),
    since,
    until,
    papers
  })

  if (format === 'json') {
    await session.output.write(JSON.stringify(result, null, 2) + '\n')
  } else if (format === 'csv') {
    await session.output.write(
      table === 'boards'
        ? toCsv(boardRows(result), {columns: BOARD_COLUMNS})
        : toCsv(gainRows(result), {columns: GAIN_COLUMNS})
    )
  } else {
    await session.output.write(
      '## Leaderboards\n\n' +
        (result.boards.length > 0 ? toMarkdownTable(boardRows(result), BOARD_COLUMNS) : 'No claimed scores.\n') +
        '\n## Gains\n\n' +
        (result.gains.length > 0 ? toMarkdownTable(gainRows(result), GAIN_COLUMNS) : 'No claimed gains.\n')
    )
  }
}

function orUndefined(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined
}
