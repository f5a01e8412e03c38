/**
 * Verbs of beating a comparator (`outperforms`, `surpassing`, `beat`,
 * `exceeds`), as a regular-expression source for the rules that read them:
 * written once, not copied into each rule.
 *
 * @example
 * new RegExp(`\\b${beatVerbs}\\b`, 'u').test('it outperforms x') // true
 */
export const beatVerbs = '(?:outperform\\w*|surpass\\w*|beat\\w*|exceed\\w*)'

/**
 * Verbs a system's score follows (`GPT-3 solves 0%`, `X scores 51.1`), as a
 * regular-expression source.
 *
 * @example
 * new RegExp(`^\\s${scoreVerbs}\\s$`, 'u').test(' solves ') // true
 */
export const scoreVerbs = '(?:solves|scores|achieves|reaches|gets|obtains)'

// A verb of comparing (group 1) or of changing.
const compareOrChange = /\b(?:(outperform|surpass|beat|exceed|trail)|improv|increas|reduc|decreas|lower|boost|rais|cut|enhanc)\w*/gu

/**
 * Whether the last verb of comparing or changing in `text` compares: the
 * items after it are comparators (`surpasses ATLAS by 17.65pp and MTP by`),
 * not measures of a change (`outperforms X, reducing ADE by 40.2%, FDE by`).
 * False when `text` has neither.
 *
 * @example
 * comparesLast('surpasses atlas by 17.65pp and mtp by ') // true
 * comparesLast('outperforms x, reducing ade by 40.2%, fde by ') // false
 */
export function comparesLast(text: string): boolean {
  let last: RegExpExecArray | undefined
  for (const match of text.matchAll(compareOrChange)) last = match
  return last?.[1] !== undefined
}
