import type {Mention} from '../extract/types.js'
import {isLetterOrDigit} from './is-letter-or-digit.js'

/** Finds model names in a text by their shape. */
export type ModelFinder = (text: string, offset?: number) => Mention[]

// A size or version word that may follow a family name after a space:
// `Llama 3.2 3B`, `PaLM 540B`, `Qwen2.5-7B Instruct` (suffix words come from data).
const versionWord = /^(?:v?\d{1,4}(?:\.\d{1,3})?[a-z]?[BMK]?|[A-Za-z]{1,12}-\d{1,4}(?:\.\d{1,2})?[a-z]?)$/u

// A name that ends in a parameter count, whatever its family: `ToRA-7B`,
// `Arctic-SnowCoder-1.3B`, `InternVL2-8B`.
const sizedName = /(?<![\p{L}\p{N}-])[A-Z][\p{L}\p{N}.]{0,30}(?:-[\p{L}\p{N}.]{1,30}){0,5}-\d{1,4}(?:\.\d{1,2})?[BM](?![\p{L}\p{N}])/gu

// Characters that continue a model name once a family has started it.
const nameChar = /[\p{L}\p{N}._-]/u

/**
 * Build a model-name finder from family names (`Qwen`, `Llama`, `GPT`) and
 * checkpoint suffix words (`Instruct`, `Base`). A family starts a name; the
 * name runs on through versions, sizes and hyphenated parts (`Qwen2.5-Math-7B
 * Base`). A bare family word (`Llama models`) is not a checkpoint and is skipped.
 *
 * @example
 * const find = createModelFinder(['Qwen'], ['Instruct'])
 * find('Qwen2.5-7B Instruct wins.') // [{name: 'Qwen2.5-7B Instruct', start: 0, end: 19}]
 */
export function createModelFinder(families: readonly string[], suffixes: readonly string[]): ModelFinder {
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
        const start = hit.index
        if (found.length > 0 && found.at(-1)!.end - offset > start) continue
        // `Yi` is not the start of `yield`: the first letter keeps its case and
        // a lower-case letter cannot follow the family.
        const family = familyOf.get(match[0].toLowerCase()) ?? match[0]
        const initial = match[0][0]!
        if (family[0] !== initial && family[0] === family[0]!.toUpperCase() && initial !== initial.toUpperCase()) continue
        if (/\p{Ll}/u.test(text[start + match[0].length] ?? '')) continue
        let end = start + match[0].length
        // `ViT-B/16`: a slash followed by a digit stays in the name.
        while (end < text.length && (nameChar.test(text[end]!) || (text[end] === '/' && /\d/u.test(text[end + 1] ?? '')))) end++
        while (end > start && /[._-]/u.test(text[end - 1]!)) end--
        let name = text.slice(start, end)
        let shaped = /\d/u.test(name) || name.length > match[0].length
        // Space-separated size, version or suffix words.
        for (let extra = 0; extra < 3; extra++) {
          const rest = /^ ([\p{L}\p{N}._-]{1,20})/u.exec(text.slice(end, end + 22))
          if (!rest) break
          let word = rest[1]!
          while (/[._-]$/u.test(word)) word = word.slice(0, -1)
          if (!versionWord.test(word) && !suffixSet.has(word.toLowerCase())) break
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
