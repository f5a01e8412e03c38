// Units right after a number (after LaTeX clean-up `30.7\%` reads `30.7 %`;
// a time or size per item keeps its item, `10.39s/image`, `40 ms/token`;
// `$97\,\mathrm{ms}$` leaves a wide blank before its `ms`, `$0.59$ degrees`
// two blanks before a unit word).
const unitPattern =
  /^(?: ?([KMGTP]B\/s|bits?\/s\/Hz|(?:ms|s|[μµ]s|us|seconds?|milliseconds?|minutes?|mins?|hours?|[KMGT]B|[μµmn]?J)\/(?:image|img|token|tok|frame|sample|query|step|iteration|iter|it|item|request|episode|video|page|call|example|instance|sequence|seq|batch|epoch|question|task|problem|scene|prompt)s?|% ?pts?|%p|%|(?:absolute |average )?percent(?:age(?:[ -]points?)?)?|per cent|pp|p\.p\.|(?:average |absolute )?points?|pts?|SD|milliseconds?|ms|us|μs|µs|[mck]?m\/s|mmHg|bpm|mm|cm|km|meters?|metres?|[μµ]m|micro(?:met(?:er|re)s?|ns?|J)|[kMG]Pa|rad|Å|dBm|dB|GB|MB|TB|FPS\/W|FPS|fps|Hz|TPS|QPS|USD|dollars?|[GTPE]FLOP\/s|[GTPE]FLOPS|(?:k ?)?[a-z]{2,8}\/s|(?:tokens|samples|frames|images|queries|requests|steps) per second|[uμµmnpf]?J(?:\/[A-Za-z]{1,6})?|[GTP]?OPS\/W|[GTP]OPS|[kMG]?Wh|mL|[KMGT]iB|microseconds?|tokens?|minutes?|mins?|hours?|h|seconds?|s|m?eV|px|° ?[CF]|°|degrees?|[umk]?W|lbs?|kg|times|[xX×])(?![\p{L}\p{N}])|-(point|fold|times)(?![\p{L}])| {1,9}(×)| {2,3}(%|pp(?![\p{L}\p{N}])|points?(?![\p{L}\p{N}])|times(?![\p{L}\p{N}])|percent(?:age[ -]points?)?(?![\p{L}\p{N}])|(?:degrees?|hours?|minutes?|seconds?|milliseconds?|ms|μs|tokens|FPS|fps|bpm|Hz|[GMT]B|dB|meters?|[kcm]m)(?![\p{L}\p{N}]))| {4,14}(ms|s)(?![\p{L}\p{N}]))/u
// (`1.3 BLEU points`, `4.13 pass@1 points`: a measure's name, with a capital or a cutoff.)
// (`15 chrF++ points`: a measure's name with a capital or a `+` inside.)
const namedPoints = /^ (?:\p{Lu}[\p{L}\p{N}-]{1,12}\+{0,2}|[\p{L}][\p{L}\p{N}-]{0,10}@\d{1,4}|\p{Ll}+\p{Lu}[\p{L}\p{N}]{0,6}\+{0,2}) points?(?![\p{L}])/u
const percentPoints = /^ ?(?:percentage )?points?(?![\p{L}])/u

function normaliseUnit(raw: string): string {
  const unit = raw.toLowerCase()
  // (`90 percentage survivor coverage`: a percentage, not its points.)
  if (unit === '%' || unit === 'percent' || unit === 'per cent' || unit === 'percentage') return '%'
  // (`14-25 %pt`, `1%p`: percentage points, abbreviated.)
  if (unit.includes('percentage') || unit === 'pp' || unit === 'p.p.' || /^% ?p(?:ts?)?$/u.test(unit)) return 'pp'
  if (unit.endsWith('point') || unit.endsWith('points') || unit === 'pt' || unit === 'pts') return 'points'
  if (unit === 'x' || unit === '×' || unit === 'times' || unit === 'fold') return 'x'
  if (unit === 'sd') return 'SD'
  if (unit === 'gb') return 'GB'
  if (unit === 'token') return 'tokens'
  if (unit === 'minute' || unit === 'min' || unit === 'mins') return 'minutes'
  if (unit === 'hour') return 'hours'
  // (As written: `96 seconds` and `9.6 s` keep their spelling.)
  if (unit === 'second' || unit === 'seconds') return 'seconds'
  // (`339.86 PFLOP/s`, `2.1 TFLOPS`: a rate of operations, as written.)
  if (unit.includes('flop') || /^[kmgtp]b\/s$/u.test(unit) || /^[gtp]?ops(?:\/w)?$/u.test(unit) || unit.endsWith('/hz')) return raw
  if (unit === 'ev' || unit === 'mev' || unit === 'å' || unit === 'mmhg' || /j(?:\/|$)/u.test(unit)) return raw
  // (`27 °C`, `90 mW`, `1.88 lbs`: as written, the degree sign glued to its scale.)
  if (/^° ?[cf]$/u.test(unit)) return `°${unit.at(-1)!.toUpperCase()}`
  if (/^(?:[umk]?w|lbs?|kg|dbm)$/u.test(unit)) return raw
  // (`30.6 MPa`, `2 μm`: a pressure and a length, as written.)
  if (/^(?:[kmg]pa|[μµ]m)$/u.test(unit)) return raw
  if (unit === 'fps/w') return 'FPS/W'
  if (unit === 'fps') return 'FPS'
  if (unit === 'hz') return 'Hz'
  if (unit === 'meter' || unit === 'metre' || unit === 'metres') return 'meters'
  if (unit === 'tps' || unit === 'qps') return unit.toUpperCase()
  if (unit === 'μs' || unit === 'µs' || unit.startsWith('microsecond')) return 'us'
  // (`0.24 Wh`, `88.1 MiB`, `0.26 mL`, `80 tokens per second`: as written.)
  if (unit.endsWith(' per second')) return raw
  if (/^(?:[kmg]?wh|ml|[kmgt]ib)$/u.test(unit)) return raw
  if (unit.startsWith('millisecond')) return 'ms'
  // (As written too: `0.79 degree`, `0.58 degrees`.)
  if (unit === 'usd') return 'USD'
  if (unit === 'db') return 'dB'
  if (unit === 'mb' || unit === 'tb') return unit.toUpperCase()
  return unit
}

interface Unit {
  unit: string
  length: number
}

/**
 * Read the unit right after a number, at `at` in `clean`: normalised (`%`,
 * `pp`, `points`, `x`, `ms`, `GB`…), with the length of text it takes.
 * Undefined when no unit follows.
 *
 * @example
 * readUnit('up 2.5 percentage points', 6) // {unit: 'pp', length: 18}
 */
export function readUnit(clean: string, at: number): Unit | undefined {
  const rest = clean.slice(at, at + 32)
  const match = unitPattern.exec(rest)
  // `1.3 BLEU points`: points of the measure written between; the token ends
  // at the number so that the measure is still read after it.
  if (!match) return namedPoints.test(rest) ? {unit: 'points', length: 0} : undefined
  let unit = normaliseUnit(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]!)
  // (Hours as `h` only when set apart, `from ~100 h to 3.7 h`: glued, `100h-960h`
  // or `~12h on one GPU`, they size data or training, and stay unread.)
  if (unit === 'h' && !match[0].startsWith(' ')) return undefined
  let length = match[0].length
  if (unit === '%') {
    const points = percentPoints.exec(rest.slice(length))
    if (points) {
      unit = 'pp'
      length += points[0].length
    }
  }
  return {unit, length}
}

/**
 * The words of a measured distance or speed before a number (`a mean position
 * error of`): a bare `m` after it is metres, not a million.
 *
 * @example
 * distanceBefore.test('a mean position error of ') // true
 */
// The words of a measured distance or speed, before a number in metres.
export const distanceBefore = /\b(?:errors?|rmse|ade|fde|ate|distances?|displacements?|deviations?|drift|position\w*|locali[sz]ation|velocity|speed|trajectory|depth|height)\b(?:[^.;]|\.(?=\d)){0,40}$/u

/**
 * A verb of finishing a task, then `in`, right before a number (`completes the
 * cycle in`): the time the task takes, in seconds even glued to a whole number.
 *
 * @example
 * timedIn.test('completes the pick-to-shackle cycle in ') // true
 */
// (`completes the pick-to-shackle cycle in 38 s`: a time a task takes.)
export const timedIn = /\b(?:complet|finish|process|generat|render|solv|reconstruct|execut)\w*\b[^.;,]{0,60}\sin\s(?:(?:only|just|about|under|less than)\s)?$/u

/**
 * `a factor of` right before a number (`by a factor of 3.5`, `(factor up to
 * 38)`): a ratio written in words, its unit `x`.
 *
 * @example
 * factorBefore.test('faster by a factor of ') // true
 */
export const factorBefore = /(?:\ba\s|\()factor\s(?:of\s)?(?:(?:up to|about|approximately|nearly|around|roughly|over|more than|almost|at least)\s)?$/u

/**
 * A spread right after a score (`26.90+-1.41 dB`, `77.1 ± 20.3`), or an
 * interval in brackets (`1.1[0.4-4.9] meters`), before the unit they share.
 *
 * @example
 * spreadAfter.exec('+-1.41 dB')?.[0] // '+-1.41'
 */
export const spreadAfter = /^\s{0,4}(?:±|\+-|\+\/-)\s{0,3}\d+(?:\.\d+)?(?![\d.])|^\s?\[\s?\d+(?:\.\d+)?\s?(?:-|–|,|to)\s?\d+(?:\.\d+)?\s?\]/u
