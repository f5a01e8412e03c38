import builtInFamilies from '../../registry/model-families.json'
import {isScaleHead} from '../../registry/is-scale-head.js'
import {countNameMarks} from '../count-name-marks.js'
import {genericAcronym} from '../generic-acronym.js'
import {isCostMeasure} from '../is-cost-measure.js'
import {isCostUnit} from '../is-cost-unit.js'
import type {PaperContext} from '../read-paper-context.js'
import {readWindows} from '../read-windows.js'
import type {Draft, Mention, Sentence} from '../types.js'
import {abstractBenchmarks, aggregate, aggregateAfterList, ownData, singleEarlier, trainedOn, userStudy} from './read-benchmark-scope.js'
import {
  datasetNamed,
  forRight,
  isBenchmarkShaped,
  nameBeforeMeasure,
  nameThenData,
  notDataName,
  onRight,
  onRightGap,
  parallelOn,
  shapedAcross,
  shapedAfter,
  shapedAfterOn,
  shapedBefore
} from './read-shaped-benchmark.js'

const comparison = /\b(?:than|outperform\w*|surpass\w*|compared|versus|vs|beat\w*|over)\b/u
// A list item's label right before its number (`, Weather: -3.9%`), and the
// labels that name no benchmark (`average: 35.9%`).
// (Or `DPG(86.8)` after `TIIF(73.8)`.)
const listLabel = /(?:^|[(,;]\s?|,?\s(?:and|or)\s)([\p{Lu}][\p{L}\p{N}.+'’-]{1,30}(?:\s\p{Lu}[\p{L}\p{N}.+'’-]{1,20})?)\s?[:(]\s{0,2}[+\-−]?$/u
const labelledList = /\b(?:on|in|across)\s(?:the\s)?[\p{Lu}][\p{L}\p{N}.+'’-]{1,30}(?:\sv\d{1,2}(?:\.\d{1,2}){0,2})?\s?[:(]\s{0,2}[+\-−]?\d[\d.]*%?\)?(?:,\s|\sand\s)/u
const aggregateLabel = /^(?:average|avg|mean|overall|total|all)$/iu

const families = new Set(builtInFamilies as string[])

// A clause of its own verb, coordinated: `… and boosts`, `… but reduces`.
const ownVerb = /\b(?:and|but)\s(?:also\s|further\s)?[a-z]{3,}(?:es|s|ed)\s/u
// (With a subject of its own too: `…, while the Practice module improves … on AIME 2024`.)
const laterClause = /,\s(?:and|while|whereas|but)\s(?:(?:the|our|its|their|this|these)\s(?:[\w-]+\s){1,3})?(?:also\s|further\s)?[a-z]{3,}(?:es|s|ed)\s/u

function overlaps(start: number, end: number, mentions: readonly Mention[]): boolean {
  return mentions.some((mention) => mention.start < end && start < mention.end)
}

const onParenLabel = /(?:\b(on)|,|\band)\s(?:the\s)?(\p{Lu}[\p{L}\p{N}.+-]{1,30})\s\(\s?[+\-−]?$/u

/**
 * The benchmark a claim is on: `B:` or `B (` right before the number (or
 * any name-shaped label `X:` in a list whose other labels are benchmarks),
 * then `on/in B` right after it, then the nearest benchmark around it (no other
 * number between), then a name-shaped `on X` the registry does not know,
 * then the only benchmark the sentence names when no other number is closer
 * to it; else the single benchmark of the earlier sentences, or the
 * benchmark the paper introduces. Null for results across many benchmarks.
 *
 * @example
 * resolveBenchmark(draft, sentences, paper)
 */
export function resolveBenchmark(draft: Draft, sentences: readonly Sentence[], paper: PaperContext): string | null {
  const {sentence} = draft
  const first = draft.tokens[0]!
  // A score with its margin (`38.5% on B, … by 4.2 points`) is read around the score.
  // (Two scores side by side, `62.4 vs 62.2 on SeedBench`, are read around both.)
  const sideBySide = draft.tokens.length === 2 && /^\s?(?:vs\.?|versus)\s$/u.test(sentence.lower.slice(first.end - sentence.start, draft.tokens[1]!.start - sentence.start))
  const scored = draft.tokens.length > 1 && draft.value !== null && !sideBySide ? draft.tokens.find((token) => token.value === draft.value) : undefined
  const last = scored ?? draft.tokens.at(-1)!
  const windows = readWindows(sentence, scored ? [first, scored] : draft.tokens)
  // A benchmark inside a longer model name (`Qwen2.5-Math`) is not one, nor
  // is the data a model was trained on (`When pretrained on Objects365, …`).
  const names = sentence.benchmarks.filter(
    (mention) =>
      !trainedOn.test(sentence.lower.slice(Math.max(0, mention.start - sentence.start - 30), mention.start - sentence.start)) &&
      !sentence.models.some(
        (model) => model.start <= mention.start && mention.end <= model.end && model.end - model.start > mention.end - mention.start
      )
  )
  const base = sentence.start
  const between = (from: number, to: number): string => sentence.lower.slice(from - base, to - base)
  const otherToken = (from: number, to: number): boolean =>
    sentence.tokens.some((token) => !draft.tokens.includes(token) && token.start >= from && token.end <= to)

  // `MATH-500: +30.1%`, `GSM8K (+4.9%)`, `AMC23:+27.5%`.
  for (const mention of names) {
    // (`OmniDocBench v1.5 (93.12)`: with its version between.)
    if (mention.end <= first.start && /^(?:\sv\d{1,2}(?:\.\d{1,2}){0,2})?\s{0,2}(?:[:=(]|with|of|at)?\s{0,2}[+\-−]?$/u.test(between(mention.end, first.start))) {
      return mention.name
    }
  }
  // `(ADE20K, pi_kept about 89% rather than 98%: +1.5 mIoU)`: a parenthesis
  // that opens with a benchmark's name and a comma is about it (one that
  // opens with `X:` labels its first item only: `(ETTh1: -8.1%, Weather: -3.9%)`).
  const open = sentence.clean.lastIndexOf('(', first.start - base)
  if (open !== -1 && !sentence.clean.slice(open, first.start - base).includes(')')) {
    const opener = names.find((mention) => mention.start === base + open + 1 && between(mention.end, mention.end + 1) === ',')
    if (opener && !names.some((mention) => mention.start > opener.end && mention.end <= first.start)) return opener.name
  }
  // `ranks second on MathOlympiad (22.8%) and ProofNet (33.2%)`: a name the
  // registry does not know, after `on` (or listed after one), labelling the
  // score in parentheses after it.
  // (Beside the `X:`/`X(` labels of a labelled list read below, which need no `on`.)
  const onFrom = Math.max(0, first.start - base - 48)
  const onLabel = onParenLabel.exec(sentence.clean.slice(onFrom, first.start - base))
  if (onLabel && (onLabel[1] === 'on' || /\bon\s(?:the\s)?\p{Lu}[\p{L}\p{N}.+-]*\s\(/u.test(sentence.clean.slice(0, first.start - base)))) {
    const onName = onLabel[2]!
    const at = base + onFrom + onLabel.index + onLabel[0].indexOf(onName)
    if (![...sentence.models, ...sentence.metrics].some((mention) => mention.start < at + onName.length && at < mention.end)) return onName
  }
  for (const measure of sentence.metrics) {
    if (measure.end > first.start || !/^\s(?:scores?\s)?(?:of|at)\s[^a-z\s]{0,3}$/u.test(between(measure.end, first.start))) continue
    const name = nameBeforeMeasure.exec(sentence.clean.slice(Math.max(0, measure.start - base - 40), measure.start - base))?.[1]
    const at = measure.start - (name?.length ?? 0) - 1
    if (name && !notDataName.test(name) && !overlaps(at, measure.start, [...sentence.models, ...sentence.metrics])) return name
  }
  // `(ETTh1: -8.1% MSE, Weather: -3.9% MSE)`: in a list whose labels name
  // benchmarks, a label the registry does not know names one too.
  const labelFrom = Math.max(0, first.start - base - 40)
  const labelMatch = listLabel.exec(sentence.clean.slice(labelFrom, first.start - base))
  const label = labelMatch?.[1]
  // (Or a list that opens with `on X(…)`: `on TIIF(73.8), DPG(86.8)`.)
  const labelled = (): boolean => names.some((mention) => /^\s?[:(]/u.test(between(mention.end, mention.end + 2))) || labelledList.test(sentence.clean)
  // (Not a measure's name: `improvements in ROUGE-1 (+23.2%), ROUGE-2 (+0.6%)`.)
  const labelStart = labelMatch ? base + labelFrom + labelMatch.index + labelMatch[0].indexOf(labelMatch[1]!) : 0
  const measureLabel = labelMatch !== null && sentence.metrics.some((mention) => mention.start <= labelStart && labelStart < mention.end)
  if (label && !measureLabel && !aggregateLabel.test(label) && labelled()) return label
  // `on the LIBERO benchmark, … across four task suites`: parts of the one
  // benchmark the sentence names before the number are that benchmark.
  const containerOf = (text: string): string | null =>
    /\b(?:suites|tasks|splits|subsets|categories|levels)$/u.test(text) && new Set(names.map((mention) => mention.name)).size === 1 && names[0]!.end <= first.start
      ? names[0]!.name
      : null
  // `on several spatial benchmarks, including 34.8% on MMSI-Bench`: a name
  // written right after the number is the number's, whatever aggregate precedes it.
  const rightAfter = names.find((mention) => mention.start >= last.end && onRightGap.test(between(last.end, mention.start)))
  if (rightAfter) return rightAfter.name
  // `gains of 3.7% (FSVOD-500), 5.3% (FSYTV-40)`: a data set's name alone in
  // the parenthesis right after the number labels it (the name of its size,
  // `-500`; other labels there name systems or settings: `(ControlNet)`, and a
  // model's is read as the model's: `41% (Qwen2.5-7B)`).
  const labelAfter = /^\s?\(([\p{Lu}][\p{L}\p{N}.+]{1,20}-\d{1,5})\)/u.exec(sentence.clean.slice(last.end - base, last.end - base + 40))
  if (labelAfter && countNameMarks(labelAfter[1]!) >= 2 && !genericAcronym.test(labelAfter[1]!)) {
    const at = last.end + labelAfter[0].indexOf(labelAfter[1]!)
    if (![...sentence.models, ...sentence.metrics].some((mention) => mention.start < at + labelAfter[1]!.length && at < mention.end)) return labelAfter[1]!
  }
  // A name the registry does not know: `on AMC32` after the number, or
  // `on Vbvr-VQA with 74.8%` just before it.
  const shapedName = (match: RegExpExecArray | null, offset: number): string | undefined => {
    if (!match) return undefined
    const name = match[1]!.replace(/['’]s?$|[.,]$/u, '')
    const start = base + offset + match.index + match[0].indexOf(match[1]!)
    // `on CPU`, `on an A100` are hardware, `on LLMs` a kind of system, `in
    // BF16` a number format, `in LLM-enabled …` an adjective; a
    // short all-capital name (`on FVQA`) may still be a benchmark.
    const hardware =
      /^[\p{Lu}]{1,2}$|\b(?:GPUs?|CPUs?|TPUs?|NPUs?|FPGAs?|ASICs?|MCUs?|DSPs?|SoCs?|ARM|AWS|SSDs?|LLMs?|VLMs?|MLLMs?|LMs?|RAG|API|AI|ML|NLP|RL|SFT)$|^(?:[AHVLTP]\d{2,3}|RTX|GTX)\b|^(?:BF|FP|INT)\d{1,2}$|-(?:enabled|based|driven|powered|aware|guided)$/u.test(name)
    const named = [...sentence.models, ...sentence.metrics]
    const trained = trainedOn.test(sentence.lower.slice(Math.max(0, start - base - 30), start - base))
    // (`11.3% in SODA score`: a name before `score` names a measure.)
    // (Nor a name that qualifies a measure written after it: `5.9pp on JSON
    // schema adherence`, its head a score on a fixed scale.)
    const next = sentence.lower.slice(start + name.length - base, start + name.length - base + 40)
    const words = /^\s[a-z-]+(?:\s[a-z-]+){0,2}/u.exec(next)?.[0].trim().split(' ') ?? []
    const measure = /^\s(?:scores?|metrics?)\b/u.test(next) || words.some((word) => isScaleHead(word))
    // (Nor the paper's own method, `the Planner in DRPG reaches 98%`, nor
    // the claim's measure, `+14.1 in Persona Consistency`.)
    const own = name === paper.method || name === draft.metric
    // (Nor a family of models written bare: `22.8% on LLaMA`.)
    const family = families.has(name)
    return isBenchmarkShaped(name) && !hardware && !trained && !measure && !own && !family && !overlaps(start, start + name.length, named) ? name : undefined
  }
  // (`+214% on Mem-Gallery (0.254 → 0.797)`, `4.0 points on LIBERO (72.4%
  // vs 68.4%)`: a change and its two scores, the benchmark right after the change.)
  const second = draft.tokens[1]
  if (second !== undefined && (first.sign !== 0 || changeBeforePair(draft))) {
    const named = shapedName(onRight.exec(sentence.clean.slice(first.end - base, second.start - base)), first.end - base)
    if (named) return named
  }
  // `34.8% on MMSI-Bench`: a name-shaped `on X` right after the number wins
  // over a registry name further back.
  const onMatch = onRight.exec(windows.afterRaw) ?? (first.sign !== 0 && draft.tokens.length === 1 ? forRight.exec(windows.afterRaw) : null)
  const onShaped = shapedName(onMatch, windows.afterStart)
  // (Not a qualifier of a registry name that follows: `on the Lean 4 miniF2F test`.)
  const onEnd = base + windows.afterStart + (onMatch ? onMatch.index + onMatch[0].length : 0)
  // (A registry name inside it is part of the longer name: `on Haystack-Ego4D`.)
  // (Nor the first of a list of names a list of numbers maps onto: `+15.9 and
  // +11.5 F1 on FanOutQA and a subset of BrowseComp, respectively`.)
  const listOfNames = /^(?:,\s|\sand\s)(?:(?:the|a|an|its|their|subset|split|part|set|version|of)\s){0,3}\p{Lu}/u.test(sentence.clean.slice(onEnd - base, onEnd - base + 40))
  if (onShaped && !listOfNames && !names.some((mention) => mention.start >= onEnd - onShaped.length && mention.start <= onEnd + 2 && mention.end > onEnd)) return onShaped
  // `0.404 on ETTh1 and 0.247 on Weather`: a plain capitalised word where
  // the list's known benchmark stood is a benchmark too.
  const plain = onMatch && !onShaped ? /^\p{Lu}\p{Ll}{2,20}$/u.exec((onMatch[1] ?? '').replace(/[.,]$/u, ''))?.[0] : undefined
  if (plain && plain !== paper.method && !/^(?:Average|Overall|Mean|Total|All|Both|Each|Others?|Top)$/u.test(plain) && parallelOn(sentence, first, names)) return plain
  // (`by 15.3% and 5.1% averaged across seven benchmarks`: an aggregate
  // after a list is every item's.)
  if (aggregateAfterList(sentence, last)) return null
  const aggregateAfter = aggregate.exec(windows.after)
  if (aggregateAfter && !/[,;]/u.test(windows.after.slice(0, aggregateAfter.index)) && aggregateAfter.index < 40) {
    const named = names.find((mention) => mention.start >= last.end && mention.start - base < windows.afterStart + aggregateAfter.index + aggregateAfter[0].length)
    return named?.name ?? containerOf(aggregateAfter[0])
  }
  const near = windows.before.slice(-80)
  const aggregateBefore = aggregate.exec(near)
  // `across diverse tasks, outperforming X by 4.5%` is still the aggregate's.
  const rest = aggregateBefore ? near.slice(aggregateBefore.index + aggregateBefore[0].length) : ''
  if (aggregateBefore && (!/[,;]/u.test(rest) || /^[^;]{0,10},\s(?:[a-z]+ing)\b[^,;]{0,80}$/u.test(rest))) return containerOf(aggregateBefore[0])
  // (`Empirically, on three benchmarks -- A, B (OntoNotes), and C -- HSGM
  // achieves …`: an aggregate that opens the sentence and lists its
  // members, however long the list.)
  const openingAggregate = aggregate.exec(sentence.lower.slice(0, 40))
  const listsThem = openingAggregate !== null && /^\s?(?:--|—|–|:|\()/u.test(sentence.lower.slice(openingAggregate.index + openingAggregate[0].length))
  if (openingAggregate && listsThem && !/;/u.test(between(base + openingAggregate.index, first.start))) return containerOf(openingAggregate[0])

  // `… 7.5 points on Minerva`: right after the number, before any comma.
  const afterEnd = base + windows.afterStart + windows.after.length
  const after = names.find((mention) => mention.start >= last.end && mention.start <= afterEnd)
  const afterGap = after ? between(last.end, after.start) : ''
  const newItem = /\b(?:and|while|whereas|but)\b/u.test(afterGap)
  if (after && !newItem && /^[^,;]{0,40}?\b(?:on|in|for|at)\s(?:the\s)?(?:[a-z-]+\s){0,2}$/u.test(afterGap) && !comparison.test(afterGap)) return after.name
  // An average in a sentence that lists many benchmarks is over all of them.
  const distinctCount = new Set(names.map((mention) => mention.name)).size
  if (distinctCount >= 3 && /\baverage|\bmean\b/u.test(windows.before.slice(-60))) return null
  // The nearest benchmark before the number, with no other number between.
  const before = names.filter((mention) => mention.end <= first.start && !otherToken(mention.end, first.start)).at(-1)
  const beforeGap = before ? between(before.end, first.start) : ''
  // (Not one named in a clause of its own verb before the claim's, when
  // the claim's clause names one after it: `on AQUA-RAT and boosts accuracy
  // from 85.19% to 87.59% … over X on the ScienceQA test set`.)
  const earlierClause = before !== undefined && after !== undefined && !newItem && ownVerb.test(beforeGap) && !/[,;]/u.test(afterGap) && afterGap.length < 80
  // (Or a name-shaped one the registry does not know: `… on the FLORES
  // dataset and reduces error by a factor of 15 on the 1,560-language BIBLE
  // benchmark`.)
  const ownClause = before !== undefined && after === undefined && ownVerb.test(beforeGap)
  const shapedOwn = ownClause ? shapedName(nameThenData.exec(windows.afterRaw) ?? datasetNamed.exec(windows.afterRaw), windows.afterStart) : undefined
  if (shapedOwn) return shapedOwn
  if (before && !earlierClause && (!after || newItem || beforeGap.length <= afterGap.length || /[,;]/u.test(afterGap))) return before.name
  if (earlierClause) return after.name
  if (after && !comparison.test(afterGap) && !/[,;]/u.test(afterGap) && afterGap.length < 80) return after.name
  // `on Verified`: the last word of a benchmark the abstract names in full
  // (`SWE-bench Verified`) stands for it.
  // (The word alone: `on Math reasoning` is no benchmark's short name.)
  const short = /\b(?:on|in)\s(?:the\s)?(\p{Lu}\p{Ll}{3,20})(?=\s?(?:[,.;:()]|by\b|with\b|and\b|$))/u.exec(windows.afterRaw.slice(0, 40) + ' ' + windows.beforeRaw.slice(-40))?.[1]
  const full = short === undefined ? undefined : abstractBenchmarks(sentences).find((name) => name.endsWith(` ${short}`))
  if (full) return full
  // (`a 6.9% improvement in Output Alignment on ParaBench`: what a change is
  // in is a measure.)
  const changeIn = /^\s?(?:[a-z-]+\s){0,2}(?:improvements?|gains?|increases?|reductions?|decreases?|drops?|boosts?)\sin\s/u.test(windows.after)
  const shaped = shapedName((changeIn ? shapedAfterOn : shapedAfter).exec(windows.afterRaw) ?? shapedAcross.exec(windows.afterRaw) ?? datasetNamed.exec(windows.afterRaw) ?? nameThenData.exec(windows.afterRaw), windows.afterStart)
  if (shaped) return shaped
  const tail = windows.beforeRaw.slice(-70)
  const shapedEarlier = shapedName(shapedBefore.exec(tail), windows.beforeStart + windows.beforeRaw.length - tail.length)
  if (shapedEarlier) return shapedEarlier
  // `…: on CKBG it improves success rate by 5.0 points`: a clause that opens
  // with a name-shaped `on X` and its subject names the benchmark.
  // (`on RoboTwin, it reduces … by 34.02%, while improving … by 2.54%`: up
  // to a contrast with its own subject.)
  // (Or a measure as its subject: `; on Pneumonia CXR, ROC-AUC rises from …`.)
  const clauseOpener = /(?:^|[:;]\s|,?\s(?:while|whereas|and)\s)(?:on|in|for)\s(?:the\s)?([\p{Lu}][\p{L}\p{N}.+'’-]{1,30}(?:\s[\p{Lu}][\p{L}\p{N}.+-]{0,20}){0,2})(?:,?\s(?:it|we|our|the|this)\b|,\s(?<subject>))(?:(?![:;]|\s(?:while|whereas)\s(?![a-z]+ing\b)).)*$/du.exec(
    sentence.clean.slice(0, first.start - base)
  )
  const subjectAt = clauseOpener?.indices?.groups?.['subject']?.[0]
  const measured = subjectAt === undefined || sentence.metrics.some((mention) => mention.start === base + subjectAt)
  if (clauseOpener && measured && isBenchmarkShaped(clauseOpener[1]!) && !overlaps(base + clauseOpener.index, base + clauseOpener.index + clauseOpener[0].length, sentence.models)) return clauseOpener[1]!
  // `On ACID, it achieves …`: a name-shaped opener names the benchmark.
  // (`On FlexTravelBench multi-turn scenarios, …`: with words that say it is data.)
  // (`On the rule-blind NEXUS-Stress benchmark, …`: past words that describe it, when the data word follows.)
  const opener = /^\s?(?:On|In|Across|For)\s(?:the\s)?(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|all|both|various|diverse)\s)[a-z][a-z-]{1,20}\s){0,2}([\p{Lu}][\p{L}\p{N}.+'’-]{1,30}(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.+-]{0,20}){0,3})((?:\s[a-z][a-z-]{1,20}){0,2}\s(?:datasets?|benchmarks?|subsets?|splits?|tasks?|scenarios?|suites?|tracks?|settings?|leaderboards?|challenges?))?,/u.exec(sentence.clean)
  const narrowed = opener?.[2] !== undefined
  const described = opener !== null && /^\s?\S+\s(?:(?!the\s)|the\s)[a-z]/u.test(opener[0])
  // (Not the first item of a list of names: `On the GSM8K, GPQA, MATH-500, … benchmarks,`.)
  const listed = opener !== null && /^\s[\p{Lu}\p{N}][\p{L}\p{N}.+-]*(?:\s\d{2,4})?(?:,|\sand\b)/u.test(sentence.clean.slice(opener[0].length))
  if (opener && !listed && isBenchmarkShaped(opener[1]!) && !overlaps(base + opener.index, base + opener[0].length, sentence.models) && opener[0].length < first.start - base && (!narrowed || shapedName(opener, 0)) && (!described || narrowed)) {
    return opener[1]!
  }
  // Costs (memory, latency, speed-ups) are rarely tied to a benchmark named elsewhere.
  if (isCostUnit(draft.unit)) return null
  // The sentence names one benchmark, and no other number is closer to it.
  const distinct = new Set(names.map((mention) => mention.name))
  if (distinct.size === 1) {
    const only = names[0]!
    // (After the claim, not past a clause of its own verb: `…, enhances X by
    // 28.0%, and yields stronger alignment … on DreamBench++`.)
    const clear = only.start < first.start ? !otherToken(only.end, first.start) : !otherToken(last.end, only.start) && !laterClause.test(between(last.end, only.start))
    if (clear) return only.name
  }
  // `On B, …` at the start of the sentence.
  const opening = /^\s?(?:on|in|across|for)\s(?:the\s)?$/u
  // (Not the first item of a list: `On the GSM8K, GPQA, MATH-500, … benchmarks`.)
  const lead = names.find(
    (mention) =>
      opening.test(sentence.lower.slice(0, mention.start - base)) &&
      /^[^,]{0,25},/u.test(sentence.lower.slice(mention.end - base)) &&
      !names.some((other) => other.start > mention.end && /^,\s$/u.test(sentence.lower.slice(mention.end - base, other.start - base)))
  )
  if (lead) return lead.name
  if (distinct.size > 0) return null
  // `69% of users rated it best`: a study with people, not a run on the data
  // set named elsewhere.
  if (userStudy.test(sentence.lower)) return null
  // Nor is a cost measured in % (`reduces training memory by 35%`, `reduces
  // the real-time factor by 38%`).
  if (isCostMeasure(draft.metric)) return null
  // (Nor one from earlier sentences where this one opens with its own
  // setting in lower-case words: `On unseen sequences, the closed loop …`.)
  // (`On the manually annotated set, …`: or a set of its own; not `On this
  // subset,`: the one named before.)
  if (/^\s?On\s(?!(?:this|that|these|those|each|its)\s)(?:the\s)?(?:[a-z][a-z-]*\s){0,3}(?:[a-z][a-z-]*s|set|split|subset|cohort),/u.test(sentence.clean)) return null
  // (Nor where the number is said to be on kinds of items of its own:
  // `improvements of approximately 30% on challenging tasks including …`,
  // unless an earlier sentence gives them to the benchmark: `SR-Eval spans
  // both function-level and repository-level tasks`.)
  const items = /^\s?(?:[a-z%]+\s)?on\s((?:[a-z][a-z-]*\s){1,2}(?:tasks|problems|questions|sequences|instances|cases|prompts|scenarios))\b/u.exec(sentence.lower.slice(last.end - base, last.end - base + 60))?.[1]
  if (items !== undefined && !sentences.some((earlier) => earlier.index < sentence.index && earlier.benchmarks.length > 0 && earlier.lower.includes(items))) return null
  // (Nor where the number is on data of the authors' own: `F1 = 0.83 on the
  // internal test set`.)
  if (ownData.test(sentence.lower.slice(last.end - base, last.end - base + 60))) return null
  // (A benchmark the abstract introduces, unless it is also the paper's method.)
  const fallback = paper.fallbackBenchmark !== paper.method ? (paper.fallbackBenchmark ?? null) : null
  return singleEarlier(sentences)[sentence.index] ?? paper.benchmark ?? fallback
}

// A change stated before the two scores it restates: three tokens, the first neither score.
function changeBeforePair(draft: Draft): boolean {
  const first = draft.tokens[0]!
  return draft.tokens.length === 3 && !draft.derived && first.value !== draft.value && first.value !== draft.baselineValue
}
