/**
 * Count the names in an arXiv `authors` string (`A. Smith, B. Jones and C.
 * Wu`): names are separated by commas, `and` or `&`; parenthesised
 * affiliations (`A. Smith (MIT, CSAIL)`) are skipped. Returns null when the
 * count cannot be known: an empty string, or a list cut short with `et al`.
 *
 * @example
 * countArxivAuthors('C. Bal\\\'azs, E. L. Berger, P. M. Nadolsky and C.-P. Yuan') // 4
 */
export function countArxivAuthors(authors: string): number | null {
  let flat = ''
  let depth = 0
  // Drop parenthesised affiliations first: their commas do not separate names.
  for (const character of authors) {
    if (character === '(') depth++
    else if (character === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) flat += character === '\n' || character === '\t' ? ' ' : character
  }

  if (/\bet\.? al\b/i.test(flat)) return null

  let count = 0
  for (const part of flat.split(/,|&|\band\b/)) {
    if (part.trim() !== '') count++
  }

  return count === 0 ? null : count
}
