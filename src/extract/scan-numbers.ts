import {bareLabelOfPair, continuesPairList, labelPairStart, pairStart} from './read-pair-words.js'
import type {Mention, NumberToken} from './types.js'
import {acronymEquals} from './measure-words.js'
import {parseNumber} from './parse-number.js'
import {distanceBefore, factorBefore, readUnit, spreadAfter, timedIn} from './read-unit.js'
import {betweenBefore, beatenBefore, changeSpan, countChange, pairAfter, pairBefore, rangeLink, rangesFrom, sameDecimals, saysBounds, signedRangeLink} from './read-range-words.js'
import {bareAllowedAfter, bareAllowedBefore, copulaScore, countedOf, fractionAfter, fractionVerb, listedUnitAfter, magnitudeAfter, measureEquals, ofTotalOf, outOf, resultBound, solvedParen, studentsOrPeople, systemsAfter, thresholdBefore} from './read-bare-number-words.js'
import {averageInParen, containsBefore, itemsAveraging, keptAfter, largerModels, limitBefore, modelParts, pointsScale, runsAt, settingAfter, settingBefore, shareUsed, spanFrom, targetAfter, timesCompares, timesMargin, totalBefore} from './read-setting-words.js'
import {atLevel, ciBounds, citedResult, humanScoreBefore, levelAfter, pValueBefore, referenceBefore, statisticBefore, versionOf} from './read-reference-words.js'
import {readSlashList} from './read-slash-list.js'

// A number, optionally signed. The look-behind keeps numbers inside names and
// settings out: `Qwen2.5`, `GPT-4o`, `pass@1`, `top-5`, `1/8`, `3-23%`'s `23`.
// (A decimal without its zero after an equals sign: `α = .76`.)
const numberPattern = /(?<![\p{L}\p{N}@_/^\\.,+\-−])([+\-−]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<=[=≈:]\s{0,8})\.\d+(?![\d.]))/gu

function overlaps(start: number, end: number, mentions: readonly Mention[]): boolean {
  return mentions.some((mention) => mention.start < end && start < mention.end)
}

// The rest of a list of three or more after an item, up to the unit after
// its last item: `, 1438-1675, and 4065` (items may be ranges). (Not two:
// `a real-time factor of 0.08, 6× lower`, `$39.9 and 160 minutes`.)
const listToUnit = /^(?:\s?[-–]\s?\d[\d.]*)?(?:,\s(?:and\s|or\s)?\d[\d.,]*(?:\s?[-–]\s?\d[\d.]*)?|\s(?:and|or)\s\d[\d.,]*(?:\s?[-–]\s?\d[\d.]*)?)+/u

const pairSetting = /\bfrom\s[\d.,]+\s?(?:%|percent|[a-z]{1,4})?\s(?:at|after|with|under)\s(?:[a-z-]+\s){1,2}$/u

const lengthUnit = String.raw`\s?(?:mm|cm|m|μm|in(?:ches)?)\b`
const sizeAfter = new RegExp(`^${lengthUnit}(?:\\s(?:in\\s(?:length|height|width|diameter|thickness|depth)|long|wide|tall|thick)\\b|\\s?[x×]\\s?\\d)`, 'u')
const sizeBefore = new RegExp(`\\d(?:${lengthUnit})?\\s?[x×]\\s?$`, 'u')
const lengthNext = new RegExp(`^${lengthUnit}`, 'u')

/** Whether the number at `start` is a length of something built: `38 mm in length`, `310 mm x 200 mm`. */
function builtSize(clean: string, lower: string, start: number, end: number): boolean {
  return sizeAfter.test(lower.slice(end, end + 30)) || (sizeBefore.test(clean.slice(Math.max(0, start - 12), start)) && lengthNext.test(lower.slice(end, end + 8)))
}

const cohortWords = /\b(?:mean|median|average)\saged?\s(?:of\s)?[\d.]+|\baged\s[\d.]+|\d\s?%\s(?:female|male|women|men)\b/u

/** Whether the number at `start` sits in a parenthesis that describes a cohort (its age, its share of women). */
function describesCohort(lower: string, start: number): boolean {
  const open = lower.lastIndexOf('(', start)
  if (open === -1 || start - open > 80 || lower.lastIndexOf(')', start) > open) return false
  const close = lower.indexOf(')', start)
  const inside = lower.slice(open + 1, close === -1 ? start + 80 : close)
  return cohortWords.test(inside)
}

/**
 * Read the result numbers of a sentence: values with units, signs and ranges.
 * Numbers inside names (models, benchmarks, `pass@1`, `7B`, `-shot`), settings
 * (`using only 10% of the data`, `p = 0.03`, `the 90% coverage target`),
 * references and bare counts are left out.
 *
 * `clean` is the sentence with LaTeX leftovers blanked, `offset` where it
 * starts in the abstract, `names` the spans of names found in it (abstract
 * offsets), `lower` the sentence in lower case when the caller has it.
 *
 * @example
 * scanNumbers('accuracy rose from 36.0% to 73.6%', 0, [])
 */
export function scanNumbers(clean: string, offset: number, names: readonly Mention[], lower = clean.toLowerCase()): NumberToken[] {
  const tokens: NumberToken[] = []
  let skipUntil = 0
  for (const match of clean.matchAll(numberPattern)) {
    const start = match.index
    if (start < skipUntil) continue
    const signText = match[1]!
    const digits = match[2]!
    let end = start + match[0].length
    const value = parseNumber(digits)
    // Numbers longer than any measurement are noise (and may not be finite).
    if (digits.length > 15 || !Number.isFinite(value)) continue
    const sign: -1 | 0 | 1 = signText === '+' ? 1 : signText === '' ? 0 : -1
    const before = lower.slice(Math.max(0, start - 40), start)
    const currency = clean[start - 1] === '$'
    if (overlaps(start + offset, end + offset, names)) continue
    // `O^*(1.07625^n) time`, `10^{-7}`: the base of a power (a complexity's,
    // a magnitude's), not a result.
    if (clean[end] === '^') continue
    // `eCTD modules 2.6.2, 2.6.4`: part of a dotted identifier (a section, a version).
    if ((clean[end] === '.' && /\d/u.test(clean[end + 1] ?? '')) || (clean[start - 1] === '.' && /\d/u.test(clean[start - 2] ?? ''))) continue
    // `ML-Master 2.0`, `DeepResearch 1.5`: a short version right after a name
    // with a hyphen or an inner capital (not a benchmark: `MT-Bench 8.5`) is
    // part of the name.
    if (signText === '' && /^[1-9]\.\d$/u.test(digits) && !/^ ?(?:%|points?|pp)\b/u.test(clean.slice(end, end + 8))) {
      const name = versionOf.exec(clean.slice(Math.max(0, start - 32), start))
      if (name && !overlaps(start - name[0].length + offset, start + offset, names)) continue
    }
    // `On MultiWOZ 2.4 and SGD`: a version right after a data set that a
    // preposition introduces (a score follows its data set with no `on`:
    // `MT-Bench 8.5`).
    if (signText === '' && /^[1-9]\.\d$/u.test(digits) && !/^ ?(?:%|points?|pp)\b/u.test(clean.slice(end, end + 8))) {
      const data = names.find((name) => name.end === start + offset - 1)
      if (data && /\b(?:on|in|from|across)\s$/iu.test(clean.slice(Math.max(0, data.start - offset - 8), data.start - offset))) continue
    }
    // `Gemini Pro Vision 1.0 and …`: an `N.0` right after a name is its version.
    if (signText === '' && /^[1-9]\.0$/u.test(digits) && names.some((name) => name.end === start + offset - 1) && /^(?:\s(?:and|or)\b|[,;)])/u.test(clean.slice(end, end + 5))) continue
    // `Terminal-Bench 2.1 by 11.9 points`, `Terminal-Bench 2.1 harness`: a
    // version right after a name, when a word that is no score's follows it
    // (`MT-Bench 8.5, …`, `MT-Bench 8.5 and 40% on …` are scores).
    if (signText === '' && /^[1-9]\.\d$/u.test(digits) && names.some((name) => name.end === start + offset - 1) && /^ (?!(?:and|or|vs|versus|on|in|at|for|with|points?|pts?|pp|percent)\b)[a-z]{2,}/u.test(clean.slice(end, end + 14))) continue
    // `Industry 5.0`, `Web 2.0`: a capitalised word's version (a known name's score is read: `MT-Bench 8.0`).
    // (Or an all-capitals name's: `AEGIS 2.0`, `CC BY 4.0`.)
    if (signText === '' && /^[1-9]\.0$/u.test(digits) && /(?<![\p{L}\p{N}-])\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{1,7}) $/u.test(clean.slice(Math.max(0, start - 16), start)) && !/^ ?(?:%|points?|pp)\b/u.test(clean.slice(end, end + 8)) && !overlaps(start - 2 + offset, start - 1 + offset, names)) continue
    // `even when only 0.1% of users are malicious`: a condition set for the test.
    if (/\b(?:when|if|where)\s(?:only\s|just\s|as few as\s|up to\s)?$/u.test(before) && /^\s?(?:%|percent)\sof\s(?:the\s)?(?:[a-z-]+\s){1,3}(?:are|is|were|was|get|gets|become)\b/u.test(clean.slice(end, end + 60).toLowerCase())) continue
    // `under conditions where the distance was within 40 meters`: the
    // conditions a result holds under are settings.
    if (lower.lastIndexOf('condition', start) !== -1 && /\bunder\s(?:the\s)?(?:[a-z-]+\s)?conditions?\s(?:where|when|in which|with|of)\b[^.;]*$/u.test(lower.slice(Math.max(0, start - 160), start))) continue
    // (`mAP@0.5:0.95`: the top of a cutoff's range, part of the measure's name.)
    if (before.endsWith(':') && /@\[?(?:\d{0,3}\.)?\d{1,3}:$/u.test(before)) continue
    // `on 2.500 texts`, `67.500 classification decisions`: a count written
    // with a full stop between thousands, not a score.
    if (/^\d{1,3}\.\d\d0$/u.test(digits) && /^ (?:[a-z-]{2,20} )?[a-z]{3,20}s\b/u.test(lower.slice(end, end + 44)) && !/^ (?:points|percent|times|seconds|hours|minutes|tokens|steps)\b/u.test(lower.slice(end, end + 12))) continue
    // `from 0.298 to 0.774 (Δ = 0.476)`: the pair's difference restated.
    if (/(?:Δ|\bdelta)\s?=\s?$/u.test(clean.slice(Math.max(0, start - 10), start))) continue
    // `trained on 70% of the data and tested on 30%`: a split of the data.
    if (clean[end] === '%' && /\b(?:tested|evaluated|validated|held[\s-]out)\s(?:on\s)?(?:the\s(?:remaining|other)\s)?$/u.test(before)) continue
    if (before.endsWith('out of ')) continue
    // `99.9% graph simplification (700,000 to 20 edges)`: the counts a share
    // was computed from, in parentheses after it, restate it.
    if (/%[^%()]{0,40}\(\s?$/u.test(before) && /^ ?(?:to|→|->) ?[\d,.]+ (?:[a-z-]{2,20} )?[a-z-]{2,20}s\)/u.test(lower.slice(end, end + 50))) continue
    // `71.6% (286.5/400 solved tasks)`: a count out of a total, in
    // parentheses, restates the score before it.
    // (Not a score on a scale: `higher quality (15.48/20 CRAAP score)`.)
    if (/%\s?\(\s?$/u.test(before) && /^\/\d[\d,]*\s(?:[a-z-]{2,20}\s)?[a-z-]{2,20}/u.test(lower.slice(end, end + 40))) continue
    // `under 5-10% supervision`, `at 20% token reduction`: the share of
    // labels trained with, or the operating point a result is read at.
    // (Not `gains 10 points with 41% compression`: what a method achieves.)
    const share = /^(?:\s?(?:-|–|to)\s?[\d.]+)?\s?(?:%|percent)\s(?:of\s(?:the\s)?)?(?:(?:token|parameter|weight|kv|cache|label)\s)?(supervision|labels?|labeled|annotations?|annotated|reduction|compression|sparsity|pruning|pruned|masking|mask ratio)\b/u.exec(lower.slice(end, end + 40))
    if (share && (/\bat\s$/u.test(before) || (/\b(?:under|with|using)\s(?:only\s)?$/u.test(before) && /^(?:supervision|label|annotat)/u.test(share[1]!)))) continue
    // `Duo-Tok at 0.75 kbps`: the bit rate a codec runs at; `CIFAR-10 (20%
    // asym)`: the rate of label noise a data set is read with.
    if ((/\bat\s$/u.test(before) && /^ ?[kM]?bps\b/u.test(lower.slice(end, end + 6))) || (/\(\s?$/u.test(before) && /^ ?%\s?(?:a?sym(?:metric)?|noise|noisy)\b/u.test(lower.slice(end, end + 14)))) continue
    // `when SSP uncertainty < 1 m/s`: the condition a result holds under.
    if (/\bwhen\s[^,;]{0,40}(?:<|>|≤|≥|\bbelow|\babove)\s?$/u.test(before)) continue
    // `a low-level controller (500 Hz)`: a component's rate, in parentheses.
    if (/\(\s?$/u.test(before) && /^\s?[kMG]?Hz\)/u.test(clean.slice(end, end + 6))) continue
    // `TSP benchmarks (22 to 2392 cities)`: the sizes of the items in a
    // parenthesis, not a result.
    if (/\(\s?$/u.test(before) && /^\s?(?:-|–|to)\s?[\d,]+\s(?:[a-z-]{2,20}\s)?(?!(?:points|percent|times)\))[a-z]{3,}s\)/u.test(lower.slice(end, end + 50))) continue
    // `ranging in duration from 10 to 90 minutes`, `ranging from 200 to 2,000
    // skills`: what the data spans, not a result (`ranging from 60% to 80%` is one).
    if (spanFrom.test(before) && /^(?:\s?(?:-|–|to)\s?[\d.,]+)?\s?(?:s|seconds?|minutes?|hours?|days?|[kcm]?m|(?!points?\b|percent\b|times\b|pp\b|x\b)[a-z]{3,}s)\b/u.test(clean.slice(end, end + 24).toLowerCase())) continue
    if (pValueBefore.test(before) || referenceBefore.test(before) || statisticBefore.test(before)) continue
    // `(OR = 1.44; CI: 1.24, 1.69, p<.0001)`: an odds or hazard ratio and its
    // interval describe the data, not a system's result. (`IRR: 0.81`, an
    // inter-rater reliability, can be one.)
    const open = clean.lastIndexOf('(', start)
    if (open !== -1 && start - open < 60 && !clean.slice(open, start).includes(')') && /^\(\s?(?:a?OR|a?HR|RR)\s?[=:]/u.test(clean.slice(open, open + 8))) continue
    // `four ChatGPT models (-3.5, -4, -o4 mini, and -4.5)`: versions of a
    // name, in a parenthesis of hyphened items.
    if (sign === -1 && /[(,]\s?(?:and\s)?$/u.test(before) && /^\(\s?-[\w.]+(?:\s\w+)?(?:,\s(?:and\s)?-[\w.]+(?:\s\w+)?)+\)/u.test(clean.slice(open, open + 60))) continue
    // `a campaign at 6.9, 8.3, and 14.5 GHz`: a radio or clock frequency
    // (or a list of them) is a setting of the hardware, not a result.
    if (/^(?:,?\s(?:and\s|or\s|to\s)?[\d.]+)*\s?[kMG]Hz\b/u.test(clean.slice(end, end + 40))) continue
    // `at the 2.5% level`, `at the 0.05 significance level`: the level of a
    // statistical test, not a result. (`with 95% confidence` can be one:
    // how sure a checker is.)
    if (atLevel.test(before) && levelAfter.test(lower.slice(end, end + 40))) continue
    // `Deng et al. (NeurIPS 2024) showed that the POA … is 2.18`: a result of
    // the work cited, not of the paper.
    if (lower.includes('et al') && citedResult.test(lower.slice(Math.max(0, start - 240), start))) continue
    // `matches the accuracy of using all 196 tokens`: a number right after `all` counts.
    if (/\ball\s$/u.test(before)) continue
    // A device's build: `weighs just 2.34 grams`, `measures 38 mm in length`,
    // `dimensions of 310 mm x 200 mm x 120 mm`.
    if (/\bweigh(?:s|ed|ing)?\s(?:(?:only|just|about|approximately|around|under|less than)\s)?$/u.test(before) || builtSize(clean, lower, start, end)) continue
    // `(mean age 42.1, 86.3% female, baseline steps 5,618.2)`: the
    // description of a study's cohort, every number in it.
    if (lower.includes('age') && describesCohort(lower, start)) continue
    // `far below the average human performance of 62.6%`: people's score,
    // named as a level, is a reference (`while human experts achieve 87.2%` is read).
    if (before.includes('human') && humanScoreBefore.test(before)) continue
    // `the TPR at FPR = 0.01`, `at 0.95 recall@10`: the operating point a result is read at.
    // (Or one that opens the sentence: `For Recall approximately equal to 0.95, X achieves …`.)
    if (start <= 60 && /^\s?(?:for|at)\s(?:an?\s|the\s)?[\p{L}@\d-]{1,20}\s(?:(?:approximately\s)?equal\sto|=|≈|of|around|near)\s$/u.test(lower.slice(0, start)) && /^ ?,/u.test(lower.slice(end, end + 3))) continue
    if (/\bat\s$/u.test(before) && /^0?\.\d+$/u.test(digits) && /^ ?(?:precision|recall|sensitivity|specificity)(?:@\d{1,4})?\b/u.test(clean.slice(end, end + 20).toLowerCase())) continue
    if (/\bat\s(?:an?\s)?[a-z]{2,6}\s?(?:=|<|≤|of)\s?$/u.test(before) && /(?<![\p{L}])\p{Lu}{2,6}\s?(?:=|<|≤|of)\s?$/u.test(clean.slice(Math.max(0, start - 12), start))) continue
    // `(arXiv:2602.05394)`: an identifier.
    if (/^\d{4}\.\d{4,5}$/u.test(digits)) continue
    // `raw 802.11 packets`, `IEEE 802.3`: a standard's number.
    // (Not an amount with its unit: `806.4 kWh`.)
    if (/^80[0-9]\.\d{1,2}$/u.test(digits) && /^[a-z]{0,2}(?![\p{L}\p{N}%])/u.test(clean.slice(end, end + 3)) && !/^\s?(?:%|percent|points?|pp|x|×)/u.test(clean.slice(end, end + 9)) && !readUnit(clean, end)) continue
    // `4.21 ± 0.07`: a spread, not a result.
    // (`77.1 $\pm$ 20.3`: LaTeX blanked to spaces around the sign.)
    if (/(?:±|\+\/-|\+-)\s{0,3}$/u.test(before)) continue
    // (`1.1[0.4-4.9] meters`: a median and its interquartile range, in brackets.)
    if (/\d\s?\[\s?$/u.test(before)) continue
    // `95% CI: [14.1, 20.4]`, `a 95 percent confidence interval of 0.78 to
    // 1.52 weeks`, `(IQR: 2.1, 18.1)`: a confidence level and an interval's bounds.
    if (/^ ?(?:%|percent) ?(?:CI|CrI|confidence intervals?|credible intervals?)\b/u.test(clean.slice(end, end + 32)) || (before.includes('i') && ciBounds.test(before))) continue

    let unit = readUnit(clean, end)
    // `a mean position error of 0.25 m`, `velocity accuracy of 0.07m/s`:
    // metres where the words measure a distance (elsewhere `10m` is a million).
    if (!unit) {
      // (Not areas or volumes: `750 m^3`, `12 m²`.)
      const metres = /^ ?m(\/s)?(?![\p{L}\p{N}^²³])/u.exec(clean.slice(end, end + 6))
      // (Or after it: `0.039 m trajectory RMSE`; or once the sentence has
      // read metres: `errors of 6 m and 0.08 m/s for A, 12 m and 2.5 m/s for B`.)
      const measured = metres && (tokens.some((token) => token.unit === 'm' || token.unit === 'm/s') || distanceBefore.test(lower.slice(Math.max(0, start - 60), start)) || /^ ?m\s(?:[a-z-]+\s){0,2}(?:rmse|errors?|ade|fde|ate|drift)\b/u.test(lower.slice(end, end + 40)))
      if (metres && measured) unit = {unit: metres[1] ? 'm/s' : 'm', length: metres[0].length}
    }
    // `an energy efficiency of 657, 1438-1675, and 4065 GOPS/W`: the items
    // of a list share the unit written after its last one.
    if (!unit) {
      const rest = listToUnit.exec(clean.slice(end, end + 80))
      const items = rest ? (rest[0].match(/,\s|\s(?:and|or)\s/gu)?.length ?? 0) + (/\d,\s(?:and\s|or\s)?$/u.test(before) ? 1 : 0) : 0
      const shared = rest && items >= 2 ? readUnit(clean, end + rest[0].length) : undefined
      if (shared) unit = {unit: shared.unit, length: 0}
    }
    // `100+ times faster`: more than the number, in its unit.
    if (!unit && clean[end] === '+' && !/^\+\s?(?:-|\/)/u.test(clean.slice(end, end + 3))) {
      const after = readUnit(clean, end + 1)
      if (after && after.length > 0) unit = {unit: after.unit, length: after.length + 1}
    }
    // `26.90+-1.41 dB`: the spread is the score's, and so is the unit after it.
    // (Without a unit after it, the spread is left to the checks of a bare number.)
    let spread = unit ? null : spreadAfter.exec(clean.slice(end, end + 24))
    if (spread) unit = readUnit(clean, end + spread[0].length)
    if (!unit) spread = null
    // `by a factor of 3.5`, `(factor up to 38)`: a ratio written in words.
    if (!unit && factorBefore.test(before)) unit = {unit: 'x', length: 0}
    // Seconds only as a decimal with a space (`9.6 s`), never glued to a word.
    // (Or glued to an integer paired with another time, `(84s vs 1.74s per
    // question)`, or given per item, `~3s per image`.)
    const pairedTime = /^s (?:vs\.?|versus|to) \d+(?:\.\d+)? ?s\b|^s per\b/u.test(clean.slice(end, end + 20))
    // (Or after a time named, `a minimum mission time of 136~s`.)
    const namedTime = /\b(?:time|latency|duration|runtime|delay|makespan)\s(?:of\s)?(?:(?:only|just|about|around|under|less than|approximately)\s)?$/u.test(before)
    if (unit?.unit === 's' && /^ ?s$/u.test(clean.slice(end, end + unit.length)) && !digits.includes('.') && !pairedTime && !namedTime && !timedIn.test(before)) unit = undefined
    // `a 100-point scoring framework`, `two 100-point axes`: whole points as
    // an adjective size a scale (not `a 12-point swing`, `a 0.46-point gain`).
    if (unit?.unit === 'points' && clean[end] === '-' && !digits.includes('.') && pointsScale.test(lower.slice(end + unit.length, end + unit.length + 60))) continue
    // `outperforms models up to 10 times larger`: the size of the systems
    // beaten, not a result.
    if (largerModels.test(before) && /^\s?(?:x|×|times|-fold)\s(?:larger|bigger)\b/u.test(lower.slice(end, end + 20))) continue
    // `1024 x 1024` is a resolution, not a ratio.
    if (unit?.unit === 'x' && /^ {0,3}\d/u.test(clean.slice(end + unit.length, end + unit.length + 5))) {
      skipUntil = end + unit.length + 8
      continue
    }
    let low: number | null = null
    let high: number | null = null
    let tokenEnd = end + (spread?.[0].length ?? 0) + (unit?.length ?? 0)

    // A range: `70%-85%`, `4-16x`, `17–24%`, `40--80%`, `23% to 51%`.
    const link = rangeLink.exec(clean.slice(tokenEnd, tokenEnd + 11)) ?? (sign === 1 ? signedRangeLink.exec(clean.slice(tokenEnd, tokenEnd + 11)) : null) ?? (betweenBefore.test(before) ? /^ and (?=\d)/u.exec(clean.slice(tokenEnd, tokenEnd + 6)) : null)
    // (`from A to B`, `(A to B)` and `by A to B` are two numbers, except a
    // change by a span of similar bounds: `a drop in accuracy by 16% to 33%`.)
    const byTo = /\bby\s$/u.test(before)
    // (`from 22.9% to 39.4% on A, and 20.6% to 29.1% on B`: the next item of
    // a list of from-to pairs is a pair too.)
    const pairItem = continuesPairList(before, lower.slice(0, start))
    // (`lift every score (LIBERO-10 93% to 99%, …)`: a name heads two scores.)
    const label = link?.[0].trim() === 'to' ? bareLabelOfPair(before, lower.slice(0, start)) : undefined
    const named = label !== undefined && /[\p{Lu}\p{N}-]/u.test(clean.slice(start - 1 - label.length, start - 1))
    // (Signed bounds are gains, never a pair of scores: `(+10 to +30 pp)`;
    // a unit need not follow them: `by +6.8 to +15.2 Macro F1`.)
    const signedSpan = link !== null && sign === 1 && clean[tokenEnd + link[0].length] === '+'
    // (A gain, then the level it reaches: `rises +7.7 to 83.2%`.)
    const gainTo = link !== null && sign === 1 && !signedSpan && link[0].trim() === 'to'
    // (Nor the setting of a pair's first score, then its second: `from 73% at
    // turn 5 to 33% at turn 16` is 73% to 33%, each at its turn.)
    const settingTo = link !== null && unit === undefined && link[0].trim() === 'to' && pairSetting.test(before)
    if (link && !gainTo && !settingTo && (signedSpan || !(link[0].trim() === 'to' && (pairItem || named || pairStart.test(before) || labelPairStart.test(before)) && !rangesFrom.test(before)))) {
      const secondStart = tokenEnd + link[0].length
      const second = (sign === 1 ? /^\+?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/u : /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/u).exec(clean.slice(secondStart, secondStart + 20))
      if (second) {
        const secondEnd = secondStart + second[0].length
        const secondUnit = readUnit(clean, secondEnd)
        const top = parseNumber(second[1]!)
        const rangeUnit = secondUnit ?? unit
        const isDash = link[0].trim() !== 'to'
        // (`outperforms all baselines by 1.2% to 79.7%`: margins over many
        // comparators span a range; nothing is reached.)
        const marginSpan = byTo && beatenBefore.test(lower.slice(Math.max(0, start - 100), start))
        // (`declining by 3 to 10 points`: points are a change's unit, never a level reached.)
        // (`by 5% to 130%`: no score in % goes past 100, so both bound changes.)
        // (`reduces training time by 5.2% to 16.7%`, `improves over X by 4.6%
        // to 47.2%`: a unit written on both numbers makes them two bounds of
        // one change; a level reached reads `by 5.2 to 83.2%`.)
        const bothUnits = unit !== undefined && secondUnit !== null && secondUnit !== undefined && unit.unit === secondUnit.unit
        // (Or bare decimals that bound a change: `improved AUC by 0.07 to 0.11`.)
        // (And the next item of such a list: `… and by 0.12 to 0.21 at 10%`.)
        const changeBounds = byTo && !rangeUnit && digits.includes('.') && second[1]!.includes('.') && top <= 3 * value && (changeSpan.test(before) || (/\band\sby\s$/u.test(before) && /\bby\s[\d.]+\sto\s[\d.]+\b[^.;]{0,60}$/u.test(lower.slice(Math.max(0, start - 100), start))))
        const spanned = !byTo || isDash || signedSpan || marginSpan || bothUnits || (rangeUnit?.unit === '%' && top > 100) || (top <= 3 * value && changeSpan.test(before)) || secondUnit?.unit === 'points' || secondUnit?.unit === 'pp' || changeBounds
        // (Or two decimals of one precision on a 0–1 scale, bare: `AUC scores
        // (0.861-0.903)`; not `(2024.08-2025.05)`, nor an estimate `1.26-3.53`.)
        const decimals = isDash && !rangeUnit && top <= 1 && sameDecimals(digits, second[1]!)
        // (Or bare bounds the words call a range: `WB-PESQ scores ranging from
        // 1.62 to 1.71`, `STOI scores between 0.76 and 0.78`.)
        const saidRange = !rangeUnit && saysBounds(before)
        if (spanned && Number.isFinite(top) && second[1]!.length <= 15 && top > value && (rangeUnit || decimals || signedSpan || saidRange || changeBounds) && (isDash || !unit || unit.unit === rangeUnit?.unit)) {
          low = value
          high = top
          unit = rangeUnit
          tokenEnd = secondEnd + (secondUnit?.length ?? 0)
        } else if (isDash && !secondUnit && !unit) continue
      }
    }

    // `0.079 (0.049-0.118, …)`: a range around the number right before its
    // parenthesis is that number's interval, not a result.
    if (low !== null && high !== null) {
      const lead = /(?<![\d.])(\d[\d.]{0,12})\s?%?\s?[([]\s?$/u.exec(before)
      if (lead && low <= Number(lead[1]) && Number(lead[1]) <= high) continue
    }

    const after = clean.slice(tokenEnd, tokenEnd + 40)
    const afterLower = after.toLowerCase()
    let unitName = unit?.unit ?? (currency ? '$' : null)

    // `243 videos averaging 88.8 minutes`, `100 timelines averaging 1,669.8
    // turns, 29.7 sessions, and 74,512.2 tokens`: the size of a data set's
    // items, not a result.
    if (unitName !== '%' && unitName !== 'x' && itemsAveraging.test(lower.slice(Math.max(0, start - 100), start))) continue

    if (!unit && !currency) {
      // Numbers glued to letters are names or sizes: `7B`, `4o`, `15k`, `5-shot`.
      if (/^[\p{L}\p{N}]/u.test(after) || /^-[\p{L}]/u.test(after)) continue
      if (magnitudeAfter.test(afterLower)) continue
      // `44.1 kHz audio`: a sampling rate, a setting.
      if (/^ ?[kMG]?Hz\b/u.test(after)) continue
      // (`wins 283 of 400 pairwise comparisons`, `full success on 5 of 9
      // targets`: a count of a total after a verb of winning or solving.)
      const scored = outOf.exec(after) ?? (digits.includes('.') || !countedOf.test(before) ? null : ofTotalOf(afterLower, value))
      // `a near-perfect 118/120 on Putnam 2024`, `(12 / 12)`, `from 39/80 to
      // 71/80 successes`: a count out of a total, written as a fraction.
      const fraction = scored || digits.includes('.') ? null : fractionAfter.exec(after)
      const total = fraction ? Number(fraction[1]) : 0
      // (After a verb of scoring or solving, in a from-to pair, or in a parenthesis that follows one.)
      const counted = fraction !== null && value <= total && total >= 5 && (fractionVerb.test(before) || /\b(?:from|to)\s$/u.test(before) || (/\(\s?$/u.test(before) && solvedParen.test(lower.slice(Math.max(0, start - 100), start))))
      // (`only 24 out of 16,414 students achieved …`: a count of people is context, not a result.)
      if (scored && studentsOrPeople.test(scored[2] ?? '')) continue
      // (`control (+296 steps, p=0.0002)`: a signed count in parentheses is a
      // change in what it counts.)
      const signedCount = sign !== 0 && !digits.includes('.') && /\(\s?$/u.test(before) ? /^ ([a-z]{3,20}s)(?=[,;)])/u.exec(afterLower) : null
      if (scored) {
        unitName = scored[2] ?? null
        if (unitName === 'the') unitName = null
      } else if (signedCount && !studentsOrPeople.test(signedCount[1]!)) {
        unitName = signedCount[1]!
      } else if (counted) {
        skipUntil = tokenEnd + fraction[0].length
        tokenEnd += fraction[0].length
      } else {
        const hasDecimal = digits.includes('.')
        // (`124 / 78 FPS`: the first of two numbers the unit after both measures.)
        // (`About 20 to 50 patent entries`: a span of counts, unless a pair starts or a change links them.)
        // (`scored a near-perfect 76 and 73 out of 76 points`: the first of two scores out of a total.)
        const pairedAfter = (pairAfter.test(afterLower) && (!/^ ?(?:[a-z]{1,6} )?to /u.test(afterLower) || pairStart.test(before) || countChange.test(before))) || /^ and \d{1,6} out of \d/u.test(afterLower)
        // (`from 313 to 181`: the second of two counts is one too.)
        const pairedBefore = pairBefore.test(before)
        // (`against 13 major video LLM baselines`: a count of systems.)
        // (Not the items people scored: `independently scored 40 utterances`.)
        const compared = /\b(?:versus|vs\.?|against|scored?)\s?$/u.test(before) && !systemsAfter.test(afterLower) && !(/\bscored\s$/u.test(before) && /^ (?:[a-z-]+ )?[a-z]{3,20}s\b/u.test(afterLower))
        // (`by 17 and 18 points`: the first item of a list of changes the unit after it measures.)
        const listedBy = /\bby\s{1,12}$/u.test(before) && listedUnitAfter.test(afterLower)
        // (`attains a score of 52`: a score the words name, whole.)
        const namedScore = /\b(?:a|an|the|its|their|our)\s(?:[a-z-]+\s)?score\sof\s(?:(?:only|just|about|approximately|nearly|around|over)\s)?$/u.test(before)
        // (`reaching 95 DS on Bench2Drive`: a whole score in a measure's acronym, on a named data set.)
        const acronymOn = /\b(?:reach\w*|achiev\w*|scor\w*|attain\w*|obtain\w*)\s(?:(?:a|an|only|about|over|nearly)\s)?$/u.test(before) && /^ \p{Lu}{2,6} (?:on|in) (?:the )?\p{Lu}/u.test(after)
        if (!hasDecimal && !compared && !pairedAfter && !pairedBefore && !listedBy && !namedScore && !acronymOn) continue
        if (!hasDecimal && value >= 1900 && value <= 2100) continue
        // `alpha = 0.1`, `α = 0.1`, `k = 5`: parameters, not results (`ROUGE-L:
        // 0.97` is a measure's score).
        const measured = measureEquals.test(before) || acronymEquals.test(clean.slice(Math.max(0, start - 12), start))
        // (And the list of its values: `assessed at R = 3.3, 6.5, and 11.8`.)
        if (!measured && /(?:(?<![\p{L}\p{N}-])[a-z]|\b(?:alpha|beta|gamma|lambda|tau|epsilon|eta|temperature|threshold)|[α-ωΑ-Ω])\s?[=:]\s?(?:[\d.]+,\s(?:and\s|or\s)?){0,6}$/u.test(before)) continue
        // (`robust to temperature (0.7 vs. 1.0)`: both settings.)
        // (But `surpasses X by a large margin of +2.7 box AP` is a result's margin.)
        // (And `a Sharpe ratio of 1.8` is a measure's score.)
        const wonBy = /\bby\s(?:a|an)\s(?:[a-z-]+\s)?margin\sof\s$/u.test(before)
        if (!wonBy && /\b(?:temperature|learning rate|lr|weight decay|dropout|threshold|alpha|beta|gamma|lambda|tau|epsilon|top-p|margin|(?<!\b(?:sharpe|sortino|calmar|odds|hazard|information|signal-to-noise)\s)ratio|discount factor|momentum|scaling factor|guidance scale|penalty|label smoothing|clipping range)\s(?:of\s|\(\s?(?:[\d.]+\s?(?:vs\.?|versus|and|or|,)\\?\s{0,3})?)?$/u.test(before)) continue
        if (/^ ?licen[sc]e/u.test(afterLower)) continue
        // (`and PPV 0.657.`: a decimal right after a measure's acronym is its score.)
        const acronymScore = /(?<![\p{L}\p{N}-])\p{Lu}{2,6} $/u.test(clean.slice(Math.max(0, start - 8), start))
        // (`86.63 vs. GPT-4o 83.84`: the score of a comparator named right before it.)
        // (Or one word, perhaps with a tag: `vs. FLUX.1 [Dev] 83.84`.)
        const comparatorScore =
          (names.some((name) => name.end === start + offset - 1) && /\b(?:versus|vs\.?|against)\s[^;()]{1,40}$/u.test(before)) ||
          /\b(?:versus|vs\.?)\s(?:the\s)?\p{L}[^\s;()]{0,29}(?:\s\[[^\]\s]{1,12}\])?\s$/u.test(before)
        // (Bounds the words call a range are a score's too: `STOI scores between 0.76 and 0.78`.)
        const saidBounds = low !== null && saysBounds(before)
        // (`achieves similarity scores above 0.91`: a bound on a measure a system reaches is its result.)
        const boundReached = thresholdBefore.test(before) && resultBound.test(lower.slice(Math.max(0, start - 100), start))
        if (hasDecimal && !measured && !acronymScore && !comparatorScore && !saidBounds && !boundReached && !bareAllowedBefore.test(before) && !copulaScore.test(before) && !bareAllowedAfter.test(afterLower) && !/^ {1,3}[\p{L}]/u.test(after)) continue
        if (thresholdBefore.test(before) && !boundReached) continue
      }
    } else {
      const name = unit?.unit ?? '$'
      if (name === '$' && magnitudeAfter.test(afterLower)) continue
      // (`5-fold cross-validation`, `on 5-fold average AUC`: folds of the data, a setting.)
      if (name === 'x' && (/^ ?cross/u.test(afterLower) || (/^-fold$/u.test(clean.slice(end, tokenEnd)) && /^ ?(?:average|mean|cv|splits?)\b/u.test(afterLower)))) continue
      // `mention the keyword at least 3 times`: a count of occurrences; a
      // ratio written `times` compares (`2.3 times higher`, `1.62times
      // performance improvement`, `3 times the speed of`), and so does a
      // margin (`outperforming X … by about 21 times in FPS`, `surpassing X in 2.4 times`).
      if (/times$/iu.test(clean.slice(end, tokenEnd)) && !timesCompares.test(afterLower) && !timesMargin.test(before)) continue
      // `a single 48GB GPU`: hardware, not an outcome.
      // (`under an 8 GB single-GPU constraint`, `a 24 GB memory budget`: a limit set, too.)
      if (name === 'GB' && /^ ?(?:[a-z]{2,12}[ -])?(?:GPUs?|cards?|[AHV]100s?|devices?|constraints?|budgets?|limits?)\b/iu.test(after)) continue
      // (Or after the device's name, past a comma or in a parenthesis: `(12h on
      // RTX A6000, 48GB)`, `NVIDIA Jetson Orin NX (8GB)`, `Ada 2000 (16GB)`.)
      // (Or right after it: `the Nvidia A100 SXM 40 GB graphics processing unit`.)
      if (name === 'GB' && (/\b(?:jetson|orin|xavier|raspberry|ada|rtx|gtx|a100|h100|h200|v100|a6000|l40s?|gpus?|tpus?)\b[^()]{0,20}[,(]\s?$/u.test(before) || /\b(?:a100|h100|h200|v100|a6000|sxm\d?|pcie)\s$/u.test(before))) continue
      // `weighing 730 kg`, `2.05 kg in weight`: how heavy a device is built, a design property.
      if (/^(?:kg|lbs?)$/u.test(name) && (/\bweigh\w*\s(?:only\s|just\s|about\s|around\s)?$/u.test(before) || /^ ?(?:in )?weight\b/u.test(afterLower))) continue
      // (`under the resource constraints of 16 GB RAM`: a limit set, too.)
      if (/^(?:GB|MB|TB)$/u.test(name) && /\b(?:constraints?|budgets?|limits?|caps?)\sof\s(?:only\s|just\s)?$/u.test(before)) continue
      // `the TPC-H benchmark (100 GB)`: the size of a data set, a setting.
      if ((name === 'MB' || name === 'GB' || name === 'TB') && /\b(?:benchmark|dataset|data set|corpus|database|workload)\s?\(\s?$/u.test(before)) continue
      // `a lightweight (80MB) pre-trained embedding model`: the size of a
      // component used, a setting (`compresses the model to 80 MB` is a result).
      if ((name === 'MB' || name === 'GB') && /^ ?\)? ?(?:[a-z-]{2,15} ){0,3}(?:models?|encoders?|networks?|checkpoints?|llms?|backbones?)\b/iu.test(after) && !/\b(?:to|from|of)\s\(?\s?$/u.test(before)) continue
      // `an 8× RTX 4090 server`: a count of devices; `4× and even 8×
      // upscaled images`: a scale factor; `9 times the size of X`: an amount
      // compared. Settings, not results.
      // (LaTeX blanks widen the gap: `an 8 $\times$ RTX 4090 server`.)
      if (name === 'x' && /^\s{0,3}(?:nvidia\s)?(?:rtx|gtx|[ahvl]100s?|[hb]200s?|gb200|l40s?|tpus?|gpus?)\b/u.test(afterLower)) continue
      // (LaTeX blanks widen the gaps: `$4\times$ and even $8\times$ upscaled`.)
      if (name === 'x' && /^\s{0,12}(?:(?:and|or)(?:\s{1,3}even)?\s{1,3}\d+(?:\.\d+)?\s{0,12}(?:×|x)\s{0,12})?(?:upscal|super-resol|magnif|zoom|down-?sampl|up-?sampl|downscal)/u.test(afterLower)) continue
      if (name === 'x' && /^ ?the size of\b/u.test(afterLower)) continue
      // `models with parameter sizes 100 times larger`, `(+2.2%, 100× larger)`: a size compared.
      if (name === 'x' && /^\s{0,12}(?:larger|bigger)\b/u.test(afterLower) && (/\b(?:sizes?|parameters?|params)\b[^.;]{0,30}$/u.test(before) || /^\s{0,12}(?:larger|bigger)\s?[),]/u.test(afterLower))) continue
      // `20,476 files (up to 20GB)`, `1,795 earnings calls (approximately
      // 1,800 hours)`: the size of a data set, after its count.
      if (/^(?:GB|TB|MB|hours|minutes)$/u.test(name) && /(?<![\d,.])\d[\d,.]*[kmb]?\s(?:[a-z-]+\s){0,3}[a-z-]+s\s?\(\s?(?:(?:up to|approximately|about|around|roughly|over|nearly|~)\s?)?$/u.test(before)) continue
      // `(60-core GPU, 512 GB unified memory)`: hardware, not an outcome.
      // (Not `runs in 8.19 GB VRAM`: what a system needs is a result.)
      // (Nor `on a single CPU core with 128 GB main memory`.)
      if (name === 'GB' && /^ ?(?:of )?(?:(?:unified|main|system|host) memory|ram)\b/u.test(afterLower)) continue
      // `at a budget of 200 tokens`: the limit the result is measured at; `with
      // a look-back window of 2 seconds`: the span a model reads.
      if (/^(?:tokens|s|seconds|minutes|hours)$/u.test(name) && /\b(?:budgets?|(?:look-?back\s|context\s|time\s|sliding\s)?windows?|horizons?)\s(?:of\s)?(?:only\s|just\s)?$/u.test(before)) continue
      // `a dataset … comprising 12 scenes, 720 traces, 120 hours, 600 seconds
      // per trajectory`: the size of what a data set holds, not a result.
      if (/^(?:s|seconds|minutes|hours)$/u.test(name) && /\b(?:comprising|comprises|containing|contains|consisting of|consists of|totall?ing)\s[^.;()]*$/u.test(lower.slice(Math.max(0, start - 120), start))) continue
      // (Or after the number: `14.8% of a 50 ms control budget`.)
      if (/^(?:tokens|s|seconds|ms|minutes|hours)$/u.test(name) && /^ ?(?:[a-z-]+ )?budgets?\b/u.test(afterLower)) continue
      if (settingBefore.test(before) && settingAfter.test(afterLower)) continue
      // `Video-MME (average 44 minutes)`, `the Video-MME benchmark (average 44
      // minutes)`: the length of a data set's items, after its name.
      if (/^(?:s|seconds|minutes|hours)$/u.test(name) && before.endsWith(' ') && averageInParen.test(before)) {
        const open = start - (before.length - before.lastIndexOf('('))
        if (names.some((mention) => mention.end - offset <= open && /^\s?(?:(?:benchmark|dataset|split|subset)\s?)?$/u.test(clean.slice(mention.end - offset, open)))) continue
      }
      // `(12.5 mm cell size)`, `a 3 cm diameter`: a dimension of a design, not an outcome.
      if (/^(?:mm|cm|m|meters?|metres?|μm|nm)$/u.test(name) && /^ ?(?:[a-z-]{2,15} )?(?:size|diameter|thickness|width|height|pitch|spacing|radius|aperture|wall)\b/u.test(afterLower)) continue
      // `glass samples (1-12 mm)`, `within the 0 - 150 MPa domain`: the sizes
      // of the items tested, or the span of the conditions, not an outcome.
      // (`1 mm isotropic resolution`, `5 mm slices`: how an image is taken.)
      if (/^(?:mm|cm|m|μm|[kMG]Pa)$/u.test(name) && (/(?<!s)s\s\($/u.test(before) || /^ ?(?:domain|range|regime|interval|band|isotropic|resolution|voxels?|slices?|slice thickness)\b/u.test(afterLower))) continue
      // `targets located 6 m away`: a distance set for the test.
      if (/^(?:m|cm|km|meters?|metres?)$/u.test(name) && /^ ?away\b/u.test(afterLower)) continue
      // `0.722 recall at 95% precision`: the operating point a score is read at.
      if (name === '%' && /\bat\s$/u.test(before) && /^ ?(?:precision|recall|sensitivity|specificity)\b/u.test(afterLower)) continue
      // `linear probing (<0.1% parameters)`, `(1% of scenes)`: the share of a
      // model or of the data used, in parentheses, is a setting.
      if (name === '%' && /\((?:<|≤|~|only\s)?\s?$/u.test(before) && /^ ?(?:of (?:the )?)?(?:[a-z-]{1,15} )?(?:parameters|params|scenes|data|samples|images|labels|examples|frames|videos|tokens|annotations)\)/u.test(afterLower)) continue
      // (`at <=20% clinical data`: the share of the data a result is measured at.)
      if (name === '%' && /\bat\s(?:<=|≤|<|only\s)?\s?$/u.test(before) && /^ ?(?:of (?:the )?)?(?:[a-z-]{1,15} )?(?:data|labels|annotations|supervision)\b/u.test(afterLower)) continue
      // `(below 25% random chance)`: the level of guessing, a reference.
      if (name === '%' && /^ ?(?:random[\s-])?(?:chance|guessing)(?:[\s-]level)?\b/u.test(afterLower)) continue
      // `168 participants with ASC (46% female)`: who the data holds.
      if (name === '%' && /^ ?(?:female|male|women|men|girls|boys)\b/u.test(afterLower)) continue
      // `Tinnitus affects 10-15% of the population`: how common a condition
      // is, the background of a study, not its result.
      // (Or a share of a population: `projected to make up 16 percent of the global population`.)
      if (name === '%' && /\b(?:affects?|affecting|afflicts?|afflicting|make up|makes up|made up|account for|accounts for|comprise|comprises)\s(?:(?:an estimated|about|approximately|around|roughly|nearly|over|up to|more than)\s)?$/u.test(before) && /^ ?of (?:the )?(?:[a-z'’-]{1,15} )?(?:population|people|adults|children|individuals|women|men|patients|births)\b/u.test(afterLower)) continue
      // `0.199% trainable parameters`: the share of a model tuned is a setting.
      if (name === '%' && /^ ?(?:trainable|tunable|learnable) param/u.test(afterLower)) continue
      // `the 50%-task-completion time horizon`: a share that names a measure,
      // glued to it; `weights of 30% text, 15% image`: a mix set, not a result.
      // (Or parts of a weighted combination, `of cosine similarity (50%),
      // evidence quality (30%), and recency (20%)`.)
      const weighted = /\bweighted\s(?:combination|sum|average|mix|blend)\sof\s[^.;%]*(?:%\),?\s[^.;%]*)*\($/u.test(lower.slice(Math.max(0, start - 200), start))
      if (name === '%' && (weighted || /^-(?!points?\b|pts?\b)[a-z]/u.test(afterLower) || /\bweights?\s(?:of\s)?(?:[\d.]+\s?%\s[a-z]+,?\s(?:and\s)?)*$/u.test(lower.slice(Math.max(0, start - 120), start)))) continue
      // `on a 5-point scale`: the size of a rating scale, not a result.
      if (name === 'points' && /^-?point (?:likert )?scale\b/iu.test(clean.slice(end, end + 22).trimStart())) continue
      // `approximately 3% of neurons in the targeted layers`: a share of a
      // model's parts is how the method is set, not an outcome.
      if (name === '%' && modelParts.test(afterLower)) continue
      // `H2O with 20% heavy hitters improves …`: part of the subject, a setting.
      if (/\bwith\s$/u.test(before) && /^ ?(?:[a-z-]{1,20} ){1,3}(?:improves|increases|reduces|boosts|outperforms|achieves|speeds up|accelerates|yields|enables)\b/u.test(afterLower)) continue
      // `using only 10% of …` is a setting; `with only 1.1% performance loss` a result.
      // (LaTeX blanks may widen the gap: `with only 0.28 $\%$ accuracy loss`.)
      const changeAfter = /^\s{0,3}(?:[a-z-]{1,20}\s){0,2}(?:loss|drop|degradation|decrease|increase|reduction|improvement|gain|fewer|less|more|lower|higher)\b/u.test(afterLower)
      // (`with only 7.0 ms latency`: a measured cost is a result too.)
      // (And `with only 18ms inference time`.)
      const costAfter = /^\s{0,3}(?:[a-z-]{1,20}\s)?(?:latency|delay|overhead|memory|runtime|time)\b/u.test(afterLower)
      if (/\bflipping\s$/u.test(before) || (/\b(?:using|with) only\s$/u.test(before) && !changeAfter && !costAfter)) continue
      if (targetAfter.test(afterLower)) continue
      // `by poisoning as few as 2% of the traces`, `removing 63% of it`,
      // `(as little as 20% of the network)`: a share of what is used or
      // altered, a setting (`retains 95% of the accuracy` is a result).
      if (name === '%' && /^ ?of\s/u.test(afterLower) && shareUsed.test(before)) continue
      // (`selective accuracy at 90% coverage`, `retrieval calls to 70%
      // coverage`: the operating point; `achieves 93.7% coverage` is a result.)
      if (name === '%' && /\b(?:at|to|to reach)\s$/u.test(before) && /^ ?coverage\b/u.test(afterLower)) continue
      // `up to 1024px resolution`: an image size, a setting.
      if (name === 'px' && /^ ?(?:[a-z-]{1,12} )?(?:resolution|images?|inputs?|crops?|patches)\b/u.test(afterLower)) continue
      // `Under 10% labeled trajectories`: how much of the data is labelled.
      if (name === '%' && /^ ?(?:of (?:the )?)?(?:un)?labell?ed (?:data|trajectories|samples|examples|images|demonstrations)\b/u.test(afterLower)) continue
      // `with 100% manual annotation`: how the data was made.
      if (name === '%' && /^ ?(?:manual(?:ly)?|human)[\s-](?:annotat|verif|label|review|check)/u.test(afterLower)) continue
      // `totaling 18 hours and 24 minutes`: the size of a data set; `a 10%
      // subset`: a part of one. Settings, not outcomes.
      // (`with a total length of about 17060 meters`: a data set's extent.)
      if (/^(?:hours|minutes|seconds|GB|TB|meters|m)$/u.test(name) && (totalBefore.test(before) || containsBefore.test(before) || /\btotal\s(?:[a-z]+\s){0,2}of\s(?:(?:about|approximately|over|nearly)\s)?$/u.test(before))) continue
      // `capped at 12 GB VRAM`, `limited to 4 hours`: a limit the run is held
      // to (not an error kept below a bound, `errors limited to 1.2 meters`).
      if (limitBefore.test(before) && !/\berrors?\s(?:[a-z]+\s)?(?:limited|restricted|constrained|capped)\s/u.test(before)) continue
      // `at 5% and 10% retention`: how much a compression keeps, a setting
      // (so are a condition's level, `At 3% prevalence`, and a noise level, `at 20% noise`).
      if (name === '%' && /\bat\s(?:[\d.]+\s?%,?\s(?:and\s|or\s)?)*$/u.test(before) && keptAfter.test(afterLower)) continue
      // `sampled at 16000 Hz`, `a 50 Hz low-pass filter`: the rate of a signal,
      // a setting (a system's rate is `runs at 30 Hz`, `control at 7Hz`).
      // (Only where the words say a system runs at it: `runs at 30Hz frame
      // rate`, `operates at 100Hz`, `real-time performance (around 2 Hz …)`,
      // not a design's rate, `its 12.5 Hz, 16-layer codec`.)
      if (name === 'Hz' && (value >= 1000 || !runsAt.test(lower.slice(Math.max(0, start - 60), start)) || /\b(?:sampl\w*|filter\w*|record\w*|captur\w*|acquir\w*|cutoff|band\w*|signals?|audio|eeg|ecg|emg|imu|datasets?)\b[^.;]{0,30}$/u.test(before))) continue
      // `(13.9 ms std)`: a spread; `turn around 360 degrees`, `360° cameras`:
      // a full turn, a description.
      if (/^ ?(?:std|sd|s\.d\.|standard deviation)\b/u.test(afterLower) || (name.startsWith('degree') && value === 360)) continue
      // `continuous 30 fps screen recordings`: the rate of the data, a setting
      // (not a rate reached for it: `50+ FPS for camera`).
      if (name === 'FPS' && /^ ?(?!(?:for|on|with|from) )(?:[a-z-]{2,15} ){0,2}(?:videos?|recordings?|streams?|cameras?|footage|clips?|inputs?)\b/u.test(afterLower)) continue
      // `corpus (1.5TB, four languages)`, `extreme durations (e.g., 2 minutes)`:
      // a data set's size, an example of a setting.
      if (/^(?:GB|TB|MB)$/u.test(name) && /\b(?:corpus|dataset|data|collection)\s?\(\s?$/u.test(before)) continue
      if (/^(?:hours|minutes|seconds|s|ms|us)$/u.test(name) && /\(\s?(?:e\.g\.|i\.e\.|eg\.)[,:]?\s?$/u.test(before)) continue
      if (name === '%' && /\b(?:a|an|the|on|using|with)\s$/u.test(before) && /^ ?(?:held-out |random |stratified )?(?:subset|split|sample)\b(?! accuracy| f1| score| error| precision| recall)/u.test(afterLower)) continue
      // (`a sensitivity of -72.6dBm`: a signed level, which a row cannot
      // hold yet: a precise miss rather than a change it is not.)
      if (name === 'dBm' && sign === -1) continue
      // `at 0 dB SNR`, `under -5 dB`: a noise condition, not an outcome.
      // (Not the `to` of `by up to 1.8 dB`, a hedged change.)
      // (Not a bound on an error: `with under 5 dB RMSE`.)
      if (name === 'dB' && /\b(?:at|under|from|(?<!\bup\s)to)\s$/u.test(before) && !/^ ?(?:[a-z-]+ )?(?:rmse|mae|errors?)\b/u.test(afterLower)) continue
      // `when the input exceeds 10,000 tokens`: a size limit, not an outcome.
      if (/^(?:tokens|s|seconds|ms|minutes|hours|GB|MB)$/u.test(name) && /\b(?:exceeds?|exceeding|beyond|longer than)\s$/u.test(before)) continue
      // (`the probability of exceeding a feasible 6 m/s wind speed`: a threshold of the data.)
      if (/^[mck]?m\/s$/u.test(name) && /\b(?:exceed\w*|beyond|above)\s(?:an?\s)?(?:[a-z-]+\s)?$/u.test(before)) continue
      // `60 hours of video`, `5 GPU hours of training`: amounts, not results.
      // (Not a memory a system uses: `adds only 0.21 GB of peak allocated
      // memory`; `on just 16GB of VRAM` is the hardware it runs on.)
      // (Nor one it saves: `saves 25 GB of KV cache per user`.)
      const memoryUsed =
        name === 'GB' &&
        /^ ?of (?:[a-z-]+ ){0,3}(?:memory|vram|ram|cache)\b/u.test(afterLower) &&
        /\b(?:adds?|adding|uses?|using|requires?|requiring|consumes?|consuming|needs?|occupies|occupying|takes?|saves?|saving|frees?|freeing)\s(?:only\s|just\s|about\s|under\s|less than\s|up to\s)?$/u.test(before)
      if (/^(?:minutes|hours|s|seconds|tokens|GB)$/u.test(name) && /^ ?of\b/u.test(afterLower) && !memoryUsed) continue
    }

    skipUntil = tokenEnd
    const token: NumberToken = {start: start + offset, end: tokenEnd + offset, value: low ?? value, sign, unit: unitName, low, high}
    tokens.push(token)
    if (low === null && (unitName === null || unitName === '%') && digits.includes('.')) skipUntil = readSlashList(clean, offset, token, digits, tokens) - offset
  }
  return tokens
}
