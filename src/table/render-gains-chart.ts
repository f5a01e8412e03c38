import type {Gain} from '../schema/leaderboard.js'
import {escapeHtml} from './escape-html.js'
import {normalizeName} from './metric-index.js'

const width = 760
const labelWidth = 220
const valueWidth = 110
const barHeight = 16
const rowHeight = 24
const top = 8

/**
 * Inline SVG bar charts of claimed changes: one chart per unit (`%`, `pp`,
 * `x`, … since 5 % and 5 x cannot share an axis), one bar per benchmark with
 * its largest claimed change by magnitude, signed (a reduction goes left of
 * zero). Benchmarks are joined ignoring case, spaces and hyphens. Every text
 * is escaped; nothing is loaded.
 *
 * @example
 * renderGainsChart(leaderboard(claims).gains)
 * // '<figure class="chart"><figcaption>Unit: %</figcaption><svg …>…</svg></figure>'
 */
export function renderGainsChart(gains: readonly Gain[]): string {
  const byUnit = new Map<string, Map<string, Gain>>()
  for (const gain of gains) {
    const unit = gain.unit ?? ''
    let bars = byUnit.get(unit)
    if (!bars) byUnit.set(unit, (bars = new Map()))
    const key = normalizeName(gain.benchmark)
    const current = bars.get(key)
    if (!current || Math.abs(gain.delta) > Math.abs(current.delta)) bars.set(key, gain)
  }

  // `%` first (the most common unit), then the others by name, no unit last.
  const units = [...byUnit.keys()].sort((a, b) => rankUnit(a) - rankUnit(b) || a.localeCompare(b))
  return units.map((unit) => chart(unit, [...(byUnit.get(unit)?.values() ?? [])])).join('\n')
}

function rankUnit(unit: string): number {
  return unit === '%' ? 0 : unit === '' ? 2 : 1
}

function chart(unit: string, gains: Gain[]): string {
  gains.sort((a, b) => b.delta - a.delta || a.benchmark.localeCompare(b.benchmark))
  const low = Math.min(0, ...gains.map((gain) => gain.delta))
  const high = Math.max(0, ...gains.map((gain) => gain.delta))
  const span = high - low || 1
  const plot = width - labelWidth - valueWidth
  const x = (value: number) => labelWidth + ((value - low) / span) * plot
  const height = top * 2 + gains.length * rowHeight
  const name = unit === '' ? 'no unit' : unit
  const rows = gains.map((gain, index) => {
    const y = top + index * rowHeight
    const from = Math.min(x(0), x(gain.delta))
    const size = Math.max(Math.abs(x(gain.delta) - x(0)), 1)
    const value = (gain.delta > 0 ? '+' : '') + String(gain.delta) + (unit === '' ? '' : ' ' + unit)
    const tip = `${gain.benchmark}: ${value} (${gain.model ?? 'unnamed'}, ${gain.paper})`
    return (
      `<g class="bar-row"><title>${escapeHtml(tip)}</title>` +
      `<text class="label" x="${labelWidth - 8}" y="${y + 12}" text-anchor="end">${escapeHtml(shorten(gain.benchmark))}</text>` +
      `<rect class="bar ${gain.delta < 0 ? 'loss' : 'gain'}" x="${round(from)}" y="${y}" width="${round(size)}" height="${barHeight}"></rect>` +
      `<text class="value" x="${round(x(Math.max(0, gain.delta)) + 4)}" y="${y + 12}">${escapeHtml(value)}</text></g>`
    )
  })
  const axis = `<line class="axis" x1="${round(x(0))}" y1="${top - 4}" x2="${round(x(0))}" y2="${height - top + 4}"></line>`
  return (
    `<figure class="chart"><figcaption>Largest claimed change per benchmark, unit: ${escapeHtml(name)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `aria-label="${escapeHtml(`Bar chart of claimed changes in ${name} for ${gains.length} benchmarks`)}">` +
    rows.join('') +
    axis +
    '</svg></figure>'
  )
}

function shorten(text: string): string {
  return text.length > 30 ? text.slice(0, 29) + '…' : text
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
