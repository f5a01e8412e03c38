import type {Registry} from '../registry/create-registry.js'
import {nameAtCutoff} from '../registry/name-at-cutoff.js'
import {definesAcronym} from './defines-acronym.js'
import {joinMetricPrefix} from './join-metric-prefix.js'
import {latexEmphasis} from './latex-emphasis.js'
import {iouRange} from './measure-words.js'
import {readAllCues} from './read-cues.js'
import {scanNumbers} from './scan-numbers.js'
import {splitSentences} from './split-sentences.js'
import type {Mention, Sentence} from './types.js'

const greek: Record<string, string> = {kappa: 'κ', tau: 'τ', rho: 'ρ', alpha: 'α', beta: 'β', gamma: 'γ', lambda: 'λ', epsilon: 'ε', sigma: 'σ', mu: 'μ', Delta: 'Δ'}
// A Greek letter's command, bare or in braces (`\alpha`, `{\Delta}`).
const greekNames = Object.keys(greek).join('|')
const greekLetter = new RegExp(String.raw`\{\\(${greekNames})\}|\\(${greekNames})(?![a-z])`, 'gu')

// LaTeX leftovers blanked without moving offsets: `30.7\%` → `30.7 %`.
function clean(text: string): string {
  // Every replacement below needs a `\`, `$`, `~`, `=>` or `x` before a digit: most sentences have none.
  // (Two plain tests: one pattern with both was three times slower.)
  if (!/[\\$~⇒]|=>|\{,\}/u.test(text) && !/[x×]\d/u.test(text)) return text
  return text
    // (`1{,}597`: LaTeX's thousands separator; the digits move right, `  1,597`.)
    .replace(/(?<![\d,])(\d{1,3})\{,\}(?=\d{3}(?!\d))/gu, (_, lead: string) => `  ${lead},`)
    // (`by up to x5.6`: a ratio written before its number, turned round in
    // place, `5.6x`, so that the number keeps its span.)
    // (Not the `x86` of a processor's architecture.)
    .replace(/(?<=^|[\s(])([x×])(?!86(?![\d.]))(\d+(?:\.\d+)?)(?![\p{L}\p{N}_])/gu, (_, sign: string, digits: string) => `${digits}${sign}`)
    // (`PSNR (9.87=>15.98)`: an arrow between two scores, typed.)
    .replace(/=>|⇒/gu, (match: string) => (match.length === 2 ? ' →' : '→'))
    .replace(/\\%/gu, ' %')
    // (`\(+9.5\%\)`: LaTeX's inline maths delimiters.)
    .replace(/\\[()]/gu, '  ')
    .replace(/\\times/gu, '     ×')
    .replace(/\\pm(?![a-z])/gu, '  ±')
    // (`vs.\ 639.1`: a LaTeX space after an abbreviation's full stop.)
    .replace(/\\ /gu, '  ')
    // (`9.37$^{\circ}$`, `$0.12^\circ$`: a degree sign.)
    .replace(/\^\{\\circ\}/gu, '°       ')
    .replace(/\^\\circ(?![a-z])/gu, '°     ')
    // (`by $\sim$200x`, `$\approx$ 3%`: hedges written in LaTeX.)
    .replace(/\\sim(?![a-z])/gu, '   ~')
    .replace(/\\approx(?![a-z])/gu, '      ≈')
    // (`$p \leq 0.023$`, `$\geq$50 Hz`: bounds written in LaTeX.)
    .replace(/\\(?:leq?|geq?)(?![a-z])/gu, (match: string) => `${' '.repeat(match.length - 1)}${match[1] === 'l' ? '≤' : '≥'}`)
    // (`$62\%\rightarrow91\%$`: an arrow between two scores.)
    .replace(/\\(?:rightarrow|to)(?![a-z])/gu, (match: string) => `${' '.repeat(match.length - 1)}→`)
    // `\textbf{6.91\%}`: the emphasis goes, its text stays in place.
    .replace(latexEmphasis, (match: string, inner: string) => `${' '.repeat(match.length - inner.length - 1)}${inner} `)
    // (`on $\pi_{0.5}$`: a model written in LaTeX, as it reads, `on π0.5`,
    // its blanks after it: a blank run before would part it from `on`.)
    .replace(/\$?\\pi_\{?(\d{1,2}(?:\.\d{1,2})?)\}?\$?/gu, (match: string, version: string) => `π${version}${' '.repeat(match.length - version.length - 1)}`)
    .replace(/\$([^$\n]{1,60})\$/gu, (_, inner: string) => ` ${inner} `)
    // (`$\times 5$ lower latency`: a ratio written before its number, set
    // apart, turned round in place as `5x` is.)
    .replace(/(?<=[\s(])×(\s{1,3})(\d{1,4}(?:\.\d{1,2})?)(?=\s{1,4}(?:lower|higher|faster|slower|fewer|less|more|smaller|larger|better|speed-?ups?)\b)/gu, (_, blank: string, digits: string) => `${digits}${blank}×`)
    // (`$R^{2}=0.66$`: a one-digit superscript without its braces, `R^2`.)
    .replace(/\^\{(\d)\}/gu, (_, digit: string) => `^${digit}  `)
    // (`$F_{1}\sim0.80$`, `$F_1$`: a one-letter measure's subscript, `F1` as
    // plain text writes it; not a model's, `$π_0$-EqM`, which a blank would cut.)
    .replace(/(?<=(?<![\p{L}\p{N}])[A-Za-z])_\{(\d{1,2})\}/gu, (match: string, digits: string) => `${digits}${' '.repeat(match.length - digits.length)}`)
    .replace(/(?<=(?<![\p{L}\p{N}])[A-Za-z])_(\d)(?![\d.])/gu, (_, digit: string) => `${digit} `)
    // `Cohen's $\kappa = 0.92$`: a measure's letter, moved into the blank its
    // `$` left so that the name still reads as one (`Cohen's κ`).
    .replace(/(?<=\s)\s\\(kappa|tau|rho)(?![a-z])/gu, (match: string, name: string) => `${greek[name]!}${' '.repeat(match.length - 1)}`)
    // (`195{\mu}s`: microseconds, `μs` right after the number; `{\alpha} =
    // 0.10`: a letter in braces, `α = 0.10`, a setting.)
    .replace(/\{\\mu\}s(?![a-z])/gu, 'μs    ')
    // (`0.41{\deg}C`, `2\deg C`: degrees Celsius, the sign and its letter
    // together, `0.41°C`, blanks after.)
    .replace(/\{\\deg\}\s?([CF])(?![a-z])|\\deg\s?([CF])(?![a-z])/gu, (match: string, braced: string | undefined, bare: string | undefined) => `°${braced ?? bare!}${' '.repeat(match.length - 2)}`)
    .replace(greekLetter, (match: string, braced: string | undefined, bare: string | undefined) => `${' '.repeat(match.length - 1)}${greek[braced ?? bare!]!}`)
    // `from~$29.6$` is LaTeX spacing; ` ~6%` means about.
    // (`+8.67~pp`, `339.86~PFLOP/s`: a non-breaking space before a unit.)
    // (`$323\!\pm\!125$`: LaTeX's thin and negative spaces are blanks too.)
    .replace(/(?<=[\p{L}$])~|(?<=\d)~(?=[%\p{L}])|\\[,!;]/gu, (match) => ' '.repeat(match.length))
    // `${\sim}2{\times}$`: braces around one symbol group nothing (around a
    // number they may hold a name's index: `\pi_{0.5}`).
    .replace(/\{(\s{0,8}[~×±≈→])\}/gu, (_, inner: string) => ` ${inner} `)
    // (`{1.3--1.7}\,$\times$`: braces around a number or a range group
    // nothing either, unless an index or a power opens them.)
    .replace(/(?<![_^\\\p{L}\p{N}])\{(\d{1,4}(?:\.\d{1,3})?(?:\s?(?:--|–|-)\s?\d{1,4}(?:\.\d{1,3})?)?)\}/gu, (_, inner: string) => ` ${inner} `)
}

function withoutInner(mentions: Mention[], outer: readonly Mention[], text: string, offset: number): Mention[] {
  // A longer name swallows another (`Minerva 8B` holds `Minerva`); a name that
  // is both stays a benchmark only where it is used as one (`on Minerva`).
  return mentions.filter(
    (mention) =>
      !outer.some((other) => {
        if (other.start > mention.start || mention.end > other.end) return false
        if (other.end - other.start > mention.end - mention.start) return true
        return !/\b(?:on|in|across)\s(?:the\s)?$/u.test(text.slice(Math.max(0, mention.start - offset - 12), mention.start - offset))
      })
  )
}

const numberFormat = /(?:full|half|mixed|single|double|reduced|fixed|floating)-$/iu
// (`6.0 fJ/MAC`: the item of a number's unit, not a measure; nor is the
// noun of a size, `our 7B-parameter world model`.)
const itemOfUnitOrSize = /\d\s?[\p{L}]{1,5}\/$|\d[KMBT]-$/u
// (`memory-related tasks`, `energy-intensive workloads`: a measure's word
// made into an adjective describes something else.)
// (`token-to-word ratio`: the first of the two things a ratio compares.)
const qualifiesWord = /^-(?:(?:related|intensive|bound|sensitive|oriented|centric|heavy|hungry|constrained)\b|to-[a-z])/iu

// `GQA models`, `MHA and GQA architectures`: a benchmark's name used for a
// kind of model (grouped-query attention) is not the benchmark; nor is
// `ImageNet normalization`, `ImageNet-pretrained`: the data a setting comes from.
// (Nor `dense GQA, 48 layers`: an architecture's attention, after its kind.)
function namesKind(mention: Mention, text: string, offset: number): boolean {
  return (
    /^\s(?:models?|architectures?|variants?|layers?|heads?)\b|^[\s-](?:normali[sz]ation|initiali[sz]ation|pre-?train(?:ing|ed)|weights|statistics)\b/u.test(text.slice(mention.end - offset, mention.end - offset + 16)) ||
    /\b(?:dense|sparse|MoE)\s$/u.test(text.slice(Math.max(0, mention.start - offset - 7), mention.start - offset))
  )
}

// `ScreenSpot-v2`, `MTEB-Code`, `VL-RewardBench`: a registry stem with a
// named variant or prefix keeps the whole written name.
function extendName(mention: Mention, text: string, offset: number): Mention {
  // (`LiveCodeBench v5`: a spaced version too.)
  // (Not a full stop after it: `ScreenSpot-v2.`)
  // (Or several parts: `BIRD-CRITIC-PG`.)
  const rest = /^(?:(?:-(?:v?\d(?:[\p{L}\p{N}]|\.(?=[\p{L}\p{N}]))*|\p{Lu}[\p{L}\p{N}]*)){1,3}|\sv\d+(?:\.\d+)*)(?![\p{L}\p{N}-])/u.exec(text.slice(mention.end - offset, mention.end - offset + 24))
  // (`Split CIFAR-100`, `Permuted MNIST`: a continual-learning variant of the data set.)
  const lead = /(?<![\p{L}\p{N}-])(?:\p{Lu}[\p{Lu}\p{N}]{0,5}-|(?:Split|Permuted|Rotated)\s)$/u.exec(text.slice(Math.max(0, mention.start - offset - 9), mention.start - offset))
  if (!rest && !lead) return mention
  const start = mention.start - (lead?.[0].length ?? 0)
  const end = mention.end + (rest?.[0].length ?? 0)
  return {name: text.slice(start - offset, end - offset), start, end}
}

// The cues of a sentence without numbers, and a placeholder until
// `readAllCues` (which does not read it) has run.
const noCues: Sentence['cues'] = new Map()

// `NDCG@5`, `MRR@100`, `mAP@0.25`, `R@3`: a measure the registry knows, at a
// cutoff it need not list. (`H-Score@20`: a named kind of one, as written.)
const atCutoff = /(?<![\p{L}\p{N}@-])((?:[A-Za-z]{1,8}-)?[A-Za-z]{1,12})@(\d{1,4}(?:\.\d{1,3})?)(?![\p{L}\p{N}@]|\.\d)/gu

function withCutoffMetrics(metrics: Mention[], text: string, offset: number, registry: Registry): Mention[] {
  if (!text.includes('@')) return metrics
  let added: Mention[] | undefined
  for (const match of text.matchAll(atCutoff)) {
    const start = offset + match.index
    const end = start + match[0].length
    const overlap = metrics.findIndex((mention) => mention.start < end && start < mention.end)
    const found = metrics[overlap]
    // (`Avg@8`, listed as one spelling of `avg@k`: the cutoff as written.)
    if (found?.name.endsWith('@k') && found.start === start && found.end === end) {
      metrics = metrics.with(overlap, {...found, name: `${found.name.slice(0, -1)}${match[2]!}`})
    }
    if (found) continue
    const name = nameAtCutoff(match[1]!, registry)
    if (name !== undefined) (added ??= []).push({name: `${name}@${match[2]!}`, start, end})
  }
  return added ? [...metrics, ...added].sort((a, b) => a.start - b.start) : metrics
}

// `mAP50-95`, `mAP50`: a cutoff written without the `@` of the registry's
// name (`mAP@50-95`) is kept as written, as a reader copies it.
function asWritten(mention: Mention, text: string, offset: number): Mention {
  // (`mAP@0.5:0.95`, `mAP@.50:.95`: the word scan stops at the colon or
  // reads nothing; precision averaged over IoU thresholds is one measure.)
  const range = iouRange.exec(text.slice(mention.start - offset, mention.start - offset + 16))
  if (range) return {name: `${range[1]!}@50-95`, start: mention.start, end: mention.start + range[0].length}
  if (!mention.name.includes('@')) return mention
  const written = text.slice(mention.start - offset, mention.end - offset)
  // (`Average@32` is written out; `avg@32` is its registry name.)
  if (/^average@\d{1,3}$/iu.test(written)) return {...mention, name: written}
  return !written.includes('@') && written.toLowerCase() === mention.name.replace('@', '').toLowerCase() ? {...mention, name: written} : mention
}

// `MERaLiON-2-10B-ASR`, `Qwen3-ASR`: a measure's acronym that ends a
// model's hyphenated name (a part with a digit before it, not a
// dimension: `3D-IoU` is a measure) is part of the name.
const endsModelName = /(?<![\p{L}\p{N}.])(?!\d[Dd]-)[\p{L}.]*\d[\p{L}\p{N}.]*-$/u

function endsName(mention: Mention, text: string, offset: number): boolean {
  if (text[mention.start - offset - 1] !== '-') return false
  return /^\p{Lu}{2,6}$/u.test(text.slice(mention.start - offset, mention.end - offset)) && endsModelName.test(text.slice(Math.max(0, mention.start - offset - 30), mention.start - offset))
}

// `the proposed ADE-QVAET model`: a measure's acronym that starts a
// hyphenated name called a system is part of that name.
function startsName(mention: Mention, text: string, offset: number): boolean {
  return text[mention.end - offset] === '-' && /^-\p{Lu}[\p{L}\p{N}]{2,}\s(?:model|framework|method|network|architecture|system|approach|agent)s?\b/u.test(text.slice(mention.end - offset, mention.end - offset + 40))
}

// `ZetaNet speeds up decoding`: the verb, not the measure `speed-up`.
function speedsUp(mention: Mention, text: string, offset: number): boolean {
  return /^speeds[\s-]up$/iu.test(text.slice(mention.start - offset, mention.end - offset))
}

// `scanning speeds up to 0.5 m/s`: the speeds, up to a bound; not the verb.
function speedsUpTo(mention: Mention, text: string, offset: number): Mention {
  if (!speedsUp(mention, text, offset) || !/^\sto\s[~≈]?\d/u.test(text.slice(mention.end - offset, mention.end - offset + 6))) return mention
  return {name: 'speed', start: mention.start, end: mention.start + 'speeds'.length}
}

// `Parameter Golf`, `Score-Comparison inconsistency`: a capitalised measure
// word that starts a title-case name.
function inTitleCaseName(mention: Mention, text: string, offset: number): boolean {
  return mention.start > offset && /^\p{Lu}\p{Ll}/u.test(text.slice(mention.start - offset)) && /^[\s-]\p{Lu}\p{Ll}/u.test(text.slice(mention.end - offset))
}

/**
 * Split an abstract into sentences and read each one that holds a digit:
 * names (models, benchmarks, metrics) first, then the numbers outside them.
 * Sentences without a digit are read for their names only, and only when
 * some sentence holds a number a rule could read: otherwise the result is
 * empty (most abstracts of a listing report no result).
 *
 * @example
 * readSentences('It scores 97.1% on GSM8K.', defaultRegistry())
 */
export function readSentences(abstract: string, registry: Registry): Sentence[] {
  const spans = splitSentences(abstract)
  const sentences: Sentence[] = new Array(spans.length)
  const later: number[] = []
  let numbered = false
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!
    const text = abstract.slice(span.start, span.end)
    if (!/\d/u.test(text)) {
      later.push(index)
      continue
    }
    const sentence = readSentence(index, span, text, true, registry)
    if (sentence.tokens.length > 0) numbered = true
    sentences[index] = sentence
  }
  if (!numbered) return []
  // The others are still read for their names, which later sentences lean on
  // (`the one benchmark earlier sentences name`, `the system the previous
  // sentence is about`).
  for (const index of later) sentences[index] = readSentence(index, spans[index]!, abstract.slice(spans[index]!.start, spans[index]!.end), false, registry)
  return sentences
}

function readSentence(index: number, span: {start: number; end: number}, text: string, hasDigit: boolean, registry: Registry): Sentence {
  const cleaned = clean(text)
  const lower = cleaned.toLowerCase()
  const models = hasDigit ? registry.findModels(cleaned, span.start) : []
  const found = registry.findBenchmarks(cleaned, span.start)
  // (Most sentences name no benchmark: no filtered and mapped copies.)
  const benchmarks =
    found.length === 0 ? found : withoutInner(found, models, cleaned, span.start).filter((mention) => !namesKind(mention, cleaned, span.start) && definesAcronym(mention, cleaned, span.start) === undefined).map((mention) => extendName(mention, cleaned, span.start))
  // (`full-precision`, `half-precision`: a number format, not the measure.)
  const metrics = hasDigit
    ? withCutoffMetrics(
        registry
          .findMetrics(cleaned, span.start)
          .map((mention) => speedsUpTo(mention, cleaned, span.start))
          .filter((mention) => !numberFormat.test(cleaned.slice(Math.max(0, mention.start - span.start - 10), mention.start - span.start)) && !itemOfUnitOrSize.test(cleaned.slice(Math.max(0, mention.start - span.start - 8), mention.start - span.start)) && !inTitleCaseName(mention, cleaned, span.start) && !endsName(mention, cleaned, span.start) && !startsName(mention, cleaned, span.start) && !speedsUp(mention, cleaned, span.start) && !qualifiesWord.test(cleaned.slice(mention.end - span.start, mention.end - span.start + 12)))
          .map((mention, _, measures) => joinMetricPrefix(asWritten(mention, cleaned, span.start), cleaned, span.start, models.length === 0 ? benchmarks : [...models, ...benchmarks], measures)),
        cleaned,
        span.start,
        registry
      )
    : []
  // Numbers come only in sentences with a digit.
  const tokens = hasDigit ? scanNumbers(cleaned, span.start, models.length === 0 ? benchmarks : [...models, ...benchmarks], lower) : []
  // `+15.9 and +30.4 points`, `124 / 78 FPS`: the unit of the last item is the list's.
  for (let at = tokens.length - 2; at >= 0; at--) {
    const token = tokens[at]!
    const next = tokens[at + 1]!
    if (token.unit !== null || next.unit === null) continue
    const gap = cleaned.slice(token.end - span.start, next.start - span.start)
    // (Not a ratio through a bare comma: `0.08, 6× lower` is a score and a change.)
    // (`217.75 vs. 207.02 tokens/s`: two scores compared, in one unit.)
    // (Nor when each names its own measure: `RMSE of 412.84 and 92.46 percent accuracy`.)
    const ownMeasures = metrics.some((mention) => mention.end <= token.start && token.start - mention.end <= 4) && metrics.some((mention) => mention.start >= next.end && mention.start - next.end <= 2)
    if (ownMeasures) continue
    if (/^,?\s{1,12}and\s{1,12}$|^\s?\/\s?$|^\s(?:vs\.?|versus)\s{1,3}$/u.test(gap) || (/^,\s$/u.test(gap) && next.unit !== 'x')) token.unit = next.unit
  }
  const sentence: Sentence = {
    index,
    start: span.start,
    end: span.end,
    text,
    clean: cleaned,
    lower,
    tokens,
    cues: noCues,
    models,
    benchmarks,
    metrics
  }
  // (Cues are only read, never written: sentences without numbers share one empty map.)
  if (tokens.length > 0) sentence.cues = readAllCues(sentence)
  return sentence
}
