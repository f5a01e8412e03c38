import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Claim} from '../src/schema/claim.js'
import {LeaderboardSchema} from '../src/schema/leaderboard.js'
import {leaderboard, type LeaderboardPaper} from '../src/table/leaderboard.js'
import {BOARD_COLUMNS, boardRows, GAIN_COLUMNS, gainRows} from '../src/table/leaderboard-rows.js'
import {metricIndex, normalizeName} from '../src/table/metric-index.js'
import {toCsv} from '../src/table/to-csv.js'
import {buildClaim} from './build-claim.js'

const score = (model: string | null, value: number, fields: Partial<Claim> = {}): Claim =>
  buildClaim({model, value, benchmark: 'MATH-500', metric: 'accuracy', unit: '%', sentence: `${model} ${value}`, ...fields})

/** The (model, value, rank) of each entry of each board, to compare whole boards at a glance. */
function summary(claims: readonly Claim[], options: Parameters<typeof leaderboard>[1] = {}) {
  return leaderboard(claims, options).boards.map((board) => [
    `${board.benchmark}/${board.metric}/${board.higherIsBetter ? 'higher' : 'lower'}`,
    board.entries.map((entry) => [entry.model, entry.value, entry.rank])
  ])
}

describe('leaderboard ranking', () => {
  it('keeps each model’s highest value, best first, when higher is better', () => {
    const claims = [score('A', 70), score('B', 80), score('A', 75), score('C', 60)]
    expect(summary(claims)).toEqual([['MATH-500/accuracy/higher', [['B', 80, 1], ['A', 75, 2], ['C', 60, 3]]]])
    const a = leaderboard(claims).boards[0]?.entries.find((entry) => entry.model === 'A')
    expect(a).toMatchObject({value: 75, claims: 2, sentence: 'A 75'})
  })

  it('keeps the lowest value for a metric the registry marks lower-is-better', () => {
    const claims = [score('A', 120, {metric: 'latency'}), score('B', 90, {metric: 'latency'}), score('A', 80, {metric: 'Inference latency'})]
    expect(summary(claims)).toEqual([['MATH-500/latency/lower', [['A', 80, 1], ['B', 90, 2]]]])
  })

  it('takes metric directions passed as an option before the registry', () => {
    const metrics = [{name: 'wobble', aliases: ['total wobble'], higherIsBetter: false}]
    const claims = [score('A', 3, {metric: 'wobble'}), score('B', 2, {metric: 'total wobble'})]
    expect(summary(claims, {metrics})).toEqual([['MATH-500/wobble/lower', [['B', 2, 1], ['A', 3, 2]]]])
    // Unknown to the registry: higher is better, and aliases are not joined.
    expect(summary(claims).map(([name]) => name)).toEqual(['MATH-500/total wobble/higher', 'MATH-500/wobble/higher'])
  })

  it('shares a rank between equal values and skips the next (1, 1, 3)', () => {
    const claims = [score('Zeta', 50), score('alpha', 50), score('Mid', 40), score('Top', 90)]
    expect(summary(claims)).toEqual([
      ['MATH-500/accuracy/higher', [['Top', 90, 1], ['alpha', 50, 2], ['Zeta', 50, 2], ['Mid', 40, 4]]]
    ])
  })

  it.each([
    ['no change', {unit: 'tokens'}, 'tokens'],
    ['an absolute change in %', {delta: 37.6, unit: '%', deltaKind: 'absolute'}, '%'],
    ['a change in pp', {delta: 6.2, unit: 'pp', deltaKind: 'absolute'}, '%'],
    ['an unspecified change', {delta: 6.2, unit: '%', deltaKind: 'unspecified'}, '%'],
    ['a relative change', {delta: -15.7, unit: '%', deltaKind: 'relative'}, null],
    ['a ratio', {delta: 2, unit: 'x', deltaKind: 'ratio'}, null],
    // (A relative change of a score written in %: the score is still one.)
    ['a relative change of a score in %', {delta: 7.8, unit: '%', deltaKind: 'relative', sentence: 'It rose from 4000.0% to 4583.0%, a relative gain of 7.8%.'}, '%']
  ] as const)('gives the value’s unit for a claim with %s', (_, fields, unit) => {
    expect(leaderboard([score('A', 4583, fields)]).boards[0]?.entries[0]?.unit).toBe(unit)
  })

  it('keeps a model’s first claim when its values tie', () => {
    const claims = [score('A', 50, {sentence: 'first'}), score('A', 50, {sentence: 'second'})]
    expect(leaderboard(claims).boards[0]?.entries[0]).toMatchObject({sentence: 'first', claims: 2})
  })

  it('counts model names equal when they differ only in case, space or hyphen', () => {
    expect(summary([score('Qwen2.5-7B', 50), score('qwen2.5 7b', 60)])).toEqual([
      ['MATH-500/accuracy/higher', [['qwen2.5 7b', 60, 1]]]
    ])
  })

  it('keeps unnamed systems of different papers apart', () => {
    const claims = [
      score(null, 50, {paper: 'P1', paperIndex: 0}),
      score(null, 60, {paper: 'P2', paperIndex: 1}),
      score(null, 55, {paper: 'P1', paperIndex: 0})
    ]
    const entries = leaderboard(claims).boards[0]?.entries ?? []
    expect(entries.map((entry) => [entry.paper, entry.value])).toEqual([['P2', 60], ['P1', 55]])
  })

  it('makes one board per benchmark and metric, sorted, joining metric aliases', () => {
    const claims = [
      score('A', 1, {benchmark: 'GSM8K', metric: 'acc'}),
      score('A', 2, {benchmark: 'GSM8K', metric: null}),
      score('B', 3, {benchmark: 'AIME 2024', metric: 'pass@1'}),
      score('B', 4, {benchmark: 'GSM8K', metric: 'accuracy'})
    ]
    expect(summary(claims)).toEqual([
      ['AIME 2024/pass@1/higher', [['B', 3, 1]]],
      ['GSM8K/accuracy/higher', [['B', 4, 1], ['A', 1, 2]]],
      ['GSM8K/null/higher', [['A', 2, 1]]]
    ])
  })
})

describe('leaderboard gains and omissions', () => {
  it('puts claims with a delta and no value in the gains table, biggest improvement first', () => {
    const claims = [
      buildClaim({model: 'A', benchmark: 'GSM8K', delta: 4.9, unit: '%', deltaKind: 'unspecified', baseline: 'GRPO'}),
      buildClaim({model: 'B', benchmark: 'GSM8K', delta: 7.6, unit: 'points', deltaKind: 'absolute'}),
      buildClaim({model: 'C', benchmark: 'WebShop', metric: 'latency', delta: -28, unit: '%', deltaKind: 'relative'}),
      buildClaim({model: 'D', benchmark: 'WebShop', metric: 'latency', delta: -40, unit: '%', deltaKind: 'relative'})
    ]
    const {boards, gains} = leaderboard(claims)
    expect(boards).toEqual([])
    expect(gains.map((gain) => [gain.model, gain.benchmark, gain.metric, gain.delta, gain.kind])).toEqual([
      ['B', 'GSM8K', null, 7.6, 'absolute'],
      ['A', 'GSM8K', null, 4.9, 'unspecified'],
      ['D', 'WebShop', 'latency', -40, 'relative'],
      ['C', 'WebShop', 'latency', -28, 'relative']
    ])
    expect(gains[1]?.baseline).toBe('GRPO')
  })

  it('leaves out claims without benchmark or without value and delta, and counts them', () => {
    const claims = [
      score('A', 70),
      score('B', 80, {benchmark: null}),
      buildClaim({benchmark: 'GSM8K', valueLow: 70, valueHigh: 85}),
      buildClaim({benchmark: null, delta: 3})
    ]
    const result = leaderboard(claims)
    expect(result.omitted).toEqual({filtered: 0, noDate: 0, noBenchmark: 2, noValue: 1})
    expect(result.boards).toHaveLength(1)
    expect(result.gains).toEqual([])
  })

  it('returns a structure LeaderboardSchema accepts', () => {
    const claims = [score('A', 70), buildClaim({benchmark: 'GSM8K', delta: 4.9})]
    expect(LeaderboardSchema.safeParse(leaderboard(claims)).success).toBe(true)
  })
})

describe('leaderboard filters', () => {
  const claims = [
    score('A', 70, {paperIndex: 0}),
    score('B', 80, {paperIndex: 1, metric: 'pass@1'}),
    score('C', 60, {paperIndex: 2, benchmark: 'GSM8K'}),
    score('D', 65, {paperIndex: null}),
    buildClaim({model: 'E', benchmark: 'MATH-500', delta: 2, paperIndex: 1})
  ]
  const papers: LeaderboardPaper[] = [
    {index: 0, published: '2025-05-01', arxivId: '2505.00001'},
    {index: 1, published: '2025-06-15', arxivId: null},
    {index: 2, published: null, arxivId: null}
  ]
  const models = (options: Parameters<typeof leaderboard>[1]) => {
    const result = leaderboard(claims, options)
    return [...result.boards.flatMap((board) => board.entries.map((entry) => entry.model)), ...result.gains.map((gain) => gain.model)]
  }

  it.each([
    ['benchmark, spelled another way', {benchmark: 'math500'}, ['A', 'D', 'B', 'E']],
    ['several benchmarks', {benchmark: ['GSM8K', 'MATH-500']}, ['C', 'A', 'D', 'B', 'E']],
    ['metric by registry alias', {metric: 'acc'}, ['C', 'A', 'D']],
    ['model', {model: ['b', 'E']}, ['B', 'E']],
    ['since', {since: '2025-06-01', papers}, ['B', 'E']],
    ['until', {until: '2025-05-31', papers}, ['A']],
    ['since and until, inclusive', {since: '2025-05-01', until: '2025-06-15', papers}, ['A', 'B', 'E']]
  ] as const)('by %s', (_, options, expected) => {
    expect(models(options)).toEqual(expected)
  })

  it('counts what the filters and a missing date leave out', () => {
    expect(leaderboard(claims, {until: '2025-05-31', papers}).omitted).toEqual({filtered: 2, noDate: 2, noBenchmark: 0, noValue: 0})
    expect(leaderboard(claims, {model: 'A'}).omitted.filtered).toBe(4)
  })

  it('fills published and missing arXiv ids from the papers', () => {
    const [board] = leaderboard(claims, {papers, benchmark: 'MATH-500', metric: 'accuracy'}).boards
    expect(board?.entries.map((entry) => [entry.model, entry.published, entry.arxivId])).toEqual([
      ['A', '2025-05-01', '2505.00001'],
      ['D', null, null]
    ])
  })

  it('throws on a date range without papers or with a bad date', () => {
    expect(() => leaderboard(claims, {since: '2025-01-01'})).toThrow('Expected `papers` with `since` or `until`')
    expect(() => leaderboard(claims, {until: 'May 2025', papers})).toThrow('Expected `until` as `YYYY-MM-DD`, not `May 2025`')
  })
})

describe('boardRows and gainRows', () => {
  it('flatten a leaderboard for toCsv', () => {
    const result = leaderboard([score('A', 70, {arxivId: '2501.1'}), buildClaim({model: 'E', benchmark: 'GSM8K', delta: -2, unit: 'pp'})])
    expect(toCsv(boardRows(result), {columns: BOARD_COLUMNS})).toBe(
      BOARD_COLUMNS.join(',') + '\nMATH-500,accuracy,1,A,70,%,,A Paper,0,2501.1,,A 70\n'
    )
    expect(toCsv(gainRows(result))).toBe(GAIN_COLUMNS.join(',') + '\nGSM8K,,E,-2,pp,,,,A Paper,0,,,A sentence.\n')
  })
})

describe('leaderboard (property)', () => {
  const claim = fc
    .record({
      model: fc.option(fc.constantFrom('A', 'b', 'C-1', 'c 1'), {nil: null}),
      benchmark: fc.option(fc.constantFrom('GSM8K', 'MATH-500', 'math500'), {nil: null}),
      metric: fc.option(fc.constantFrom('accuracy', 'acc', 'latency'), {nil: null}),
      value: fc.option(fc.integer({min: -5, max: 5}), {nil: null}),
      delta: fc.option(fc.integer({min: -5, max: 5}), {nil: null}),
      paperIndex: fc.option(fc.nat(3), {nil: null})
    })
    .map((fields) => buildClaim(fields))

  it('ranks each model by its best value, best first, and accounts for every left-out claim', () => {
    fc.assert(
      fc.property(fc.array(claim, {maxLength: 25}), (claims) => {
        const result = leaderboard(claims)
        const onBoards = claims.filter((one) => one.benchmark !== null && one.value !== null)
        const gains = claims.filter((one) => one.benchmark !== null && one.value === null && one.delta !== null)
        expect(result.gains).toHaveLength(gains.length)
        expect(result.omitted.noBenchmark + result.omitted.noValue + onBoards.length + gains.length).toBe(claims.length)
        const seen = result.boards.reduce((sum, board) => sum + board.entries.reduce((count, entry) => count + entry.claims, 0), 0)
        expect(seen).toBe(onBoards.length)
        const metrics = metricIndex()
        for (const board of result.boards) {
          const sign = board.higherIsBetter ? 1 : -1
          for (const entry of board.entries.filter((one) => one.model !== null)) {
            const values = onBoards
              .filter((one) => normalizeName(one.benchmark ?? '') === normalizeName(board.benchmark))
              .filter((one) => metrics.canonical(one.metric) === board.metric)
              .filter((one) => normalizeName(one.model ?? '\u0000') === normalizeName(entry.model ?? ''))
              .map((one) => one.value as number)
            expect(entry.value).toBe(board.higherIsBetter ? Math.max(...values) : Math.min(...values))
            expect(entry.claims).toBe(values.length)
          }

          for (const [index, entry] of board.entries.entries()) {
            const previous = board.entries[index - 1]
            if (previous) {
              expect(sign * (previous.value - entry.value)).toBeGreaterThanOrEqual(0)
              expect(entry.rank).toBe(previous.value === entry.value ? previous.rank : index + 1)
            } else expect(entry.rank).toBe(1)
          }
        }
      })
    )
  })
})
