import {comparesLast} from '../comparison-words.js'
import {acronymEquals, measureHeads} from '../measure-words.js'
import {readWindows} from '../read-windows.js'
import type {Mention, NumberToken, Sentence} from '../types.js'
import {extendLeft, isModifierOrVerb, joinAdjacent, lastRun, within} from './read-metric-mentions.js'
import {looksNominal, modifiers, phraseEnd, readPhrase, stopWords, vague, vagueEnd} from './read-metric-phrase.js'

// (Not `reduced by an average of`: `by` opens no measure.)
// (`improves the accuracies on three reasoning benchmarks by`: past the data it is measured on.)
// (A hedge may be followed by two spaces where LaTeX's `$` was: `by approximately $64.2\%$`.)
const verbBefore =
  /\b(?:(?:improv|increas|reduc|boost|enhanc|decreas|lower|rais|lift|elevat|shrink|shorten|extend|expand|enlarg|widen|broaden|achiev|reach|attain|yield|obtain)(?:e|es|ed|ing|s)?|cut|cuts|cutting|slash|slashes|slashed|slashing)\s(?:the\s|its\s|their\s|our\s|a\s|an\s)?(?:(?:average|mean|overall|total)\s)?((?!by\s)(?:[a-z@][\w@.-]{0,24}\s){1,4})(?:\([^)]{1,12}\)\s|per\s[a-z-]{2,20}\s|(?:on|across)\s[^,;]{1,40}?\s(?=by\s))?(?:by|from|of|to)\s[^a-z]{0,8}(?:(?:up to|about|approximately|nearly|around|over|more than|at least|a relative|an absolute|an average of)\s{1,3})?$/u
// `Over-refusal on XSTest rises by 1.2 pp`, `cost per round is reduced by 62%`.
const intransitive =
  /((?<![\p{L}'’])(?:[a-z@][\w@.-]{0,24}\s){1,4})(?:(?:on|in|for|per|over|across|during)\s[^,;]{1,40}?\s)?(?:\([a-z0-9@-]{1,12}\)\s)?(?:rises|rose|falls|fell|drops|dropped|grows|grew|climbs|climbed|widens|widened|narrows|narrowed|plummets|plummeted|collapses|collapsed|increases|increased|decreases|decreased|improves|improved|declines|declined|shrinks|shrank|rising|falling|dropping|growing|climbing|increasing|decreasing|improving|declining|(?:(?:is|was|are|were) )?(?:reduced|cut|lowered|improved|increased|decreased|diminished))\s(?:(?:only|just|slightly|significantly|substantially|further)\s)?(?:by|from|to)\s[^a-z]{0,3}(?:(?:up to|about|only|just|less than|more than|nearly|around)\s)?$/u
// The verbs `intransitive` needs, as a plain search: its open start matches
// at every word, so it runs only where one of them is written.
const intransitiveVerb =
  /(?:rises|rose|falls|fell|drops|dropped|grows|grew|climbs|climbed|widens|widened|narrows|narrowed|plummets|plummeted|collapses|collapsed|increases|increased|decreases|decreased|improves|improved|declines|declined|shrinks|shrank|reduced|diminished|cut|lowered|rising|falling|dropping|growing|climbing|increasing|decreasing|improving|declining)\s/u
const scoreOf = /\b(?:an?|the|its|their|our|with)\s((?:(?:average|mean|median|overall|total)\s)?(?:[a-z@][\w@.-]{0,24}\s){1,4})(?:rate\s)?of\s(?:(?:up to|about|approximately|approx\.?|nearly|around|over|more than|at least|only|just)\s)?$/u
// (`… (mIOU) scores of 93.1%` too.)
// (A hedge may come after `by`: `and stability by at least 57%`.)
// `keeps SASR above 79%`: an acronym bounded by a number.
const acronymBound = /(?<![\p{L}\p{N}-])(\p{Lu}{2,6}(?:@\d{1,3})?)\s(?:above|below|over|under|exceeding)\s(?:[~≈]\s?)?$/u
// (Or a rate, `keeping hard-failure rates below 15%`; or another measure's
// head, `connection consistency above 0.93`.)
// `mismatch rates reaching more than 23%`, `misalignment rates of up to
// 62%`: a rate named before the level it reaches. (Its first word may
// qualify it, `policy-violating propagation rates`, but not be a verb's
// `-s` or `-ed` form, `induces misalignment rates`, nor a system's,
// `baseline preservation rates`; nor is it the last of two, `word and
// character rates`.)
const rateReaching =
  /(?:^|\s)(?<!\b(?:and|or)\s)((?:(?![a-z]+(?:ing|s|ed)\s|(?:with|of|and|the|at|in|on|for|to|had|have|their|our|a|an|baseline|model|method|system)\s)[a-z][a-z-]{1,20}\s)?(?![a-z]+ing\s|(?:the|its|their|our|a|an|of|and)\s)[a-z][a-z-]{1,20})\srates\s(?:reach(?:es|ed|ing)?|of|hit(?:s|ting)?)\s(?:(?:up to|more than|over|about|nearly|only|just|roughly|approximately|around|as high as|as low as)\s)?(?:[~≈<>]\s?)?$/u
const rateBound = /(?:^|\s)((?:(?![a-z]+(?:ing|[^s]s|ed)\s|(?:with|of|and|the|a|an|their|our|at|in|on|for|to)\s)[a-z][a-z-]{1,20}\s)?(?![a-z]+ing\s)[a-z][a-z-]{1,20}\s(?:rates?|errors?|consistency|fidelity|agreement|similarity|coverage))\s(?:above|below|under|exceeding)\s(?:[~≈]\s?)?$/u
// The end that `acronymBound` and `rateBound` share.
const boundTail = /(?:above|below|over|under|exceeding)\s(?:[~≈]\s?)?$/u
const acronymBefore = /\((?!SOTA\)|SoTA\))([a-zA-Z]?[A-Z][A-Za-z@0-9-]{1,12})\)\s(?:scores?\s)?(?:by|of)\s[^a-z]{0,3}$/u

// `(FID: UniWeTok 1.38 vs. REPA 1.42)`, `(DPG Score: X 86.63 vs. …)`: the
// label that opens the parenthesis the number is in.
const parenColon = /\(([\p{L}][\p{L}\p{N}@ .-]{1,40}):\s[^():;]{0,40}$/u
const measureWord = /\b(?:scores?|rates?|ratios?|accuracy|errors?|loss|time|latency|tokens|FLOPs)$/iu

/** The measure a `(Label: … N` parenthesis names: a registry metric in it, or a label ending in a measure word. */
function colonLabel(sentence: Sentence, beforeRaw: string, beforeStart: number): string | null {
  const label = parenColon.exec(beforeRaw)
  if (!label) return null
  const at = beforeStart + label.index + 1
  const text = label[1]!.trim()
  const known = within(sentence.metrics, at, at + text.length)
  const named = [...sentence.models, ...sentence.benchmarks].some((mention) => mention.start >= at && mention.end <= at + text.length && mention.end - mention.start === text.length)
  // (The whole label, where words before a registry `score` name it:
  // `(separation score: 0.510)`.)
  if (known.length > 0 && /^[a-z][a-z-]{2,20}\s(?:scores?|rates?)$/u.test(text) && known.every((mention) => mention.start > at)) return text
  if (known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
  // (Or a measure's acronym with a letter of its own before it: `(vNRMSE: 6.9% vs. 9.6%)`.)
  return !named && text.split(' ').length <= 4 && (measureWord.test(text) || acronymMeasure.test(text)) ? text : null
}

const acronymMeasure = /^[a-z]{1,3}(?:N?RMSE|MSE|MAE|MAPE|AUC|IoU|PSNR|SSIM|FID|NDCG|MRR|EER|WER|CER)$/u

// `interpretability (0.87 vs 0.90)`, `improving text-image fidelity (+6.3%)`:
// lower-case words right before the parenthesis that opens with the number.
const parenBefore = /(?:^|\s)((?:[a-z][a-z-]{1,20}\s){0,3}[a-z][a-z-]{1,20})\s\(\s?[+\-−]?$/u

/** The measure a parenthesis holding the number labels, if it is one. */
function parenLabel(sentence: Sentence, token: NumberToken, beforeRaw: string, beforeStart: number): string | null {
  const label = /\(\s?[+\-−]?$/u.test(beforeRaw.slice(-3)) ? parenBefore.exec(beforeRaw) : null
  // (Only a parenthesis that holds just the numbers: not `(98.5% and 67.1%
  // average success rates)`, which names its measure inside.)
  if (!label || !closesAfter.test(sentence.lower.slice(token.end - sentence.start, token.end - sentence.start + 24))) return null
  // (Not a setting or a count: `with a standard prompt (36.2%)`, `1 of 15 evaluations (6.7%)`.)
  if (/(?:\b(?:with|using|via|by|for)\s(?:(?:a|an|the|its|their|our)\s)?|\d\s)$/u.test(beforeRaw.slice(0, beforeRaw.length - label[0].length + label[0].indexOf(label[1]!)))) {
    return null
  }
  // (Only the words after the last function word or verb: `match SAEs in
  // interpretability (`, `achieved higher semantic similarity (`.)
  const words = label[1]!.split(' ')
  // (A last word in -ing is a noun here: `sparse probing`, `causal editing`.)
  const lastStop = words.findLastIndex((word, index) => stopWords.has(word) || (index < words.length - 1 && verbLike.test(word)))
  const kept = words.slice(lastStop + 1)
  while (kept.length > 0 && modifiers.test(kept[0]!)) kept.shift()
  if (kept.length === 0 || (kept.length === 1 && verbLike.test(kept[0]!))) return null
  const phrase = kept.join(' ')
  const at = beforeStart + beforeRaw.length - label[0].length + label[0].indexOf(label[1]!) + label[1]!.length - phrase.length
  // (`mid-level scores (48--70%)` names no measure: its head word is vague;
  // unless a noun names what is scored: `stability scores (0.9998)`,
  // `consistency metrics (0.9873)`.)
  const scored = kept.length >= 2 ? /^(?:scores?|metrics?)$/u.exec(kept.at(-1)!) : null
  const noun = kept.at(-2) ?? ''
  if (scored && /^[a-z]{4,20}$/u.test(noun) && !/(?:ly|al|ive|ful|ous|ic|ed|ing|est|er)$/u.test(noun) && !modifiers.test(noun)) return `${noun} ${scored[0].replace(/s$/u, '')}`
  if (vague.test(kept.at(-1)!) || vagueEnd.test(phrase)) return null
  // (Nor items of a measure named before them: `measured by response accuracy
  // in device control (86%), memory-related tasks (97%)` lists categories.)
  if (sentence.metrics.some((mention) => mention.end <= at)) return null
  const known = within(sentence.metrics, at, at + phrase.length)
  if (known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
  // (The parenthesis makes the words a label: no tagger is asked, so that
  // `causal editing` counts as `sparse probing` does.)
  return phrase.length > 3 && looksNominal(kept.at(-1)!) ? phrase : null
}

// Verb forms that end a label from the left (`achieved`, `improving`, `shows`).
const verbLike =
  /^(?:[a-z-]+(?:ed|ing)|achieves?|improves?|shows?|yields?|gives?|brings?|reaches|obtains?|attains?|demonstrates?|exhibits?|maintains?|retains?|reports?|delivers?|provides?|produces?|offers?|records?|keeps?|remains?|saturates?|has|have|had|is|are|was|were)$/u
// The rest of the parenthesis after its first number: a second score, then `)`.
const closesAfter = /^\s?(?:%|pp|points?)?\s?(?:(?:vs\.?|versus|to|\/)\s?[+\-−]?\d[\d.,]*\s?(?:%|pp|points?)?\s?(?:for\s[^()]{1,30})?)?\)/u

// The noun a registry word modifies, right before `by`/`of`/`from` and the number.
const measureHead = /^\s(distances?|divergences?|errors?|rates?|ratios?|scores?|loss|gaps?|time|latency|length|costs?|size|usage|counts?)\s(?:by|of|from)\s[^a-z]{0,3}$/u
const changeOfFrom = /\b((?:[a-z@][\w@.-]{0,24}\s){1,3})(?:improvements?|increases?|gains?|boosts?)\s(?:of|for)\s\S{2,40}\sfrom\s[^a-z]{0,3}$/u
const acronymBeforeChange = /(?:^|[\s(])(\p{Lu}[\p{Lu}\p{N}]{1,7})\s(?:improvements?|gains?|lifts?|increases?|boosts?|uplifts?)\sof\s(?:(?:up to|about|approximately|nearly|around|over|more than|at least)\s)?[^a-z\s]{0,3}$/u
const changeInOf = /\b(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?)\sin\s(?:the\s)?((?:[a-z@][\w@.-]{0,24}\s){1,3})of\s(?:(?:up to|about|approximately|nearly|around|over|more than|at least)\s)?[^a-z]{0,3}$/u

// A list item's label right before `from` and its pair (`, Excess32 from 0.108 to`, `, and area ratio from`).
// (Or a name that opens a parenthesis: `coverage (AR from 16.4% to 77.1%, …)`.)
const listedPairLabel = /(?:,\s(?:and\s)?|\band\s|\(\s?(?=\p{Lu}))(\p{Lu}[\p{L}\p{N}@.-]{1,15}|(?:[a-z][a-z-]{1,20}\s){0,2}[a-z][a-z-]{1,20})\sfrom\s(?:\S{1,14}\sto\s)?[^a-z\s]{0,3}$/u

const listedByLabel = /(?:,\s(?:and\s)?|\band\s)((?:[A-Za-z][A-Za-z-]{1,20}\s){0,2}[a-z][a-z-]{1,20})\sby\s(?:(?:up to|about|over|nearly|around|at least|more than)\s)?[^a-z\s]{0,3}$/u
const earlierBy = /\bby\s(?:(?:up to|about|over|nearly|around)\s)?[^a-z\s]{0,3}\d[^;]*$/u
const changeVerbBefore = /\b(?:reduc|improv|increas|lower|boost|rais|cut|decreas|enhanc)\w*\s/u
const changeOfPhrase =
  /\b(?:improv|increas|reduc|boost|enhanc|decreas|lower|rais|lift)(?:e|es|ed|ing|s)?\s(?:the\s|its\s|their\s|our\s)?((?:[a-z][a-z-]{1,20}\s){1,2})of\s((?:[a-z0-9][\w-]{1,20}\s){1,3})by\s[^a-z]{0,8}(?:(?:up to|about|approximately|nearly|around|over|more than|at least|an average of)\s{1,3})?$/du
const qualityWords = /^(?:quality|efficiency|robustness|fidelity|diversity|stability|consistency|reliability|safety|faithfulness)$/u

const measureOfSystem = /(?:^|[,;]\s|\b[Tt]he\s)((?:[a-z][a-z-]{1,20}\s){0,3}[a-z][a-z-]{1,20})\sof\s(?:this|our|the\sproposed|the)\s(?:[a-z-]+\s){0,2}(?:model|method|system|approach|framework)\s(?:is|was)\s(?:(?:about|approximately|around|nearly)\s)?$/u

const copulaSubject = new RegExp(
  String.raw`(?:^|[,;]\s|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s)((?:[a-z][a-z-]{1,20}\s){0,3}${measureHeads})\s(?:(?:for|of|on|in)\s(?:[\p{L}\p{N}][\p{L}\p{N}-]{1,20}\s){1,3})?(?:is|was)\s(?:(?:only|just|about|approximately|around|nearly|roughly)\s)?[^a-z\s]{0,3}$`,
  'u'
)

const participleGap = /^,\s(?:reaching|achieving|attaining|hitting|scoring)\s(?:(?:up to|about|approximately|nearly|over|around)\s)?[^a-z\s]{0,3}$/u
const continuedMeasure = new RegExp(String.raw`\b((?:[a-z][a-z-]{1,20}\s){0,2}${measureHeads}),\s(?:reaching|achieving|attaining|hitting|scoring)\s(?:(?:up to|about|approximately|nearly|over|around)\s)?[^a-z\s]{0,3}$`, 'u')

/**
 * The measure named before a number (`accuracy by 4%`, `an accuracy of 67.0`).
 *
 * @example
 * metricBefore(sentence, token) // 'accuracy' for `accuracy by 4%`
 */
export function metricBefore(sentence: Sentence, token: NumberToken): string | null {
  const windows = readWindows(sentence, [token])
  const base = sentence.start
  const before = windows.before.slice(-120)
  const beforeRaw = windows.beforeRaw.slice(-120)
  const beforeStart = base + windows.beforeStart + windows.before.length - before.length
  // (Each of these patterns ends in a few words that most windows do not end
  // with: a test of that tail first spares scanning the whole window.)
  const tail = beforeRaw.slice(-14)
  const acronym =
    (/\b(?:by|of)\s[^a-z]{0,3}$/u.test(tail) ? acronymBefore.exec(beforeRaw) : null) ??
    (tail.includes('=') ? acronymEquals.exec(beforeRaw) : null) ??
    (boundTail.test(tail) ? (acronymBound.exec(beforeRaw) ?? rateBound.exec(beforeRaw)) : null)
  if (acronym) return acronym[1]!
  // (A rate the registry knows is read by its name: `word error rates of 2.4%` is a WER.)
  const rate = before.includes(' rates ') ? rateReaching.exec(before) : null
  const rateStart = rate ? beforeStart + rate.index : 0
  if (rate && !sentence.metrics.some((mention) => mention.end > rateStart && mention.start < beforeStart + before.length)) return `${rate[1]!} rate`
  const labelled = parenLabel(sentence, token, beforeRaw, beforeStart) ?? colonLabel(sentence, beforeRaw, beforeStart)
  if (labelled) return labelled
  // `yield higher accuracy, reaching 89.13%`: the measure the participle's clause continues.
  // (Not past a measure written after the number, `achieving 61.1% and 75.6%
  // accuracy`, nor for gains that name their own comparison, `achieving 3-12%
  // relative improvements over strong baselines`.)
  const continued = /,\s[a-z]+ing\s/u.test(before.slice(-40)) ? sentence.metrics.findLast((mention) => mention.end <= token.start && participleGap.test(sentence.lower.slice(mention.end - base, token.start - base))) : undefined
  const ownAfter = continued && (/^\s?(?:relative\s|absolute\s)?(?:improvements?|gains?)\b/u.test(windows.after) || sentence.metrics.some((mention) => mention.start >= token.end && mention.start - token.end <= 30 && !/[,;]/u.test(sentence.lower.slice(token.end - base, mention.start - base))))
  if (continued && !ownAfter) return continued.name
  // (Or a measure no registry knows, named by its head: `state-of-the-art
  // inlier ratios, scoring 95% - 97% on KITTI`.)
  const continuedPhrase = !continued && /,\s[a-z]+ing\s/u.test(before.slice(-40)) ? continuedMeasure.exec(before) : null
  const continuedRead = continuedPhrase ? readPhrase(continuedPhrase[1]!) : null
  if (continuedRead !== null && continuedPhrase![1]!.endsWith(continuedRead) && !/^\s?(?:relative\s|absolute\s)?(?:improvements?|gains?)\b/u.test(windows.after)) return continuedRead
  // `The theme consistency of this model is 0.5 higher than …`: the subject's
  // head, of the system, with a copula right before the number.
  const owned = tail.includes(' is ') || tail.includes(' was ') ? measureOfSystem.exec(beforeRaw) : null
  const ownedPhrase = owned ? readPhrase(owned[1]!) : null
  if (ownedPhrase) return ownedPhrase
  // `The average rejection rate is 60.93%`: a clause's subject that ends in
  // a measure's head noun, unknown to the registry, right before a copula.
  const subject = tail.includes(' is ') || tail.includes(' was ') ? copulaSubject.exec(beforeRaw) : null
  if (subject) {
    const at = beforeStart + subject.index + subject[0].indexOf(subject[1]!)
    const phrase = within(sentence.metrics, at, at + subject[1]!.length).length === 0 ? readPhrase(subject[1]!) : null
    if (phrase !== null && subject[1]!.endsWith(phrase)) return phrase
  }
  // `improves FVD by 18% and CLIPSIM by 0.02`: a name-shaped measure of its own item.
  // (`and Revenue per Mile by 2.3%`: a name of a few words.)
  // (Or its score: `an mAP of 97.4, OF1 of 92.3, and CF1 of 91.4`.)
  const itemName = /(?:\band|,)\s(\p{Lu}[\p{L}\p{N}@.-]{1,15}(?:\s(?:per|of|\p{Lu}[\p{L}\p{N}@.-]{1,15})){0,3})\s(by|of)\s[^a-z\s]{0,3}$/u.exec(beforeRaw)
  // (Not after a comparison verb: `outperforms GPT-4 by 5% and Gemini by 3%` names systems.)
  // (Past the previous number too, `surpasses ATLAS by +17.65pp and MTP by
  // +10.0pp`, unless a change verb comes later: `outperforms X, reducing ADE
  // by 40.2%, FDE by 51.7%`.)
  if (itemName && (itemName[2] === 'of' || !comparesLast(sentence.lower.slice(Math.max(0, token.start - base - 120), token.start - base)))) {
    // (Only a name no registry knows: a benchmark, a model or a known metric is read elsewhere.)
    const at = beforeStart + itemName.index + itemName[0].indexOf(itemName[1]!)
    const known = [...sentence.models, ...sentence.benchmarks, ...sentence.metrics].some((mention) => mention.start < at + itemName[1]!.length && at < mention.end)
    // (`TSLMs by 9.1% and GRLMs by 7.9%`: plural acronyms name kinds of systems.)
    if (!known && !/^\p{Lu}+s$/u.test(itemName[1]!)) return itemName[1]!
  }
  // `worsens FDR from 0.296 to 0.509, Excess32 from 0.108 to 0.466, and area
  // ratio from 0.94 to 3.34`: each pair of a list is in the measure it names.
  // (Most numbers follow no `from`: one plain test first.)
  const pairLabel = beforeRaw.includes(' from ') ? listedPairLabel.exec(beforeRaw) : null
  if (pairLabel) {
    // (`, improving face similarity from`: the verb is not the measure's.)
    const verb = /^([a-z-]+)\s/u.exec(pairLabel[1]!)?.[1]
    const label = verb !== undefined && verbLike.test(verb) ? pairLabel[1]!.slice(verb.length + 1) : pairLabel[1]!
    const at = beforeStart + pairLabel.index + pairLabel[0].indexOf(pairLabel[1]!) + pairLabel[1]!.length - label.length
    const named = [...sentence.models, ...sentence.benchmarks].some((mention) => mention.start < at + label.length && at < mention.end)
    const known = within(sentence.metrics, at, at + label.length)
    if (!named && known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
    // (Not a count of settings: `, five sparsity levels from 12.5% to 37.5%`.)
    const counted = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|all|some|few|multiple|various|different)\s/u.test(label)
    if (!named && !counted && (/^\p{Lu}/u.test(label) ? !/^\p{Lu}+s$/u.test(label) : readPhrase(label) === label)) return label
  }
  // `reduces inference FLOPs by 66% and training budget by 26%`: the next
  // item of a change verb's list names its own measure before its `by`.
  const byItem = beforeRaw.includes(' by ') ? listedByLabel.exec(beforeRaw) : null
  // (Only after an earlier item's own `by` and number: not `the error between
  // predicted and true velocities by 72%`.)
  if (byItem && changeVerbBefore.test(sentence.lower.slice(0, beforeStart - base + byItem.index)) && earlierBy.test(sentence.lower.slice(0, beforeStart - base + byItem.index))) {
    // (Not an item with a verb of its own: `and reduces latency by 20%`,
    // `and surpasses X by 4.9%`, read by the verb rules.)
    const label = /^(?:[a-z]+(?:es|ed)|reduc\w*|improv\w*|increas\w*|lower\w*|boost\w*|rais\w*|cut\w*|enhanc\w*|lift\w*|shrink\w*|outperform\w*|surpass\w*|beat\w*|exceed\w*)\s/u.test(byItem[1]!) ? null : byItem[1]!
    const at = beforeStart + byItem.index + byItem[0].indexOf(byItem[1]!)
    const named = label !== null && [...sentence.models, ...sentence.benchmarks].some((mention) => mention.start < at + label.length && at < mention.end)
    if (label !== null && !named) {
      if (readPhrase(label) === label) return label
      const known = within(sentence.metrics, at, at + label.length)
      if (known.length > 0) return extendLeft(sentence, joinAdjacent(sentence, known))
    }
  }
  // `a reduction in cycle time of up to 15%`: what the change noun is in.
  const changeIn = changeInOf.exec(before)
  if (changeIn) {
    const at = beforeStart + changeIn.index + changeIn[0].indexOf(changeIn[1]!)
    const registry = within(sentence.metrics, at, at + changeIn[1]!.length)
    const phrase = registry.length > 0 ? extendLeft(sentence, joinAdjacent(sentence, registry)) : readPhrase(beforeRaw.slice(at - beforeStart, at - beforeStart + changeIn[1]!.length))
    if (phrase) return phrase
  }
  // `a win rate improvement of Llama-3-8B-Instruct from 22.9%`: the measure before the change noun.
  const changeOfModel = before.includes(' from ') ? changeOfFrom.exec(before) : null
  if (changeOfModel) {
    const phrase = readPhrase(changeOfModel[1]!)
    if (phrase) return phrase
  }
  // `an overall GMV lift of 2.45%`, `with FAP improvements of 5.44%`: an
  // acronym no registry knows, named before a change noun and its `of`.
  const acronymChange = beforeRaw.endsWith(' of ') || / of [^a-z\s]{1,3}$| of (?:up to|about|approximately|nearly|around|over|more than|at least) [^a-z\s]{0,3}$/u.test(beforeRaw) ? acronymBeforeChange.exec(beforeRaw) : null
  if (acronymChange) {
    const at = beforeStart + acronymChange.index + acronymChange[0].indexOf(acronymChange[1]!)
    if (within([...sentence.models, ...sentence.benchmarks, ...sentence.metrics], at, at + acronymChange[1]!.length).length === 0) return acronymChange[1]!
  }
  // (`is reduced by an average of 15%`: the aggregate is a hedge, not a measure.)
  // (Nor is an example's parenthesis: `cuts prompt tokens (e.g., by over 50%)`.)
  // (Nor is the start's label: `increasing X from a baseline of 2.15%`.)
  const verbal = before.replace(/\sby\san?\s(?:average|mean)\sof\s$/u, ' by ').replace(/\sfrom\sa\sbaseline\sof\s$/u, ' from ').replace(/\s\((?:e\.g\.|i\.e\.),?\s(?=by\s(?:[a-z]+\s)?[^a-z]{0,3}$)/u, ' ')
  const changed = verbBefore.exec(verbal)
  const transitive = changed ?? scoreOf.exec(verbal)
  const verb = transitive ?? (intransitiveVerb.test(verbal) ? intransitive.exec(verbal) : null)
  // `improves the reliability of policy code generation by up to 35%`,
  // `the training efficiency of reasoning LLMs by up to 2.5x`: a measure of
  // something, too long for the verb's phrase, is named before its `of`.
  const measureOf = verb ? null : changeOfPhrase.exec(before)
  if (measureOf?.indices) {
    // (As written: the groups' places in the lower-case window are the raw one's.)
    const [headFrom, headTo] = measureOf.indices[1]!
    const [ofFrom, ofTo] = measureOf.indices[2]!
    const head = beforeRaw.slice(headFrom, headTo).trim()
    const phrase = readPhrase(head)
    if (phrase === head) return qualityWords.test(phrase) ? `${phrase} of ${beforeRaw.slice(ofFrom, ofTo).trim()}` : phrase
  }
  if (verb) {
    const phraseStart = beforeStart + verb.index
    // `Hausdorff distances to the reference reconstructions of 0.359 mm`: what
    // a measure is taken against is not the measure.
    const against = changed ? undefined : sentence.metrics.find((mention) => mention.end < phraseStart && /^\s(?:to|from|against|between|relative to)\s$/u.test(sentence.lower.slice(mention.end - base, phraseStart - base)))
    if (against) return extendLeft(sentence, against)
    // The measure is the last registry metric of the phrase the verb changes,
    // with the nouns written before it (`communication cost`).
    const groupStart = phraseStart + verb[0].indexOf(verb[1]!)
    // (A registry measure that starts with the modifier the verb's phrase
    // skips, `reducing mean squared error by`, is the phrase's all the same.)
    const registry = sentence.metrics.filter((mention) => mention.end > groupStart && mention.end <= groupStart + verb[1]!.length && mention.start >= groupStart - 8)
    // (Not a registry word that modifies the noun after it: `error thresholds of`.)
    // (`a coefficient of determination value of`: a generic `value` or `score` after it is the measure's own.)
    const modifies = registry.length > 0 && /^\s(?!(?:values?|scores?|metrics?|measures?)\s?$)[a-z][a-z-]{2,20}\s?$/u.test(sentence.lower.slice(registry.at(-1)!.end - base, groupStart + verb[1]!.length - base))
    if (registry.length > 0 && !modifies) return extendLeft(sentence, joinAdjacent(sentence, lastRun(sentence, registry)))
    // `The root mean squared error of the estimates is reduced by 15%`: the
    // measure right before the `of` phrase the intransitive verb follows.
    const of = transitive ? -1 : verb[1]!.indexOf('of ')
    if (of !== -1) {
      const ofAt = groupStart + of
      const owner = sentence.metrics.find((mention) => mention.end === ofAt - 1 || (mention.start < groupStart && mention.end > groupStart && mention.end < ofAt))
      if (owner) return extendLeft(sentence, owner)
    }
    // The words after the verb (or article), or those before an intransitive verb.
    // (`and instruction violations decreasing from`: the conjunction joins clauses, it opens no subject.)
    // (`judgments show that TikZilla improves by`: the subject comes after the clause's `that`.)
    const words = transitive
      ? beforeRaw.slice(verb.index).replace(/^\S+\s/u, '')
      : beforeRaw
          .slice(groupStart - beforeStart, groupStart - beforeStart + verb[1]!.length)
          .replace(/^(?:and|or|but|while|whereas|yet)\s/u, '')
          .replace(/^.*\b(?:that|which|who|when|where|because|since|if)\s(?=\S)/iu, '')
    // `improves the quality of latent actions by 8x`: a quality of something
    // names its measure whole (lower-case words only: not `accuracy of GPT-4o`).
    const qualityOf = /^(?:the\s)?((?:quality|efficiency|robustness|fidelity|diversity|stability|consistency|reliability|safety|faithfulness)\sof\s(?:[a-z-]{2,20}\s){0,2}[a-z-]{2,20})\s(?:by|from)\s/u.exec(words)
    if (transitive && qualityOf) return qualityOf[1]!
    const phrase = readPhrase(words.replace(phraseEnd, ''))
    // A name in the phrase makes it no measure; one after it, in an adjunct
    // the phrase stops before (`Over-refusal on XSTest rises by`), does not.
    const phraseAt = phrase ? beforeStart + beforeRaw.indexOf(phrase, verb.index) : 0
    const named = (mentions: readonly Mention[]) => within(mentions, phraseAt, phraseAt + (phrase?.length ?? 0)).length > 0
    // (`ZetaJudge improves from 0.38`: a name is the subject, not a measure.)
    const nameShaped =
      !transitive && phrase !== null && /^\p{Lu}/u.test(phrase) && !/\s/u.test(phrase) && /\p{Ll}/u.test(phrase) && (phrase.match(/[\p{Lu}\p{N}]/gu)?.length ?? 0) >= 2
    if (phrase && !nameShaped && !named(sentence.models) && !named(sentence.benchmarks)) {
      // A capital only because the sentence starts there: `Over-refusal` is `over-refusal`.
      return phraseAt === sentence.start && /^\p{Lu}[\p{Ll}-]*(?:\s|$)/u.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase
    }
  }
  // `lowers the attack success rate (ASR) of GCG, PAIR and AutoDAN on
  // HarmBench from 31.5%`: the registry metric a change verb takes as its
  // object, when `from`/`by` comes only after a longer complement.
  const far = windows.before.slice(-200)
  const object = verbObject(sentence, far, base + windows.beforeStart + windows.before.length - far.length)
  if (object) return object
  // A registry metric just before the number, in the same clause, with the
  // nouns that narrow it (`average acceptance length`, `mean FCAR`).
  // (Farther when the number opens a list after a colon that closes the
  // measure's phrase: `a new task success rate across several public mobile
  // task automation benchmarks: 59.5% on AndroidWorld, …`.)
  const reaches = (mention: Mention): boolean => {
    const gap = token.start - mention.end
    return gap <= 40 || (gap <= 90 && /^[^,;:.()\d]{41,90}:\s{1,3}$/u.test(sentence.lower.slice(mention.end - base, token.start - base)))
  }
  const near = sentence.metrics.filter((mention) => mention.end <= token.start && reaches(mention) && mention.start >= beforeStart && !isModifierOrVerb(sentence, mention))
  // (`intersection over union scores of`: a generic score after a named
  // measure adds nothing, as in `joinAdjacent`.)
  const lastTwo = near.slice(-2)
  const scored = lastTwo.length === 2 && lastTwo[1]!.name === 'score' && /^\s$/u.test(sentence.clean.slice(lastTwo[0]!.end - base, lastTwo[1]!.start - base))
  const last = scored ? lastTwo[0] : near.at(-1)
  // (`the highest overall accuracy, 98 percent`: a score set off by a comma right after its measure.)
  if (last && (!/[,;]|:\s[a-z]/u.test(sentence.lower.slice(last.end - base, token.start - base)) || /^,\s$/u.test(sentence.lower.slice(last.end - base, token.start - base)))) {
    // (`and energy distance by 20.2%`: with the noun it modifies, unless that is the generic score.)
    const head = scored ? undefined : measureHead.exec(sentence.lower.slice(last.end - base, token.start - base))?.[1]
    return head === undefined ? extendLeft(sentence, last) : `${extendLeft(sentence, last)} ${head}`
  }
  return null
}

const changeStems = '(?:improv|increas|reduc|boost|enhanc|decreas|lower|rais|lift|cut|slash)'
// (`improves average NDCG@5 across six benchmarks by`: an aggregate word before the measure.)
const changeVerb = new RegExp(`\\b${changeStems}(?:e|es|ed|ing|s)?\\s(?:the\\s|its\\s|their\\s|our\\s)?(?:(?:average|mean|overall)\\s)?`, 'gu')
// A second change coordinated after the object: `… and lowers latency from`.
const laterChange = new RegExp(`[;:]|\\b(?:and|while|but)\\s(?:\\w+\\s)?${changeStems}`, 'u')

/** The registry metric right after the last change verb of `before`, which ends in `from`/`by` (`before` starts at offset `beforeStart`). */
function verbObject(sentence: Sentence, before: string, beforeStart: number): string | null {
  if (!/\s(?:from|by)\s(?:(?:an?\s)?(?:relative|absolute|average)\s(?:of\s)?|(?:up to|about|nearly|over|approximately|around|at least|more than)\s)?[^a-z]{0,3}$/u.test(before)) return null
  let found: string | null = null
  for (const verb of before.matchAll(changeVerb)) {
    const start = beforeStart + verb.index + verb[0].length
    // (A registry measure may hold the aggregate word the verb's pattern passed: `average success rates`.)
    const aggregate = /(?:average|mean|overall)\s$/u.exec(verb[0])
    const first = sentence.metrics.findIndex((mention) => mention.start === start || (aggregate !== null && mention.start === start - aggregate[0].length))
    const metric = first === -1 ? undefined : joinAdjacent(sentence, sentence.metrics.slice(first))
    const rest = metric ? before.slice(metric.end - beforeStart) : ''
    // (Never across another number: `reduces FID … by 14% and MER … by 10%`.)
    const across = metric !== undefined && sentence.tokens.some((token) => token.start >= metric.end && token.end <= beforeStart + before.length)
    found = metric && rest.length <= 150 && !laterChange.test(rest) && !across ? metric.name : null
  }
  return found
}
