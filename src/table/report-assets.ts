import {compareCells} from './compare-cells.js'

/**
 * The report's style sheet (inline; allowed by its hash in the CSP).
 *
 * @example
 * `<style>${reportStyle}</style>`
 */
export const reportStyle = `
:root { color-scheme: light; font: 15px/1.45 system-ui, sans-serif; color: #1f2328; }
body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
.summary, .note, figcaption { color: #59636e; }
nav a { margin-right: .75rem; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; white-space: nowrap; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.evidence { min-width: 24rem; }
.unnamed { color: #59636e; font-style: italic; }
mark { background: #fff3a3; padding: 0 .1em; }
figure.chart { margin: 1rem 0; }
svg .label, svg .value { font: 12px system-ui, sans-serif; fill: #1f2328; }
svg .bar.gain { fill: #2da44e; }
svg .bar.loss { fill: #cf222e; }
svg .axis { stroke: #59636e; stroke-width: 1; }
`

/**
 * The report's script (inline; allowed by its hash in the CSP): clicking a
 * header of a `table.sortable` sorts its rows by that column (again: the
 * other way). A `#sort=TABLE_ID:COLUMN:asc|desc` fragment sorts on load, so a
 * link (or a headless test) can show a sorted table.
 *
 * @example
 * `<script>${reportScript}</script>`
 */
export const reportScript = `(function () {
  'use strict';
  var compareCells = ${compareCells.toString()};
  function cellKey(cell) {
    if (!cell) return '';
    var key = cell.getAttribute('data-sort');
    return key === null ? cell.textContent || '' : key;
  }
  function sortTable(table, column, descending) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      return compareCells(cellKey(a.cells[column]), cellKey(b.cells[column]), descending);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    for (var index = 0; index < headers.length; index++) {
      headers[index].setAttribute('aria-sort', index === column ? (descending ? 'descending' : 'ascending') : 'none');
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, column) {
      header.addEventListener('click', function () {
        sortTable(table, column, header.getAttribute('aria-sort') === 'ascending');
      });
    });
  });
  var match = /^#sort=([\\w-]{1,64}):(\\d{1,3}):(asc|desc)$/.exec(location.hash);
  var target = match && document.getElementById(match[1]);
  if (target) sortTable(target, Number(match[2]), match[3] === 'desc');
})();
`
