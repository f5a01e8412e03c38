import {countNameMarks} from '../count-name-marks.js'
import {peopleWords} from '../people-words.js'
import {ownName, type PaperContext} from '../read-paper-context.js'
import type {Draft, Mention, NumberToken, Sentence} from '../types.js'
import {beatVerbs} from '../comparison-words.js'
import {findWholeName} from '../find-whole-name.js'
import {genericAcronym, trainingRecipe} from '../generic-acronym.js'
import {checkpointSuffix} from '../checkpoint-suffix.js'
import {readPairLabels} from '../read-pair-labels.js'

// A name right after these words is a comparator or a setting, not the
// system the result belongs to.
const notSubject =
  /\b(?:than|over|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|comparable to|versus|vs\.?|against|relative to|of|from|using|use|uses|with|assistance of|e\.g\.,?|such as|like|includ\w+|via|based on|on top of|match\w*|rival\w*|unlike|among|under|teacher|distilled from|trained on|and|in|by|to|on)\s(?:(?:the|a|an|even|strong|larger|leading|proprietary|closed-source|open-source|latest|concurrent|baseline|state-of-the-art|sota|models?|such as|as)\s){0,4}$/u
// Comparison and setting words reach over a few words: `below the unpruned
// DINO baseline`, `with a ResNet-50 backbone`, and a comparison over an
// appositive: `surpasses the next-best model, Claude-sonnet-4, by 7.1%`.
const notSubjectFar =
  /\b(?:than|over|below|above|behind|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|versus|vs\.?|against|relative to|using|with|via|e\.g\.,?|such as|like|unlike|trail(?:s|ed|ing)?|preferred)\s(?:[\p{L}\p{N}-]{1,20}\s){0,3}$|\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s(?:[\p{L}\p{N}-]{1,20}\s){1,3}[\p{L}\p{N}-]{1,20},\s$/u
const inComparison = new RegExp(`\\b(?:${beatVerbs}|than|versus|vs\\.?|compared)\\b`, 'u')
const comparedWith = /\b(?:than|over|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|versus|vs\.?|against|relative to)\s(?:[\p{L}\p{N}-]{1,20}\s){0,4}$/u
const withinOf = /\bwithin\s\S{1,12}(?:\s\S{1,12})?\sof\s(?:the\s)?$/u
const forModel = /^\s?(?:\)\s?)?for\s(?:the\s)?$/u
const achievedBy = /^\s?,\s(?:achieved|obtained|attained|reached|set)\sby\s(?:the\s)?$/u
// A model named by its size: `the 1.5B model`.
const sizedModel = String.raw`the (\d{1,4}(?:\.\d{1,2})?[BM]) (?:model|variant|version|student)`
// `the 1.5B model's accuracy … from`: it owns the measure.
const sizedOwner = new RegExp(String.raw`\b${sizedModel}['’]s\s[^,;]{0,60}$`, 'u')
// `(+12.3% for the 1.5B model)`: the result is its.
const forSized = new RegExp(String.raw`^\s?for ${sizedModel}\b`, 'u')
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

// `when applied to a non-reasoning model (Qwen-2.5-7B-Instruct), our
// framework boosts …`: the model the method is applied to.
const appliedTo = /\bappl(?:y|ies|ied|ying)\s(?:it\s|them\s)?to\s(?:the\s|a\s|an\s)?(?:[a-z-]+\s){0,3}\(?$/u

const beaten = new RegExp(`\\b(?:${beatVerbs})\\b`, 'u')

function isSubject(sentence: Sentence, mention: Mention): boolean {
  // `outperforms A by 5%, B by 3%`: a name followed by `by N` is compared with.
  if (/^\s?by\s[^a-z]{0,3}\d/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 12))) return false
  // (So is each name of a list after a verb of beating that labels its margin:
  // `outperforms closed models, e.g., Claude-3.7-Sonnet (+12.7%), GPT-4.1(+5.4%)`.)
  if (/^\s?\(\s?[+\-−]\s?\d/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 12)) && beaten.test(sentence.lower.slice(0, mention.start - sentence.start))) return false
  const before = sentence.lower.slice(Math.max(0, mention.start - sentence.start - 60), mention.start - sentence.start)
  // `the accuracy of Qwen2.5-7B from 30% to 48%` is the model's own score;
  // `outperforms the reported results of X` compares with X.
  // (`a win rate improvement of Llama-3-8B-Instruct from 22.9%` too.)
  // (`the KV cache size of Llama2-7B is reduced by 92.19%` too.)
  const scoreOf = /\b(?:accuracy|performance|score|results?|rate|improvements?|gains?|increases?|size|footprint|usage|latency|throughput|cost)\sof\s(?:the\s)?$/u.exec(before)
  if (scoreOf) return !comparedWith.test(before.slice(0, scoreOf.index))
  // `the agent built with Phi-3-mini improved by 103%`: the system it is built on.
  if (/\b(?:agents?|models?|systems?|polic(?:y|ies))\s(?:built|trained|fine-?tuned|based)\s(?:on|with|upon)\s$/u.test(before)) return true
  // `with LingBot-VA reaching 74.2%`: a name before its result verb is a subject.
  const after = sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 36)
  // (`our strongest GPT-4–based baseline achieving 39%`: the system built on it.)
  if (/^(?:[–-]based\s(?:baseline|model|agent|system|approach|pipeline)s?)?\s(?:(?:also|further)\s)?(?:achiev|reach|attain|scor|obtain|record|yield|hit)\w*/u.test(after)) return true
  // `neural re-ranking with RankLLaMA improves MAP from …`: the system a
  // technique runs with, when no other system is named before it in the clause
  // (not `fine-tuning Contriever with TimeNeg improves …`).
  if (/^\s(?:improv|boost)\w*/u.test(after) && /\bwith\s$/u.test(before)) {
    const other = sentence.models.some((model) => model.end <= mention.start && !/[,;]/u.test(sentence.lower.slice(model.end - sentence.start, mention.start - sentence.start)))
    if (!other) return true
  }
  // `frontier systems like OpenAI o3, which only obtains 40.8%`: the relative clause's subject.
  const clauseAfter = sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 40)
  if (/^,?\s(?:which|who|that)\s(?:(?:only|also|still|just|merely)\s)?(?:achiev|reach|attain|scor|obtain|record|hit|get|gets|solv|resolv)\w*/u.test(clauseAfter)) return true
  if (appliedTo.test(before)) return true
  // `With GPT-4 and our framework, we achieve …`: the model the method runs on.
  if (/\b(?:with|using)\s(?:the\s)?$/u.test(before) && /^\s(?:and|\+)\s(?:our|the proposed)\s/u.test(after)) return true
  // `…, Qwen2.5-7B from 10.7% to 53.3%, and Qwen3-8B from 42.6%`: `and`
  // after a number starts the next item of a list of results.
  // (Not in a comparison: `outperforming A by 41.3% to 35.7%, and B on MATH` lists comparators.)
  const listed = sentence.tokens.some((token) => token.end <= mention.start && /^\s?\)?,?\s(?:and|or)\s$/u.test(sentence.lower.slice(token.end - sentence.start, mention.start - sentence.start)))
  if (listed && !inComparison.test(sentence.lower.slice(0, mention.start - sentence.start))) return true
  // (`, with Gemma-3 27B close behind (0.89)`: the subject of an absolute phrase.)
  if (/\bwith\s$/u.test(before) && /^\s(?:close\sbehind|closely\sbehind|not\sfar\sbehind|a\sclose\ssecond|trailing|second)\b/u.test(after)) return true
  if (notSubject.test(before) || notSubjectFar.test(before) || withinOf.test(before)) return false
  // Names listed in parentheses (`(A, B, C)`) are examples, not the subject.
  const prefix = sentence.text.slice(0, mention.start - sentence.start)
  const open = prefix.lastIndexOf('(')
  if (open > prefix.lastIndexOf(')') && /,|\band\b/u.test(sentence.text.slice(open, (sentence.text.indexOf(')', open) + 1 || sentence.text.length)))) return false
  // `the DINO baseline`, `its Llama teacher`: named as the thing compared with.
  // (`plug the encoder into the LLaVA-1.5 framework`: a setting.)
  return !/^\s?(?:baselines?|counterparts?|teachers?|backbones?|frameworks?)\b/u.test(sentence.lower.slice(mention.end - sentence.start, mention.end - sentence.start + 14))
}


// `It reaches …`, `Our method improves …`: the paper's own system.
const ownSubject = /^\s?(?:it|this|our (?:method|model|approach|framework|system|agent|pipeline|technique|algorithm|design|architecture|accelerator|solution))\b/u
const ownClause = /\b(?:our (?:method|model|approach|framework|system|agent|pipeline|technique|algorithm|variant|design|architecture|accelerator|solution)|we)\b/gu
// A clause whose subject is an unnamed baseline (`while the follow-up baseline`).
const clauseBreak = /\b(?:while|whereas|but)\s|;\s/gu
// (Or about people: `while human experts achieve 87.2%`, `while
// human-curated ones deliver`, not `while reducing the human-assessed defect
// rate`; or about all the other systems: `; all others score below 50%`.)
const baselineSubject = new RegExp(
  `^(?:(?:the|a|an|its|their|our)\\s(?:[a-z-]+\\s){0,3}(?:baselines?|counterparts?)|(?:the\\s)?(?:(?![a-z]+ing\\s)[a-z-]+\\s){0,2}${peopleWords}|(?:all\\s)?(?:the\\s)?(?:others|rest|(?:other|remaining)\\s(?:[a-z-]+\\s)?(?:models|systems|methods|baselines|agents)))\\b`,
  'u'
)

const describedSubject = /^(?:a|an)\s((?:[a-z-]+\s){0,3}(?:ensemble|model|variant|system|pipeline|classifier|agent|policy))\s(?:reaches|achieves|attains|obtains|scores|yields|gets)\s[^,;]{0,40}$/u

// `on which seven language models achieve 12-49%`, `most LLMs score below
// 40%`: many unnamed systems are the subject, not the paper's method.
const manySystems =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|all|most|existing|current|leading|frontier|popular|today's|open-source|closed-source|proprietary|open-weight)\s(?:[a-z-]+\s){0,2}(?:models|llms|vlms|mllms|lms|systems|agents|methods|approaches)\s(?:(?:only|still|all|both|merely|just|typically|generally|consistently|barely)\s)?(?:achieve|reach|attain|obtain|score|get|solve|resolve|complete|perform|show|exhibit|struggle|remain|stay|fall|lag|plateau)\w*\b(?:[^,;]{0,30}|(?<=\b(?:struggl|fail|plateau|lag)\w*\b)[^;]{0,50}?,\s(?:only\s)?(?:achieving|reaching|scoring|attaining|with)\s[^,;]{0,30})$/u

// `even the best hallucination detection models have near 50% accuracy`,
// `the top agent's score decreases from …`, `The strongest closed-source
// system we evaluate reaches 0.855`: the best of those surveyed, unnamed.
const bestSystem =
  /\b(?:best|strongest|top|top-performing|best-performing|highest-scoring|state-of-the-art|sota)\s(?:[a-z-]+\s){0,3}(?:models?|llms?|vlms?|mllms?|systems?|agents?|methods?|approaches|detectors?)(?:['’]s?\s(?:[a-z-]+\s)?(?:score|accuracy|performance|success rate)s?)?\s(?:(?:that\s)?we\s(?:evaluate|evaluated|test|tested)\s)?(?:(?:only|still|even|merely|just|barely)\s)?(?:achieve|reach|attain|obtain|score|get|solve|resolve|have|has|had|decrease|drop|fall|struggle|remain|[a-z]{3,}(?:s|ed)\b)\w*\b[^,;]{0,30}$/u

function isShaped(word: string): boolean {
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

function mentions(sentence: Sentence, paper: PaperContext): Mention[] {
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
    if (isShaped(name) && !describes(name) && !named.some((other) => other.start < end && start < other.end)) found.push({name, start, end})
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
    if (!isShaped(name) || describes(name) || [...sentence.benchmarks, ...sentence.metrics, ...found].some((other) => other.start < end && start < other.end)) continue
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
    if (!isShaped(name) || describes(name) || named.some((other) => other.start < end && start < other.end)) continue
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

// `, Copilot Pro (`, `and Meta AI (`: capitalised words that label the
// number in the parenthesis after them, as a list's item.
const itemLabel = /(?:,\s(?:and\s)?|\sand\s|\bby\s)((?:[\p{Lu}][\p{L}\p{N}.+-]*\s){0,2}[\p{Lu}][\p{L}\p{N}.+-]*)\s\(\s?$/u

const gappedItem = /(?:,\s(?:and\s)?|\sand\s)(\p{Lu}[\p{L}\p{N}.+-]{1,30})\sfor\s(?:all\s|only\s)?[\d,]+(?:\s[a-z-]+)?\s\(\s?$/u

/** The label of a list item `Name (score)`, in a list where some label (this one's too) is a known system. */
function listedSystem(sentence: Sentence, token: NumberToken, all: readonly Mention[]): string | undefined {
  const from = Math.max(0, token.start - sentence.start - 50)
  const label = itemLabel.exec(sentence.clean.slice(from, token.start - sentence.start))
  if (!label) return undefined
  const start = sentence.start + from + label.index + label[0].indexOf(label[1]!)
  const end = start + label[1]!.length
  if ([...sentence.benchmarks, ...sentence.metrics].some((mention) => mention.start < end && start < mention.end)) return undefined
  // (A known name labels a score when only a capitalised word stands between: `Claude Pro (`.)
  const known = sentence.tokens.some((other) => all.some((mention) => mention.end <= other.start && /^(?:\s\p{Lu}\p{L}+)?\s?\(\s?$/u.test(sentence.clean.slice(mention.end - sentence.start, other.start - sentence.start))))
  return known ? label[1]! : undefined
}

/**
 * The system a result belongs to: a model named right after the number
 * (`+12.3% for Qwen2.5-1.5B`), else the nearest named system before it that
 * is the subject (not the comparator of `outperforming X`, `than X`, `over
 * X`, nor a setting `using X`, `e.g., X`); else the paper's method; else the
 * system the two previous sentences name as a subject. `It …` right after a
 * sentence that introduces a system (`we introduce a variant: X`) is that
 * system. None in a clause
 * about an unnamed baseline (`…, while the follow-up baseline sacrifices
 * 4.3%`).
 *
 * @example
 * resolveModel(draft, paper)
 */
export function resolveModel(draft: Draft, paper: PaperContext, sentences: readonly Sentence[] = []): string | null {
  const {sentence} = draft
  // (Two scores whose value comes second, `X achieves 0%, our framework
  // reaches 72.5%`: the system is the one before the value.)
  const valueLater = draft.rule === 'extract-versus' && draft.tokens.length === 2 && draft.tokens[1]!.value === draft.value && draft.tokens[0]!.value !== draft.value
  const first = valueLater ? draft.tokens[1]! : draft.tokens[0]!
  const last = draft.tokens.at(-1)!
  const all = mentions(sentence, paper)
  const next = sentence.tokens.find((token) => token.start >= last.end)
  const after = all.find(
    (mention) =>
      mention.start >= last.end &&
      (next === undefined || mention.start < next.start) &&
      forModel.test(sentence.lower.slice(last.end - sentence.start, mention.start - sentence.start).replace(/^\s?[a-z%]{1,12}(?=\s(?:for|with|by|of)\s)/u, ''))
  )
  // `by 41% (Qwen2.5-7B) and 20% (Qwen2.5-3B)`: each item names its model.
  const paren = all.find(
    (mention) =>
      mention.start >= last.end &&
      /^\s?\(\s?$/u.test(sentence.lower.slice(last.end - sentence.start, mention.start - sentence.start)) &&
      sentence.text[mention.end - sentence.start] === ')'
  )
  if (paren && draft.baselineValue === null) return paren.name
  // `drops from 4.92 (NODE) to 0.26 (UDE)`: each score of a pair labelled
  // with its system, the value's the result's.
  const pair = readPairLabels(draft)
  if (pair) return pair.value
  // `only 4.0%, achieved by GPT-5 (high)`: the system the score was reached by.
  const reachedBy = all.find((mention) => mention.start >= last.end && achievedBy.test(sentence.lower.slice(last.end - sentence.start, mention.start - sentence.start)))
  if (reachedBy && draft.baselineValue === null) return reachedBy.name
  // `followed by Gemini-1.5-Flash (5.28) and Janus-4o (3.64)`: each score in
  // parentheses after its model's name (or after `at`: `followed by
  // Claude-Opus-4.6 at 49.92% and GPT-5.4 at 48.55%`).
  const labelled = all.find((mention) => mention.end <= first.start && /^\s?\(\s?$|^\sat\s$/u.test(sentence.lower.slice(mention.end - sentence.start, first.start - sentence.start)))
  // (Not a margin: `outperforming GPT-5 (+314.2%)` names the comparator.)
  if (labelled && draft.baselineValue === null && draft.delta === null && first.sign === 0) return labelled.name
  // (The same list's items that no registry knows: `followed by Claude Pro
  // (85.74%), Gemini Advanced (84.42%), …, and Meta AI (56.75%)`, where
  // some item's label is a known system.)
  const unknownLabel = draft.baselineValue === null && draft.delta === null && first.sign === 0 ? listedSystem(sentence, first, all) : undefined
  if (unknownLabel) return unknownLabel
  // `ModelAudit decided all 135 families (100%), Fickling for 110 (81.5%)`:
  // an item whose verb is left out, its count and share after its name.
  const gapped = first.sign === 0 ? gappedItem.exec(sentence.clean.slice(Math.max(0, first.start - sentence.start - 60), first.start - sentence.start))?.[1] : undefined
  if (gapped && ![...sentence.benchmarks, ...sentence.metrics].some((mention) => mention.name === gapped)) return gapped
  // `(GPT-4o-mini: 97.8% → 4.0%)`, `(A: 81.2%, B: 60.1%)`: a system labelling its own scores.
  const colon = all.find((mention) => /[(,;]\s?$/u.test(sentence.text.slice(Math.max(0, mention.start - sentence.start - 2), mention.start - sentence.start)) && draft.tokens.some((token) => /^:\s{0,3}$/u.test(sentence.clean.slice(mention.end - sentence.start, token.start - sentence.start))))
  if (colon) return colon.name
  // `than the strongest model (Claude, +0.217)`: a parenthesis that opens
  // with a system's name, then its number after a comma.
  const opens = all.find((mention) => sentence.text[mention.start - sentence.start - 1] === '(' && draft.tokens.some((token) => /^,\s{1,3}$/u.test(sentence.clean.slice(mention.end - sentence.start, token.start - sentence.start))))
  if (opens) return opens.name
  // `boosting Qwen3-32B by 7.8 points`: the model a change verb improves.
  const improved = all.find(
    (mention) =>
      mention.end <= first.start &&
      /^\s(?:by|from)\s(?:(?:up to|about|nearly|over|an average of)\s)?[^a-z\s]{0,3}$/u.test(sentence.lower.slice(mention.end - sentence.start, first.start - sentence.start)) &&
      /\b(?:boost|improv|rais|lift|elevat|enhanc)(?:es|ed|ing|s|e)?\s(?:the\s)?$/u.test(sentence.lower.slice(Math.max(0, mention.start - sentence.start - 20), mention.start - sentence.start))
  )
  if (improved) return improved.name
  // `… for older models like GPT3.5-Turbo from 0% to 5%`: the system right
  // before `from` is the one whose score moves (not a comparator's: `than X`).
  const moved =
    draft.rule === 'extract-from-to'
      ? all.find(
          (mention) =>
            mention.end <= first.start &&
            /^\s(?:from|rising from|going from)\s[^a-z\s]{0,3}$/u.test(sentence.lower.slice(mention.end - sentence.start, first.start - sentence.start)) &&
            !comparedWith.test(sentence.lower.slice(Math.max(0, mention.start - sentence.start - 60), mention.start - sentence.start))
        )
      : undefined
  if (moved) return moved.name
  const sized = forSized.exec(sentence.clean.slice(last.end - sentence.start, last.end - sentence.start + 40))
  if (sized) return `${sized[1]!} model`
  // `the 1.5B model's accuracy on MATH500 increases from 83.2%`: the model
  // whose measure it is, named by its size, in the clause before the number.
  const ownerFrom = Math.max(sentence.start, first.start - 80)
  const owner = sizedOwner.exec(sentence.clean.slice(ownerFrom - sentence.start, first.start - sentence.start))
  if (owner && all.every((mention) => mention.end <= ownerFrom + owner.index)) return `${owner[1]!} model`
  // After a baseline's score, `for X` names the baseline (`versus 4.61 for GPTQ`).
  const endsWithBaseline = draft.baselineValue !== null && last.value === draft.baselineValue && draft.value !== last.value
  // (A name the number is `for` is its own even where listed in a parenthesis,
  // `(-37.8% for GPT-4o-mini and -39.8% for DeepSeek-Chat)`; not the scores
  // of those compared with, `(76.7% vs. 53.3% for π0.5 and 24.4% for X)`.)
  const forOwn = after !== undefined && !/\b(?:vs\.?|versus|compared|than|against)\s/u.test(sentence.lower.slice(Math.max(0, after.start - sentence.start - 60), after.start - sentence.start))
  if (after && !endsWithBaseline && (forOwn || isSubject(sentence, after))) return after.name
  // `42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V`: each score's `for X`
  // names its system, the first one ours (examples too: `e.g., 42.66 for …`).
  const ownFor =
    endsWithBaseline && draft.tokens.length === 2 && first !== last
      ? all.find(
          (mention) =>
            mention.start >= first.end &&
            forModel.test(sentence.lower.slice(first.end - sentence.start, mention.start - sentence.start)) &&
            /^,?\s(?:vs\.?|versus|compared (?:to|with)|against)\s$/u.test(sentence.lower.slice(mention.end - sentence.start, last.start - sentence.start))
        )
      : undefined
  if (ownFor) return ownFor.name
  // `+5.77% on Qwen3-0.6B`: a change on a named checkpoint is that checkpoint's.
  const on = draft.delta !== null && draft.value === null ? all.find((mention) => mention.start >= last.end && onCheckpoint(sentence, last, mention)) : undefined
  if (on && !endsWithBaseline) return on.name
  const before = all.filter((mention) => mention.end <= first.start && isSubject(sentence, mention))
  // `…, while the follow-up baseline sacrifices 4.3%`: a clause about an
  // unnamed baseline is not the paper's system.
  const lastClause = [...sentence.lower.slice(0, first.start - sentence.start).matchAll(clauseBreak)].at(-1)
  if (lastClause && baselineSubject.test(sentence.lower.slice(lastClause.index + lastClause[0].length))) {
    const clauseStart = sentence.start + lastClause.index
    if (!before.some((mention) => mention.start >= clauseStart)) return null
  }
  // `…; a soft-vote supervised ensemble reaches 0.332`: a clause whose
  // subject is an unnamed system of the paper names it by its description.
  if (lastClause?.[0] === '; ' && !before.some((mention) => mention.start >= sentence.start + lastClause.index)) {
    const described = describedSubject.exec(sentence.lower.slice(lastClause.index + 2, first.start - sentence.start))
    if (described) return described[1]!
  }
  // `No model exceeds 1% accuracy`: no system has the score.
  if (/\bno\s(?:[a-z-]+\s){0,2}(?:models?|systems?|methods?|llms?|agents?)\s(?:(?:yet|even|ever)\s)?(?:exceeds?|achieves?|reaches?|scores?|surpass\w*|gets?)\s[^,;]{0,20}$/u.test(sentence.lower.slice(Math.max(0, first.start - sentence.start - 80), first.start - sentence.start))) return null
  const reach = Math.max(sentence.start, first.start - 120)
  const subjectOf = manySystems.exec(sentence.lower.slice(reach - sentence.start, first.start - sentence.start))
  if (subjectOf && !before.some((mention) => mention.start >= reach + subjectOf.index)) return null
  const best = bestSystem.exec(sentence.lower.slice(reach - sentence.start, first.start - sentence.start))
  if (best && !before.some((mention) => mention.start >= reach + best.index)) return null
  // `FireRedVAD: An ultra-lightweight module … . On FLEURS-VAD-102, it
  // achieves …`: `it` is the system the previous sentence is a label of.
  if (before.length === 0 && /(?:^\s?|,\s)it\s[a-z]+/u.test(sentence.lower.slice(0, first.start - sentence.start))) {
    const label = /^\s?(\p{Lu}[\p{L}\p{N}.+-]{1,30}):\s/u.exec(sentences[sentence.index - 1]?.clean ?? '')?.[1]
    if (label && isShaped(label)) return label
  }
  const opening = all[0] === undefined ? sentence.text : sentence.text.slice(0, all[0].start - sentence.start)
  if (paper.method && ownSubject.test(opening.toLowerCase())) {
    // `We introduce a variant: Kimi-VL-Thinking. It achieves …`: `it` is the
    // system the previous sentence introduced.
    return (/^\s?it\b/u.test(opening.toLowerCase()) && introducedBefore(sentence, sentences, paper)) || paper.method
  }
  // (The model the method is applied to is the result's, method and all.)
  const applied = before.find((mention) => appliedTo.test(sentence.lower.slice(Math.max(0, mention.start - sentence.start - 60), mention.start - sentence.start)))
  if (applied) return applied.name
  // `Experiments on A and B show that our approach reduces …`: the paper's own system.
  const lead = sentence.lower.slice(0, first.start - sentence.start)
  const own = [...lead.matchAll(ownClause)].at(-1)
  if (own && !before.some((mention) => mention.start - sentence.start > own.index) && (paper.method || valueLater)) return paper.method
  if (before.length > 0) {
    // Nearest one after the previous number, else the sentence's subject.
    const previous = sentence.tokens.filter((token) => token.end <= first.start).at(-1)
    const local = before.filter((mention) => previous === undefined || mention.start >= previous.end)
    // A later clause that names no system of its own is the method's.
    // (`…, and it reaches 38.5%` still means the sentence's subject.)
    const clause = previous ? sentence.lower.slice(previous.end - sentence.start, first.start - sentence.start) : ''
    if (local.length === 0 && previous !== undefined && paper.method && !/\b(?:it|they|which|its)\b/u.test(clause)) return paper.method
    const chosen = local.at(-1) ?? before.at(-1)!
    // `fine-tuning Phi-2 (2.7B), Llama-2 (7B), and Mistral (7B) with ORPO …
    // achieving 12.20%`: one item of a list of models is not the subject.
    if (inModelList(sentence, chosen)) return paper.method
    return chosen.name
  }
  if (paper.method) return paper.method
  // `It scored 76`: the system the previous sentences were about (not when a
  // plural of others is the subject: `naive semantic similarity approaches
  // … provide … 0.8 recall`).
  if (/\b(?:approaches|methods|models|systems|baselines|agents|participants|teams|submissions)\s(?:[a-z-]+\s){0,6}?(?:provide|achieve|reach|yield|obtain|score|show|perform|attain)\w*\b/u.test(sentence.lower.slice(0, first.start - sentence.start))) return null
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 2); index--) {
    const previous = sentences[index]
    if (!previous) continue
    // (Not an item of a list of names: `combines Gradient Boosting, Random Forest, and XGBoost`.)
    const subject = mentions(previous, paper).find((mention) => isSubject(previous, mention) && !inModelList(previous, mention))
    if (subject) return subject.name
  }
  return null
}

/**
 * Whether `mention` is the one checkpoint a change is measured on (`+5.77% on
 * Qwen3-0.6B`): right after `on`, with a version or size, not a benchmark that
 * shares a family name (`7.5 points on Minerva`), not the first of several
 * (`3× on OPT-6.7B and OPT-30B`).
 */
function onCheckpoint(sentence: Sentence, last: NumberToken, mention: Mention): boolean {
  if (!/^\s?on\s$/u.test(sentence.lower.slice(last.end - sentence.start, mention.start - sentence.start))) return false
  // (A checkpoint has a version or a size: a bare family name after `on` may be a benchmark.)
  if (!/\d/u.test(mention.name)) return false
  if (sentence.benchmarks.some((other) => other.start < mention.end && mention.start < other.end)) return false
  return !/^(?:\s?,\s?(?:(?:and|or)\s)?|\s(?:and|or)\s)\p{Lu}/u.test(sentence.clean.slice(mention.end - sentence.start, mention.end - sentence.start + 8))
}

/** The last system one of the two previous sentences introduces (`we introduce … X`). */
function introducedBefore(sentence: Sentence, sentences: readonly Sentence[], paper: PaperContext): string | undefined {
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 2); index--) {
    const previous = sentences[index]
    const verb = previous && /\b(?:introduce|introduces|present|presents|propose|proposes|release|releases)\b/u.exec(previous.lower)
    if (!previous || !verb) continue
    // (Sentences without numbers are not searched for model names: the
    // name-shaped words after the verb are read here.)
    // (`We present Prover Agent, a novel AI agent …`: the paper's method, named first.)
    const introduced = previous.clean.slice(verb.index + verb[0].length).trimStart()
    if (paper.method && introduced.startsWith(paper.method)) return paper.method
    const named = previous.clean
      .slice(verb.index)
      .split(/\s+/u)
      .map((word) => word.replace(/[.,;:)]{1,4}$/u, ''))
      // (`LLMs`, `VLMs`: plural acronyms name kinds of systems.)
      .filter((word) => /^\p{Lu}/u.test(word) && isShaped(word) && !/^\p{Lu}+s$/u.test(word) && !genericAcronym.test(word) && !previous.benchmarks.some((mention) => mention.name === word))
    return named.at(-1) ?? mentions(previous, paper).filter((mention) => mention.start > previous.start + verb.index).at(-1)?.name
  }

  return undefined
}

/** Whether a model mention is an item of a written list of names (`A (7B), B (7B), and C`). */
function inModelList(sentence: Sentence, mention: Mention): boolean {
  const after = sentence.clean.slice(mention.end - sentence.start, mention.end - sentence.start + 24)
  const before = sentence.clean.slice(Math.max(0, mention.start - sentence.start - 24), mention.start - sentence.start)
  const itemAfter = /^\s?(?:\([^()]{1,12}\))?,\s(?:and\s)?\p{Lu}/u.test(after)
  // (The word before `, ` or `, and `, past its parenthesis, is a name.)
  const lead = /,\s(?:and\s)?$/u.exec(before)
  const previousWord = lead ? before.slice(0, lead.index).replace(/\s?\([^()]{1,12}\)$/u, '').split(/\s/u).at(-1) ?? '' : ''
  const itemBefore = /^\p{Lu}/u.test(previousWord)
  return itemAfter && itemBefore
}
