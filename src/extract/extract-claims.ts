import type {Claim} from '../schema/claim.js'
import type {Paper} from '../schema/paper.js'
import type {BenchmarkEntry, MetricEntry} from '../schema/registry.js'
import {createRegistry, defaultRegistry, type Registry} from '../registry/create-registry.js'
import {applyRespectively, shareBenchmark} from './apply-respectively.js'
import {findWholeName} from './find-whole-name.js'
import {groupParallel, shareFields} from './group-parallel.js'
import {isCostUnit} from './is-cost-unit.js'
import {isTimeUnit} from './is-time-unit.js'
import {nameBenchmarksBeforeMetrics} from './name-benchmarks-before-metrics.js'
import {nameDatasetBenchmarks} from './name-dataset-benchmarks.js'
import {nameDefinedMeasures} from './name-defined-measures.js'
import {nameListedBenchmarks} from './name-listed-benchmarks.js'
import {readPaperContext} from './read-paper-context.js'
import {renameDefinedMeasures} from './rename-defined-measures.js'
import {readSentences} from './read-sentences.js'
import {readWindows} from './read-windows.js'
import {findKnownMetric} from './resolve/find-known-metric.js'
import {resolveBaseline} from './resolve/resolve-baseline.js'
import {resolveBenchmark} from './resolve/resolve-benchmark.js'
import {changeToken, measureAfterKindWord, relativeChangeIn, resolveKind} from './resolve/resolve-kind.js'
import {resolveMetric} from './resolve/resolve-metric.js'
import {resolveModel} from './resolve/resolve-model.js'
import {resolveQualifier} from './resolve/resolve-qualifier.js'
import {resolveSlashNames} from './resolve/resolve-slash-names.js'
import type {Rule} from './create-draft.js'
import {extractChange} from './rules/extract-change.js'
import {extractContrastPairs} from './rules/extract-contrast-pairs.js'
import {extractFromTo} from './rules/extract-from-to.js'
import {extractRange} from './rules/extract-range.js'
import {extractScore} from './rules/extract-score.js'
import {extractScoreWithChange} from './rules/extract-score-with-change.js'
import {extractScoreWithMargin} from './rules/extract-score-with-margin.js'
import {extractSlashList} from './rules/extract-slash-list.js'
import {extractVersus} from './rules/extract-versus.js'
import type {Draft, NumberToken, Sentence} from './types.js'

/**
 * Options of `extractClaims`.
 *
 * @example
 * extractClaims(text, {benchmarks: [{name: 'Q benchmark', aliases: []}]})
 */
export interface ExtractOptions {
  /** Extra benchmarks to recognise, besides the built-in registry. */
  benchmarks?: BenchmarkEntry[] | undefined
  /** Extra metrics to recognise, besides the built-in registry. */
  metrics?: MetricEntry[] | undefined
  /** A registry built once with `createRegistry` (wins over `benchmarks`/`metrics`). */
  registry?: Registry | undefined
  /**
   * Stop after this many claims in one abstract (default 1000; real abstracts
   * hold a few dozen at most). Keeps hostile input linear and bounded.
   */
  maxClaims?: number | undefined
}

// Most specific first: pairs of numbers, then single changes, then scores.
// A kind written in words before a list's first item.
// (Not a measure's name: `mean absolute error`.)
const statedKind = new RegExp(String.raw`\b(?:absolute|relative)(?:ly)?\b(?!\s(?:(?:to|with)\b|${measureAfterKindWord})|-)`, 'u')

const rules: Rule[] = [
  extractSlashList,
  extractFromTo,
  extractContrastPairs,
  extractVersus,
  extractScoreWithChange,
  extractRange,
  extractScoreWithMargin,
  extractChange,
  extractScore
]

// A cheap test for a result number before any parsing: a number with a unit
// the scanner reads (`25 seconds`, `41 GB`, `199 $\times$`, `$12$ times`), a decimal, a
// score out of (or `of` a total), points as an adjective (`a 10-point
// gain`), or a ratio in words (`a factor of 3`).
// (`$\approx42$%`: LaTeX may close before the percent sign.)
// (Two patterns: one that starts with a digit lets the engine skip to digits.)
const candidate =
  /\d\+?(?:\$ ?times\b|(?:\s|\\,|~)?(?:\$?%|\$?\\%|percent|pp\b|points?\b|x\b|×|\{?\\?times|-?fold|SD\b|ms\b|milliseconds?\b|us\b|μs|mm\b|m\b|m\/s|meters?\b|[μµ]m\b|micro(?:met|ns?\b|J\b)|[kMG]Pa\b|rad\b|degrees?\b|cm\b|s\b|seconds?\b|minutes?\b|hours?\b|[GMT]B\b|FPS\b|Hz\b|TPS\b|QPS\b|USD\b|dBm?\b|m?eV\b|[a-z]{2,8}\/s\b|[a-z]{2,8} per second\b|[uμµmnpf]?J\b|[kMG]?Wh?\b|[umμµ]W\b|[GTP]?OPS\b|bpm\b|pts?\b|[KMGT]iB\b|mL\b|microseconds?\b|dollars?\b|\$\\times)|\.\d| out of| of \d| ?\/ ?\d|-points?\b)/iu
const namedMeasureWord = /^([^\s\p{Lu}\p{N}_@]*[\p{Lu}\p{N}_@]\S*)\s(?:metrics?|measures?)$/u
const pluralHead = /(?<=\S\s)(?:rates|scores|speedups|speed-ups|speeds|errors|accuracies)$/u
const singular: Record<string, string> = {rates: 'rate', scores: 'score', speedups: 'speedup', 'speed-ups': 'speed-up', speeds: 'speed', errors: 'error', accuracies: 'accuracy'}
const factorCandidate = /\bfactor\s(?:of\s)?(?:up to\s)?\d/iu
const ratioFirst = /(?:^|[\s(])[x×]\d/u
// (`$\\times 5$ lower latency`: in LaTeX, set apart.)
const latexRatioFirst = /\$\\times\s{1,3}\d/u
const leadingDot = /[=≈:]\s{0,8}\.\d/u
const acronymOn = /\d \p{Lu}{2,6} (?:on|in) /u

function pickRegistry(options: ExtractOptions): Registry {
  if (options.registry) return options.registry
  if (options.benchmarks?.length || options.metrics?.length) {
    return createRegistry({benchmarks: options.benchmarks, metrics: options.metrics})
  }
  return defaultRegistry()
}

/**
 * What `extractClaims` reads of a paper: a whole `Paper`, or just these fields.
 *
 * @example
 * const text: PaperText = {index: 0, title: 'A title', abstract: 'It scores 97.1% on GSM8K.', arxivId: null}
 */
export type PaperText = Pick<Paper, 'index' | 'title' | 'abstract' | 'arxivId'>

/**
 * Extract the quantitative claims of one abstract (a `Paper`, or a bare
 * string: then `paper` is '' and `paperIndex`/`arxivId` are null).
 *
 * @example
 * extractClaims('It improves GSM8K accuracy by 4.9%.')
 * // [{benchmark: 'GSM8K', metric: 'accuracy', delta: 4.9, unit: '%', …}]
 */
export function extractClaims(paperOrText: PaperText | string, options: ExtractOptions = {}): Claim[] {
  if (typeof paperOrText !== 'string' && (typeof paperOrText !== 'object' || paperOrText === null)) {
    throw new TypeError(`Expected a paper or a string, not \`${String(paperOrText)}\``)
  }
  const paper = typeof paperOrText === 'string' ? undefined : paperOrText
  const abstract = paper ? paper.abstract : (paperOrText as string)
  const title = paper?.title ?? ''
  // (The ratio in words is rare: a plain substring test first.)
  // (`by up to x5.6`: a ratio before its number, tested apart so that the
  // common test stays a plain scan for digits.)
  // (And a decimal without its zero after an equals sign: `Kendall's τ = .62`;
  // and a whole score in an acronym on a data set: `reaching 95 DS on Bench2Drive`.)
  if (
    !candidate.test(abstract) &&
    !((abstract.includes('actor') || abstract.includes('ACTOR')) && factorCandidate.test(abstract)) &&
    !(/[x×]\d/u.test(abstract) && ratioFirst.test(abstract)) &&
    !(abstract.includes('\\times') && latexRatioFirst.test(abstract)) &&
    !(abstract.includes(' .') && leadingDot.test(abstract)) &&
    !acronymOn.test(abstract)
  ) {
    return []
  }

  const registry = pickRegistry(options)
  const sentences = readSentences(abstract, registry)
  // (No number a rule could read: the paper's context is not needed.)
  if (sentences.length === 0) return []
  renameDefinedMeasures(sentences)
  nameDefinedMeasures(sentences)
  // (A registry benchmark the abstract itself names: its mentions are already read.)
  const isBenchmark = (name: string): boolean => sentences.some((sentence) => sentence.benchmarks.some((mention) => mention.end - mention.start === name.length && abstract.startsWith(name, mention.start)))
  const context = readPaperContext(title, abstract, isBenchmark)
  const method = context.method
  if (method !== null) {
    // The paper's own method written like a registry variant (`ARC-Chapter`,
    // read as ARC extended) is not a benchmark.
    for (const sentence of sentences) {
      if (sentence.benchmarks.some((mention) => mention.name === method)) sentence.benchmarks = sentence.benchmarks.filter((mention) => mention.name !== method)
    }
    // A number inside the method's name is part of the name, not a result:
    // `Gemini Robotics 1.5 features …`.
    if (/\d/u.test(method)) for (const sentence of sentences) dropNumbersIn(sentence, findWholeName(sentence, method))
  }

  // The benchmark the paper introduces, where the registry does not know it
  // (`on SCUBA`), is a benchmark mention like the registry's.
  if (context.benchmark !== null) for (const sentence of sentences) addOwnBenchmark(sentence, context.benchmark)
  // And so is a name written right before a measure (`the PosterBench Score`).
  const own = method === null ? [] : [method]
  for (const sentence of sentences) {
    if (sentence.tokens.length === 0 || sentence.metrics.length === 0) continue
    const named = nameBenchmarksBeforeMetrics(sentence, own)
    if (named.length > 0) sentence.benchmarks = [...sentence.benchmarks, ...named].sort((a, b) => a.start - b.start)
  }
  // And so are names listed after `on` (`Experiments on TG3K, TN3K and DDTI achieve`).
  for (const sentence of sentences) {
    if (sentence.tokens.length < 2) continue
    const listed = nameListedBenchmarks(sentence, own)
    if (listed.length > 0) sentence.benchmarks = [...sentence.benchmarks, ...listed].sort((a, b) => a.start - b.start)
  }
  // And so is a name between `the` and `dataset` (`a 8.01% increase in mIoU on the Replica dataset`).
  for (const sentence of sentences) {
    const named = nameDatasetBenchmarks(sentence, own)
    if (named.length > 0) sentence.benchmarks = [...sentence.benchmarks, ...named].sort((a, b) => a.start - b.start)
  }

  const drafts: Draft[] = []
  const maxClaims = options.maxClaims ?? 1000
  for (const sentence of sentences) {
    if (drafts.length >= maxClaims) break
    if (sentence.tokens.length === 0) continue
    const taken = new Set<NumberToken>()
    const found: Draft[] = []
    for (const rule of rules) found.push(...rule(sentence, taken))
    found.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start)
    drafts.push(...found.slice(0, maxClaims - drafts.length))
  }

  const groups = groupParallel(drafts)
  applyRespectively(drafts)
  // Models a rule or `respectively` gave are the items' own.
  const named = new Set(drafts.filter((draft) => draft.model !== null))
  for (const draft of drafts) {
    resolveSlashNames(draft, registry)
    draft.metric ??= resolveMetric(draft)
    // (`success rates`, `decoding speedups`: a measure is named in the singular.)
    if (draft.metric !== null) draft.metric = draft.metric.replace(pluralHead, (head: string) => singular[head] ?? head)
    // (`F_m metrics`, `AUC-J measure`: a named measure, without the word for one.)
    if (draft.metric !== null) draft.metric = draft.metric.replace(namedMeasureWord, '$1')
    draft.benchmark ??= resolveBenchmark(draft, sentences, context)
    draft.model ??= resolveModel(draft, context, sentences)
    // (The benchmark an abstract introduces, given as a last resort, is not
    // what a system of the same name is measured on: `ZetaPano achieves …`.)
    if (draft.benchmark !== null && draft.benchmark === context.fallbackBenchmark && draft.benchmark === draft.model) draft.benchmark = null
    // (As a reader would write it: LaTeX blanks collapse, `base \texttt{X}` → `base X`.)
    draft.baseline ??= resolveBaseline(draft)?.replace(/\s{2,}/gu, ' ') ?? null
    draft.qualifier ??= resolveQualifier(draft)
  }
  for (const group of groups) shareFields(group, named)
  // No system is its own comparator: a lone score is the system's own
  // (`surpassing Pythia-12B (37.24)`); a change is over it (`VLA-ULAP
  // exceeds π0.5 by 11.0 points`), the paper's method's.
  // (Nor when the comparator's words only describe the system: `the widely
  // used GPT-4o (59%)` names GPT-4o.)
  for (const draft of drafts) {
    if (draft.delta === null && draft.baselineValue === null && draft.model !== null && draft.baseline?.endsWith(` ${draft.model}`)) draft.baseline = draft.model
    if (draft.model === null || draft.model !== draft.baseline) continue
    if (draft.delta === null && draft.baselineValue === null) draft.baseline = null
    else draft.model = context.method !== draft.baseline ? context.method : null
  }
  // A duration that no words or list name: in minutes or hours, a job's
  // runtime (`Quantizing a 70B model takes about 2.5 hours`); in seconds or
  // less, the latency of a response or an item (`in approximately 4 seconds`,
  // `takes 107.4 ms`).
  for (const draft of drafts) if (draft.metric === null && isTimeUnit(draft.unit)) draft.metric = draft.unit === 'minutes' || draft.unit === 'hours' ? 'runtime' : 'latency'
  // So with watts and joules: `at 9.6 W` is a power, `0.183 J per inference` an energy.
  for (const draft of drafts) if (draft.metric === null && draft.unit !== null) draft.metric = /^[kmμµ]?W$/u.test(draft.unit) ? 'power' : /^(?:[kMGTμµmnpf]?J(?:\/\S+)?|[kMG]?Wh)$/u.test(draft.unit) ? 'energy' : null
  // (`less than 3.1% runtime overhead`: the overhead on a measure, not the measure.)
  for (const draft of drafts) if (draft.metric !== null && !/\soverheads?$/u.test(draft.metric) && overheadOf(draft)) draft.metric = `${draft.metric} overhead`
  // A speedup with no unit is a factor: `a prediction speedup of 7.63 over X`.
  for (const draft of drafts) if (draft.unit === null && draft.delta !== null && draft.metric !== null && /\bspeed-?ups?$/iu.test(draft.metric)) draft.unit = 'x'
  shareBenchmark(drafts)
  for (const draft of drafts) signAgainstMetric(draft, registry)
  for (const draft of drafts) draft.deltaKind = resolveKind(draft, registry)
  for (const group of groups) {
    // Items listed in parallel with a relative change share its kind.
    if (group.some((draft) => draft.deltaKind === 'relative' && Math.abs(draft.delta ?? 0) > 100)) {
      for (const draft of group) if (draft.deltaKind === 'unspecified') draft.deltaKind = 'relative'
    }
    // `absolute improvements of 9.3% and 7.5%`: the first item's stated kind
    // is the list's (stated in words, not read from its measure: `a 1.9%
    // increase in watch time and a 0.7% increase in click-through rate`).
    const lead = group[0]
    const stated = lead?.deltaKind
    // (Before the change itself, where a score comes first: `29.86 for
    // Spanish-to-English-relative gains of over 27% and 14%, respectively`.)
    const changed = lead !== undefined && lead.value !== null ? changeToken(lead) : undefined
    const windows = lead === undefined ? undefined : readWindows(lead.sentence, changed ? [changed] : lead.tokens)
    const before = windows?.before ?? ''
    // (Or right after it: `+28.4% relative accuracy improvement on GSM8K and +36% on MATH`.)
    const said = statedKind.test(before.slice(-40)) || relativeChangeIn.test(before.slice(-100)) || /^\s?(?:relative|absolute)\s(?!to\b|with\b)/u.test(windows?.after ?? '')
    if (lead?.unit === '%' && said && (stated === 'absolute' || stated === 'relative')) {
      for (const draft of group) if (draft.deltaKind === 'unspecified' && draft.unit === '%') draft.deltaKind = stated
    }
  }

  return withoutBackground(drafts, sentences).map((draft) => toClaim(draft, paper, context.method))
}

// The paper speaking of its own work: `we`, `our`, `this paper`, `here`.
const ownVoice = /\b(?:we|our|us|this (?:paper|work|study|article|report)|here)\b/iu
// Or of its system, as the sentence's subject: `It achieves …, yielding a 27× speed-up`.
const systemSubject = /^(?:It|The proposed|This (?:new |novel )?(?:model|method|framework|system|approach|agent))\s/u

/**
 * Numbers in the opening sentences, before the paper speaks of its own work,
 * that no named system or benchmark holds are background, not results of an
 * evaluated system: `more than 90 percent of candidate molecules fail in
 * clinical evaluation`, `Common Crawl, which provides over 80% of training data`.
 * (Only the first two sentences: an abstract that never says `we` still
 * reports its results later on.)
 */
function withoutBackground(drafts: Draft[], sentences: readonly Sentence[]): Draft[] {
  // (Most abstracts have no claim there: no scan for the paper's voice.)
  if (!drafts.some((draft) => draft.sentence.index < 2)) return drafts
  const voiced = sentences.find((sentence) => ownVoice.test(sentence.text))
  if (voiced === undefined || voiced.index === 0) return drafts
  const opening = Math.min(2, voiced.index)
  // (A name the sentence itself writes, not the paper's method given as a last resort.)
  const named = (draft: Draft): boolean => draft.sentence.models.length > 0 || draft.sentence.benchmarks.length > 0 || (draft.model !== null && draft.sentence.text.includes(draft.model))
  return drafts.filter((draft) => draft.sentence.index >= opening || named(draft) || systemSubject.test(draft.sentence.text))
}

function dropNumbersIn(sentence: Sentence, names: readonly {start: number; end: number}[]): void {
  if (names.length > 0) sentence.tokens = sentence.tokens.filter((token) => !names.some((name) => name.start <= token.start && token.end <= name.end))
}

function addOwnBenchmark(sentence: Sentence, name: string): void {
  // (Not `SCUBA-2`, nor inside a name already read; a registry name inside
  // it, `MME` in `Agentic-MME`, gives way.)
  const inside = (mention: {start: number; end: number}, start: number, end: number): boolean => start <= mention.start && mention.end <= end && end - start > mention.end - mention.start
  const added = findWholeName(sentence, name).filter(
    ({start, end}) => sentence.text[end - sentence.start] !== '-' && ![...sentence.benchmarks, ...sentence.models].some((mention) => mention.start < end && start < mention.end && !inside(mention, start, end))
  )
  if (added.length === 0) return
  const kept = sentence.benchmarks.filter((mention) => !added.some(({start, end}) => inside(mention, start, end)))
  sentence.models = sentence.models.filter((mention) => !added.some(({start, end}) => inside(mention, start, end)))
  sentence.benchmarks = [...kept, ...added].sort((a, b) => a.start - b.start)
}

// Whether the measure named right after a score is followed by `overhead`.
function overheadOf(draft: Draft): boolean {
  const at = draft.anchor.end - draft.sentence.start
  const after = draft.sentence.lower.slice(at, at + draft.metric!.length + 14)
  return after.replace(/^\s{0,2}/u, '').startsWith(`${draft.metric!.toLowerCase()} overhead`)
}

/**
 * `17.8% faster inference` reported against a latency is a reduction of that
 * latency: a speed word on a lower-is-better metric makes the change negative,
 * and so does an improvement of one (`improves FID by 18%`); so does a ratio
 * given with the two times it divides.
 */
function signAgainstMetric(draft: Draft, registry: Registry): void {
  if (draft.delta === null || draft.delta < 0) return
  // (`3x faster training time`, `38.7% faster task completion times`: a time
  // named after `faster` is shortened.)
  const anchorAfter = draft.sentence.lower.slice(draft.anchor.end - draft.sentence.start, draft.anchor.end - draft.sentence.start + 12)
  if (draft.metric !== null && /^\s?(?:faster|quicker)\s/u.test(anchorAfter) && /\s(?:time|latency|runtime)$/u.test(draft.metric)) {
    draft.delta = -draft.delta
    return
  }
  // `15.6% improvement in average task completion time (30.8s vs 36.5s)`,
  // `15.2% energy efficiency gain (745.2 kWh vs 878.3 kWh)`: a change
  // restated by two amounts spent, the new one smaller, lowers what is spent.
  if (draft.unit !== 'x' && !draft.derived && draft.value !== null && draft.baselineValue !== null && draft.value < draft.baselineValue) {
    const spent = draft.tokens.filter((token) => (token.value === draft.value || token.value === draft.baselineValue) && isSpentUnit(token.unit))
    if (spent.length === 2) {
      draft.delta = -draft.delta
      return
    }
  }
  // `10x faster (0.1s vs 1.1s)`: a ratio given with the two times is a
  // reduction of latency.
  if (draft.unit === 'x') {
    const times = draft.tokens.filter((token) => token.value === draft.value || token.value === draft.baselineValue)
    const shorter = draft.value !== null && draft.baselineValue !== null && draft.value < draft.baselineValue
    if (shorter && times.length === 2 && times.every((token) => isTimeUnit(token.unit))) {
      draft.delta = -draft.delta
      if (draft.metric === null || !registry.isMetric(draft.metric)) draft.metric = 'latency'
    }
    // (Otherwise `200x faster` is a speed-up of 200, whatever the measure:
    // the spec's `27x speed-up` is +27, `a 1.22x speedup in … latency` too;
    // but an improvement of a measure where lower is better lowers it:
    // `improves average latency by 3.1x`, `100x time-to-first-token improvement`.)
    if (!shorter && improvesLowerBetter(draft, registry)) draft.delta = -draft.delta
    return
  }
  // (A difference of two scores is signed by them: `improves the length
  // score from 30.9 to 64.8` is +33.9, whatever the measure.)
  if (draft.derived || !lowerIsBetter(draft.metric, registry)) return
  const changed = draft.tokens.find((token) => Math.abs(token.value - draft.delta!) < 1e-9) ?? draft.anchor
  const after = draft.sentence.lower.slice(changed.end - draft.sentence.start, changed.end - draft.sentence.start + 12)
  if (/^\s?(?:faster|quicker|shorter|cheaper)\b/u.test(after)) {
    draft.delta = -draft.delta
    return
  }
  // `improve SOTA for a total of 21% in terms of REL`, `a 12% improvement in
  // WER`: an improvement of a measure where lower is better lowers it.
  const before = draft.sentence.lower.slice(Math.max(0, changed.start - draft.sentence.start - 60), changed.start - draft.sentence.start)
  const clause = before.split(/[,;]|\b(?:and|while|but)\s/u).at(-1) ?? ''
  // (So does beating a comparator on it, `outperforms Wanda by 26.79 perplexity`;
  // not `exceeded 1000 hours`, an amount, nor a difference of two scores.)
  if (/\bimprov(?:e|es|ed|ing)\b/u.test(clause) || (!draft.derived && beaten.test(clause)) || /^\s?(?:[a-z-]+\s)?improvements?\b/u.test(after)) draft.delta = -draft.delta
}

const beaten = /\b(?:outperform\w*|surpass\w*|beat\w*)\b/u

/** Whether a unit measures what is spent: a cost that is no rate or ratio (time, memory, energy, money; less is better). */
function isSpentUnit(unit: string | null): boolean {
  return unit !== null && isCostUnit(unit) && !/^(?:x|FPS)$|\/s$/u.test(unit)
}

/** Whether a measure is one the registry knows, where lower is better. */
function lowerIsBetter(metric: string | null, registry: Registry): boolean {
  const known = metric === null ? undefined : findKnownMetric(metric, registry)
  return known !== undefined && registry.higherIsBetter(known) === false
}

/** Whether a ratio's words improve a registry measure where lower is better (not a speed-up of it). */
function improvesLowerBetter(draft: Draft, registry: Registry): boolean {
  if (!lowerIsBetter(draft.metric, registry)) return false
  const {sentence, anchor} = draft
  // (Through a list's `and`: `improves average latency by 3.1x and p99 TTFT by 574.6x`.)
  const before = sentence.lower.slice(Math.max(0, anchor.start - sentence.start - 80), anchor.start - sentence.start).split(/;|\b(?:while|but)\s/u).at(-1) ?? ''
  const after = sentence.lower.slice(anchor.end - sentence.start, anchor.end - sentence.start + 40)
  if (/\b(?:speed-?ups?|faster|quicker|accelerat\w*)\b/u.test(before + after)) return false
  return /\bimprov(?:e|es|ed|ing)\b/u.test(before) || /^\s?(?:[a-z-]+\s){0,3}improvements?\b/u.test(after)
}

function toClaim(draft: Draft, paper: PaperText | undefined, technique: string | null): Claim {
  const start = Math.min(...draft.tokens.map((token) => token.start))
  const end = Math.max(...draft.tokens.map((token) => token.end))
  // The paper's technique, when the row's system is something else (a checkpoint).
  const method = technique !== null && draft.model !== null && draft.model !== technique ? technique : null
  // Built field by field from typed drafts: valid by construction (the tests
  // check every row against ClaimSchema).
  return {
    paper: paper?.title ?? '',
    paperIndex: paper?.index ?? null,
    arxivId: paper?.arxivId ?? null,
    model: draft.model,
    method,
    baseline: draft.baseline,
    benchmark: draft.benchmark,
    metric: draft.metric,
    value: draft.value,
    valueLow: draft.valueLow,
    valueHigh: draft.valueHigh,
    baselineValue: draft.baselineValue,
    delta: draft.delta,
    unit: draft.unit,
    deltaKind: draft.deltaKind,
    qualifier: draft.qualifier,
    start,
    end,
    sentence: draft.sentence.text,
    rule: draft.rule,
    confidence: draft.confidence
  }
}
