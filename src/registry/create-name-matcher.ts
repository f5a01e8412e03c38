import type {Mention} from '../extract/types.js'
import {isLetterOrDigit} from './is-letter-or-digit.js'

/** A name and the other spellings that mean it. */
export interface NamedEntry {
  name: string
  aliases?: string[] | undefined
}

/** Options of `createNameMatcher`. */
export interface NameMatcherOptions {
  /**
   * `always`: match case-insensitively (metrics are ordinary words).
   * `smart`: match a spelling exactly, or in any case when the text looks like
   * a name (two or more capitals or digits), so `math` is not `MATH`.
   * `words`: spellings with a lower-case letter (`success rate`) match in any
   * case, the others (`AP`, `IS`) as in `smart`.
   */
  caseMode: 'always' | 'smart' | 'words'
  /** Fold plural words (`success rates` = `success rate`). */
  foldPlural?: boolean | undefined
  /** Spellings that only match exactly as written (names that are also words: `MATH`, `IS`). */
  exactOnly?: readonly string[] | undefined
}

/** Finds registry names in a text: longest match first, left to right. */
export type NameMatcher = (text: string, offset?: number) => Mention[]

interface Word {
  text: string
  /** `text` in lower case, computed once for every matcher. */
  lower: string
  start: number
  end: number
}

interface Target {
  name: string
  /** Exact spellings, separators removed. */
  exact: Set<string>
  /** Whether any case matches. */
  anyCase: boolean
  /** Whether only the exact spellings match. */
  strict: boolean
}

// Words are letters/digits with the few symbols names use (`pass@1`, `ScanNet++`,
// `2.0`); hyphens, spaces and slashes separate words. Scanned by hand: a
// regex match object per word cost more than the matching.
const trailer = /(?:['’]s?|(?<!\.)\.+)$/u
// Gaps of one character that still join the words of a name.
const joiner = /^[\s_-]$/u

// `@ + . & ' ’` continue a word once a letter or digit started it.
function isWordSymbol(code: number): boolean {
  return code === 64 || code === 43 || code === 46 || code === 38 || code === 39 || code === 0x2019
}

// The benchmark and metric matchers read the same sentence one after the
// other: the words of the last text are kept (they are never mutated).
let lastText: string | undefined
let lastWords: Word[] = []

function readWords(text: string): Word[] {
  if (text === lastText) return lastWords
  const words: Word[] = []
  let at = 0
  while (at < text.length) {
    const code = text.codePointAt(at)!
    at += code > 0xffff ? 2 : 1
    if (!isLetterOrDigit(code)) continue
    const start = at - (code > 0xffff ? 2 : 1)
    while (at < text.length) {
      const next = text.codePointAt(at)!
      if (!isWordSymbol(next) && !isLetterOrDigit(next)) break
      at += next > 0xffff ? 2 : 1
    }
    let word = text.slice(start, at)
    // Trailing sentence periods and possessives are not part of a name (the
    // regex runs only when the last character could start such an ending).
    const last = word.at(-1)
    if (last === '.' || last === 's' || last === "'" || last === '’') word = word.replace(trailer, '')
    if (word.length === 0) continue
    words.push({text: word, lower: word.toLowerCase(), start, end: start + word.length})
  }
  lastText = text
  lastWords = words
  return words
}

function foldWord(lower: string, foldPlural: boolean): string {
  return foldPlural && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower
}

function looksLikeName(raw: string): boolean {
  let count = 0
  for (const char of raw) {
    if ((char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9')) count++
    if (count >= 2) return true
  }
  return false
}

/**
 * Build a matcher for a list of names (a registry). Names are matched as whole
 * word sequences; spaces, hyphens and underscores between words are ignored
 * (`MATH-500` = `MATH 500` = `MATH500` when an alias says so).
 *
 * @example
 * const find = createNameMatcher([{name: 'MATH-500', aliases: ['MATH500']}], {caseMode: 'smart'})
 * find('Accuracy on MATH500 rose.') // [{name: 'MATH-500', start: 12, end: 19}]
 */
export function createNameMatcher(entries: readonly NamedEntry[], options: NameMatcherOptions): NameMatcher {
  const foldPlural = options.foldPlural ?? false
  const exactOnly = new Set(options.exactOnly ?? [])
  const targets = new Map<string, Target>()
  // Every key that starts a spelling, so a scan stops as soon as none can match.
  const prefixes = new Set<string>()
  let longest = 1

  for (const entry of entries) {
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const words = readWords(spelling)
      if (words.length === 0) continue
      longest = Math.max(longest, words.length)
      const folded = words.map((word) => foldWord(word.lower, foldPlural))
      const key = folded.join('')
      for (let size = 1; size <= folded.length; size++) prefixes.add(folded.slice(0, size).join(''))
      const exact = words.map((word) => word.text).join('')
      const anyCase = options.caseMode === 'always' || (options.caseMode === 'words' && /\p{Ll}/u.test(spelling))
      const strict = exactOnly.has(spelling)
      const target = targets.get(key)
      if (target) {
        target.exact.add(exact)
        target.anyCase ||= anyCase && !strict
        target.strict &&= strict
      } else targets.set(key, {name: entry.name, exact: new Set([exact]), anyCase: anyCase && !strict, strict})
    }
  }

  return function (text, offset = 0) {
    const words = readWords(text)
    const found: Mention[] = []
    let index = 0
    while (index < words.length) {
      let matched = 0
      let key = ''
      let exact = ''
      let best: Target | undefined
      for (let size = 1; size <= longest && index + size <= words.length; size++) {
        const word = words[index + size - 1]!
        if (size > 1) {
          const gapStart = words[index + size - 2]!.end
          const gap = word.start - gapStart
          if (gap > 1 || (gap === 1 && !joiner.test(text[gapStart]!))) break
        }
        key += foldWord(word.lower, foldPlural)
        if (!prefixes.has(key)) break
        exact += word.text
        const target = targets.get(key)
        if (!target) continue
        const raw = text.slice(words[index]!.start, word.end)
        if (target.exact.has(exact) || (!target.strict && (target.anyCase || looksLikeName(raw)))) {
          best = target
          matched = size
        }
      }
      if (best) {
        const first = words[index]!
        const last = words[index + matched - 1]!
        found.push({name: best.name, start: first.start + offset, end: last.end + offset})
        index += matched
      } else index++
    }
    return found
  }
}
