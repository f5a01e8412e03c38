import {readPairLabels} from '../read-pair-labels.js'
import type {Draft} from '../types.js'
import {beatVerbs, comparesLast, scoreVerbs} from '../comparison-words.js'

const comparatorWord =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|match(?:es|ed|ing)?|rival(?:s|ed|ing)?|on par with|trail(?:s|ed|ing)?|underperform(?:s|ed|ing)?|lag(?:s|ged|ging)?\sbehind|over|than|compared (?:to|with)|versus|vs\.?|against|relative to|above|below|ahead of|behind|within\s[^\s\d]{0,3}\d\S{0,11}(?:\s\S{1,12})?\sof)\s/gu
// (Or at the verb of the clause the comparator sits in: `its advantage over
// X increases from 2%`.)
const phraseStop =
  /\s(?:by|on|in|at|with|across|while|whereas|but|which|and|when|for|using|to|from|through|under|without|up to|increases|decreases|grows|rises|widens|narrows|shrinks|remains|is|are|was|were)\s|[,;:()]|\.(?:\s|$|\p{Lu})|\s\d|$/u
// A phrase after a score names its system when it is a name (a capital or a
// digit: `GPT-4`, `Llama 3`) or ends in a word for one (`the linear baseline`);
// `for each task` or `for training` name nothing.
const namesSystem =
  /[\p{Lu}\d]|\b(?:baselines?|models?|methods?|approach(?:es)?|systems?|counterparts?|policy|policies|agents?|pipelines?|networks?|classifiers?|transformers?|encoders?|decoders?|retrievers?|variants?|versions?|prompting|decoding|fine-tuning|training)$/u
// `while GPT-3 solves 0%`: a comparator's own verb right before its score.
const ownScore = new RegExp(`^\\s${scoreVerbs}\\s(?:only\\s)?$`, 'u')
// `outperformed A by 28.4% points, B by 27.6% points`: each item's comparator
// is the model written right before its `by`.
const beatenBy = new RegExp(`\\b(?:${beatVerbs}|improv\\w* (?:on|over|upon))\\b`, 'u')

const itemBy = /(?:,|\band)\s(\p{Lu}[\p{L}\p{N}.+-]{1,30})\sby\s(?:(?:about|approximately|nearly|around|up to|over)\s)?[^a-z\s]{0,3}$/u

/**
 * The named comparator of a claim (`VeriFree` in `outperforms VeriFree by
 * 7.6 points`, `SFT model` in `over the SFT model`): the model written right
 * before the number's `by` after an `outperform`-like verb (each item of
 * `outperformed A by 28.4%, B by 27.6%`), else the words after a comparison
 * word near the number, up to the next preposition or comma.
 *
 * @example
 * resolveBaseline(draft)
 */
export function resolveBaseline(draft: Draft): string | null {
  const read = readBaseline(draft)
  // (`compared to rho = 0.00`: a measure set equal to a score names no system.)
  const found = read !== null && /[=<>≤≥]$/u.test(read) ? null : read
  // `concurrent VeriFree`, `strong verifier-model-dependent approaches
  // General-Reasoner`: words that only describe a named system go; the
  // comparator is the name.
  const described = found === null ? null : describedName.exec(found)
  return described ? described[1]! : found
}

// Lower-case words, then a name with two capitals, a digit or a joined part,
// and a run of lower-case letters (not an acronym a word may belong to,
// `vanilla GRPO`, `standard LoRA`, `prior SOTA`; nor a plural kind, `LLMs`).
const describedName = /^(?:[a-z][a-z-]*\s){1,6}((?=\S*[\p{Lu}\p{N}]\S*[\p{Lu}\p{N}-]|\S*-)(?=\S*\p{Ll}{2})\p{Lu}[\p{L}\p{N}.+-]*(?<!\p{Lu}s)(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.+-]*)*)$/u

function readBaseline(draft: Draft): string | null {
  const {sentence} = draft
  const first = draft.tokens[0]!
  // (An item of a slash list is compared with what follows the whole list:
  // `90.0/79.2 (1.5/2.1 higher than BERT-base)`.)
  const end = draft.tokens.at(-1)!
  const last = end.list?.at(-1) ?? end
  const from = Math.max(0, first.start - sentence.start - 100)
  const to = Math.min(sentence.text.length, last.end - sentence.start + 100)
  const lower = sentence.lower.slice(from, to)
  // `drops from 4.92 (NODE) to 0.26 (UDE)`: the system labelling the baseline's score.
  const pair = readPairLabels(draft)
  if (pair) return pair.baseline
  const byModel = sentence.models.find(
    (model) =>
      model.end <= first.start &&
      /^\s(?:by|of)\s(?:(?:about|approximately|nearly|around|up to|over)\s)?[^a-z\s]{0,3}$/u.test(sentence.lower.slice(model.end - sentence.start, first.start - sentence.start))
  )
  // (Not a model inside a longer comparator: `decoding from Llama 3.2 3B by 0.59 SD`.)
  const lead = byModel ? sentence.lower.slice(0, byModel.start - sentence.start) : ''
  if (byModel && beatenBy.test(lead) && !/\b(?:from|of|with|using|on|in|to)\s$/u.test(lead)) return byModel.name
  // (Or the model labelling its margin after such a verb: `outperforms closed
  // models, e.g., Claude-3.7-Sonnet (+12.7%), GPT-4.1(+5.4%)`, `the fine-tuned
  // Qwen3-VL-32B baseline (+39.0%)`; not the model a setting runs on: `outperform
  // RAG on GPT-4o (+7.9 points)`.)
  const marginOf =
    first.sign === 0 ? undefined : sentence.models.find((model) => model.end <= first.start && /^\s?(?:baseline\s|model\s)?\(\s?$/u.test(sentence.lower.slice(model.end - sentence.start, first.start - sentence.start)))
  const marginLead = marginOf ? sentence.lower.slice(0, marginOf.start - sentence.start) : ''
  if (marginOf && beatenBy.test(marginLead) && !/\b(?:on|with|using|in|for|of)\s(?:the\s)?$/u.test(marginLead)) return marginOf.name
  // (Or a name no registry knows, an item after the first: `surpasses ATLAS by
  // +17.65pp and MTP by +10.0pp`.)
  const nameAt = Math.max(0, first.start - sentence.start - 40)
  const byName = byModel ? null : itemBy.exec(sentence.clean.slice(nameAt, first.start - sentence.start))
  if (byName) {
    const at = sentence.start + nameAt + byName.index + byName[0].indexOf(byName[1]!)
    const known = [...sentence.benchmarks, ...sentence.metrics].some((mention) => mention.start < at + byName[1]!.length && at < mention.end)
    const lead = sentence.lower.slice(0, at - sentence.start)
    // (Not the object of a later change verb: `outperforms X, reducing ADE by 40.2%, FDE by 51.7%`.)
    if (!known && comparesLast(lead)) return byName[1]!
  }
  // `while GPT-3 solves 0%`: the comparator named with its own verb before its score.
  if (draft.rule === 'extract-versus' && draft.baselineValue !== null) {
    const scoreOfBaseline = draft.tokens.find((token) => token.value === draft.baselineValue)
    const owner = scoreOfBaseline && sentence.models.find((model) => model.end <= scoreOfBaseline.start && ownScore.test(sentence.lower.slice(model.end - sentence.start, scoreOfBaseline.start - sentence.start)))
    if (owner) return owner.name
    // (`outperforming the strongest baseline (gpt-oss-120b, 0.6390)`, `(e.g.,
    // X at 0.473)`: the comparator named in parentheses with its score.)
    const labelled =
      scoreOfBaseline &&
      sentence.models.find(
        (model) =>
          model.start > first.end &&
          model.end <= scoreOfBaseline.start &&
          /^(?:,\s|\sat\s|:\s)$/u.test(sentence.lower.slice(model.end - sentence.start, scoreOfBaseline.start - sentence.start)) &&
          /\((?:e\.g\.,?\s|i\.e\.,?\s)?$/u.test(sentence.lower.slice(0, model.start - sentence.start))
      )
    if (labelled) return labelled.name
  }
  // `… compared with 43.0% for GPT-4`: the comparator named after its own score.
  // (After the baseline's score, which a restated change may follow: `… for standard AR (+15.2 pp)`.)
  const baselineScore = draft.rule === 'extract-versus' ? draft.tokens.find((token) => token.value === draft.baselineValue && token.sign === 0) ?? last : last
  if (draft.rule === 'extract-versus' && draft.baselineValue !== null && draft.tokens.length >= 2) {
    const owner = /^\s{0,2}(?:for|by|from|of)\s(?:the\s|a\s|an\s|its\s|their\s)?/iu.exec(sentence.clean.slice(baselineScore.end - sentence.start))
    if (owner) {
      const rest = sentence.clean.slice(baselineScore.end - sentence.start + owner[0].length)
      const at = baselineScore.end + owner[0].length
      const phrase = cutPhrase(rest, sentence, at)
      // (`versus 43.0% for MMLU-Pro` names a benchmark, not a system.)
      const benchmark = [...sentence.benchmarks, ...sentence.metrics].some((mention) => mention.start <= at + 1 && mention.end > at)
      if (benchmark) return null
      if (phrase !== null && namesSystem.test(phrase) && !/^\d|^(?:each|every|all|both|most|this|these|those|same|other|another)\b/iu.test(phrase)) return phrase
    }
  }

  // (The other items of the claim's slash lists are its own too.)
  const own = new Set(draft.tokens.flatMap((token) => token.list ?? [token]))
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const match of lower.matchAll(comparatorWord)) {
    const start = match.index + match[0].length
    const absolute = sentence.start + from + start
    // (`mean Intersection Over Union`: a capitalised `Over` is part of a name.)
    if (match[0] === 'over ' && sentence.clean[from + match.index] === 'O') continue
    // (Nor a word of a measure's or a data set's name: `mean
    // Intersection-over-Union`, `Exact Match Rate`.)
    const at = sentence.start + from + match.index
    const holds = (mention: {start: number; end: number}): boolean => mention.start <= at && at < mention.end
    if (sentence.metrics.some(holds) || sentence.benchmarks.some(holds)) continue
    if (match[0] === 'match ' && /\bexact[\s-]$/u.test(lower.slice(0, match.index))) continue
    // No other number between the comparator and the claim (for a
    // comparator between a score and its margin, `53.1% AP and 108 FPS,
    // outperforming X by 2.2% AP`, between it and the margin).
    const inside = absolute > first.start && absolute < last.end
    const lo = inside ? absolute : Math.min(absolute, first.start)
    // (A comparison word inside a token's own words, `3.5 Above points`, has no token after it.)
    const hi = inside ? (draft.tokens.find((token) => token.start >= absolute)?.start ?? last.end) : Math.max(absolute, last.end)
    if (sentence.tokens.some((token) => !own.has(token) && token.start >= lo && token.end <= hi)) continue
    // After the claim, a clause break (`…, while the 1.7B variant
    // outperforms X`) or a verb coordinated with `and` (`…, and even
    // surpasses X by 1.6`) starts another comparison; `outperforming X` and
    // `which outperforms X` are still about this result.
    if (absolute > last.end) {
      const gap = sentence.lower.slice(last.end - sentence.start, absolute - sentence.start)
      if (/\b(?:while|whereas|but)\b|;/u.test(gap)) continue
      // (`improved by 103% …, even surpassing X`: a system the result ends
      // up above, not the one the change is measured from.)
      if (/,\s(?:\w+\s){0,2}even\s$/u.test(sentence.lower.slice(last.end - sentence.start, at - sentence.start))) continue
      if (/^(?:outperform|surpass|beat|exceed)\w*(?<!ing)\s$/u.test(match[0]) && /\band\b/u.test(gap) && !/\bwhich\b/u.test(gap)) continue
    }
    // (The phrase may run past the window: the window bounds where comparison
    // words are looked for.) A leading determiner is not part of it, and a
    // determiner alone (`compared to the 75% …`) names nothing.
    // `the previously reported results of X`, `the results from X` compare with X.
    // (So does `that of X`: `0.5 higher than that of other models`.)
    const text = sentence.clean.slice(from + start)
    const skipped =
      /^(?:(?:that|those)\sof\s)?(?:(?:the|a|an|our|their|its)(?:\s|$))?(?:(?:previously\s)?(?:reported\s)?(?:results?|performance|scores?)\s(?:of|from)\s(?:the\s)?)?/iu.exec(text)?.[0].length ?? 0
    const rest = text.slice(skipped)
    const phrase = cutPhrase(rest, sentence, absolute + skipped)
    if (phrase === null) continue
    // (`more than triples accuracy`: a multiplier after `than` is a hedge's, not a comparator.)
    if (match[0] === 'than ' && /^(?:doubl|tripl|quadrupl|halv|twice)/iu.test(phrase)) continue
    // `matches GPT-4o`, `on par with GPT-4`: only a name (`matches the
    // performance obtained …` compares with nothing named).
    if (/^(?:match|rival|on par)/u.test(match[0]) && !/^\p{Lu}/u.test(phrase) && !sentence.models.some((model) => model.start === absolute + skipped)) continue
    // `averaged over all tasks`, `over five seeds`: a span, not a comparator
    // (`over various RAG baselines` is one).
    const span = /^(?:all|several|multiple|various|many|\d+|two|three|four|five|six|seven|eight|nine|ten)\b/iu.test(phrase)
    if (/^over\s$/u.test(match[0]) && span && !/\b(?:baselines?|methods?|models?|approaches|systems?|counterparts?|competitors?|LLMs?|agents?)$/iu.test(phrase)) continue
    // (`modulate guidance strength over time`, `over training`: a span of time, not a comparator.)
    if (/^over\s$/u.test(match[0]) && /^(?:time|training|the course\b|iterations|epochs|rounds|turns|steps)/iu.test(phrase)) continue
    // (`distributions over transitions`, `averaged over seeds`: `over` after
    // a word of a distribution or an aggregate compares nothing.)
    if (/^over\s$/u.test(match[0]) && /\b(?:distributions?|probabilit(?:y|ies)|averaged?|mean|sum|max|min|expectations?|marginali[sz]ed)\s$/u.test(lower.slice(0, match.index))) continue
    // (After a word that also places or spans, `below saturation`, `above
    // chance`, only a name or a word for a system is a comparator.)
    if (/^(?:above|below)\s$/u.test(match[0]) && !namesSystem.test(phrase)) continue
    // (A number names nothing; a size with its noun does: `4B-parameter base
    // model`, `7B LLMs`.)
    // (A size alone names nothing: `more than 7B and 13B parameters`.)
    if (phrase.split(/\s+/u).length > 8 || (/^\d/u.test(phrase) && !/^\d[\d.]*[BMKT](?:-|\s)\S/u.test(phrase))) continue
    // `above the Dutch average of 40.63`: the phrase owns the claim's number; it compares nothing.
    const phraseEnd = absolute + skipped + rest.indexOf(phrase) + phrase.length
    if (phraseEnd <= first.start && /^\s(?:of|at)\s[^a-z]{0,3}$/u.test(sentence.lower.slice(phraseEnd - sentence.start, first.start - sentence.start))) continue
    // A comparison written right after the claim is its own (`by 2.53×
    // compared to INT8`, not the `compared to FP16` of the item before).
    const wordStart = sentence.start + from + match.index
    if (wordStart >= last.end && /^[\s,]{0,3}$/u.test(sentence.lower.slice(last.end - sentence.start, wordStart - sentence.start))) return phrase
    const distance = Math.abs(absolute - first.start)
    if (distance < bestDistance) {
      // `the best-performing frontier model, Claude Opus-4 by 29.5 percent`: the name the appositive gives.
      const named = sentence.models.find(
        (model) =>
          model.start >= phraseEnd &&
          /^,\s$/u.test(sentence.clean.slice(phraseEnd - sentence.start, model.start - sentence.start)) &&
          draft.tokens.some((token) => /^\s(?:by|of)\s(?:(?:about|nearly|over|up to)\s)?[^a-z\s]{0,3}$/u.test(sentence.lower.slice(model.end - sentence.start, token.start - sentence.start)))
      )
      best = named?.name ?? phrase
      bestDistance = distance
    }
  }
  return best
}

/**
 * The comparator phrase that `rest` (the text at `offset` in the abstract)
 * opens with: up to the next preposition or comma, a model named there whole
 * (`of Llama 3.1 70B`, which the phrase alone would cut at ` 3`), without a
 * possessive (`GPT-4's 43.0%`); null when shorter than two characters.
 */
function cutPhrase(rest: string, sentence: Draft['sentence'], offset: number): string | null {
  const stop = rest.search(phraseStop)
  // (`the Dutch average of 40.63`: the phrase ends before its number's `of`.)
  let phrase = (stop === -1 ? rest : rest.slice(0, stop)).trim().replace(/\s(?:of|at)$/u, '')
  const named = phrase === '' ? undefined : sentence.models.find((model) => model.start === offset + rest.indexOf(phrase))
  if (named && named.name.length > phrase.length) phrase = named.name
  // (`the best LLM baseline's MRR@10 of 0.17`: the measure after the possessive is not the name.)
  const possessive = /['’]s\s/u.exec(phrase)
  if (possessive && sentence.metrics.some((metric) => metric.start === offset + rest.indexOf(phrase) + possessive.index + possessive[0].length)) {
    phrase = phrase.slice(0, possessive.index)
  }
  phrase = phrase
    .replace(/['’]s$/u, '')
    .replace(/\s(?:despite|although|though|because|whereas)\s.*$/u, '')
    .replace(/ ?(?:--|[–—])$/u, '')
  // (A pronoun, a word cut at its hyphen, or a phrase that opens with a
  // preposition or conjunction names no system: `than it`, `over page-`,
  // `above on existing benchmarks`, `and`.)
  // (Nor a number: `compared to >90% for humans`.)
  if (/^[<>≤≥~≈]|%/u.test(phrase)) return null
  // (Nor a clause: `than when humans create partitions`.)
  if (/^(?:it|its|that|this|these|those|them|they|one|ones|some|and|or)$|\p{L}-$|^(?:on|in|at|by|to|for|with|and|or|of|when|where|if|while)\s/iu.test(phrase)) return null
  return phrase.length < 2 ? null : phrase
}
