import type {Mention} from './types.js'

// A capitalised word glued to a measure by a hyphen names a variant of it
// (`DNS-MOS`, `Context-FID`, `DINO-F1`, `AT-F1`); these prefixes only narrow
// the measure the registry already names.
const prefix = /(?:^|[\s(/])(\p{Lu}[\p{L}\p{N}]{0,11})-$/u
const letterBefore = /(?:^|[\s(])(\p{Lu})\s$/u
const acronymBefore = /(?:^|[\s(])(\p{Lu}[\p{Lu}\p{N}]{1,7})\s$/u
const titleCase = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+$/u
const titleWordBefore = /(?:^|[\s(])(\p{Lu}\p{Ll}{2,15})\s$/u
// Capitalised words that open a sentence or a phrase, not a measure's name.
const openingWord = /^(?:The|Our|This|These|Those|Its|Their|And|For|With|From|Into|Over|Under|Higher|Lower|Better|Worse|Strong|Weak|High|Low)$/u
const narrowing = /^(?:Top|Macro|Micro|Mean|Avg|Average|Zero|Few|One|Multi|Single|Cross|Exact|Weighted|Balanced|Pass|Test|Val|Dev|Human|Max|Min|Overall|Per|Non|Self|Semi|Sub|Total|Final|Best|Peak|Global|Local)$/u

/**
 * A registry measure with the capitalised word glued before it by a hyphen
 * (`Context-FID` rather than `FID`), unless that word only narrows it
 * (`Macro-F1`, `Top-1`) or is a name read already (`names`: models and
 * benchmarks); a bare `score` with the letter or unknown acronym before it
 * (`J score`, `F1HE score`; not one of the sentence's `measures`: `AUC
 * score`). `text` is the sentence, starting at `offset`.
 *
 * @example
 * joinMetricPrefix({name: 'FID', start: 8, end: 11}, 'reduces Context-FID', 0, [])
 * // {name: 'Context-FID', start: 8, end: 19} (offsets as in the text)
 */
export function joinMetricPrefix(mention: Mention, text: string, offset: number, names: readonly Mention[], measures: readonly Mention[] = []): Mention {
  const window = text.slice(Math.max(0, mention.start - offset - 14), mention.start - offset)
  // (A bare `score` takes a letter written before it: `a J score of 0.8250`;
  // or an acronym no registry knows, `its F1HE score`, `a CRAAP score`, not
  // a measure's own, `AUC score`.)
  const acronym = mention.name === 'score' ? (letterBefore.exec(window) ?? acronymBefore.exec(window)) : null
  // (A measure written in title case takes the title-case word before it:
  // `Task Success Rate`, `Strict Success Rate`.)
  const titled = titleCase.test(text.slice(mention.start - offset, mention.end - offset)) ? titleWordBefore.exec(window) : null
  const before = prefix.exec(window) ?? acronym ?? (titled && !openingWord.test(titled[1]!) ? titled : null)
  const word = before?.[1]
  if (word === undefined || narrowing.test(word)) return mention
  const start = mention.start - word.length - 1
  if (names.some((name) => name.start < mention.start && start < name.end)) return mention
  if (before === acronym && measures.some((measure) => measure.start < mention.start && start < measure.end)) return mention
  return {name: text.slice(start - offset, mention.end - offset), start, end: mention.end}
}
