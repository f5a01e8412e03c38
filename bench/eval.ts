// Score the extractor on both development sets:
//   npx tsx bench/eval.ts [--verbose]
// Reads the listings in test/fixtures/, writes CSV to $TMPDIR, and runs
// ../shared/eval/score.mjs (skipped with a note when it is absent).
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Papa from 'papaparse'
import {claimsFromListing} from '../src/extract/claims-from-listing.js'
import {CLAIM_COLUMNS, type Claim} from '../src/schema/claim.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const scorer = path.join(root, '..', 'shared', 'eval', 'score.mjs')
const verbose = process.argv.includes('--verbose')
const sets = [
  {name: 'seed', listing: 'test/fixtures/daily-papers.txt', gold: 'test/fixtures/gold/seed.claims.jsonl'},
  {name: 'more-papers', listing: 'test/fixtures/more-papers.txt', gold: 'test/fixtures/gold/more-papers.claims.jsonl'},
  // Two sets annotated by hand before the extractor was run on them, as
  // stand-ins for unseen abstracts (see test/fixtures/heldout/README.md).
  {name: 'heldout', listing: 'test/fixtures/heldout/heldout.txt', gold: 'test/fixtures/heldout/heldout.claims.jsonl'},
  {name: 'blind', listing: 'test/fixtures/heldout/blind.txt', gold: 'test/fixtures/heldout/blind.claims.jsonl'},
  // Real abstracts from public repositories, annotated blind (see the same
  // README); fresh4 and fresh6 are left out, held out.
  {name: 'fresh', listing: 'test/fixtures/heldout/fresh.txt', gold: 'test/fixtures/heldout/fresh.claims.jsonl'},
  {name: 'fresh2', listing: 'test/fixtures/heldout/fresh2.txt', gold: 'test/fixtures/heldout/fresh2.claims.jsonl'},
  {name: 'fresh3', listing: 'test/fixtures/heldout/fresh3.txt', gold: 'test/fixtures/heldout/fresh3.claims.jsonl'},
  {name: 'fresh5', listing: 'test/fixtures/heldout/fresh5.txt', gold: 'test/fixtures/heldout/fresh5.claims.jsonl'},
  {name: 'fresh7', listing: 'test/fixtures/heldout/fresh7.txt', gold: 'test/fixtures/heldout/fresh7.claims.jsonl'},
  {name: 'fresh8', listing: 'test/fixtures/heldout/fresh8.txt', gold: 'test/fixtures/heldout/fresh8.claims.jsonl'},
  {name: 'fresh9', listing: 'test/fixtures/heldout/fresh9.txt', gold: 'test/fixtures/heldout/fresh9.claims.jsonl'},
  {name: 'fresh10', listing: 'test/fixtures/heldout/fresh10.txt', gold: 'test/fixtures/heldout/fresh10.claims.jsonl'},
  {name: 'fresh11', listing: 'test/fixtures/heldout/fresh11.txt', gold: 'test/fixtures/heldout/fresh11.claims.jsonl'},
  {name: 'fresh12', listing: 'test/fixtures/heldout/fresh12.txt', gold: 'test/fixtures/heldout/fresh12.claims.jsonl'},
  {name: 'fresh13', listing: 'test/fixtures/heldout/fresh13.txt', gold: 'test/fixtures/heldout/fresh13.claims.jsonl'},
  {name: 'fresh14', listing: 'test/fixtures/heldout/fresh14.txt', gold: 'test/fixtures/heldout/fresh14.claims.jsonl'},
  {name: 'fresh15', listing: 'test/fixtures/heldout/fresh15.txt', gold: 'test/fixtures/heldout/fresh15.claims.jsonl'},
  {name: 'fresh16', listing: 'test/fixtures/heldout/fresh16.txt', gold: 'test/fixtures/heldout/fresh16.claims.jsonl'},
  {name: 'fresh17', listing: 'test/fixtures/heldout/fresh17.txt', gold: 'test/fixtures/heldout/fresh17.claims.jsonl'},
  {name: 'fresh18', listing: 'test/fixtures/heldout/fresh18.txt', gold: 'test/fixtures/heldout/fresh18.claims.jsonl'},
  {name: 'fresh19', listing: 'test/fixtures/heldout/fresh19.txt', gold: 'test/fixtures/heldout/fresh19.claims.jsonl'},
  {name: 'fresh20', listing: 'test/fixtures/heldout/fresh20.txt', gold: 'test/fixtures/heldout/fresh20.claims.jsonl'},
  {name: 'fresh21', listing: 'test/fixtures/heldout/fresh21.txt', gold: 'test/fixtures/heldout/fresh21.claims.jsonl'},
  {name: 'fresh22', listing: 'test/fixtures/heldout/fresh22.txt', gold: 'test/fixtures/heldout/fresh22.claims.jsonl'},
  {name: 'fresh23', listing: 'test/fixtures/heldout/fresh23.txt', gold: 'test/fixtures/heldout/fresh23.claims.jsonl'},
  {name: 'fresh24', listing: 'test/fixtures/heldout/fresh24.txt', gold: 'test/fixtures/heldout/fresh24.claims.jsonl'},
  {name: 'fresh25', listing: 'test/fixtures/heldout/fresh25.txt', gold: 'test/fixtures/heldout/fresh25.claims.jsonl'},
  {name: 'fresh26', listing: 'test/fixtures/heldout/fresh26.txt', gold: 'test/fixtures/heldout/fresh26.claims.jsonl'},
  {name: 'fresh27', listing: 'test/fixtures/heldout/fresh27.txt', gold: 'test/fixtures/heldout/fresh27.claims.jsonl'},
  {name: 'fresh28', listing: 'test/fixtures/heldout/fresh28.txt', gold: 'test/fixtures/heldout/fresh28.claims.jsonl'},
  {name: 'fresh29', listing: 'test/fixtures/heldout/fresh29.txt', gold: 'test/fixtures/heldout/fresh29.claims.jsonl'},
  {name: 'fresh30', listing: 'test/fixtures/heldout/fresh30.txt', gold: 'test/fixtures/heldout/fresh30.claims.jsonl'},
  {name: 'fresh31', listing: 'test/fixtures/heldout/fresh31.txt', gold: 'test/fixtures/heldout/fresh31.claims.jsonl'},
  {name: 'fresh32', listing: 'test/fixtures/heldout/fresh32.txt', gold: 'test/fixtures/heldout/fresh32.claims.jsonl'},
  {name: 'fresh33', listing: 'test/fixtures/heldout/fresh33.txt', gold: 'test/fixtures/heldout/fresh33.claims.jsonl'},
  {name: 'fresh34', listing: 'test/fixtures/heldout/fresh34.txt', gold: 'test/fixtures/heldout/fresh34.claims.jsonl'},
  {name: 'fresh35', listing: 'test/fixtures/heldout/fresh35.txt', gold: 'test/fixtures/heldout/fresh35.claims.jsonl'},
  {name: 'fresh36', listing: 'test/fixtures/heldout/fresh36.txt', gold: 'test/fixtures/heldout/fresh36.claims.jsonl'},
  {name: 'fresh37', listing: 'test/fixtures/heldout/fresh37.txt', gold: 'test/fixtures/heldout/fresh37.claims.jsonl'},
  {name: 'fresh38', listing: 'test/fixtures/heldout/fresh38.txt', gold: 'test/fixtures/heldout/fresh38.claims.jsonl'},
  {name: 'fresh39', listing: 'test/fixtures/heldout/fresh39.txt', gold: 'test/fixtures/heldout/fresh39.claims.jsonl'},
  {name: 'fresh40', listing: 'test/fixtures/heldout/fresh40.txt', gold: 'test/fixtures/heldout/fresh40.claims.jsonl'},
  {name: 'fresh41', listing: 'test/fixtures/heldout/fresh41.txt', gold: 'test/fixtures/heldout/fresh41.claims.jsonl'},
  {name: 'fresh42', listing: 'test/fixtures/heldout/fresh42.txt', gold: 'test/fixtures/heldout/fresh42.claims.jsonl'},
  {name: 'fresh43', listing: 'test/fixtures/heldout/fresh43.txt', gold: 'test/fixtures/heldout/fresh43.claims.jsonl'},
  {name: 'fresh44', listing: 'test/fixtures/heldout/fresh44.txt', gold: 'test/fixtures/heldout/fresh44.claims.jsonl'},
  {name: 'fresh45', listing: 'test/fixtures/heldout/fresh45.txt', gold: 'test/fixtures/heldout/fresh45.claims.jsonl'},
  {name: 'fresh46', listing: 'test/fixtures/heldout/fresh46.txt', gold: 'test/fixtures/heldout/fresh46.claims.jsonl'},
  {name: 'fresh47', listing: 'test/fixtures/heldout/fresh47.txt', gold: 'test/fixtures/heldout/fresh47.claims.jsonl'},
  {name: 'fresh48', listing: 'test/fixtures/heldout/fresh48.txt', gold: 'test/fixtures/heldout/fresh48.claims.jsonl'},
  {name: 'fresh49', listing: 'test/fixtures/heldout/fresh49.txt', gold: 'test/fixtures/heldout/fresh49.claims.jsonl'},
  {name: 'fresh50', listing: 'test/fixtures/heldout/fresh50.txt', gold: 'test/fixtures/heldout/fresh50.claims.jsonl'},
  {name: 'fresh51', listing: 'test/fixtures/heldout/fresh51.txt', gold: 'test/fixtures/heldout/fresh51.claims.jsonl'},
  {name: 'fresh52', listing: 'test/fixtures/heldout/fresh52.txt', gold: 'test/fixtures/heldout/fresh52.claims.jsonl'},
  {name: 'fresh53', listing: 'test/fixtures/heldout/fresh53.txt', gold: 'test/fixtures/heldout/fresh53.claims.jsonl'},
  {name: 'fresh54', listing: 'test/fixtures/heldout/fresh54.txt', gold: 'test/fixtures/heldout/fresh54.claims.jsonl'},
  {name: 'fresh55', listing: 'test/fixtures/heldout/fresh55.txt', gold: 'test/fixtures/heldout/fresh55.claims.jsonl'},
  {name: 'fresh56', listing: 'test/fixtures/heldout/fresh56.txt', gold: 'test/fixtures/heldout/fresh56.claims.jsonl'},
  {name: 'fresh57', listing: 'test/fixtures/heldout/fresh57.txt', gold: 'test/fixtures/heldout/fresh57.claims.jsonl'},
  {name: 'fresh58', listing: 'test/fixtures/heldout/fresh58.txt', gold: 'test/fixtures/heldout/fresh58.claims.jsonl'},
  {name: 'fresh59', listing: 'test/fixtures/heldout/fresh59.txt', gold: 'test/fixtures/heldout/fresh59.claims.jsonl'},
  {name: 'fresh60', listing: 'test/fixtures/heldout/fresh60.txt', gold: 'test/fixtures/heldout/fresh60.claims.jsonl'},
  {name: 'fresh61', listing: 'test/fixtures/heldout/fresh61.txt', gold: 'test/fixtures/heldout/fresh61.claims.jsonl'},
  {name: 'fresh62', listing: 'test/fixtures/heldout/fresh62.txt', gold: 'test/fixtures/heldout/fresh62.claims.jsonl'},
  {name: 'fresh63', listing: 'test/fixtures/heldout/fresh63.txt', gold: 'test/fixtures/heldout/fresh63.claims.jsonl'},
  {name: 'fresh64', listing: 'test/fixtures/heldout/fresh64.txt', gold: 'test/fixtures/heldout/fresh64.claims.jsonl'},
  {name: 'fresh65', listing: 'test/fixtures/heldout/fresh65.txt', gold: 'test/fixtures/heldout/fresh65.claims.jsonl'},
  {name: 'fresh66', listing: 'test/fixtures/heldout/fresh66.txt', gold: 'test/fixtures/heldout/fresh66.claims.jsonl'},
  {name: 'fresh67', listing: 'test/fixtures/heldout/fresh67.txt', gold: 'test/fixtures/heldout/fresh67.claims.jsonl'},
  {name: 'fresh68', listing: 'test/fixtures/heldout/fresh68.txt', gold: 'test/fixtures/heldout/fresh68.claims.jsonl'},
  {name: 'fresh69', listing: 'test/fixtures/heldout/fresh69.txt', gold: 'test/fixtures/heldout/fresh69.claims.jsonl'},
  {name: 'fresh70', listing: 'test/fixtures/heldout/fresh70.txt', gold: 'test/fixtures/heldout/fresh70.claims.jsonl'},
  {name: 'fresh71', listing: 'test/fixtures/heldout/fresh71.txt', gold: 'test/fixtures/heldout/fresh71.claims.jsonl'},
  {name: 'fresh72', listing: 'test/fixtures/heldout/fresh72.txt', gold: 'test/fixtures/heldout/fresh72.claims.jsonl'},
  {name: 'fresh73', listing: 'test/fixtures/heldout/fresh73.txt', gold: 'test/fixtures/heldout/fresh73.claims.jsonl'},
  {name: 'fresh74', listing: 'test/fixtures/heldout/fresh74.txt', gold: 'test/fixtures/heldout/fresh74.claims.jsonl'},
  {name: 'fresh75', listing: 'test/fixtures/heldout/fresh75.txt', gold: 'test/fixtures/heldout/fresh75.claims.jsonl'},
  {name: 'fresh76', listing: 'test/fixtures/heldout/fresh76.txt', gold: 'test/fixtures/heldout/fresh76.claims.jsonl'},
  {name: 'fresh77', listing: 'test/fixtures/heldout/fresh77.txt', gold: 'test/fixtures/heldout/fresh77.claims.jsonl'},
  {name: 'fresh78', listing: 'test/fixtures/heldout/fresh78.txt', gold: 'test/fixtures/heldout/fresh78.claims.jsonl'},
  {name: 'fresh79', listing: 'test/fixtures/heldout/fresh79.txt', gold: 'test/fixtures/heldout/fresh79.claims.jsonl'},
  {name: 'fresh80', listing: 'test/fixtures/heldout/fresh80.txt', gold: 'test/fixtures/heldout/fresh80.claims.jsonl'},
  {name: 'fresh81', listing: 'test/fixtures/heldout/fresh81.txt', gold: 'test/fixtures/heldout/fresh81.claims.jsonl'},
  {name: 'fresh82', listing: 'test/fixtures/heldout/fresh82.txt', gold: 'test/fixtures/heldout/fresh82.claims.jsonl'},
  {name: 'fresh83', listing: 'test/fixtures/heldout/fresh83.txt', gold: 'test/fixtures/heldout/fresh83.claims.jsonl'},
  {name: 'fresh84', listing: 'test/fixtures/heldout/fresh84.txt', gold: 'test/fixtures/heldout/fresh84.claims.jsonl'},
  {name: 'fresh85', listing: 'test/fixtures/heldout/fresh85.txt', gold: 'test/fixtures/heldout/fresh85.claims.jsonl'},
  {name: 'fresh86', listing: 'test/fixtures/heldout/fresh86.txt', gold: 'test/fixtures/heldout/fresh86.claims.jsonl'},
  {name: 'fresh87', listing: 'test/fixtures/heldout/fresh87.txt', gold: 'test/fixtures/heldout/fresh87.claims.jsonl'},
  {name: 'fresh88', listing: 'test/fixtures/heldout/fresh88.txt', gold: 'test/fixtures/heldout/fresh88.claims.jsonl'},
  {name: 'fresh89', listing: 'test/fixtures/heldout/fresh89.txt', gold: 'test/fixtures/heldout/fresh89.claims.jsonl'},
  {name: 'fresh90', listing: 'test/fixtures/heldout/fresh90.txt', gold: 'test/fixtures/heldout/fresh90.claims.jsonl'},
  {name: 'fresh91', listing: 'test/fixtures/heldout/fresh91.txt', gold: 'test/fixtures/heldout/fresh91.claims.jsonl'},
  {name: 'fresh92', listing: 'test/fixtures/heldout/fresh92.txt', gold: 'test/fixtures/heldout/fresh92.claims.jsonl'},
  {name: 'fresh93', listing: 'test/fixtures/heldout/fresh93.txt', gold: 'test/fixtures/heldout/fresh93.claims.jsonl'},
  {name: 'fresh94', listing: 'test/fixtures/heldout/fresh94.txt', gold: 'test/fixtures/heldout/fresh94.claims.jsonl'},
  {name: 'fresh95', listing: 'test/fixtures/heldout/fresh95.txt', gold: 'test/fixtures/heldout/fresh95.claims.jsonl'},
  {name: 'fresh96', listing: 'test/fixtures/heldout/fresh96.txt', gold: 'test/fixtures/heldout/fresh96.claims.jsonl'},
  {name: 'fresh97', listing: 'test/fixtures/heldout/fresh97.txt', gold: 'test/fixtures/heldout/fresh97.claims.jsonl'},
  {name: 'fresh98', listing: 'test/fixtures/heldout/fresh98.txt', gold: 'test/fixtures/heldout/fresh98.claims.jsonl'},
  {name: 'fresh99', listing: 'test/fixtures/heldout/fresh99.txt', gold: 'test/fixtures/heldout/fresh99.claims.jsonl'},
  {name: 'fresh100', listing: 'test/fixtures/heldout/fresh100.txt', gold: 'test/fixtures/heldout/fresh100.claims.jsonl'},
  {name: 'fresh101', listing: 'test/fixtures/heldout/fresh101.txt', gold: 'test/fixtures/heldout/fresh101.claims.jsonl'},
  {name: 'fresh102', listing: 'test/fixtures/heldout/fresh102.txt', gold: 'test/fixtures/heldout/fresh102.claims.jsonl'},
  {name: 'fresh103', listing: 'test/fixtures/heldout/fresh103.txt', gold: 'test/fixtures/heldout/fresh103.claims.jsonl'},
  {name: 'fresh104', listing: 'test/fixtures/heldout/fresh104.txt', gold: 'test/fixtures/heldout/fresh104.claims.jsonl'},
  {name: 'fresh105', listing: 'test/fixtures/heldout/fresh105.txt', gold: 'test/fixtures/heldout/fresh105.claims.jsonl'},
  {name: 'fresh106', listing: 'test/fixtures/heldout/fresh106.txt', gold: 'test/fixtures/heldout/fresh106.claims.jsonl'},
  {name: 'fresh107', listing: 'test/fixtures/heldout/fresh107.txt', gold: 'test/fixtures/heldout/fresh107.claims.jsonl'},
  {name: 'fresh108', listing: 'test/fixtures/heldout/fresh108.txt', gold: 'test/fixtures/heldout/fresh108.claims.jsonl'},
  {name: 'fresh109', listing: 'test/fixtures/heldout/fresh109.txt', gold: 'test/fixtures/heldout/fresh109.claims.jsonl'},
  {name: 'fresh110', listing: 'test/fixtures/heldout/fresh110.txt', gold: 'test/fixtures/heldout/fresh110.claims.jsonl'},
  {name: 'fresh111', listing: 'test/fixtures/heldout/fresh111.txt', gold: 'test/fixtures/heldout/fresh111.claims.jsonl'},
  {name: 'fresh112', listing: 'test/fixtures/heldout/fresh112.txt', gold: 'test/fixtures/heldout/fresh112.claims.jsonl'},
  {name: 'fresh113', listing: 'test/fixtures/heldout/fresh113.txt', gold: 'test/fixtures/heldout/fresh113.claims.jsonl'},
  {name: 'fresh114', listing: 'test/fixtures/heldout/fresh114.txt', gold: 'test/fixtures/heldout/fresh114.claims.jsonl'},
  {name: 'fresh115', listing: 'test/fixtures/heldout/fresh115.txt', gold: 'test/fixtures/heldout/fresh115.claims.jsonl'},
  {name: 'fresh116', listing: 'test/fixtures/heldout/fresh116.txt', gold: 'test/fixtures/heldout/fresh116.claims.jsonl'},
  {name: 'fresh117', listing: 'test/fixtures/heldout/fresh117.txt', gold: 'test/fixtures/heldout/fresh117.claims.jsonl'},
  {name: 'fresh118', listing: 'test/fixtures/heldout/fresh118.txt', gold: 'test/fixtures/heldout/fresh118.claims.jsonl'},
  {name: 'fresh119', listing: 'test/fixtures/heldout/fresh119.txt', gold: 'test/fixtures/heldout/fresh119.claims.jsonl'},
  {name: 'fresh120', listing: 'test/fixtures/heldout/fresh120.txt', gold: 'test/fixtures/heldout/fresh120.claims.jsonl'},
  {name: 'fresh121', listing: 'test/fixtures/heldout/fresh121.txt', gold: 'test/fixtures/heldout/fresh121.claims.jsonl'},
  {name: 'fresh122', listing: 'test/fixtures/heldout/fresh122.txt', gold: 'test/fixtures/heldout/fresh122.claims.jsonl'},
  {name: 'fresh123', listing: 'test/fixtures/heldout/fresh123.txt', gold: 'test/fixtures/heldout/fresh123.claims.jsonl'},
  {name: 'fresh124', listing: 'test/fixtures/heldout/fresh124.txt', gold: 'test/fixtures/heldout/fresh124.claims.jsonl'},
  {name: 'fresh125', listing: 'test/fixtures/heldout/fresh125.txt', gold: 'test/fixtures/heldout/fresh125.claims.jsonl'},
  {name: 'fresh126', listing: 'test/fixtures/heldout/fresh126.txt', gold: 'test/fixtures/heldout/fresh126.claims.jsonl'},
  {name: 'fresh127', listing: 'test/fixtures/heldout/fresh127.txt', gold: 'test/fixtures/heldout/fresh127.claims.jsonl'},
  {name: 'fresh128', listing: 'test/fixtures/heldout/fresh128.txt', gold: 'test/fixtures/heldout/fresh128.claims.jsonl'},
  {name: 'fresh129', listing: 'test/fixtures/heldout/fresh129.txt', gold: 'test/fixtures/heldout/fresh129.claims.jsonl'},
  {name: 'fresh130', listing: 'test/fixtures/heldout/fresh130.txt', gold: 'test/fixtures/heldout/fresh130.claims.jsonl'},
  {name: 'fresh131', listing: 'test/fixtures/heldout/fresh131.txt', gold: 'test/fixtures/heldout/fresh131.claims.jsonl'},
  {name: 'fresh132', listing: 'test/fixtures/heldout/fresh132.txt', gold: 'test/fixtures/heldout/fresh132.claims.jsonl'},
  {name: 'fresh133', listing: 'test/fixtures/heldout/fresh133.txt', gold: 'test/fixtures/heldout/fresh133.claims.jsonl'},
  {name: 'fresh134', listing: 'test/fixtures/heldout/fresh134.txt', gold: 'test/fixtures/heldout/fresh134.claims.jsonl'},
  {name: 'fresh135', listing: 'test/fixtures/heldout/fresh135.txt', gold: 'test/fixtures/heldout/fresh135.claims.jsonl'},
  {name: 'fresh136', listing: 'test/fixtures/heldout/fresh136.txt', gold: 'test/fixtures/heldout/fresh136.claims.jsonl'},
  {name: 'fresh137', listing: 'test/fixtures/heldout/fresh137.txt', gold: 'test/fixtures/heldout/fresh137.claims.jsonl'},
  {name: 'fresh138', listing: 'test/fixtures/heldout/fresh138.txt', gold: 'test/fixtures/heldout/fresh138.claims.jsonl'},
  {name: 'fresh139', listing: 'test/fixtures/heldout/fresh139.txt', gold: 'test/fixtures/heldout/fresh139.claims.jsonl'},
  {name: 'fresh140', listing: 'test/fixtures/heldout/fresh140.txt', gold: 'test/fixtures/heldout/fresh140.claims.jsonl'},
  {name: 'fresh141', listing: 'test/fixtures/heldout/fresh141.txt', gold: 'test/fixtures/heldout/fresh141.claims.jsonl'},
  {name: 'fresh142', listing: 'test/fixtures/heldout/fresh142.txt', gold: 'test/fixtures/heldout/fresh142.claims.jsonl'},
  {name: 'fresh143', listing: 'test/fixtures/heldout/fresh143.txt', gold: 'test/fixtures/heldout/fresh143.claims.jsonl'},
  {name: 'fresh144', listing: 'test/fixtures/heldout/fresh144.txt', gold: 'test/fixtures/heldout/fresh144.claims.jsonl'},
  {name: 'fresh145', listing: 'test/fixtures/heldout/fresh145.txt', gold: 'test/fixtures/heldout/fresh145.claims.jsonl'},
  {name: 'fresh146', listing: 'test/fixtures/heldout/fresh146.txt', gold: 'test/fixtures/heldout/fresh146.claims.jsonl'},
  {name: 'fresh147', listing: 'test/fixtures/heldout/fresh147.txt', gold: 'test/fixtures/heldout/fresh147.claims.jsonl'},
  {name: 'fresh148', listing: 'test/fixtures/heldout/fresh148.txt', gold: 'test/fixtures/heldout/fresh148.claims.jsonl'},
  {name: 'fresh149', listing: 'test/fixtures/heldout/fresh149.txt', gold: 'test/fixtures/heldout/fresh149.claims.jsonl'},
  {name: 'fresh150', listing: 'test/fixtures/heldout/fresh150.txt', gold: 'test/fixtures/heldout/fresh150.claims.jsonl'},
  {name: 'fresh151', listing: 'test/fixtures/heldout/fresh151.txt', gold: 'test/fixtures/heldout/fresh151.claims.jsonl'},
  {name: 'fresh152', listing: 'test/fixtures/heldout/fresh152.txt', gold: 'test/fixtures/heldout/fresh152.claims.jsonl'},
  {name: 'fresh153', listing: 'test/fixtures/heldout/fresh153.txt', gold: 'test/fixtures/heldout/fresh153.claims.jsonl'},
  {name: 'fresh154', listing: 'test/fixtures/heldout/fresh154.txt', gold: 'test/fixtures/heldout/fresh154.claims.jsonl'},
  {name: 'fresh155', listing: 'test/fixtures/heldout/fresh155.txt', gold: 'test/fixtures/heldout/fresh155.claims.jsonl'},
  {name: 'fresh156', listing: 'test/fixtures/heldout/fresh156.txt', gold: 'test/fixtures/heldout/fresh156.claims.jsonl'},
  {name: 'fresh157', listing: 'test/fixtures/heldout/fresh157.txt', gold: 'test/fixtures/heldout/fresh157.claims.jsonl'},
  {name: 'fresh158', listing: 'test/fixtures/heldout/fresh158.txt', gold: 'test/fixtures/heldout/fresh158.claims.jsonl'},
  {name: 'fresh159', listing: 'test/fixtures/heldout/fresh159.txt', gold: 'test/fixtures/heldout/fresh159.claims.jsonl'},
  {name: 'fresh160', listing: 'test/fixtures/heldout/fresh160.txt', gold: 'test/fixtures/heldout/fresh160.claims.jsonl'},
  {name: 'fresh161', listing: 'test/fixtures/heldout/fresh161.txt', gold: 'test/fixtures/heldout/fresh161.claims.jsonl'},
  {name: 'fresh162', listing: 'test/fixtures/heldout/fresh162.txt', gold: 'test/fixtures/heldout/fresh162.claims.jsonl'},
  {name: 'fresh163', listing: 'test/fixtures/heldout/fresh163.txt', gold: 'test/fixtures/heldout/fresh163.claims.jsonl'},
  {name: 'fresh164', listing: 'test/fixtures/heldout/fresh164.txt', gold: 'test/fixtures/heldout/fresh164.claims.jsonl'},
  {name: 'fresh165', listing: 'test/fixtures/heldout/fresh165.txt', gold: 'test/fixtures/heldout/fresh165.claims.jsonl'},
  {name: 'fresh166', listing: 'test/fixtures/heldout/fresh166.txt', gold: 'test/fixtures/heldout/fresh166.claims.jsonl'},
  {name: 'fresh167', listing: 'test/fixtures/heldout/fresh167.txt', gold: 'test/fixtures/heldout/fresh167.claims.jsonl'},
  {name: 'fresh168', listing: 'test/fixtures/heldout/fresh168.txt', gold: 'test/fixtures/heldout/fresh168.claims.jsonl'},
  {name: 'fresh169', listing: 'test/fixtures/heldout/fresh169.txt', gold: 'test/fixtures/heldout/fresh169.claims.jsonl'},
  {name: 'fresh170', listing: 'test/fixtures/heldout/fresh170.txt', gold: 'test/fixtures/heldout/fresh170.claims.jsonl'},
  {name: 'fresh171', listing: 'test/fixtures/heldout/fresh171.txt', gold: 'test/fixtures/heldout/fresh171.claims.jsonl'},
  {name: 'fresh172', listing: 'test/fixtures/heldout/fresh172.txt', gold: 'test/fixtures/heldout/fresh172.claims.jsonl'},
  {name: 'fresh173', listing: 'test/fixtures/heldout/fresh173.txt', gold: 'test/fixtures/heldout/fresh173.claims.jsonl'},
  {name: 'fresh174', listing: 'test/fixtures/heldout/fresh174.txt', gold: 'test/fixtures/heldout/fresh174.claims.jsonl'},
  {name: 'fresh175', listing: 'test/fixtures/heldout/fresh175.txt', gold: 'test/fixtures/heldout/fresh175.claims.jsonl'},
  {name: 'fresh176', listing: 'test/fixtures/heldout/fresh176.txt', gold: 'test/fixtures/heldout/fresh176.claims.jsonl'},
  {name: 'fresh177', listing: 'test/fixtures/heldout/fresh177.txt', gold: 'test/fixtures/heldout/fresh177.claims.jsonl'},
  {name: 'fresh178', listing: 'test/fixtures/heldout/fresh178.txt', gold: 'test/fixtures/heldout/fresh178.claims.jsonl'},
  {name: 'fresh179', listing: 'test/fixtures/heldout/fresh179.txt', gold: 'test/fixtures/heldout/fresh179.claims.jsonl'},
  {name: 'fresh180', listing: 'test/fixtures/heldout/fresh180.txt', gold: 'test/fixtures/heldout/fresh180.claims.jsonl'},
  {name: 'fresh181', listing: 'test/fixtures/heldout/fresh181.txt', gold: 'test/fixtures/heldout/fresh181.claims.jsonl'},
  {name: 'fresh182', listing: 'test/fixtures/heldout/fresh182.txt', gold: 'test/fixtures/heldout/fresh182.claims.jsonl'},
  {name: 'fresh183', listing: 'test/fixtures/heldout/fresh183.txt', gold: 'test/fixtures/heldout/fresh183.claims.jsonl'},
  {name: 'fresh184', listing: 'test/fixtures/heldout/fresh184.txt', gold: 'test/fixtures/heldout/fresh184.claims.jsonl'}
]

const camel = (column: string): string => column.replace(/_([a-z])/gu, (_, letter: string) => letter.toUpperCase())

function toCsv(claims: Claim[]): string {
  const rows = claims.map((claim) =>
    CLAIM_COLUMNS.map((column) => {
      const value = (claim as Record<string, unknown>)[camel(column)]
      return value === null || value === undefined ? '' : String(value)
    })
  )
  return Papa.unparse({fields: [...CLAIM_COLUMNS], data: rows})
}

for (const set of sets) {
  const started = performance.now()
  const {claims, papers} = claimsFromListing(readFileSync(path.join(root, set.listing), 'utf8'))
  const ms = performance.now() - started
  const out = path.join(tmpdir(), `benchmark-claims-${set.name}.csv`)
  writeFileSync(out, toCsv(claims) + '\n')
  console.log(`${set.name}: ${papers.length} papers, ${claims.length} claims in ${ms.toFixed(0)} ms → ${out}`)
  if (!existsSync(scorer)) {
    console.log(`  skipped scoring: ${scorer} is absent`)
    continue
  }
  const args = [scorer, '--gold', path.join(root, set.gold), '--pred', out, ...(verbose ? ['--verbose'] : [])]
  console.log(execFileSync(process.execPath, args, {encoding: 'utf8'}))
}
