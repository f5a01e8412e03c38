import {parseNumber} from './parse-number.js'
import {readUnit} from './read-unit.js'
import type {NumberToken} from './types.js'

// Names joined by slashes (`PSNR/SSIM`), the last such group before a number.
const namedSlashes = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}@-]{0,15}(?:\/\p{L}[\p{L}\p{N}@-]{0,15}){1,5})(?![\p{L}\p{N}/])(?!.+\p{L}\/\p{L})/u

// Lists name a few measures or data sets (`ROUGE-1/-2/-L`); a longer chain is no such list.
const maxSlashItems = 6
// `/79.2`, `/ 57.0%`: the next item of a slash list of scores.
const slashItem = /^ ?\/ ?([+\-−]?)(\d+\.(\d+))( ?%)?(?![\p{L}\p{N}]|\.\d|\/(?!\d))/u

/**
 * `90.0/79.2`, `65.9/57.0/61.0`: decimals of one precision joined by slashes
 * are a list of scores, one per item of a list written the same way
 * (`ROUGE-1/-2/-L`, `SQuAD v1.1/v2.0`). The items after the first join
 * `tokens`; a unit after the last is every item's. Returns where the list
 * ends (abstract offset).
 *
 * @example
 * readSlashList('EM/F1 of 90.0/79.2', 0, first, '90.0', tokens) // 18 (`first` is the token of `90.0`)
 */
export function readSlashList(clean: string, offset: number, first: NumberToken, digits: string, tokens: NumberToken[]): number {
  const decimals = digits.length - digits.indexOf('.') - 1
  const list = [first]
  let at = first.end - offset
  // (Measures named with slashes just before, `PSNR/SSIM from 19.97/0.796 to
  // 20.573/0.8004`, have scores of their own precisions.)
  const named = namedSlashes.exec(clean.slice(Math.max(0, first.start - offset - 80), first.start - offset))?.[1]?.split('/').length ?? 0
  for (let item = slashItem.exec(clean.slice(at, at + 24)); item && list.length <= maxSlashItems; item = slashItem.exec(clean.slice(at, at + 24))) {
    // (`0.5/0.25` of different precision, or `%` on some items only, is no list.)
    if ((item[3]!.length !== decimals && list.length >= named) || (first.unit === '%') !== (item[4] !== undefined)) break
    const start = at + item[0].indexOf(item[1]! + item[2]!)
    const sign = item[1] === '+' ? 1 : item[1] === '' ? 0 : -1
    list.push({start: start + offset, end: at + item[0].length + offset, value: parseNumber(item[2]!), sign, unit: first.unit, low: null, high: null})
    at += item[0].length
  }
  if (list.length === 1 || list.length > maxSlashItems) return first.end
  // (`interpretability scores (4.2/5.0)`: a score over the top of its scale,
  // not two scores; the scale is no number to read.)
  if (list.length === 2 && named < 2 && [5, 10, 100].includes(list[1]!.value) && first.value < list[1]!.value && first.unit === null) return list[1]!.end
  // (`90.0/79.2%`: the unit after the last item is the list's.)
  const unit = first.unit === null ? readUnit(clean, at) : undefined
  if (unit) {
    at += unit.length
    list.at(-1)!.end = at + offset
  }
  for (const token of list) {
    token.list = list
    if (unit) token.unit = unit.unit
  }
  tokens.push(...list.slice(1))
  return at + offset
}
