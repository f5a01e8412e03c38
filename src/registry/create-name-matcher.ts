import type {Mention} from '../extract/types.js'
import {foldWord, hashText, readWords, type Words} from './read-words.js'

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

interface Target {
  name: string
  /** Exact spellings, separators removed. */
  exact: Set<string>
  /** Whether any case matches. */
  anyCase: boolean
  /** Whether only the exact spellings match. */
  strict: boolean
}

// Gaps of one character that still join the words of a name (a slash too:
// `CNN/DailyMail`, `tokens/s`).
const joiner = /^[\s_/-]$/u

function joins(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 128) return code === 32 || code === 45 || code === 47 || code === 95 || (code >= 9 && code <= 13)
  return joiner.test(text[at]!)
}

// `macro $F_1$`: the blanks LaTeX leaves between two words of a name
// (a few spaces, where a `$` or a command stood).
function isBlankRun(text: string, at: number, gap: number): boolean {
  if (gap > 3) return false
  for (let offset = 0; offset < gap; offset++) if (text.charCodeAt(at + offset) !== 32) return false
  return true
}

// `Kendall's tau`: a possessive between two words of a name (words are read
// without their `'s`).
function isPossessiveGap(text: string, at: number, gap: number): boolean {
  const quote = text.charCodeAt(at)
  if (quote !== 39 && quote !== 0x2019) return false
  // (`Cohen's κ`, or after a final `s` the apostrophe alone: `Fleiss' κ`.)
  return (gap === 3 && text.charCodeAt(at + 1) === 115 && joins(text, at + 2)) || (gap === 2 && text.charCodeAt(at - 1) === 115 && joins(text, at + 1))
}

// A bit per hash of every key (2^18 bits, 32 KB): a key whose bit is clear
// is not in the set, which is known without building its string.
const filterBits = 18

function bitOf(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b)
  mixed ^= mixed >>> 16
  return mixed & ((1 << filterBits) - 1)
}

function addBit(filter: Uint32Array, hash: number): void {
  const bit = bitOf(hash)
  filter[bit >>> 5]! |= 1 << (bit & 31)
}

function hasBit(filter: Uint32Array, hash: number): boolean {
  const bit = bitOf(hash)
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0
}

function wordText(words: Words, index: number): string {
  return words.text.slice(words.starts[index], words.ends[index])
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
  const fold = foldPlural ? foldWord : (word: string) => word.toLowerCase()
  const exactOnly = new Set(options.exactOnly ?? [])
  const targets = new Map<string, Target>()
  // Every key that starts a spelling, so a scan stops as soon as none can match.
  const prefixes = new Set<string>()
  // Bits of the hashes of `prefixes` and of the keys of `targets`.
  const prefixBits = new Uint32Array((1 << filterBits) / 32)
  const targetBits = new Uint32Array((1 << filterBits) / 32)
  let longest = 1

  for (const entry of entries) {
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const words = readWords(spelling)
      if (words.count === 0) continue
      longest = Math.max(longest, words.count)
      const texts: string[] = []
      const folded: string[] = []
      for (let index = 0; index < words.count; index++) {
        texts.push(wordText(words, index))
        folded.push(fold(texts[index]!))
      }
      const key = folded.join('')
      let prefix = ''
      for (const word of folded) {
        prefix += word
        prefixes.add(prefix)
        addBit(prefixBits, hashText(prefix))
      }
      addBit(targetBits, hashText(key))
      const exact = texts.join('')
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

  // The target of the longest name that starts at word `index`, and in
  // `matched` the number of its words. Keys are followed by their hashes;
  // strings are built only where a target's bit is set, and then every
  // shorter key is checked as a prefix too, as if it had been built all along.
  let matched = 0
  function matchAt(words: Words, index: number): Target | undefined {
    const {text, starts, ends} = words
    const hashes = foldPlural ? words.foldHashes : words.hashes
    const powers = foldPlural ? words.foldPowers : words.powers
    matched = 0
    let best: Target | undefined
    let key = ''
    let built = 0
    let hash = 0
    for (let size = 1; size <= longest && index + size <= words.count; size++) {
      const last = index + size - 1
      if (size > 1) {
        const gap = starts[last]! - ends[last - 1]!
        if ((gap > 1 ? !isBlankRun(text, ends[last - 1]!, gap) : gap === 1 && !joins(text, ends[last - 1]!)) && !isPossessiveGap(text, ends[last - 1]!, gap)) break
      }
      hash = (Math.imul(hash, powers[last]!) + hashes[last]!) | 0
      if (!hasBit(prefixBits, hash)) break
      if (!hasBit(targetBits, hash)) continue
      for (; built < size; built++) {
        key += fold(wordText(words, index + built))
        if (!prefixes.has(key)) return best
      }
      const target = targets.get(key)
      if (!target) continue
      let exact = ''
      for (let at = index; at <= last; at++) exact += wordText(words, at)
      const raw = text.slice(starts[index], ends[last])
      if (target.exact.has(exact) || (!target.strict && (target.anyCase || looksLikeName(raw)))) {
        best = target
        matched = size
      }
    }
    return best
  }

  return function (text, offset = 0) {
    const words = readWords(text)
    const hashes = foldPlural ? words.foldHashes : words.hashes
    const found: Mention[] = []
    let index = 0
    while (index < words.count) {
      // Most words start no name: one bit, no string.
      if (!hasBit(prefixBits, hashes[index]!)) {
        index++
        continue
      }
      const best = matchAt(words, index)
      if (best) {
        found.push({name: best.name, start: words.starts[index]! + offset, end: words.ends[index + matched - 1]! + offset})
        index += matched
      } else index++
    }
    return found
  }
}
