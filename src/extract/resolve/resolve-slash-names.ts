import type {Registry} from '../../registry/create-registry.js'
import {nameAtCutoff} from '../../registry/name-at-cutoff.js'
import {nameOfWhole} from '../../registry/name-of-whole.js'
import type {Draft} from '../types.js'

// Words joined by slashes (`EM/F1`, `ROUGE-1/-2/-L`, `v1.1/v2.0`), and the
// word before (`SQuAD`) and after (`AP` of `box/mask AP`) that items may share.
// (Spaces may set the slashes off: `HumanEval / MBPP / SWE-Bench-Lite`.)
const slashGroup = /(?<![\p{L}\p{N}@.+/-])[\p{L}\p{N}@.+-]{1,30}(?: ?\/ ?[\p{L}\p{N}@.+-]{1,30}){1,5}(?![\p{L}\p{N}@/]|\.[\p{L}\p{N}]| \/)/gu
const wordBefore = /([\p{L}][\p{L}\p{N}.+-]{0,30}) $/u
const wordAfter = /^ ([\p{L}][\p{L}\p{N}@-]{0,30})/u

/**
 * The measure and data set of an item of a slash list of scores, by its place
 * (`65.9/57.0/61.0 ROUGE-1/-2/-L`: the second is ROUGE-2; `on SQuAD v1.1/v2.0
 * … 90.0/79.2`: the second is on SQuAD v2.0). A list of names counts only
 * when it has as many items as the scores and the registry knows every one
 * (`CNN/DailyMail` is one data set, not two); items may share a stem
 * (`ROUGE-1/-2/-L`, `R@1/5/10`), a name before (`SQuAD v1.1/v2.0`) or a word
 * after (`box/mask AP`). Fills `metric` and `benchmark` when they are empty.
 *
 * @example
 * resolveSlashNames(draft, registry)
 */
export function resolveSlashNames(draft: Draft, registry: Registry): void {
  const list = draft.anchor.list
  if (!list) return
  const item = list.indexOf(draft.anchor)
  const {sentence} = draft
  const text = sentence.clean
  for (const match of text.matchAll(slashGroup)) {
    // (Without a sentence's full stop: `… ROUGE-1/-2/-L.`)
    const parts = expandParts(match[0].replace(/(?<!\.)\.+$/u, '').split(/ ?\/ ?/u))
    if (parts.length !== list.length || parts.every((part) => /^[\d.%+-]+$/u.test(part))) continue
    const before = wordBefore.exec(text.slice(Math.max(0, match.index - 32), match.index))?.[1]
    const after = wordAfter.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 32))?.[1]
    draft.metric ??= nameOfItem(parts, item, before, after, (text) => nameOfMetric(text, registry))
    draft.benchmark ??= nameOfItem(parts, item, before, after, (text) => nameOfWhole(registry.findBenchmarks, text))
  }
}

// `ROUGE-1/-2/-L` → ROUGE-1, ROUGE-2, ROUGE-L; `R@1/5/10` → R@1, R@5, R@10.
function expandParts(parts: string[]): string[] {
  const first = parts[0]!
  return parts.map((part, index) => {
    if (index === 0) return part
    if (part.startsWith('-')) return first.replace(/-[^-]*$/u, '') + part
    const stem = first.replace(/(?<!\d)\d+$/u, '')
    if (/^\d+$/u.test(part) && stem !== first && !/\d$/u.test(stem)) return stem + part
    return part
  })
}

// A measure the registry knows whole, or at a cutoff it need not list
// (`Recall@3`: recall at 3).
function nameOfMetric(text: string, registry: Registry): string | undefined {
  const whole = nameOfWhole(registry.findMetrics, text)
  if (whole !== undefined) return whole
  const cutoff = /^((?:[A-Za-z]{1,8}-)?[A-Za-z]{1,12})@(\d{1,4})$/u.exec(text)
  const name = cutoff ? nameAtCutoff(cutoff[1]!, registry) : undefined
  return name === undefined ? undefined : `${name}@${cutoff![2]!}`
}

// The item's name when every item, read the same way, is a name `find` knows
// whole: alone, after the shared word before, or before the shared word after.
function nameOfItem(parts: string[], item: number, before: string | undefined, after: string | undefined, nameOf: (text: string) => string | undefined): string | null {
  const readings = [
    (part: string) => (before ? `${before} ${part}` : undefined),
    (part: string) => (after ? `${part} ${after}` : undefined),
    (part: string) => part
  ]
  for (const read of readings) {
    const names = parts.map((part) => {
      const text = read(part)
      return text === undefined ? undefined : nameOf(text)
    })
    if (names.every((name) => name !== undefined)) return new Set(names).size === names.length ? names[item]! : null
  }
  return null
}
