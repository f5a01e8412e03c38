import {peopleWords} from '../people-words.js'
import type {Draft} from '../types.js'

// Verb stems whose share of items is a rate of their own (`proves 86% of`).
const shareVerb = /\b(detect|identif|resolv|solv|prov|predict|pass|complet|reject|miss|answer|cover|win|explain)(?:e|es|ed|s|ies|ied|y)?\s(?:(?:only|about|nearly|over|up to|around|roughly|approximately|more than|at least|a mere|merely|just|fewer than|less than|under)\s)?$/u
// (`succeeds on 95% of throws`, `was successful in about 80% of tasks`.)
const succeeded = /\b(?:succeed(?:s|ed)?|(?:is|are|was|were)\s(?:[a-z]+\s)?successful)\s(?:on|in)\s(?:(?:only|about|nearly|over|up to|around|roughly|approximately|more than|at least|just|fewer than|less than)\s)?(?:[<>≤≥~]\s?)?$/u
const agreesWith = /\b(?:agree|align)(?:s|ed|ing)?\swith\s(?:the\s)?((?:[a-z-]+\s){0,2}[a-z-]+)\s(?:(?:about|nearly|over|around|roughly|approximately|only)\s)?$/u
// (Registry metric names, so that leaderboards group them.)
const shareRates: Record<string, string> = {
  detect: 'detection rate',
  identif: 'detection rate',
  resolv: 'resolve rate',
  solv: 'solve rate',
  prov: 'proof rate',
  predict: 'accuracy',
  pass: 'pass rate',
  complet: 'completion rate',
  reject: 'rejection rate',
  miss: 'miss rate',
  // (`correctly answers fewer than 17% of questions`.)
  answer: 'accuracy',
  cover: 'coverage',
  win: 'win rate',
  explain: 'explained variance'
}

// People preferring one output, shortly before the share (`raters preferred
// X over Y in`), or as its complement (`of participants favored X`).
const peoplePreferred = new RegExp(`\\b${peopleWords}\\s(?:[a-z]+\\s)?(?:preferred|favou?red|chose)\\s[^.;]{0,60}\\s(?:in|on|for)\\s{1,3}(?:(?:about|over|nearly)\\s)?[^a-z]{0,3}$`, 'u')
// (Or the output itself, passive: `our method is preferred over 80% against the baseline`.)
const passivePreferred = /\b(?:is|are|was|were)\s(?:[a-z]+\s)?(?:preferred|favou?red|chosen)\s(?:(?:in|by|over|for)\s)?(?:(?:about|over|nearly|around)\s)?[^a-z]{0,3}$/u
const sharePreferring = new RegExp(`^\\s?of\\s(?:the\\s)?(?:[a-z-]+\\s)?${peopleWords}\\s(?:[a-z]+\\s)?(?:preferred|favou?red|chose|rated)\\b`, 'u')

/**
 * The measure of a share (a % with no measure named): `detects 97.1% of
 * fabrications`, `resolves 48.3% of issues` (the rate of that verb),
 * `succeeds on 95% of throws` (a success rate), `67% of
 * participants favored X`, `raters preferred X … in 71% of cases` (a human
 * preference); null for any other share.
 *
 * @example
 * nameShareMetric(draft) // 'detection rate'
 */
export function nameShareMetric(draft: Draft): string | null {
  const first = draft.tokens[0]!
  const {sentence} = draft
  const before = sentence.lower.slice(Math.max(0, first.start - sentence.start - 50), first.start - sentence.start)
  const after = sentence.lower.slice(first.end - sentence.start, first.end - sentence.start + 60)
  // (`aligning with human judgments 74% of the time`: an agreement with them.)
  const agreed = agreesWith.exec(before)
  if (agreed && /^\s?of\sthe\stime\b/u.test(after)) return `agreement with ${agreed[1]!}`
  const verb = shareVerb.exec(before)?.[1]
  // (`solves 1.96% of the issues`: solving issues is resolving them.)
  if (verb === 'solv' && /^\s?of\s(?:the\s)?(?:[a-z-]+\s)?issues\b/u.test(after)) return 'resolve rate'
  // (`explains 43.8% of the variance`: only a share of variance is one explained.)
  if (verb === 'explain' && !/^\s?of\s(?:the\s)?(?:[a-z-]+\s)?variance\b/u.test(after)) return null
  if (verb && /^\s?of\s/u.test(after)) return shareRates[verb]!
  if (/^\s?of\s/u.test(after) && succeeded.test(before)) return 'success rate'
  // (`69% of users rated it best`: a users' preference, as written.)
  const people = peoplePreferred.exec(before)?.[0] ?? sharePreferring.exec(after)?.[0] ?? passivePreferred.exec(before)?.[0]
  if (people === undefined) return null
  return /\busers\b/u.test(people) ? 'user preference' : 'human preference'
}
