import {createDraft, createScorePair, type Rule} from '../create-draft.js'
import {isCostUnit} from '../is-cost-unit.js'
import {peopleWords} from '../people-words.js'
import {cueOf} from '../read-cues.js'
import type {Draft, NumberToken, Sentence} from '../types.js'
import {scoreVerbs} from '../comparison-words.js'

// `whereas the existing method …`: a clause about the baseline.
const baselineAnswers = /\bwhereas\s(?:the\s|a\s|an\s)?(?:[a-z-]+\s)?(?:existing|prior|previous|baseline|standard|vanilla|original|conventional|traditional|state-of-the-art|sota|competing)\b/u
const versusBetween =
  /^(?:[^;.]|\.\d){0,90}?[\s,(]{1,3}(?:versus|vs\.?|against|compared (?:with|to)|relative to|rather than|up from|down from|(?:improv\w*|ris\w*|increas\w*|jump\w*|climb\w*) from|close to|on par with [^(;]{1,40}\(|(?:surpass\w*|outperform\w*|exceed\w*|beat\w*|doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|over|than|compared (?:with|to))\s[^;()]{1,70}?(?:\((?:e\.g\.,?\s|i\.e\.,?\s)?(?:name,\s|[a-z][a-z\d@.+-]{0,19}\s?[:=]\s?)?|['’]s\s|\sat\s)|(?:lower|higher|better|worse|smaller|larger) than|(?:while|whereas)\s(?![a-z]+ing\b)(?:[^.;,]|\.(?=\d)){1,40}?\s(?:took|takes|needed|needs|at|with|has|have|had|reach\w*|scor\w*|achiev\w*|obtain\w*|record\w*|solv\w*|got|gets|(?:collaps|drop|fall|fell|declin|plummet|plung|decreas|degrad)\w*\sto))\s{0,6}(?:the\s|a\s|an\s)?(?:(?:[a-z-][a-z\d.-]{0,19}(?:@\d{1,3})?|\[[a-z\d.-]{1,12}\])(?:['’]s?)?\s){0,3}(?:at\s|of\s)?$/u
// `a CER of 1.94%, surpassing the human ground truth of 1.98%`, `42.68, far
// below the human score of 79.08`: a comparison set off by a comma, then the
// comparator's score after its `of`.
// (The first score's data set may come between: `50.54% on KMMLU, far below
// the average human performance of 62.6%`; and any degree: `substantially below`.)
const comparedOf =
  /^\S{0,12}(?:\s[a-z][a-z-]{0,20}){0,3}(?:\s(?:on|in)\s(?:the\s)?[^\s,;()]{1,30})?,\s(?:(?:matching or\s)?(?:surpass|outperform|exceed|beat)\w*|(?:(?:far|well|substantially|significantly|considerably|markedly|still|slightly)\s)?(?:below|above))\s(?:the|a|an|their|its)\s(?:[^;()\d]|(?<=[\p{L}\p{N}-])\d){1,60}?\sof\s$/u
// `63.6%, significantly outperforming the 13.8% obtained with X`: the
// comparator's score right after the article.
// (`82.4% accuracy in caption ranking, significantly improving upon the
// previous 67% benchmark`: a gain on the score before it.)
// (A clause may come between: `rises to 94.0% when a correct response is
// found within any of the top four candidate clusters, outperforming the 88.5%`.)
const comparedThe =
  /^\S{0,12}(?:\s[a-z][a-z-]{0,20}){0,14}(?:\s(?:on|in)\s(?:the\s)?[^\s,;()]{1,30})?,\s(?:(?:far|well|[a-z]{3,}ly)\s)?(?:(?:surpass|outperform|exceed|beat)\w*|improv(?:es|ed|ing)\s(?:up)?on)\s(?:the|its|their)\s(?:(?:previous|prior|earlier|former|original)\s)?$/u
// `an average error rate of 14.85, competitive with X (14.32)`: a comparator
// whose score closes the comparison. (Not past a parenthesis: `BatchDAG
// (3.74/5) achieves quality comparable to a pipeline (3.25/5)` labels each
// system with its own score.)
// `85.2% (baseline: 80.1%)`, `1.23 (BL 1.02)`: the baseline's score in a
// parenthesis right after the first.
const baselineParen = /^\s{0,2}\(\s?(?:baselines?|bl|sota|prior best|previous best)\s?:?\s{0,3}$/u
const comparableWith = /^[^;.()]{0,60}?[\s,](?:competitive|comparable)\s(?:with|to)\s[^(;]{1,40}\($/u
const oursAfter =
  /^(?:\s[a-z-]{1,20}){0,3},\s(?:while\s|whereas\s)?our\s(?:[a-z-]+\s)?(?:framework|method|model|approach|system|agent|design|pipeline)\s(?:reach\w*|achiev\w*|scor\w*|attain\w*|obtain\w*)\s(?:(?:up to|about|nearly|over)\s)?$/u
// `>90% for humans`: people's score, which no system's is compared against as its own.
const forPeople = new RegExp(`^\\s{0,2}for\\s(?:the\\s)?(?:average\\s)?(?:human\\s)?${peopleWords}\\b`, 'u')
const humansWhile = new RegExp(`\\bwhile\\s(?:the\\s)?(?:[a-z-]+\\s){0,2}${peopleWords}\\b`, 'u')
const surveyed = /\b(?:the\s)?(?:best|strongest|top|leading|top-performing|best-performing)\s(?:[a-z-]+\s){0,2}(?:models?|systems?|llms?|methods?)\s[^,;]{0,40}$/u
const surveyedWhile = /\bwhile\s(?:the\s)?(?:best|strongest|top|leading|top-performing|best-performing|weakest|worst)\s/u
const shareAfter = /^\s{0,2}(?:of\s(?:the|its|their|a)\b|(?:fewer|less|smaller|cheaper|lower|more)\b)/u
const byToBetween = /^\s{0,3}to\s{0,3}$/u
const byBefore = /\bby\s{0,3}$/u

// The measure a score is set equal to (`F1 = `, `(ROUGE-L: `), in lower
// case; or, `ofToo`, given as (`a ROUGE-L score of `).
function labelBefore(sentence: Sentence, token: NumberToken, ofToo: boolean): string | undefined {
  const before = sentence.lower.slice(Math.max(0, token.start - sentence.start - 40), token.start - sentence.start)
  const label = /([a-z][a-z\d@.+-]{0,19})\s?[:=]\s?$/u.exec(before) ?? (ofToo ? /([a-z][a-z\d@.+-]{0,19})(?:\sscores?)?\sof\s$/u.exec(before) : null)
  // (`(baseline: 80.1%)` names the comparator, not a measure.)
  return label && !/^(?:baselines?|bl|sota|best)$/u.test(label[1]!) ? label[1] : undefined
}

// The registry measure written right before a number, as `<measure> (score)
// of`, `=` or `:` (`a CIDEr score of 1.1001`).
function measureOf(sentence: Sentence, token: NumberToken): string | undefined {
  const base = sentence.start
  return sentence.metrics.find((mention) => mention.end <= token.start && /^\s(?:scores?\s)?(?:of|=|:)\s(?:about\s|around\s|approximately\s)?$/u.test(sentence.lower.slice(mention.end - base, token.start - base)))?.name
}

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-versus'
 */
export const id = 'extract-versus'

/**
 * Two scores set side by side: `0.1516 versus 0.1228`, `87.4 against 87.9`,
 * `by 41.3% to 35.7%`, `91.7%, compared with 22.9%`. The first is the value,
 * the second the baseline value (but `by 12 to 85%` is a change and the
 * score it reaches); a change stated just before them
 * (`by about 23.5% (0.1516 versus 0.1228)`) is the delta.
 *
 * @example
 * extractVersus(sentence, new Set())
 */
export const extractVersus: Rule = (sentence, taken) => {
  const drafts: Draft[] = [...extractVersusLists(sentence, taken)]
  const {tokens} = sentence
  for (let index = 0; index + 1 < tokens.length; index++) {
    const first = tokens[index]!
    const second = tokens[index + 1]!
    if (taken.has(first) || taken.has(second) || first.low !== null || second.low !== null) continue
    if (first.unit !== second.unit && first.unit !== null && second.unit !== null) continue
    // (`a mAP of 58.3 … while running at 120 FPS`: a score and a cost are not a pair.)
    if (first.unit !== second.unit && (isCostUnit(first.unit) || isCostUnit(second.unit))) continue
    // `rises +7.7 to 83.2%`: a signed gain, then the level it reaches.
    if (first.sign === 1 && second.sign === 0 && first.unit !== 'x' && first.value < second.value && byToBetween.test(sentence.lower.slice(first.end - sentence.start, second.start - sentence.start))) {
      taken.add(first)
      taken.add(second)
      drafts.push(createDraft(id, sentence, [first, second], {value: second.value, delta: first.value, unit: first.unit ?? second.unit, confidence: 0.8}))
      continue
    }
    if (first.unit === 'x' || first.sign !== 0 || second.sign !== 0) continue
    if (cueOf(sentence, second).change) continue
    const between = withNamesMasked(sentence, first.end, second.start)
    const before = sentence.lower.slice(Math.max(0, first.start - sentence.start - 8), first.start - sentence.start)
    const byTo = byBefore.test(before) && byToBetween.test(between)
    // `increases accuracy by 12 to 85%`: a change and the score it reaches.
    if (byTo && first.value < second.value && !versusBetween.test(between)) {
      taken.add(first)
      taken.add(second)
      const negative = cueOf(sentence, first).negative
      drafts.push(createDraft(id, sentence, [first, second], {value: second.value, delta: negative ? -first.value : first.value, unit: first.unit ?? second.unit, confidence: 0.8}))
      continue
    }
    // `where X achieves 0% success, our framework reaches up to 72.5%`: ours comes second.
    const oursSecond = oursAfter.test(between)
    const paired = versusBetween.test(between) || baselineParen.test(between) || byTo || oursSecond || comparedOf.test(between) || comparedThe.test(between) || comparableWith.test(between)
    if (!paired) continue
    // `outperforming X at 10% of the cost`: a share of a cost, not X's score.
    if (/\sat\s/u.test(between) && shareAfter.test(sentence.lower.slice(second.end - sentence.start, second.end - sentence.start + 30))) continue
    // `94.6% AUC, while SVM reached 81.1% accuracy`: scores of two measures are no pair.
    const firstMeasure = measureAfter(sentence, first)
    const secondMeasure = measureAfter(sentence, second)
    if (firstMeasure && secondMeasure && firstMeasure !== secondMeasure) continue
    // (Nor a comparator's score labelled with another measure than the first
    // score's: `MCC = 0.745, outperforming X (F1 = 0.469 …)`.)
    const secondLabel = labelBefore(sentence, second, false)
    const firstLabel = secondLabel ? labelBefore(sentence, first, true) : undefined
    if (firstLabel && secondLabel && firstLabel !== secondLabel) continue
    // (Nor scores each written after its own measure: `a CIDEr score of
    // 1.1001, while Y excels with a VQA accuracy of 60.80%`.)
    const firstOf = measureOf(sentence, first)
    const secondOf = firstOf ? measureOf(sentence, second) : undefined
    if (firstOf && secondOf && firstOf !== secondOf) continue
    // `1.45 on ImageNet-256, while MMDiT reaches a GenEval score of 0.90`:
    // two data sets named between the scores, one for each, are no pair.
    if (new Set(sentence.benchmarks.filter((mention) => mention.start >= first.end && mention.end <= second.start).map((mention) => mention.name)).size >= 2) continue
    // `45.8%, while human experts achieve 87.2%`: people set a reference, not a baseline.
    // (Nor are people's scores a value: `>90% for humans, yet surpass X (59%)`.)
    if (humansWhile.test(between) || forPeople.test(sentence.lower.slice(first.end - sentence.start, first.end - sentence.start + 40))) continue
    // `the best closed-source model achieves 64.2%, while the strongest
    // open-source model reaches 46.8%`: two systems surveyed, no baseline.
    if (/^[^.;]{0,30}\bwhile\s/u.test(between) && surveyed.test(sentence.lower.slice(Math.max(0, first.start - sentence.start - 80), first.start - sentence.start)) && surveyedWhile.test(between)) continue
    // `improves by 5% over the baseline's 60%` is a change and a score, not two scores.
    // (Nor a change and the first of the pair it restates: `by 6.2% over a
    // ViT-only baseline (84.69% vs. 78.4%)`.)
    const third = tokens[index + 2]
    const pairAfter = third !== undefined && versusBetween.test(withNamesMasked(sentence, second.end, third.start))
    // (A change word right before a parenthesis does not make its first score
    // a change: `15.2% energy efficiency gain (745.2 kWh vs 878.3 kWh)`.)
    const parenPair = /\(\s{0,2}$/u.test(before) && versusBetween.test(between)
    if (cueOf(sentence, first).change && !parenPair && (!byBefore.test(before) || pairAfter)) continue
    taken.add(first)
    taken.add(second)
    // `(14.8% baseline vs. 24.5% with authority framing)`: the first is the baseline's.
    // (So is a score that `whereas` answers: `X scores only 19.1%, whereas the
    // full adapter reaches 73.4%`, `fits 2,048 tokens …, whereas HGA reaches 16,384`.)
    // (Not where `whereas` names the baseline: `…, whereas the existing method reaches 7.3%`.)
    const swapped =
      oursSecond ||
      /^\s{0,2}(?:baseline|before|originally)\b/u.test(sentence.lower.slice(first.end - sentence.start, first.end - sentence.start + 14)) ||
      (/\bwhereas\s/u.test(between) && !baselineAnswers.test(between))
    const draft = swapped ? createScorePair(id, sentence, [first, second], second, first, 0.85) : createScorePair(id, sentence, [first, second], first, second, 0.85)
    // `47.14 versus 43.53 (+3.6pp)`, `44.0% versus 28.8% for standard AR
    // (+15.2 pp; …)`: the change stated right after the pair.
    // (Or `(90.6% vs. 62.5%, a 28 pp difference)`: points that are the pair's difference.)
    const following = tokens[index + 2]
    const followingGap = following ? sentence.lower.slice(second.end - sentence.start, following.start - sentence.start) : ''
    const signedAfter = following !== undefined && following.sign !== 0 && /^\s{0,2}(?:for\s[^()\d,;]{1,40}\s)?\(\s{0,12}$/u.test(followingGap)
    const differenceAfter =
      following !== undefined &&
      following.sign === 0 &&
      (following.unit === 'pp' || following.unit === 'points') &&
      /^\s{0,2},\s(?:an?\s)?$/u.test(followingGap) &&
      Math.abs(Math.abs(first.value - second.value) - following.value) <= 0.51 &&
      /^\s{0,2}(?:difference|gap|gain|improvement|margin|drop)\b/u.test(sentence.lower.slice(following.end - sentence.start, following.end - sentence.start + 14))
    // (Or `0.82 compared to X's 0.33 (a relative improvement of 148%)`: a
    // relative change that is the pair's, by its size.)
    const relativeAfter =
      following !== undefined &&
      following.sign === 0 &&
      following.unit === '%' &&
      first.unit !== '%' &&
      /^\s{0,2}[(,]\s{0,2}(?:an?\s)?relative\s(?:improvement|gain|increase)\sof\s$/u.test(followingGap) &&
      Math.min(first.value, second.value) > 0 &&
      Math.abs((Math.abs(first.value - second.value) / Math.min(first.value, second.value)) * 100 - following.value) <= 1
    const previous = tokens[index - 1]
    // (A difference written after the pair wins over a change before it.)
    if (previous && !taken.has(previous) && previous.low === null && !differenceAfter) {
      const gap = sentence.lower.slice(previous.end - sentence.start, first.start - sentence.start)
      // `by about 23.5% (0.1516 versus 0.1228)`, `1.8× faster on one GPU (62 FPS versus 34 FPS)`.
      // (Not across a name or a label: `the 400x larger DeepSeek R1 …: AIME24 (80.3 vs. 79.8)`.)
      const gapStart = previous.end
      // (A benchmark may come between when the change is the pair's
      // difference: `4.0 percentage points average on LIBERO (72.4% vs 68.4% baseline)`.)
      const difference = Math.abs(Math.abs(first.value - second.value) - previous.value) <= 0.051
      // (A comparator the change is over is the pair's baseline: `by 6.2% over
      // a ViT-only baseline (84.69% vs. 78.4%)`.)
      const comparator = (mention: {start: number}) => /\b(?:over|than|against)\s(?:the\s|a\s|an\s)?$/u.test(sentence.lower.slice(gapStart - sentence.start, mention.start - sentence.start))
      const named = [...sentence.models, ...(difference ? [] : sentence.benchmarks)].some((mention) => mention.start >= gapStart && mention.end <= first.start && !(sentence.models.includes(mention) && comparator(mention)))
      // (Nor past a comma: `by 16%, with no loss in accuracy (99.2% vs. 99.1%)`.)
      if (/^[^();:,]{0,60}\(\s{0,2}$/u.test(gap) && !named && cueOf(sentence, previous).change) {
        taken.add(previous)
        restate(draft, previous, cueOf(sentence, previous).negative, [previous, first, second])
        draft.anchor = previous
      }
    }
    if (draft.derived && following && !taken.has(following) && following.low === null && (signedAfter || differenceAfter || relativeAfter)) {
      taken.add(following)
      restate(draft, following, following.sign === -1, [first, second, following])
    }
    drafts.push(draft)
    // `81.7% (versus 4.9% for A and 37.3% for B)`: each comparator's score is
    // compared with the same value, one claim per comparator.
    if (draft.value === first.value && !swapped) {
      for (let next = index + 2; next < tokens.length; next++) {
        const other = tokens[next]!
        const previous = tokens[next - 1]!
        const gap = sentence.lower.slice(previous.end - sentence.start, other.start - sentence.start)
        if (taken.has(other) || other.low !== null || other.sign !== 0 || other.unit !== second.unit || !comparatorItem.test(gap)) break
        taken.add(other)
        drafts.push(createScorePair(id, sentence, [first, other], first, other, 0.8))
      }
    }
  }
  return drafts
}

/**
 * Make a change stated next to two scores the pair's delta: a ratio, points
 * (absolute), or a change that is (or is not) the scores' difference.
 */
function restate(draft: Draft, change: NumberToken, negative: boolean, tokens: NumberToken[]): void {
  const [first, second] = draft.tokens
  const difference = Math.abs(first!.value - second!.value)
  draft.tokens = tokens
  draft.delta = negative ? -change.value : change.value
  draft.unit = change.unit ?? draft.unit
  draft.derived = false
  draft.deltaKind =
    change.unit === 'x' ? 'ratio' : change.unit === 'pp' || change.unit === 'points' || Math.abs(difference - change.value) <= 0.051 ? 'absolute' : 'relative'
}

/**
 * The lower-cased text from `start` to `end`, each model named wholly inside
 * it written `name`: the patterns above read words, and a comparator such as
 * `GPT-4o` or `FLUX.1 [Dev]` is one (`86.63 vs. FLUX.1 [Dev] 83.84`).
 */
function withNamesMasked(sentence: Sentence, start: number, end: number): string {
  // (Most gaps hold no name: the plain slice.)
  if (!sentence.models.some((mention) => mention.start >= start && mention.end <= end)) return sentence.lower.slice(start - sentence.start, end - sentence.start)
  let text = ''
  let at = start
  for (const mention of sentence.models) {
    if (mention.start < at || mention.end > end) continue
    text += sentence.lower.slice(at - sentence.start, mention.start - sentence.start) + 'name'
    at = mention.end
  }
  return text + sentence.lower.slice(at - sentence.start, end - sentence.start)
}

/** The registry measure written right after a score (`94.6% AUC`), if any. */
function measureAfter(sentence: Sentence, token: NumberToken): string | undefined {
  return sentence.metrics.find((mention) => mention.start >= token.end && mention.start <= token.end + 2)?.name
}

// Between two comparators' scores: `for A and`, `for A,` (each score owned by its comparator).
// (Or named before it: `outperforming X's 50.3 and its base model's 0.0`.)
// (Or with its own verb: `while GPT-3 solves 0% and GPT-J solves 11.4%`.)
const comparatorItem = new RegExp(
  String.raw`^\s{0,2}for\s(?:the\s)?[^,;()]{1,40}?(?:,\s(?:and\s)?|\sand\s)$|^,?\s(?:and\s)?(?:the\s|its\s|their\s)?[^,;()]{1,40}?['’]s\s$|^,?\s(?:and\s)[^,;()]{1,40}?\s${scoreVerbs}\s(?:only\s)?$`,
  'u'
)

const itemGap = /^[^;.]{0,50}$/u
// (`98.0% and 87.8% task success rates, matching or exceeding their FP16
// references of 97.1% and 87.0%`: the comparison after a comma too.)
const linksLists = (gap: string): boolean => versusBetween.test(gap) || comparedOf.test(gap)
// (Or each comparator named with its own `at`: `GPT-4 at 23.0% with 64
// samples and a tree search method at 41.0%`.)
// (Or a slash after the item's measure: `(7.94 FID / 0.71 GenEval)`.)
const bareGap = /^\s?(?:,\s?)?(?:and\s)?$|^\s?(?:[\p{L}%-]{1,12}\s?)?\/\s?$|^\s(?:with\s[^,;()]{1,30}\s)?(?:,\s)?and\s(?:the\s|a\s|an\s)?[^,;()]{1,60}?\sat\s$/u

/**
 * Two lists of scores side by side: `a WER of 1.9 and a similarity of 0.68,
 * compared with 2.4 and 0.64 for X` pairs the items in order.
 *
 * @example
 * extractVersusLists(sentence, new Set())
 */
function extractVersusLists(sentence: Sentence, taken: Set<NumberToken>): Draft[] {
  const drafts: Draft[] = []
  const {tokens} = sentence
  const gap = (a: NumberToken, b: NumberToken): string => sentence.lower.slice(a.end - sentence.start, b.start - sentence.start)
  for (let index = 0; index < tokens.length; index++) {
    const ours: NumberToken[] = [tokens[index]!]
    let at = index + 1
    while (at < tokens.length && itemGap.test(gap(tokens[at - 1]!, tokens[at]!)) && /,|\band\b/u.test(gap(tokens[at - 1]!, tokens[at]!)) && !versusBetween.test(gap(tokens[at - 1]!, tokens[at]!))) {
      ours.push(tokens[at]!)
      at++
    }
    if (ours.length < 2 || at >= tokens.length || !linksLists(gap(ours.at(-1)!, tokens[at]!))) continue
    const theirs: NumberToken[] = [tokens[at]!]
    while (theirs.length < ours.length && at + 1 < tokens.length && bareGap.test(gap(tokens[at]!, tokens[at + 1]!))) {
      at++
      theirs.push(tokens[at]!)
    }
    const all = [...ours, ...theirs]
    if (theirs.length !== ours.length || all.some((token) => taken.has(token) || token.low !== null || cueOf(sentence, token).change)) continue
    ours.forEach((first, item) => {
      const second = theirs[item]!
      taken.add(first)
      taken.add(second)
      drafts.push(createScorePair(id, sentence, [first, second], first, second, 0.8))
    })
    index = at
  }
  return drafts
}
