// A CSV leaderboard for a Daily Papers listing: per benchmark and metric, one
// row per model with its best claimed value, its paper and the evidence.
//
//   node examples/leaderboard-csv.mjs [listing.txt] > leaderboard.csv
//
// Without an argument it reads the seed, `seeds/daily-papers.txt`.
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import {boardRows, claimsFromListing, leaderboard, toCsv} from '../dist/index.js'

const file = process.argv[2] ?? new URL('../seeds/daily-papers.txt', import.meta.url)
const text = await fs.readFile(file, 'utf8')

const {papers, claims} = claimsFromListing(text)
// `papers` give each entry its date and arXiv id.
const result = leaderboard(claims, {papers})
const csv = toCsv(boardRows(result))
process.stdout.write(csv)

// What a reader can check against the listing: the counts, and that every
// board is ordered best first by its metric's direction.
for (const board of result.boards) {
  const values = board.entries.map((entry) => entry.value)
  const sorted = [...values].sort((a, b) => (board.higherIsBetter ? b - a : a - b))
  assert.deepEqual(values, sorted, `board ${board.benchmark} / ${board.metric} is not best first`)
}

const entries = result.boards.reduce((sum, board) => sum + board.entries.length, 0)
console.error(
  `${papers.length} papers, ${claims.length} claims → ${result.boards.length} boards with ${entries} entries, ` +
    `${result.gains.length} gains without a score`
)
