import {createHash} from 'node:crypto'
import type {Claim} from '../schema/claim.js'
import type {Board, Gain, Leaderboard} from '../schema/leaderboard.js'
import type {Paper} from '../schema/paper.js'
import {escapeHtml} from './escape-html.js'
import {highlightEvidence} from './highlight-evidence.js'
import {leaderboard, type LeaderboardOptions, type LeaderboardPaper} from './leaderboard.js'
import {renderGainsChart} from './render-gains-chart.js'
import {reportScript, reportStyle} from './report-assets.js'

/** What the report needs of a paper: as for `leaderboard`, plus the abstract to place evidence exactly. */
export type ReportPaper = LeaderboardPaper & Partial<Pick<Paper, 'abstract'>>

/** Options for `renderReport`: the claims, and the `leaderboard` filters. */
export interface ReportOptions extends Omit<LeaderboardOptions, 'papers'> {
  claims: readonly Claim[]
  /** The papers the claims come from: dates, arXiv ids, and abstracts for exact highlighting. */
  papers?: readonly ReportPaper[] | undefined
  /** The page title (default `Benchmark claims`). */
  title?: string | undefined
}

/**
 * Render claims as ONE self-contained HTML page: the leaderboards per
 * benchmark as sortable tables (click a header), an inline-SVG bar chart of
 * the claimed changes per benchmark (by unit), the gains table, and for every
 * row its sentence with the evidence in `<mark>`. Nothing is loaded from
 * anywhere: the style and script are inline and allowed only by their hashes
 * in a Content-Security-Policy that forbids every other load. All text from
 * the input is escaped.
 *
 * Pass `papers` (with abstracts) to mark the exact evidence span; without
 * them the claim's numbers are marked in the sentence.
 *
 * @example
 * const {papers, claims} = claimsFromListing(text)
 * fs.writeFileSync('report.html', renderReport({claims, papers, title: 'Daily Papers, Nov 12'}))
 */
export function renderReport(options: ReportOptions): string {
  const {claims, papers, title = 'Benchmark claims', ...filters} = options
  const result = leaderboard(claims, {...filters, papers})
  const abstracts = new Map((papers ?? []).map((paper) => [paper.index, paper.abstract]))
  const changes = leaderboard(
    claims.map((claim) => ({...claim, value: null})),
    {...filters, papers}
  ).gains
  const byBenchmark = new Map<string, Board[]>()
  for (const board of result.boards) byBenchmark.set(board.benchmark, [...(byBenchmark.get(board.benchmark) ?? []), board])
  const sections = [...byBenchmark].map(([benchmark, boards], index) =>
    benchmarkSection(benchmark, boards, `benchmark-${index}`, abstracts)
  )

  const body = [
    `<header><h1>${escapeHtml(title)}</h1>${summary(claims.length, papers?.length, result)}</header>`,
    navigation([...byBenchmark.keys()], result.gains.length > 0),
    '<section id="changes"><h2>Claimed changes</h2>',
    changes.length > 0
      ? '<p class="note">Every claim that states a change (with or without a score); per unit, the largest change claimed on each benchmark.</p>' +
        renderGainsChart(changes)
      : '<p class="note">No claim states a change on a named benchmark.</p>',
    '</section>',
    ...sections,
    result.gains.length > 0 ? gainsSection(result.gains, abstracts) : ''
  ].join('\n')

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    body,
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** Only the page's own style and script, by hash; no other source of anything. */
function policy(): string {
  return [
    "default-src 'none'",
    `style-src '${hash(reportStyle)}'`,
    `script-src '${hash(reportScript)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
}

function hash(text: string): string {
  return 'sha256-' + createHash('sha256').update(text, 'utf8').digest('base64')
}

function navigation(benchmarks: readonly string[], gains: boolean): string {
  const links = benchmarks.map((benchmark, index) => `<a href="#benchmark-${index}">${escapeHtml(benchmark)}</a>`)
  if (gains) links.push('<a href="#gains">Gains without a score</a>')
  return links.length > 0 ? `<nav aria-label="Contents">${links.join(' ')}</nav>` : ''
}

function summary(claims: number, papers: number | undefined, result: Leaderboard): string {
  const entries = result.boards.reduce((sum, board) => sum + board.entries.length, 0)
  const {filtered, noDate, noBenchmark, noValue} = result.omitted
  const left = [
    [filtered, 'filtered out'],
    [noDate, 'without a paper date'],
    [noBenchmark, 'without a benchmark'],
    [noValue, 'without a value or change']
  ]
    .filter(([count]) => count !== 0)
    .map(([count, why]) => `${count} ${why}`)
  return (
    `<p class="summary">${plural(claims, 'claim')}${papers === undefined ? '' : ` from ${plural(papers, 'paper')}`}: ` +
    `${plural(result.boards.length, 'leaderboard')} with ${plural(entries, 'entry', 'entries')}, ` +
    `${plural(result.gains.length, 'gain')} without a score` +
    (left.length > 0 ? `; left out: ${left.join(', ')}` : '') +
    '.</p>'
  )
}

function plural(count: number, one: string, many = one + 's'): string {
  return `${count} ${count === 1 ? one : many}`
}

function benchmarkSection(
  benchmark: string,
  boards: readonly Board[],
  id: string,
  abstracts: ReadonlyMap<number, string | undefined>
): string {
  const tables = boards.map((board, index) => {
    const direction = board.higherIsBetter ? 'higher is better' : 'lower is better'
    const rows = board.entries.map((entry) =>
      row([
        numberCell(entry.rank),
        modelCell(entry.model),
        numberCell(entry.value),
        textCell(entry.unit ?? ''),
        paperCell(entry),
        textCell(entry.published ?? ''),
        evidenceCell(entry, [entry.value], abstracts)
      ])
    )
    return (
      `<h3>${escapeHtml(board.metric ?? 'metric not named')} <span class="note">(${direction})</span></h3>` +
      table(`${id}-${index}`, ['Rank', 'Model', 'Value', 'Unit', 'Paper', 'Published', 'Evidence'], rows)
    )
  })
  return `<section id="${id}"><h2>${escapeHtml(benchmark)}</h2>\n${tables.join('\n')}</section>`
}

function gainsSection(gains: readonly Gain[], abstracts: ReadonlyMap<number, string | undefined>): string {
  const rows = gains.map((gain) =>
    row([
      textCell(gain.benchmark),
      textCell(gain.metric ?? ''),
      modelCell(gain.model),
      numberCell(gain.delta, (gain.delta > 0 ? '+' : '') + String(gain.delta)),
      textCell(gain.unit ?? ''),
      textCell(gain.kind ?? ''),
      textCell(gain.baseline ?? ''),
      paperCell(gain),
      evidenceCell(gain, [gain.delta], abstracts)
    ])
  )
  return (
    '<section id="gains"><h2>Gains without a score</h2>' +
    '<p class="note">Claims that state a change but no score.</p>' +
    table(
      'gains',
      ['Benchmark', 'Metric', 'Model', 'Change', 'Unit', 'Kind', 'Baseline', 'Paper', 'Evidence'],
      rows
    ) +
    '</section>'
  )
}

function table(id: string, headers: readonly string[], rows: readonly string[]): string {
  const head = headers.map((header) => `<th aria-sort="none"><button type="button">${escapeHtml(header)}</button></th>`)
  return `<table class="sortable" id="${id}"><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
}

function row(cells: readonly string[]): string {
  return `<tr>${cells.join('')}</tr>`
}

function textCell(text: string): string {
  return `<td>${escapeHtml(text)}</td>`
}

function numberCell(value: number, shown = String(value)): string {
  return `<td class="number" data-sort="${value}">${escapeHtml(shown)}</td>`
}

function modelCell(model: string | null): string {
  return model === null ? '<td data-sort=""><span class="unnamed">unnamed</span></td>' : textCell(model)
}

function paperCell(source: {paper: string; arxivId: string | null}): string {
  const link =
    source.arxivId === null
      ? ''
      : ` <a rel="noreferrer noopener" href="${escapeHtml('https://arxiv.org/abs/' + encodeURI(source.arxivId))}">arXiv:${escapeHtml(source.arxivId)}</a>`
  return `<td data-sort="${escapeHtml(source.paper)}">${escapeHtml(source.paper)}${link}</td>`
}

function evidenceCell(
  source: {sentence: string; start: number; end: number; paperIndex: number | null},
  numbers: readonly number[],
  abstracts: ReadonlyMap<number, string | undefined>
): string {
  const abstract = source.paperIndex === null ? undefined : abstracts.get(source.paperIndex)
  return `<td class="evidence">${highlightEvidence({...source, numbers}, abstract)}</td>`
}
