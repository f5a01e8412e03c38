import {isNounPhrase} from './is-noun-phrase.js'

/**
 * Words that end a noun phrase read from free text.
 *
 * @example
 * stopWords.has('by') // true
 */
export const stopWords = new Set([
  'by', 'on', 'in', 'for', 'of', 'at', 'with', 'across', 'over', 'than', 'from', 'to', 'and', 'or', 'while',
  'compared', 'relative', 'versus', 'vs', 'when', 'under', 'without', 'using', 'after', 'before', 'per', 'the', 'a',
  'an', 'is', 'are', 'was', 'were', 'which', 'that', 'as', 'its', 'their', 'our', 'respectively', 'this', 'these',
  'those', 'it', 'they', 'we', 'but', 'only', 'both', 'each', 'all', 'among', 'within', 'between', 'into', 'through',
  'up', 'against', 'depending', 'about', 'around', 'approximately', 'nearly', 'than', 'above', 'below', 'beyond', 'behind',
  'ahead', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'be', 'been', 'being', 'there', 'here',
  // (Prepositions and conjunctions past the measure: `in efficiency during training`.)
  'during', 'throughout', 'despite', 'via', 'toward', 'towards', 'upon', 'since', 'until', 'unlike', 'like', 'amid',
  'whereas', 'although', 'though', 'because', 'if', 'where', 'whose', 'who', 'not', 'also', 'still', 'even', 'thus',
  'hence', 'then', 'once'
])

/**
 * Noun phrases that name no measure.
 *
 * @example
 * vague.test('performance') // true
 */
export const vague =
  /\b(?:performance|results?|models?|methods?|baselines?|approach\w*|it|this|that|them|improvements?|enhancements?|advantages?|superiority|uplifts?|lifts?|gains?|factor|range|scores?|points?|one|times|those|these|ours|framework|system|pipelines?|architectures?|variants?|average|state|art|sota|agents?|student|teacher|llms?|vlms?|greater|higher|lower|better|worse|more|less|fewer|larger|smaller|declines?|drops?|increases?|decreases?|reductions?|boosts?|degradations?|loss|margin|speedup|speed-up|overall|cases?|tasks?|benchmarks?|datasets?|problems?|questions?|examples?|samples?|settings?|level|absolute|relative)$/u

/**
 * The end of a phrase of several words that names no measure: a system
 * (`baseline models`) or a change (`accuracy gains`).
 *
 * @example
 * vagueEnd.test('accuracy gains') // true
 */
export const vagueEnd = /\b(?:performance|results?|models?|methods?|baselines?|approach\w*|framework|system|pipelines?|architectures?|variants?|counterparts?|ones?|best|sota|state-of-the-art)$|\b(?:improvements?|enhancements?|advantages?|uplifts?|lifts?|gains?|boosts?|increases?|decreases?|reductions?|drops?|degradations?|loss|losses|margins?)\b/u

/**
 * Modifiers that lead a measure's name without being part of it
 * (`average`, `higher`, `test`).
 *
 * @example
 * modifiers.test('average') // true
 */
export const modifiers = /^(?:average|mean|overall|low|high|strong|weak|poor|good|relative|absolute|total|substantial|significant|considerable|large|clear|slight|negligible|minor|minimal|marginal|small|notable|remarkable|noticeable|consistent|impressive|higher|lower|fewer|less|more|better|worse|faster|slower|smaller|larger|shorter|longer|greater|cheaper|tighter|reduced|improved|increased|extra|additional|only|just|new|best|final|respective|competitive|efficient|real-world|reasonable|top|entire|whole|known|acceptable|practical|comparable|superior|prohibitive|excessive|highest|lowest|strongest|weakest|test|validation|dev|state-of-the-art|sota|record-high|record-low|all-time|near-perfect|leading|unprecedented|outstanding|exceptional|excellent|solid)$/u

/**
 * Whether a word can end a measure's name.
 *
 * @example
 * looksNominal('accuracy') // true
 */
export function looksNominal(word: string): boolean {
  // Adverbs (`cumulatively`), participles (`reported`) and `in-domain`-style
  // adjectives do not end a measure's name.
  return !/(?:ly|ed)$/u.test(word) && !/^(?:in|out-of|cross|zero|few|one|multi)-/u.test(word)
}

// Nouns of a count, which name what they count: `the number of execution steps`.
const countWords = 'number|amount|fraction|proportion|share|count'
const countHead = new RegExp(`^(?:${countWords})$`, 'u')

/**
 * The preposition that ends a changed phrase (`… by`), but not the `of` of a count.
 *
 * @example
 * 'accuracy by 4'.replace(phraseEnd, '') // 'accuracy'
 */
export const phraseEnd = new RegExp(`\\s(?:by|from|to|(?<!\\b(?:${countWords})\\s)of)\\s[^a-z]{0,3}(?:[a-z ]{0,20})?$`, 'iu')

function cleanPhrase(words: string[]): string | null {
  const kept: string[] = []
  for (const word of words) {
    // `the number of execution steps`: a count names what it counts.
    if (word === 'of' && kept.length === 1 && countHead.test(kept[0]!.toLowerCase())) {
      kept.push(word)
      continue
    }
    // (`pass@1` is a word of a measure's name: `testbench pass@1 ratio`.)
    // (Nor is an acronym with a digit: `an OF1 of 92.3`, `CF1`.)
    if (stopWords.has(word.toLowerCase()) || (/\d/u.test(word) && !/^[a-z]+@\d{1,4}[a-z]{0,2}$/iu.test(word) && !/^\p{Lu}{1,4}\d$/u.test(word))) {
      // Leading articles are skipped; any other function word ends the phrase.
      if (kept.length > 0 || !/^(?:the|a|an|its|their|our|this|these)$/iu.test(word)) break
      continue
    }
    // (Leading modifiers go, and count for nothing: `an average planner
    // cycle computation time` keeps four words.)
    if (kept.length === 0 && modifiers.test(word.toLowerCase())) continue
    // (Nor a leading verb of change: `achieves reduces cosine distance by`.)
    if (kept.length === 0 && /^(?:reduces|improves|increases|decreases|lowers|raises|boosts|cuts)$/iu.test(word)) continue
    kept.push(word)
    if (kept.length === 4) break
  }
  // (`the number of iterations required`: a participle after the noun qualifies it.)
  while (kept.length > 1 && /^[a-z]{3,}ed$/u.test(kept.at(-1)!)) kept.pop()
  // (`fabric cost savings of up to 13%`: a saving is the change, the cost the measure.)
  if (kept.length > 1 && /^savings?$/iu.test(kept.at(-1)!)) kept.pop()
  const phrase = kept.join(' ')
  if (phrase.length < 2 || !looksNominal(kept.at(-1)!.toLowerCase())) return null
  if (kept.length === 1 ? vague.test(phrase.toLowerCase()) : vagueEnd.test(phrase.toLowerCase())) return null
  // Units are not measures: `meV`, `eV`, `kHz` (an acronym such as `TCO` is one).
  if (kept.length === 1 && ((phrase.length <= 3 && !/^[A-Z]{3}$|^[A-Z]{2}\d$/u.test(phrase)) || /^[a-z]{0,2}[A-Z][A-Za-z]?$/u.test(phrase))) return null
  if (kept.at(-1) === 'of') return null
  // Part of speech, from compromise, has the last word on what is a measure.
  return isNounPhrase(phrase) ? phrase : null
}

/**
 * The measure a noun phrase names, read from the start of `text` up to its
 * first punctuation; null when the words name none.
 *
 * @example
 * readPhrase('task quality on X') // 'task quality'
 */
export function readPhrase(text: string): string | null {
  const end = text.search(/[,;:()]|\.(?:\s|$)/u)
  return cleanPhrase((end === -1 ? text : text.slice(0, end)).trim().split(/\s+/u).filter(Boolean))
}
