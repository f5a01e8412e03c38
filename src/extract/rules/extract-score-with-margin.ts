import {createDraft, type Rule} from '../create-draft.js'
import {isTimeUnit} from '../is-time-unit.js'
import {cueOf, type Cues} from '../read-cues.js'
import type {Draft, NumberToken} from '../types.js'

const spreadStated = /^\s(?:with\s)?(?:a\s)?standard (?:deviation|error) of\s[\d.]+\s?%?(?=,)/u

/**
 * Id of the rule (the `rule` column of its rows).
 *
 * @example
 * id // 'extract-score-with-margin'
 */
export const id = 'extract-score-with-margin'

// Between the scores and their margins: a comparison (`, outperforming X by`,
// `, surpassing X by`, `, improving over X by`, `, N points above X`).
const comparison = /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w* (?:up)?on|improv\w* over|ahead of|above|over|lag(?:s|ged|ging)?|trail(?:s|ed|ing)?)\b/u

// From the margin to a parenthesis after the comparator's name: `… improvement over ResNet-50 (`.
const comparatorScore = /^\s?(?:(?:relative|absolute)\s)?(?:improvements?|gains?|increases?|reductions?|decreases?|drops?)\s(?:over|from|compared\s(?:to|with)|relative\sto)\s[^,;()]{1,40}\(\s?$/u

const lengthUnit = /^(?:[μµmck]?m|microns?|micromet(?:er|re)s|meters)$/u

// `… by 3.8% in accuracy`: the measure a margin names after it.
const marginMeasure = /^%?\s(?:in|on)\s(?:the\s)?([a-z][a-z-]{2,}(?:\s[a-z][a-z-]{2,})?)\b/u

// The one score whose measure, written right after it, the margin names.
function scoreNamedBy(lower: string, base: number, scores: readonly NumberToken[], tail: string): NumberToken | undefined {
  const measure = marginMeasure.exec(tail)?.[1]
  if (measure === undefined || scores.length < 2) return undefined
  const named = scores.filter((score) => lower.startsWith(` ${measure}`, score.end - base) || lower.startsWith(measure, score.end - base))
  return named.length === 1 ? named[0] : undefined
}

const finiteVerb = /\b(?:improves|improved|increases|increased|reduces|reduced|boosts|boosted|outperforms|outperformed|surpasses|surpassed|achieves|achieved|speeds up|accelerates)\b/u

/**
 * Scores followed by their margins over a comparator: `67.0 on MathVista,
 * outperforming InternVL2-8B by 8.7 points`, `90.6% IoU and 71.7% PIoU,
 * improving over prior methods by +15.9 and +30.4 points`, `an 85.6% success
 * rate, 26.4 points above the strongest baseline`. Scores and margins are
 * paired in order; each pair is one claim with a value and a delta.
 *
 * @example
 * extractScoreWithMargin(sentence, new Set())
 */
export const extractScoreWithMargin: Rule = (sentence, taken) => {
  const drafts: Draft[] = []
  const {tokens} = sentence
  const cues = new Map<NumberToken, Cues>(tokens.map((token) => [token, cueOf(sentence, token)]))
  let index = 0
  while (index < tokens.length) {
    // A run of scores…
    const scores: NumberToken[] = []
    while (index < tokens.length) {
      const token = tokens[index]!
      if (taken.has(token) || token.low !== null || cues.get(token)!.change || token.unit === 'x') break
      scores.push(token)
      index++
    }
    // …then a run of margins, the first one after a comparison.
    const margins: NumberToken[] = []
    while (index < tokens.length) {
      const token = tokens[index]!
      const cue = cues.get(token)!
      if (taken.has(token) || token.low !== null || !cue.change) break
      margins.push(token)
      index++
    }
    if (scores.length > 0 && margins.length > 0) {
      const lastScore = scores.at(-1)!
      // (A spread stated with the score is part of it: `79.9% with a standard deviation of 0.2%, 1.7% higher …`.)
      const gap = sentence.lower.slice(lastScore.end - sentence.start, margins[0]!.start - sentence.start).replace(spreadStated, '')
      const tail = sentence.lower.slice(margins[0]!.end - sentence.start, (margins[1]?.start ?? margins[0]!.end + 40) - sentence.start)
      const compared =
        cues.get(margins[0]!)!.comparator ||
        // (Not `over` as a hedge of the margin: `…, while yielding a over 50% task utility gain`.)
        comparison.test(gap.replace(/\bover\s$/u, '')) ||
        // `5.2% on B, a 17% relative reduction over X` (not `50% and 20% fewer … than`).
        // (LaTeX leftovers blank to spaces: `6.6$\times$ improvement over`.)
        (/^\s{0,3}(?:(?:relative|absolute|average|reduction|improvement|gain|increase|decrease|points?|pp|percentage|speed-?ups?|faster|quicker|slower)\s){0,3}(?:above|below|higher than|lower than|more than|less than|over|upon|ahead of|behind|better than|worse than|than)\b/u.test(tail) &&
          !/\band\b/u.test(gap)) ||
        // `67.25% accuracy (6.1% improvement compared to X)`: the margin in a
        // parenthesis right after its score.
        (/^[^()]{0,30}\(\s?$/u.test(gap) && /^\s{0,3}(?:(?:relative|absolute|average)\s)?(?:improvement|gain|increase|reduction|decrease)\s(?:compared\s(?:to|with)|relative\sto)\b/u.test(tail)) ||
        // `12.0 ms latency, 20% faster than X`: speed is the margin of a time.
        (isTimeUnit(lastScore.unit) && margins[0]!.unit === '%' && /^\s?(?:faster|quicker|slower)\s(?:than|over)\b/u.test(tail) && !/\band\b/u.test(gap)) ||
        // `51.3 AP, 0.4 AP below X`, `0.31 s, a 14× speedup`: the margin right after its score.
        // (`27.03 FPS, marking an astonishing 901 times speedup`.)
        // (Not `300 FPS and 3x faster than X`: `and` starts another result;
        // nor `reaches 5.75% with 20.7% fewer parameters`: `with` adds a cost.)
        /^\s?(?:(?!(?:and|or|but|with|while|using|at|in|on|for|by|from|to)\s)[\p{L}/]{1,6})?[\s,]{1,3}(?:(?:marking|representing|reflecting|yielding)\s)?(?:an?\s|which is\s|i\.e\.,?\s)?(?:(?:roughly|about|nearly|approximately|only|just|around|astonishing|impressive|remarkable)\s)?[+\-−]?$/u.test(gap) ||
        // (Past a short adjunct: `99.2% in just 200 RL steps, representing a 103% relative improvement`.)
        /^\s(?:in|within|after|with)\s(?![^,;]*\b(?:and|or|but)\b)[^,;]{1,40},\s(?:marking|representing|reflecting)\s(?:an?\s)?(?:(?:roughly|about|nearly|approximately|around)\s)?[+\-−]?$/u.test(gap) ||
        // `reach A, B and C accuracy, improvements of X, Y and Z, respectively`.
        (scores.length >= 2 &&
          scores.length === margins.length &&
          (/\brespectively\b/u.test(sentence.lower.slice(margins.at(-1)!.end - sentence.start)) ||
            // `53% on A, 51% on B and 54% on C — improvements of 15.3, 17.2 and 20.5 points`.
            /[—–,-]\s?(?:an?\s|with\s)?(?:(?:absolute|relative|average)\s)?(?:improvements?|gains?|increases?)\s(?:of\s)?$/u.test(gap)))
      // `H2O with 20% heavy hitters improves the throughput … by 29×`: a
      // number inside the subject, before the sentence's verb, is a setting.
      const verb = finiteVerb.exec(gap)
      const inSubject = verb !== null && !/,|\band\b/u.test(gap.slice(0, verb.index))
      // (`solves 159 out of 202 defects and improves pass@1 by over 40%`: a
      // count out of a total is not what a % margin changes.)
      const counted = margins[0]!.unit === '%' && /^\s?out of\b/u.test(sentence.lower.slice(lastScore.end - sentence.start, lastScore.end - sentence.start + 8))
      // (`77.9% F1 …, while running roughly 11 times faster than X`: a speed is
      // no margin of a score, only of a time.)
      // (Nor of a length: `an error below 100 microns -- 11 times faster than X`.)
      const speedOfScore = margins[0]!.unit === 'x' && /^\s{0,12}(?:faster|quicker|slower|speed-?ups?)\b/u.test(tail) && (((lastScore.unit === null || lastScore.unit === '%') && /\b(?:while|whereas)\b/u.test(gap)) || (lastScore.unit !== null && lengthUnit.test(lastScore.unit)))
      // (`93% Pass@1, outperforms X on three benchmarks, exceeds Y by 28
      // points`: a margin in a clause of its own comparison is not the score's.)
      const ownClause = /,\s(?:and\s)?(?:outperform|surpass|exceed|beat)\w*\s[^,;]*,\s(?:and\s)?(?:outperform|surpass|exceed|beat)\w*\s/u.test(gap)
      // (`74% on GenEval and outperforming A and B by 5% and 11%`: margins
      // listed for comparators listed, not for the one score.)
      // (Or listed in parentheses: `outperforming prior systems (A, B) by 63.1% and 67.9%`.)
      const perComparator =
        ((scores.length === 1 && /\b(?:outperform|surpass|exceed|beat)\w*\s[^,;]{1,60}?\sand\s[^,;]{1,60}?\sby\s[^a-z\s]{0,3}$/u.test(gap)) ||
          /\b(?:outperform|surpass|exceed|beat)\w*\s[^,;()]{0,60}\([^();]{1,60}(?:,|\band\b)[^();]{1,60}\)\sby\s[^a-z\s]{0,3}$/u.test(gap)) &&
        /^,?\s(?:and\s)?[+\-−]?\d/u.test(sentence.lower.slice(margins[0]!.end - sentence.start, margins[0]!.end - sentence.start + 12))
      // (`… 6.0% on A and 3.4% on B, …, while reducing energy consumption by
      // 4.64x and 4.32x respectively`: a verb with an object of its own changes another measure.)
      // (Nor a clause with a subject of its own: `…, and task completion time was reduced by 13.54 percent`.)
      const ownObject =
        /\b(?:while|whereas)\s(?:also\s)?(?:reduc|lower|cut|decreas|improv|increas|boost|rais|accelerat)\w*\s(?:[a-z-]+\s){1,5}by\s[^a-z\s]{0,3}$/u.test(gap) ||
        /,\s(?:and\s|while\s|whereas\s)?(?:the\s)?(?:[a-z-]+\s){1,5}(?:was|were|is|are)\s(?:also\s)?(?:reduc|lower|cut|decreas|improv|increas|boost|rais)\w*\sby\s[^a-z\s]{0,3}$/u.test(gap)
      // (`mean F1 scores of 0.971 and 0.947, outperforming the lowest-performing
      // model by over 50%`: a percentage margin over scores on a 0–1 scale is
      // the pair's, relative, not the last one's.)
      const sharedMargin = scores.length > margins.length && margins[0]!.unit === '%' && scores.every((score) => score.unit === null && score.value < 1)
      if (compared && !inSubject && !counted && !speedOfScore && !ownClause && !perComparator && !ownObject && !sharedMargin && !/[;]/u.test(gap) && gap.length < 220) {
        const pairs = Math.min(scores.length, margins.length)
        // (`87.0% accuracy, 84.8% sensitivity and 89.2% specificity, surpassing
        // X by 3.8% in accuracy`: a margin that names its measure is the margin
        // of the score of that measure, not of the last one.)
        const named = margins.length === 1 ? scoreNamedBy(sentence.lower, sentence.start, scores, tail) : undefined
        const usedScores = named ? [named] : scores.slice(scores.length - pairs)
        for (let pair = 0; pair < pairs; pair++) {
          const score = usedScores[pair]!
          const margin = margins[pair]!
          taken.add(score)
          taken.add(margin)
          // `0.12 s, 200x faster than X` shortens that time (the spec's sign
          // of `faster` against a latency); `a 14× speedup` stays a gain.
          const faster = isTimeUnit(score.unit) && /^\s?(?:faster|quicker)\b/u.test(sentence.lower.slice(margin.end - sentence.start, margin.end - sentence.start + 10))
          // `81.2%, a 5.1% improvement over ResNet-50 (77.3%)`: the comparator's
          // own score, in a parenthesis right after its name, is the score compared with.
          const next = tokens[tokens.indexOf(margin) + 1]
          const theirs = next !== undefined && !taken.has(next) && next.low === null && next.unit === score.unit && comparatorScore.test(sentence.lower.slice(margin.end - sentence.start, next.start - sentence.start)) ? next : undefined
          if (theirs) taken.add(theirs)
          drafts.push(
            createDraft(id, sentence, theirs ? [score, margin, theirs] : [score, margin], {
              value: score.value,
              baselineValue: theirs?.value ?? null,
              delta: cues.get(margin)!.negative || faster ? -margin.value : margin.value,
              unit: margin.unit ?? score.unit,
              confidence: 0.8
            })
          )
        }
      }
    }
    if (scores.length === 0 && margins.length === 0) index++
  }
  return drafts
}
