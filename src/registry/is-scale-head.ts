import builtInScaleHeads from './scale-heads.json'

const scaleHeads = new Set(builtInScaleHeads as string[])

/**
 * Whether a lower-case word (singular or plural) is the head of a measure on
 * a fixed scale, from `scale-heads.json`: a quality (`fidelity`,
 * `robustness`) or a rate (`rate`, `completion`), where a % change is no
 * change of an amount.
 *
 * @example
 * isScaleHead('fidelity') // true
 * isScaleHead('rates') // true
 * isScaleHead('tokens') // false
 */
export function isScaleHead(word: string): boolean {
  return scaleHeads.has(word) || (word.endsWith('s') && scaleHeads.has(word.slice(0, -1)))
}
