import {readWindows} from '../read-windows.js'
import type {Draft} from '../types.js'

// Words that end a noun phrase read from free text.
const stopWords = new Set([
  'by', 'on', 'in', 'for', 'of', 'at', 'with', 'across', 'over', 'than', 'from', 'to', 'and', 'or', 'while',
  'compared', 'relative', 'versus', 'vs', 'when', 'under', 'without', 'using', 'after', 'before', 'per', 'the', 'a',
  'an', 'is', 'are', 'was', 'were', 'which', 'that', 'as', 'its', 'their', 'our', 'respectively', 'overall'
])
// Noun phrases that name no measure.
const vague =
  /\b(?:performance|results?|models?|methods?|baselines?|approach\w*|it|this|that|them|improvements?|gains?|scores?|points?|one|times|those|these|ours|framework|system|average|state|art|sota|agent|student|teacher|llms?|vlms?|greater|higher|lower|better|worse|more|less|fewer|larger|smaller|decline|drop|increase|decrease|reduction|boost|degradation|loss)$/u
const changeNoun =
  /^\s?(?:[a-z-]{1,20}\s){0,2}(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|degradations?|declines?)\s(?:in|of)\s(?:the\s|their\s|its\s)?/u
const comparative = /^\s?(?:higher|lower|fewer|less|more|better|worse|faster|slower|smaller|larger|shorter|cheaper|reduced|improved|increased)\s/u
const nounBeforeChange = /^\s?([a-z][a-z-]{1,20}(?:\s[a-z][a-z-]{1,20})?)\s(?:reductions?|decreases?|increases?|improvements?|gains?|drops?|savings?|speed-?ups?)\b/u
const verbBefore =
  /\b(?:improv\w*|increas\w*|reduc\w*|boost\w*|enhanc\w*|decreas\w*|lower\w*|rais\w*|cut\w*|lift\w*|elevat\w*|shrink\w*|shorten\w*|achiev\w*|reach\w*|attain\w*|yield\w*|obtain\w*)\s(?:the\s|its\s|their\s|our\s|a\s|an\s)?((?:[a-z@][\w@.-]{0,24}\s){1,4})(?:\([^)]{1,12}\)\s)?(?:by|from|of|to)\s[^a-z]{0,3}(?:(?:up to|about|approximately|nearly|around|over|more than|at least|a relative|an absolute|an average of)\s)?$/u
const scoreOf = /\b(?:an?|the|its|their|our|with)\s((?:[a-z@][\w@.-]{0,24}\s){1,4})(?:rate\s)?of\s(?:(?:up to|about|approximately|nearly|around|over|more than|at least|only|just)\s)?$/u
const acronymBefore = /\(([A-Z][A-Za-z@0-9-]{1,12})\)\s(?:by|of)\s[^a-z]{0,3}$/u

function cleanPhrase(words: string[]): string | null {
  const kept: string[] = []
  for (const word of words) {
    if (stopWords.has(word) || /\d/u.test(word)) {
      if (kept.length > 0) break
      continue
    }
    kept.push(word)
    if (kept.length === 4) break
  }
  while (kept.length > 0 && /^(?:average|mean|overall|relative|absolute|total|substantial|significant|notable|remarkable|noticeable)$/u.test(kept[0]!)) kept.shift()
  const phrase = kept.join(' ')
  if (phrase.length < 2 || vague.test(phrase)) return null
  return phrase
}

function readPhrase(text: string): string | null {
  return cleanPhrase(text.trim().split(/[\s,;:()]+/u).filter(Boolean))
}

/**
 * The measure a claim reports: a registry metric right after the number
 * (`97.1% accuracy`, `82.95% lower latency`), the noun phrase after a change
 * word (`a 26.5% increase in user-rated usefulness`, `28% fewer tokens`), the
 * noun before one (`77% length reduction`), the measure the verb changes
 * (`reduces tool calls by 73.1%`, `an accuracy of 67.0`). Never across another
 * number; null when the text only says "performance".
 *
 * @example
 * resolveMetric(draft)
 */
export function resolveMetric(draft: Draft): string | null {
  const {sentence} = draft
  const windows = readWindows(sentence, draft.tokens)
  const base = sentence.start
  const afterStart = base + windows.afterStart
  const head = windows.after.slice(0, 60)

  // A registry metric within the first words after the number.
  const lead = /^\s?(?:(?:higher|lower|fewer|less|more|better|worse|faster|slower|average|mean|overall|absolute|relative|top-\d|in-domain|out-of-domain|[a-z]+-level|test|validation|zero-shot|few-shot)\s){0,2}/u.exec(head)
  const leadEnd = afterStart + (lead?.[0].length ?? 0)
  const rightAfter = sentence.metrics.find((mention) => mention.start >= afterStart && mention.start <= leadEnd + 1)
  if (rightAfter) return rightAfter.name

  const change = changeNoun.exec(head)
  if (change) {
    const registry = sentence.metrics.find((mention) => mention.start >= afterStart + change[0].length - 1 && mention.start <= afterStart + change[0].length + 30)
    if (registry) return registry.name
    const phrase = readPhrase(windows.after.slice(change[0].length, change[0].length + 60))
    if (phrase) return phrase
  }
  if (comparative.test(head)) {
    const phrase = readPhrase(head.replace(comparative, ''))
    const registry = sentence.metrics.find((mention) => mention.start >= afterStart && mention.start <= afterStart + 40)
    if (registry) return registry.name
    if (phrase) return phrase
  }
  const noun = nounBeforeChange.exec(head)
  if (noun) {
    const phrase = readPhrase(noun[1]!)
    if (phrase) return phrase
  }

  // Before the number: `accuracy by 4%`, `an accuracy of 67.0`, `AUARC) by`.
  const before = windows.before.slice(-120)
  const beforeRaw = windows.beforeRaw.slice(-120)
  const acronym = acronymBefore.exec(beforeRaw)
  if (acronym) return acronym[1]!
  const verb = verbBefore.exec(before) ?? scoreOf.exec(before)
  const beforeStart = base + windows.beforeStart + windows.before.length - before.length
  if (verb) {
    const phraseStart = beforeStart + verb.index
    const registry = sentence.metrics.filter((mention) => mention.start >= phraseStart && mention.end <= base + windows.beforeStart + windows.before.length)
    if (registry.length > 0) return registry.at(-1)!.name
    const phrase = readPhrase(verb[1]!)
    if (phrase && !sentence.models.some((model) => model.start >= phraseStart && model.start < draft.anchor.start) && !sentence.benchmarks.some((mention) => mention.start >= phraseStart && mention.start < draft.anchor.start)) return phrase
  }
  // A registry metric in the same clause before the number.
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '))
  const clauseFrom = beforeStart + clauseStart + 1
  const inClause = sentence.metrics.filter((mention) => mention.start >= clauseFrom && mention.end <= draft.anchor.start)
  if (inClause.length > 0) return inClause.at(-1)!.name
  // Or just after, in the same clause (`… 59 percent pass@1`).
  const clauseEnd = head.search(/[,;]/u)
  const later = sentence.metrics.find((mention) => mention.start >= afterStart && mention.start <= afterStart + (clauseEnd === -1 ? 40 : clauseEnd))
  return later?.name ?? null
}
