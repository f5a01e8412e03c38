// The matchers as they were before the speed work (straightforward: a
// string and an object per word, every family tried at every word start),
// kept to check the fast ones against on generated text.
import type {Mention} from '../src/extract/types.js'
import type {ModelFinder} from '../src/registry/create-model-finder.js'
import type {NamedEntry, NameMatcher, NameMatcherOptions} from '../src/registry/create-name-matcher.js'

function isLetterOrDigit(code: number): boolean {
  return /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(code))
}

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
const joiner = /^[\s_/-]$/u

// `@ + . & ' ’ ^` continue a word once a letter or digit started it.
function isWordSymbol(code: number): boolean {
  return code === 64 || code === 43 || code === 46 || code === 38 || code === 39 || code === 0x2019 || code === 94
}

function readWords(text: string): Word[] {
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
  return words
}

// A plural's `s` goes; the capital `S` that ends an acronym (`CTRS`) stays.
function foldWord(word: {text: string; lower: string}, foldPlural: boolean): string {
  const {text, lower} = word
  const acronymEnd = /[A-Z]S$/u.test(text)
  return foldPlural && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !acronymEnd ? lower.slice(0, -1) : lower
}

function looksLikeName(raw: string): boolean {
  let count = 0
  for (const char of raw) {
    if ((char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9')) count++
    if (count >= 2) return true
  }
  return false
}

export function referenceNameMatcher(entries: readonly NamedEntry[], options: NameMatcherOptions): NameMatcher {
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
      const folded = words.map((word) => foldWord(word, foldPlural))
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
          const possessive =
            (gap === 3 && /^['’]s$/u.test(text.slice(gapStart, gapStart + 2)) && joiner.test(text[gapStart + 2]!)) ||
            (gap === 2 && text[gapStart - 1] === 's' && /^['’]$/u.test(text[gapStart]!) && joiner.test(text[gapStart + 1]!))
          // (Two or three spaces, the blanks LaTeX leaves, join words too.)
          const blanks = gap > 1 && gap <= 3 && /^ +$/u.test(text.slice(gapStart, word.start))
          if ((gap > 1 ? !blanks : gap === 1 && !joiner.test(text[gapStart]!)) && !possessive) break
        }
        key += foldWord(word, foldPlural)
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

// A size or version word that may follow a family name after a space:
// `Llama 3.2 3B`, `PaLM 540B`, `Qwen2.5-7B Instruct` (suffix words come from data).
const versionWord = /^(?:v?\d{1,4}(?:\.\d{1,3})?[a-z]?[BMK]?|[A-Z]\d{1,2}(?:\.\d{1,2})?|[A-Za-z]{1,12}-\d{1,4}(?:\.\d{1,2})?[a-z]?)$/u

// A name that ends in a parameter count, whatever its family: `ToRA-7B`,
// `Arctic-SnowCoder-1.3B`, `InternVL2-8B` (and a mixture of experts' active
// count after it: `LFM2.5-8B-A1B`).
const sizedName = /(?<![\p{L}\p{N}-])[A-Z][\p{L}\p{N}.]{0,30}(?:-[\p{L}\p{N}.]{1,30}){0,5}-\d{1,4}(?:\.\d{1,2})?[BM](?:-A\d{1,3}(?:\.\d{1,2})?B)?(?![\p{L}\p{N}])/gu

// Characters that continue a model name once a family has started it.
const nameChar = /[\p{L}\p{N}._-]/u

export function referenceModelFinder(families: readonly string[], suffixes: readonly string[]): ModelFinder {
  const suffixSet = new Set(suffixes.map((word) => word.toLowerCase()))
  const familyOf = new Map(families.map((family) => [family.toLowerCase(), family]))
  // Families by their first two letters, longest first: a word start is
  // checked against a handful of candidates instead of one huge alternation.
  const byPrefix = new Map<string, string[]>()
  for (const family of [...families].sort((a, b) => b.length - a.length)) {
    const key = family.slice(0, 2).toLowerCase()
    const list = byPrefix.get(key) ?? []
    list.push(family.toLowerCase())
    byPrefix.set(key, list)
  }
  // First characters of the keys: most word starts are rejected without
  // building a two-letter key.
  const firstChars = new Set([...byPrefix.keys()].map((key) => key[0]!))
  // Word starts (a letter or digit after none, by code point), scanned by hand.
  function* familyMatches(text: string): Generator<{index: number; text: string}> {
    const lower = text.toLowerCase()
    let afterLetter = false
    let at = 0
    while (at < text.length) {
      const code = text.codePointAt(at)!
      const index = at
      at += code > 0xffff ? 2 : 1
      const letter = isLetterOrDigit(code)
      const start = letter && !afterLetter
      afterLetter = letter
      if (!start || !firstChars.has(lower[index]!)) continue
      const candidates = byPrefix.get(lower.slice(index, index + 2))
      if (!candidates) continue
      const family = candidates.find((candidate) => lower.startsWith(candidate, index))
      if (family) yield {index, text: text.slice(index, index + family.length)}
    }
  }

  return function (text, offset = 0) {
    const found: Mention[] = []
    {
      for (const hit of familyMatches(text)) {
        const match = [hit.text] as const
        let start = hit.index
        if (found.length > 0 && found.at(-1)!.end - offset > start) continue
        // `Yi` is not the start of `yield`: the first letter keeps its case and
        // a lower-case letter cannot follow the family.
        const family = familyOf.get(match[0].toLowerCase()) ?? match[0]
        const initial = match[0][0]!
        // (Unless a version follows at once: `phi-3-mini` is a name in lower case.)
        if (family[0] !== initial && family[0] === family[0]!.toUpperCase() && initial !== initial.toUpperCase() && !/^\p{L}+-?\d/u.test(text.slice(start, start + match[0].length + 2))) continue
        if (/\p{Ll}/u.test(text[start + match[0].length] ?? '')) continue
        let end = start + match[0].length
        // `ViT-B/16`: a slash followed by a digit stays in the name.
        while (end < text.length && (nameChar.test(text[end]!) || (text[end] === '/' && /\d/u.test(text[end + 1] ?? '')))) end++
        while (end > start && /[._-]/u.test(text[end - 1]!)) end--
        const glued = text.slice(start + match[0].length, end)
        if (/^\p{Lu}/u.test(glued) && !/[\d._-]/u.test(glued)) continue
        if (/(?:bench|eval|arena)$/iu.test(text.slice(start, end))) continue
        // A capitalised prefix joined by a hyphen (`G-LLaVA`) is part of the name.
        const lead = text[start - 1] === '-' ? /(?<![\p{L}\p{N}._-])[\p{Lu}\p{N}][\p{L}\p{N}]{0,11}-$/u.exec(text.slice(Math.max(0, start - 14), start)) : null
        if (lead) start -= lead[0].length
        let name = text.slice(start, end)
        let shaped = /\d/u.test(name) || name.length > match[0].length + (lead?.[0].length ?? 0)
        // Space-separated size, version or suffix words.
        for (let extra = 0; extra < 3; extra++) {
          const rest = /^ ([\p{L}\p{N}._-]{1,20})/u.exec(text.slice(end, end + 22))
          if (!rest) break
          let word = rest[1]!
          while (/[._-]$/u.test(word)) word = word.slice(0, -1)
          if (!versionWord.test(word) && !suffixSet.has(word.toLowerCase())) break
          // (`GPT-4o-mini plus 6.91 F1`: a lower-case word before a number is no suffix.)
          if (/^\p{Ll}+$/u.test(word) && !versionWord.test(word) && /^ [+\-−]?\d/u.test(text.slice(end + 1 + word.length, end + 4 + word.length))) break
          // A number with a unit after it is a score (`Claude 3 Haiku 40.2%`).
          if (/^\s?(?:%|pp\b|points?\b)/u.test(text.slice(end + 1 + word.length, end + 8 + word.length))) break
          // A bare number after a name that has its version, or with two decimals, is a score (`vs. GPT-4o 83.84`).
          if (/^\d+(?:\.\d+)?$/u.test(word) && (/\d/u.test(name) || /\.\d{2}/u.test(word))) break
          if (!versionWord.test(word) && !shaped && extra === 0 && !/\d/u.test(word)) {
            // `Claude Opus` needs the version that follows to count.
            if (!/^ [\p{L}]+[ -]\d/u.test(text.slice(end, end + 24))) break
          }
          end += 1 + word.length
          shaped = true
          name = text.slice(start, end)
        }
        if (!shaped && match[0] !== family) continue
        found.push({name, start: start + offset, end: end + offset})
      }
    }
    for (const match of text.matchAll(sizedName)) {
      const start = match.index + offset
      const end = start + match[0].length
      if (found.some((mention) => mention.start < end && start < mention.end)) continue
      found.push({name: match[0], start, end})
    }
    return found.sort((a, b) => a.start - b.start)
  }
}
