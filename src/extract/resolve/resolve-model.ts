import {peopleWords} from '../people-words.js'
import {findWholeName} from '../find-whole-name.js'
import type {PaperContext} from '../read-paper-context.js'
import type {Draft, Mention, NumberToken, Sentence} from '../types.js'
import {genericAcronym} from '../generic-acronym.js'
import {readPairLabels} from '../read-pair-labels.js'
import {appliedTo, comparedWith, inModelList, isSubject, onCheckpoint} from './is-model-subject.js'
import {isModelShaped, mentions} from './read-model-mentions.js'

const forModel = /^\s?(?:\)\s?)?for\s(?:the\s)?$/u
const introducedData = /^,\s(?:a|an|the)\s(?:[\w-]+\s){0,4}(?:benchmarks?|datasets?|corpus|corpora|suite|testbed|leaderboard|collection)\b/u
const introducing = /^\s?(?:we|this paper|this work)\s(?:also\s|further\s|additionally\s)?(?:propose|introduce|present|develop|design)\s/u
const achievedBy = /^\s?,\s(?:achieved|obtained|attained|reached|set)\sby\s(?:the\s)?$/u
// A model named by its size: `the 1.5B model`.
const sizedModel = String.raw`the (\d{1,4}(?:\.\d{1,2})?[BM]) (?:model|variant|version|student)`
// `the 1.5B model's accuracy … from`: it owns the measure.
const sizedOwner = new RegExp(String.raw`\b${sizedModel}['’]s\s[^,;]{0,60}$`, 'u')
// `(+12.3% for the 1.5B model)`: the result is its.
const forSized = new RegExp(String.raw`^\s?for ${sizedModel}\b`, 'u')

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
  // (Not the claim's own measure: `an overall GMV lift of 2.45%`.)
  const all = draft.metric === null ? mentions(sentence, paper) : mentions(sentence, paper).filter((mention) => mention.name !== draft.metric)
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
    if (label && isModelShaped(label)) return label
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
  // `We also propose LogSift, an interpretability technique that …, reducing
  // review effort by 74.4%`: the system the sentence introduces is its results'.
  const introducedHere = introducedSystem(sentence, first, all)
  if (introducedHere) return introducedHere
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
 * The system a sentence opens by introducing, when no other system is named
 * before the number: `We also propose LogSift, an interpretability technique
 * …`; not data (`We introduce HAERAE-Vision, a benchmark of …`).
 */
function introducedSystem(sentence: Sentence, first: NumberToken, all: readonly Mention[]): string | undefined {
  const introduced = introducing.exec(sentence.lower.slice(0, first.start - sentence.start))
  if (!introduced) return undefined
  const name = /^(\p{Lu}[\p{L}\p{N}.+-]{1,30})(?=,\s)/u.exec(sentence.clean.slice(introduced[0].length))?.[1]
  if (name === undefined || !isModelShaped(name) || genericAcronym.test(name)) return undefined
  const nameEnd = introduced[0].length + name.length
  const isData = sentence.benchmarks.some((mention) => mention.name === name) || introducedData.test(sentence.lower.slice(nameEnd, nameEnd + 60))
  return isData || all.some((mention) => mention.start > sentence.start && mention.end <= first.start) ? undefined : name
}

/** The last system one of the two previous sentences introduces (`we introduce … X`). */
function introducedBefore(sentence: Sentence, sentences: readonly Sentence[], paper: PaperContext): string | undefined {
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 2); index--) {
    const previous = sentences[index]
    const verb = previous && /\b(?:introduce|introduces|present|presents|propose|proposes|release|releases)\b/u.exec(previous.lower)
    // (A nearer sentence about the paper's own system wins over an older
    // one's introduction: `… we propose an algorithm fused into
    // FlashAttention. Experiments demonstrate that VMonarch achieves …. It
    // reduces …`.)
    if (previous && !verb && paper.method && findWholeName(previous, paper.method).length > 0) return paper.method
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
      .filter((word) => /^\p{Lu}/u.test(word) && isModelShaped(word) && !/^\p{Lu}+s$/u.test(word) && !genericAcronym.test(word) && !previous.benchmarks.some((mention) => mention.name === word))
    return named.at(-1) ?? mentions(previous, paper).filter((mention) => mention.start > previous.start + verb.index).at(-1)?.name
  }

  return undefined
}
