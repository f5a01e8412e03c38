import {isLetterOrDigit} from './is-letter-or-digit.js'

/**
 * The words of a text as parallel arrays: no object and no string per word.
 * Each word has a hash of its lower-case spelling, and of that spelling with
 * a plural `s` folded (see `foldWord`), so that a matcher can reject a word
 * without building a string (see `hashText`).
 */
export interface Words {
  text: string
  count: number
  starts: Int32Array
  ends: Int32Array
  /** `hashText` of each word in lower case, and the base to the power of its length. */
  hashes: Int32Array
  powers: Int32Array
  /** The same for the word with its plural folded. */
  foldHashes: Int32Array
  foldPowers: Int32Array
  /**
   * Where a letter or digit follows none (by code point), inside words too
   * (`pass@1` has two): where the model finder tries its families.
   */
  runCount: number
  runStarts: Int32Array
  /** Whether the whole text is ASCII. */
  ascii: boolean
}

// Words are letters/digits with the few symbols names use (`pass@1`, `ScanNet++`,
// `2.0`, `pass^1`); hyphens, spaces and slashes separate words. Scanned by hand: a
// regex match object per word cost more than the matching.
// ASCII classes: 1 starts or continues a word (letter, digit), 2 only
// continues one (`@ + . & ' ^`), 0 ends it.
const asciiClass = new Uint8Array(128)
for (let code = 0; code < 128; code++) asciiClass[code] = isLetterOrDigit(code) ? 1 : 0
for (const symbol of "@+.&'^") asciiClass[symbol.charCodeAt(0)] = 2
// 32 for the ASCII capitals, 0 for the rest: `code | asciiCase[code]` lowers.
const asciiCase = new Uint8Array(128).fill(32, 65, 91)

// Polynomial hash modulo 2^32: the hash of two strings joined is
// `hash(a) * power(b) + hash(b)`, so a key of several words is hashed from
// the hashes of its words.
const base = 0x01000193

/**
 * The hash of a string, by UTF-16 code unit (the hash `Words` holds for a
 * word equals `hashText` of its lower-case spelling).
 *
 * @example
 * hashText('ab') === Math.imul(hashText('a'), 0x01000193) + 98 // true
 */
export function hashText(text: string): number {
  let hash = 0
  for (let at = 0; at < text.length; at++) hash = (Math.imul(hash, base) + text.charCodeAt(at)) | 0
  return hash
}

// The base to the power of every length up to 64, so that a scan need not
// carry the power along.
const powers = new Int32Array(65)
powers[0] = 1
for (let length = 1; length < powers.length; length++) powers[length] = Math.imul(powers[length - 1]!, base)

function powerOf(length: number): number {
  if (length < powers.length) return powers[length]!
  let power = powers[powers.length - 1]!
  for (let step = powers.length - 1; step < length; step++) power = Math.imul(power, base)
  return power
}

/**
 * A word in lower case with a plural `s` folded (`rates` → `rate`, `CTRs`
 * → `ctr`, not `loss`), and not the `S` that ends an acronym (`CTRS`, the
 * Cognitive Therapy Rating Scale, is no plural of CTR).
 *
 * @example
 * foldWord('rates') // 'rate'
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !capitalEnd(word.charCodeAt(word.length - 1), word.charCodeAt(word.length - 2)) ? lower.slice(0, -1) : lower
}

// An `S` after another capital ends an acronym (`LPIPS`), not a plural.
function capitalEnd(last: number, before: number): boolean {
  return last === 83 && before >= 65 && before <= 90
}

function createWords(capacity: number): Words {
  return {
    text: '',
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    hashes: new Int32Array(capacity),
    powers: new Int32Array(capacity),
    foldHashes: new Int32Array(capacity),
    foldPowers: new Int32Array(capacity),
    runCount: 0,
    runStarts: new Int32Array(capacity),
    ascii: true
  }
}

function grow(words: Words): Words {
  const larger = createWords(words.starts.length * 2)
  for (const field of ['starts', 'ends', 'hashes', 'powers', 'foldHashes', 'foldPowers', 'runStarts'] as const) larger[field].set(words[field])
  larger.text = words.text
  larger.count = words.count
  larger.runCount = words.runCount
  larger.ascii = words.ascii
  return larger
}

// The model, benchmark and metric matchers read the same sentence one after
// the other: the words of the last text are kept, in arrays reused for the next.
let last = createWords(64)
let lastText: string | undefined

// One past the last character of a word that starts at `start`: sentence
// periods and possessives at its end are not part of a name.
function trimEnd(text: string, start: number, end: number): number {
  const code = text.charCodeAt(end - 1)
  if (code === 39 || code === 0x2019) return end - 1
  if (code === 115 && end - 2 > start) {
    const before = text.charCodeAt(end - 2)
    return before === 39 || before === 0x2019 ? end - 2 : end
  }
  if (code !== 46) return end
  while (end > start && text.charCodeAt(end - 1) === 46) end--
  return end
}

// Hash the word at `index` from its lower-case string: for words of other
// scripts (`toLowerCase` may change their length) and trimmed words.
function hashWord(words: Words, index: number): void {
  const word = words.text.slice(words.starts[index], words.ends[index])
  const lower = word.toLowerCase()
  const folded = foldWord(word)
  words.hashes[index] = hashText(lower)
  words.powers[index] = powerOf(lower.length)
  words.foldHashes[index] = hashText(folded)
  words.foldPowers[index] = powerOf(folded.length)
}

/**
 * Split a text into words: runs of letters and digits of any script, with
 * `@ + . & ' ’ ^` inside them (`pass@1`, `ScanNet++`, `2.0`, `pass^1`), less trailing
 * periods and possessives. The result is shared and overwritten by the next
 * call with another text: read it before calling again.
 *
 * @example
 * const words = readWords('On MATH-500, pass@1 rose.')
 * words.count // 5: `On`, `MATH`, `500`, `pass@1`, `rose`
 */
export function readWords(text: string): Words {
  if (text === lastText) return last
  let words = last
  words.text = text
  words.count = 0
  words.runCount = 0
  words.ascii = true
  lastText = undefined
  const length = text.length
  let at = 0
  while (at < length) {
    let code = text.charCodeAt(at)
    let ascii = code < 128
    if (ascii) {
      at++
      if (asciiClass[code] !== 1) continue
    } else {
      words.ascii = false
      code = text.codePointAt(at)!
      at += code > 0xffff ? 2 : 1
      if (!isLetterOrDigit(code)) continue
    }
    const start = at - (code > 0xffff ? 2 : 1)
    if (words.runCount === words.runStarts.length) words = grow(words)
    words.runStarts[words.runCount++] = start
    let afterSymbol = false
    // The hash of an ASCII word is read on the way (one pass, no string),
    // with the hash before its last letter for a folded plural.
    if (code >= 65 && code <= 90) code += 32
    let hash = code
    let previousHash = 0
    while (at < length) {
      const next = text.charCodeAt(at)
      if (next < 128) {
        const kind = asciiClass[next]
        if (kind === 0) break
        if (kind === 1 && afterSymbol) {
          if (words.runCount === words.runStarts.length) words = grow(words)
          words.runStarts[words.runCount++] = at
        }
        afterSymbol = kind === 2
        at++
        previousHash = hash
        hash = (Math.imul(hash, base) + (next | asciiCase[next]!)) | 0
        continue
      }
      const point = text.codePointAt(at)!
      const letter = point !== 0x2019 && isLetterOrDigit(point)
      if (!letter && point !== 0x2019) break
      if (letter && afterSymbol) {
        if (words.runCount === words.runStarts.length) words = grow(words)
        words.runStarts[words.runCount++] = at
      }
      afterSymbol = !letter
      ascii = false
      words.ascii = false
      at += point > 0xffff ? 2 : 1
    }
    const end = trimEnd(text, start, at)
    if (end === start) continue
    if (words.count === words.starts.length) words = grow(words)
    const index = words.count++
    words.starts[index] = start
    words.ends[index] = end
    if (!ascii || end !== at) {
      hashWord(words, index)
      continue
    }
    const size = end - start
    words.hashes[index] = hash
    words.powers[index] = powerOf(size)
    // (`| 32` lowers `S`, and leaves every other code that is not `s` unequal to it.)
    const fold = size > 3 && (text.charCodeAt(end - 1) | 32) === 115 && (text.charCodeAt(end - 2) | 32) !== 115 && !capitalEnd(text.charCodeAt(end - 1), text.charCodeAt(end - 2))
    words.foldHashes[index] = fold ? previousHash : hash
    words.foldPowers[index] = fold ? powerOf(size - 1) : words.powers[index]!
  }
  last = words
  lastText = text
  return words
}
