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
