import {createRequire} from 'node:module'
import type Nlp from 'compromise'

// Free-text measures are rare (most come from the registry), so compromise
// runs only on these few words, never on a whole abstract; a small cache keeps
// repeated phrases (`task quality` across a corpus) from being tagged again.
const cache = new Map<string, boolean>()
const CACHE_LIMIT = 4096

// compromise unpacks its lexicon when loaded (about 0.3 to 0.5 s): load it on
// first use, so that inputs (and commands) that never need it do not pay.
let tagger: typeof Nlp | undefined
function loadTagger(): typeof Nlp {
  tagger ??= createRequire(import.meta.url)('compromise') as typeof Nlp
  return tagger
}

// Another thread that has compromise loaded, asked instead of loading it here
// (see `src/stream/tagger-channel.ts`); undefined from it means "ask locally".
let remote: ((phrase: string) => boolean | undefined) | undefined

// Out of context, compromise reads the plural of a count noun as a verb
// (`error rates`: `rates` is tagged PresentTense, `error rate` a noun phrase).
// After another word, these heads are the nouns of a measure: ask about the
// singular.
const pluralHead = /\S\s(?:rate|round|cycle|score|step|call|count|hit|run|turn|view|click|visit|request|trial|attempt|edit)s$/u
// (`per-query search space`, `on-chip memory`: compromise reads the split
// `per` or `on` as a preposition; the noun phrase is what the word qualifies.)
const perWord = /^(?:per|on|off|in)-\S+\s(?=\S)/iu

/** The phrase to ask compromise about: what it would misread, rewritten. */
function toAsk(phrase: string): string {
  const asked = phrase.replace(perWord, '')
  return pluralHead.test(asked) ? asked.slice(0, -1) : asked
}

/**
 * Tag `phrase` with compromise in this thread (loading it on first use),
 * without the cache: what `isNounPhrase` decides, and what a tagger thread
 * answers for other threads.
 *
 * @example
 * tagNounPhrase('task quality') // true
 */
export function tagNounPhrase(phrase: string): boolean {
  const document = loadTagger()(phrase)
  return document.has('(#Noun|#Infinitive)$') && !document.has('^(#Preposition|#Adverb|#Conjunction|#Determiner)')
}

/**
 * Ask `ask` (a tagger in another thread) before loading compromise in this
 * one; `undefined` goes back to tagging here.
 *
 * @example
 * useTagger((phrase) => askTagger(channel, phrase))
 */
export function useTagger(ask: ((phrase: string) => boolean | undefined) | undefined): void {
  remote = ask
}

/**
 * Whether compromise reads `phrase` as a noun phrase: its last word is a noun
 * (or a bare verb form, which out of context is how compromise tags nouns such
 * as `size` or `rate`) and it does not open with a preposition, adverb,
 * conjunction or determiner. Keeps `improves`, `rather`, `reported` or
 * `between methods` out of the metric column.
 *
 * @example
 * isNounPhrase('task quality') // true
 * isNounPhrase('quickly') // false
 */
export function isNounPhrase(phrase: string): boolean {
  let known = cache.get(phrase)
  if (known === undefined) {
    const asked = toAsk(phrase)
    known = remote?.(asked) ?? tagNounPhrase(asked)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(phrase, known)
  }

  return known
}
