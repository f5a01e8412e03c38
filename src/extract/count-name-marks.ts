/**
 * How many capitals and digits a word holds: names have two or more
 * (`EMPO`, `TG3K`, `MathNeuro`), words of the language one at most
 * (`Results`, `2024` aside).
 *
 * @example
 * countNameMarks('TG3K') // 4
 * countNameMarks('English') // 1
 */
export function countNameMarks(word: string): number {
  let marks = 0
  for (const char of word) if (/[\p{Lu}\p{N}]/u.test(char)) marks++
  return marks
}
