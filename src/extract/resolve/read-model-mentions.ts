import {countNameMarks} from '../count-name-marks.js'
import {ownName, type PaperContext} from '../read-paper-context.js'
import type {Mention, Sentence} from '../types.js'
import {findWholeName} from '../find-whole-name.js'
import {genericAcronym, trainingRecipe} from '../generic-acronym.js'
import {checkpointSuffix} from '../checkpoint-suffix.js'

// `CiteTracer reaches 97.1%`, `ZetaViT is 2.8x faster`, `RTL-Coder 6.7B
// models achieve 37%`: a name-shaped word (and its size) before a result
// verb (not a noun: `SLO attainment`), or before `is` and a number.
// (The words after the name: its size, then a result verb.)
const subjectRest = String.raw`(?:\s\d{1,4}(?:\.\d{1,2})?[BM](?![\p{L}\p{N}]))?)\s(?:models?\s|variants?\s)?(?:(?:can|could|may|will|also|further|consistently|significantly|substantially|still|even|then|now)\s)?(?:(?:achiev|reach|attain|obtain|scor|outperform|surpass|improv|yield|record|deliver|produc|provid|exceed|establish|boost|enhanc|reduc|beat|match|get|gain|resolv|solv|complet|accelerat|retain|preserv|maintain|recover|cut|slash|lower|rais|lift|increas|degrad|declin|keeps?|ranks?|tops?|leads?|sets?)(?!\w*ments?\b)\w*\b|(?:is|are|runs)\s(?=(?:(?:up to|about|roughly|nearly|over|only|also)\s)?[~≈]?\d))`
const subjectVerb = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?!(?:Our|The|This|These|Those|Its|Their|An?|Each|Both|All|Every)\s)([\p{Lu}][\p{L}\p{N}.+-]{1,30}` + subjectRest, 'gu')
// (A name that opens in lower case, `dRRT achieves`, `xLSTM reaches`: in the few sentences with one.)
const lowerInitial = /(?<![\p{L}\p{N}-])\p{Ll}{1,2}\p{Lu}/u
const lowerSubjectVerb = new RegExp(String.raw`(?<![\p{L}\p{N}-])(\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}.+-]{0,28}` + subjectRest, 'gu')

const namedSubject =
  /(?<=\b(?:named|called|dubbed)\s)([\p{Lu}][\p{L}\p{N}.+-]{1,30}),?\s(?:(?:also|further|then|now)\s)?(?:achiev|reach|attain|obtain|scor|outperform|surpass|yield|deliver|record|improv|boost)\w*\b/gu

const appositiveSubject =
  /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}\p{N}.+-]{1,30}),\s(?:the|a|an|our)\s(?:[\p{L}-]+\s){0,4}?(?:model|system|method|variant|approach|agent|classifier|detector|policy)s?,\s(?:achiev|reach|attain|obtain|scor|outperform|surpass|yield|deliver|record)\w*\b/gu

// A name labelling a sentence (`SAS-Net (…): For precise localization,
// achieving …`), or a list item defined after a colon (`…: SAETCN
// (Self-Attention …): A classification model achieving 99.38%`); not a
// label of a number (`USMLE: 60.2%`).
const definedName =
  /^\s{0,2}([\p{Lu}][\p{L}\p{N}.+-]{1,30})\s{0,2}(?:\([^()]{1,120}\)\s{0,2})?:\s(?=\p{L})|:\s{1,2}([\p{Lu}][\p{L}\p{N}.+-]{1,30})\s{0,2}(?:\([^()]{1,120}\)\s{0,2})?:\s{1,2}(?:A|An|The|Our)\s/gu

/**
 * Whether a word is shaped like a name: two or more capitals and digits
 * (`EMPO`, `Qwen2.5`), or a capital after a hyphen (`Llama-Guard`).
 *
 * @example
 * isModelShaped('GPT-4o') // true
 * isModelShaped('Results') // false
 */
export function isModelShaped(word: string): boolean {
  return countNameMarks(word) >= 2 || /-\p{Lu}/u.test(word)
}

// Sentences are read once per abstract: their mentions are computed once too.
const mentionCache = new WeakMap<Sentence, Mention[]>()

// A name made an adjective (`YOLOv11-based`, `LLM-driven`) describes a system; it names none.
// (And an acronym of a kind of system or technique, `OCR improves …`,
// `SOTA`, unless a training recipe.)
function describes(word: string): boolean {
  return /-(?:based|driven|powered|guided|style|like|enhanced|augmented)$/u.test(word) || (genericAcronym.test(word) && !trainingRecipe.test(word))
}

/**
 * The systems a sentence names, in order: the registry's models (not a
 * benchmark, a measure or a description) and the name-shaped subjects it
 * writes; read once per sentence.
 *
 * @example
 * mentions(sentence, paper)[0]?.name // 'CiteTracer' in `CiteTracer reaches 97.1%`
 */
export function mentions(sentence: Sentence, paper: PaperContext): Mention[] {
  let cached = mentionCache.get(sentence)
  if (!cached) {
    cached = findMentions(sentence, paper)
    mentionCache.set(sentence, cached)
  }
  return cached
}

function findMentions(sentence: Sentence, paper: PaperContext): Mention[] {
  // A benchmark that shares a family name (`on Minerva`) is not a model here.
  const found = sentence.models.filter(
    (mention) =>
      !sentence.benchmarks.some((other) => other.start === mention.start && other.end === mention.end) &&
      // (`a YOLOv11-based framework`: what a system is built on describes it.)
      !describes(sentence.text.slice(mention.start - sentence.start, mention.end - sentence.start + 10).split(/\s/u)[0]!) &&
      // `a CLIP score of`, `GPT-4o ratings`: a model naming a measure.
      // (Not the verb: `Llama 3 scores 90.5% on ChartQA`.)
      !/^\s(?:(?:score|ratings?|judges?|judgments?|evaluations?|similarity|embeddings?)\b|scores\b(?!\s(?:(?:only|just|about|around|roughly|nearly|over|above|below|up\sto|at\sleast)\s)?[~≈]?\s?\d))/u.test(
        sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 30)
      )
  )
  // `our model s1-32B`: the name the abstract gives its own system.
  for (const match of sentence.clean.matchAll(ownName)) {
    const name = match[1]!.replace(/[.,;:]$/u, '')
    const start = sentence.start + match.index + match[0].length - match[1]!.length
    if (name.length > 1 && /\d|\p{Lu}/u.test(name) && !found.some((mention) => mention.start < start + name.length && start < mention.end)) {
      found.push({name, start, end: start + name.length})
    }
  }
  // `LedgerBERT: A domain-adapted model achieving …`: a name defined by the
  // words after its colon (a list of contributions) is their subject.
  for (const match of sentence.clean.matchAll(definedName)) {
    const name = (match[1] ?? match[2])!
    const start = sentence.start + match.index + match[0].indexOf(name)
    const end = start + name.length
    // (`GSM8K: 85.2%` labels a benchmark.)
    const named = [...sentence.benchmarks, ...sentence.metrics, ...found]
    // (Nor is an adjective: `a two-dimensional design: DAG-based topological complexity`.)
    if (isModelShaped(name) && !describes(name) && !named.some((other) => other.start < end && start < other.end)) found.push({name, start, end})
  }
  // `TrOCR, the best performing model, achieves a CER of 9.1%`: a name with
  // an appositive that calls it a system, before a result verb.
  // (Most sentences have no appositive: a plain test first.)
  // (Or named in its appositive: `our fine-tuned model, named LiberCoder, achieves …`.)
  const appositives = /,\s(?:the|a|an|our)\s|\b(?:named|called|dubbed)\s/u.test(sentence.clean) ? [...sentence.clean.matchAll(appositiveSubject), ...sentence.clean.matchAll(namedSubject)] : []
  for (const match of appositives) {
    const name = match[1]!
    const start = sentence.start + match.index + match[0].indexOf(name)
    const end = start + name.length
    if (!isModelShaped(name) || describes(name) || [...sentence.benchmarks, ...sentence.metrics, ...found].some((other) => other.start < end && start < other.end)) continue
    found.push({name, start, end})
  }
  const subjects = lowerInitial.test(sentence.clean) ? [...sentence.clean.matchAll(subjectVerb), ...sentence.clean.matchAll(lowerSubjectVerb)] : sentence.clean.matchAll(subjectVerb)
  for (const match of subjects) {
    const name = match[1]!.replace(/[.,]$/u, '')
    const start = sentence.start + match.index
    const end = start + name.length
    // (`with Qwen2.5 on One-shot NYT29 achieves 24.65%`: a name after `on`
    // is the data the subject is evaluated on.)
    if (/\b(?:on|in)\s(?:the\s)?(?:[\p{L}-]+\s)?$/u.test(sentence.clean.slice(Math.max(0, match.index - 30), match.index))) continue
    const named = [...sentence.benchmarks, ...sentence.metrics]
    // `WAMs`, `LLMs`, `dLLMs`: plural acronyms name kinds of systems.
    if (/^\p{Ll}{0,2}\p{Lu}+s$/u.test(name)) continue
    // (`improves its F1HE score by …`: after a determiner, `score` is a noun
    // and the name a measure's.)
    // (So is a name before `gain` after an article or a comparative: `a much larger D-A gain (+1.006)`.)
    if (/^\s(?:score|gains?)\b/u.test(match[0].slice(match[1]!.length)) && /\b(?:its|their|the|our|a|an|larger|higher|smaller|lower|greater|bigger)\s$/iu.test(sentence.clean.slice(Math.max(0, match.index - 8), match.index))) continue
    if (!isModelShaped(name) || describes(name) || named.some((other) => other.start < end && start < other.end)) continue
    if (!found.some((mention) => mention.start < end && start < mention.end)) found.push({name, start, end})
  }
  if (paper.method) {
    for (const whole of findWholeName(sentence, paper.method)) {
      // (`s1-32B`, `myMediWhisper-Medium`: a checkpoint of the method is the
      // more specific system.)
      const suffix = checkpointSuffix.exec(sentence.text.slice(whole.end - sentence.start, whole.end - sentence.start + 40))?.[0] ?? ''
      const {start} = whole
      const end = whole.end + suffix.length
      const name = paper.method + suffix
      // (`Cosmos Policy` holds the family name `Cosmos`: the method's whole name wins.)
      for (let index = found.length - 1; index >= 0; index--) {
        const inner = found[index]!
        if (inner.start >= start && inner.end <= end && inner.end - inner.start < end - start) found.splice(index, 1)
      }
      if (!found.some((mention) => mention.start < end && start < mention.end)) found.push({name, start, end})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
