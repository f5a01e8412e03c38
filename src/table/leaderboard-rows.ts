import type {Leaderboard} from '../schema/leaderboard.js'
import type {TableRecord} from './to-csv.js'

/**
 * The columns of `boardRows`, in order.
 *
 * @example
 * toCsv(boardRows(result), {columns: BOARD_COLUMNS})
 */
export const BOARD_COLUMNS = [
  'benchmark',
  'metric',
  'rank',
  'model',
  'value',
  'unit',
  'qualifier',
  'paper',
  'paper_index',
  'arxiv_id',
  'published',
  'sentence'
] as const

/**
 * The columns of `gainRows`, in order.
 *
 * @example
 * toMarkdownTable(gainRows(result), GAIN_COLUMNS)
 */
export const GAIN_COLUMNS = [
  'benchmark',
  'metric',
  'model',
  'delta',
  'unit',
  'kind',
  'baseline',
  'qualifier',
  'paper',
  'paper_index',
  'arxiv_id',
  'published',
  'sentence'
] as const

/**
 * Flatten the boards of a leaderboard into one table (snake_case columns
 * `BOARD_COLUMNS`, one row per board entry, boards in order) for `toCsv` or
 * `toMarkdownTable`.
 *
 * @example
 * toCsv(boardRows(leaderboard(claims)))
 * // 'benchmark,metric,rank,model,value,…\nMATH-500,accuracy,1,Tango,73.6,…\n'
 */
export function boardRows(result: Leaderboard): TableRecord[] {
  return result.boards.flatMap((board) =>
    board.entries.map((entry) => ({
      benchmark: board.benchmark,
      metric: board.metric,
      rank: entry.rank,
      model: entry.model,
      value: entry.value,
      unit: entry.unit,
      qualifier: entry.qualifier,
      paper: entry.paper,
      paper_index: entry.paperIndex,
      arxiv_id: entry.arxivId,
      published: entry.published,
      sentence: entry.sentence
    }))
  )
}

/**
 * The gains table of a leaderboard as rows with the snake_case columns
 * `GAIN_COLUMNS`, for `toCsv` or `toMarkdownTable`.
 *
 * @example
 * toCsv(gainRows(leaderboard(claims)))
 * // 'benchmark,metric,model,delta,unit,kind,…\nGSM8K,,Tango,4.9,%,unspecified,…\n'
 */
export function gainRows(result: Leaderboard): TableRecord[] {
  return result.gains.map((gain) => ({
    benchmark: gain.benchmark,
    metric: gain.metric,
    model: gain.model,
    delta: gain.delta,
    unit: gain.unit,
    kind: gain.kind,
    baseline: gain.baseline,
    qualifier: gain.qualifier,
    paper: gain.paper,
    paper_index: gain.paperIndex,
    arxiv_id: gain.arxivId,
    published: gain.published,
    sentence: gain.sentence
  }))
}
