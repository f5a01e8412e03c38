import type {Mention} from '../extract/types.js'
import {readWords} from './read-words.js'

/** Finds model names in a text by their shape. */
export type ModelFinder = (text: string, offset?: number) => Mention[]

// A size or version word that may follow a family name after a space:
// `Llama 3.2 3B`, `PaLM 540B`, `Qwen2.5-7B Instruct` (suffix words come from data).
// (`DeepSeek R1`, `DeepSeek V3.2`, `Kimi K2`: a capital and a short version too.)
// (`Mixtral 8x7B`: a mixture of experts' size is one too.)
const versionWord = /^(?:v?\d{1,4}(?:\.\d{1,3})?[a-z]?[BMK]?|\d{1,2}x\d{1,3}(?:\.\d{1,2})?[BM]|[A-Z]\d{1,2}(?:\.\d{1,2})?|[A-Za-z]{1,12}-\d{1,4}(?:\.\d{1,2})?[a-z]?)$/u

// A name that ends in a parameter count, whatever its family: `ToRA-7B`,
// `Arctic-SnowCoder-1.3B`, `InternVL2-8B` (and a mixture of experts' active
// count after it: `LFM2.5-8B-A1B`).
const sizedName = /(?<![\p{L}\p{N}-])[A-Z][\p{L}\p{N}.]{0,30}(?:-[\p{L}\p{N}.]{1,30}){0,5}-\d{1,4}(?:\.\d{1,2})?[BM](?:-A\d{1,3}(?:\.\d{1,2})?B)?(?![\p{L}\p{N}])/gu

// 32 for the ASCII capitals, 0 for the rest: `code | asciiCase[code]` lowers.
const asciiCase = new Uint8Array(128).fill(32, 65, 91)

interface TrieNode {
  /** The next character codes, and the node each leads to. */
  codes: number[]
  children: TrieNode[]
  /** Whether a family ends here. */
  terminal: boolean
}

// Characters that continue a model name once a family has started it.
const nameChar = /[\p{L}\p{N}._-]/u

// Whether the letters at `index` are followed at once by a version (`phi-3`,
// `llama2`, `qwen2.5`): a name written in lower case, which a family written
// with a capital still matches (see below; this is its cheap pre-test).
function versionFollows(text: string, index: number): boolean {
  let at = index
  while (at < text.length && ((text.charCodeAt(at) | 32) >= 97 && (text.charCodeAt(at) | 32) <= 122)) at++
  if (text[at] === '-') at++
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

/**
 * A `ModelFinder` for these families (`Qwen`, `Llama`) and the words that may
 * follow a name (`Instruct`, `Base`): names are found by shape, a family
 * followed by versions, sizes and suffixes (`Qwen2.5-Math-7B-Instruct`).
 *
 * @example
 * const find = createModelFinder(['Qwen', 'Llama'], ['Instruct'])
 * find('We tune Qwen2.5-7B Instruct.').map((mention) => mention.name) // ['Qwen2.5-7B Instruct']
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
  // First characters of the keys: in text that is not ASCII, most word starts
  // are rejected without building a two-letter key.
  const firstChars = new Set([...byPrefix.keys()].map((key) => key[0]!))
  // The families of the ASCII two-letter keys in a trie by character code,
  // its first two levels one array: the longest family at a word start is
  // found in one walk that mostly stops after two or three letters, instead
  // of a `startsWith` per family of the key (40% of the finder's time).
  // (Filled to its length first: a sparse array would be a dictionary.)
  const pairs = new Array<TrieNode | undefined>(128 * 128).fill(undefined)
  // Per pair, in 16 KB that stay in cache: 0 no family, 1 families, 2 one of
  // which may start a word with a lower-case letter (see below).
  const pairKinds = new Uint8Array(128 * 128)
  for (const [key, list] of byPrefix) {
    if (!/^[\0-\x7f]{2}$/u.test(key)) continue
    const pair = key.charCodeAt(0) * 128 + key.charCodeAt(1)
    for (const family of list) {
      let node = (pairs[pair] ??= {codes: [], children: [], terminal: false})
      for (let at = 2; at < family.length; at++) {
        const code = family.charCodeAt(at)
        let child = node.children[node.codes.indexOf(code)]
        if (!child) {
          child = {codes: [], children: [], terminal: false}
          node.codes.push(code)
          node.children.push(child)
        }
        node = child
      }
      node.terminal = true
      // `Yi` is not the start of `yield` (see below): a family that takes a
      // lower-case initial keeps the key's walks for lower-case words.
      const written = familyOf.get(family)!
      pairKinds[pair] = written[0] === key[0] || written[0] !== written[0]!.toUpperCase() ? 2 : Math.max(pairKinds[pair]!, 1)
    }
  }
  // The length of the longest family of the trie at `index` of an ASCII
  // text (lower-cased on the way), or of the lower-case copy of any text.
  function longestFamily(text: string, index: number, lower: boolean): number {
    const first = text.charCodeAt(index)
    const second = text.charCodeAt(index + 1)
    let node = pairs[(lower ? first : first | asciiCase[first]!) * 128 + (lower ? second : second | asciiCase[second]!)]
    let longest = node?.terminal ? 2 : 0
    for (let at = index + 2; node && at < text.length; at++) {
      const code = text.charCodeAt(at)
      const child = node.codes.indexOf(lower || code >= 128 ? code : code | asciiCase[code]!)
      if (child < 0) break
      node = node.children[child]!
      if (node.terminal) longest = at - index + 1
    }
    return longest
  }
  // Where a family starts a word (a letter or digit after none, by code
  // point, as `readWords` lists them), as the index of each start and the
  // family's length there.
  function familyMatches(text: string): number[] {
    const words = readWords(text)
    const hits: number[] = []
    // Families are matched in lower case: an ASCII text is lowered letter by
    // letter, any other on a copy (`toLowerCase` may move its offsets).
    let lower = words.ascii ? undefined : text.toLowerCase()
    for (let run = 0; run < words.runCount; run++) {
      const index = words.runStarts[run]!
      if (lower === undefined && index + 1 < text.length) {
        // Most words are lower case, most families not: a hit would be
        // dropped below, so the walk is skipped (half the finder's time).
        const first = text.charCodeAt(index)
        const second = text.charCodeAt(index + 1)
        const kind = pairKinds[(first | asciiCase[first]!) * 128 + (second | asciiCase[second]!)]
        if (kind === 0 || (kind === 1 && first >= 97 && first <= 122 && !versionFollows(text, index))) continue
        const length = longestFamily(text, index, false)
        if (length > 0) hits.push(index, length)
        continue
      }
      const lowered = (lower ??= text.toLowerCase())
      if (lowered.charCodeAt(index) < 128 && lowered.charCodeAt(index + 1) < 128) {
        const length = longestFamily(lowered, index, true)
        if (length > 0) hits.push(index, length)
        continue
      }
      if (!firstChars.has(lowered[index]!)) continue
      const family = byPrefix.get(lowered.slice(index, index + 2))?.find((candidate) => lowered.startsWith(candidate, index))
      if (family) hits.push(index, family.length)
    }
    return hits
  }

  return function (text, offset = 0) {
    const found: Mention[] = []
    const hits = familyMatches(text)
    for (let hit = 0; hit < hits.length; hit += 2) {
      {
        let start = hits[hit]!
        const match = [text.slice(start, start + hits[hit + 1]!)] as const
        if (found.length > 0 && found.at(-1)!.end - offset > start) continue
        // `Yi` is not the start of `yield`: the first letter keeps its case and
        // a lower-case letter cannot follow the family.
        const family = familyOf.get(match[0].toLowerCase()) ?? match[0]
        const initial = match[0][0]!
        // (Unless a version follows at once: `phi-3-mini`, `llama-2-7b` are
        // names written in lower case.)
        if (family[0] !== initial && family[0] === family[0]!.toUpperCase() && initial !== initial.toUpperCase() && !/^\p{L}+-?\d/u.test(text.slice(start, start + match[0].length + 2))) continue
        if (/\p{Ll}/u.test(text[start + match[0].length] ?? '')) continue
        let end = start + match[0].length
        // `ViT-B/16`: a slash followed by a digit stays in the name.
        while (end < text.length && (nameChar.test(text[end]!) || (text[end] === '/' && /\d/u.test(text[end + 1] ?? '')))) end++
        while (end > start && /[._-]/u.test(text[end - 1]!)) end--
        // `USMLE`, `GPTQ`, `BERTScore`: capitals glued to a family, with no
        // digit or joint, spell another word.
        const glued = text.slice(start + match[0].length, end)
        if (/^\p{Lu}/u.test(glued) && !/[\d._-]/u.test(glued)) continue
        // `MMSI-Bench`, `VL-RewardBench`-like names are benchmarks, whatever family starts them.
        if (/(?:bench|eval|arena)$/iu.test(text.slice(start, end))) continue
        // `G-LLaVA 7B`: a capitalised prefix joined by a hyphen makes another
        // model, named whole.
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
          // (`Claude Opus-4`: a suffix word with its version glued on.)
          const suffix = suffixSet.has(word.toLowerCase()) || suffixSet.has(word.toLowerCase().replace(/-\d[\d.]*$/u, ''))
          if (!versionWord.test(word) && !suffix) break
          // (`GPT-4o-mini plus 6.91 F1`: a lower-case word before a number is no suffix.)
          if (/^\p{Ll}+$/u.test(word) && !versionWord.test(word) && /^ [+\-−]?\d/u.test(text.slice(end + 1 + word.length, end + 4 + word.length))) break
          // (`Claude 3 Haiku 40.2%`: a number with a unit is a score, not a version.)
          if (/^\s?(?:%|pp\b|points?\b)/u.test(text.slice(end + 1 + word.length, end + 8 + word.length))) break
          // (`vs. GPT-4o 83.84`: a bare number after a name that has its version,
          // or with two decimals, is a score.)
          if (/^\d+(?:\.\d+)?$/u.test(word) && (/\d/u.test(name) || /\.\d{2}/u.test(word))) break
          // (`its Qwen3-8B base model`: a lowercase word before `model` describes it.)
          if (/^\p{Ll}+$/u.test(word) && /^ (?:models?|variants?|versions?|checkpoints?)\b/u.test(text.slice(end + 1 + word.length, end + 14 + word.length))) break
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
    // Every sized name has a digit right before its `B` or `M`: most
    // sentences have none, and skip the scan.
    const sized = /\d[BM]/u.test(text) ? text.matchAll(sizedName) : []
    for (const match of sized) {
      const start = match.index + offset
      const end = start + match[0].length
      if (found.some((mention) => mention.start < end && start < mention.end)) continue
      found.push({name: match[0], start, end})
    }
    return found.sort((a, b) => a.start - b.start)
  }
}
