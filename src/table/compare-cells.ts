/**
 * Compare two table cells for the report's sort script: numbers (including
 * `-11.8`, `1e-7`) by value, before text; text in natural order ignoring case
 * (`Qwen2.5-7B` before `Qwen2.5-72B`); empty cells last in either direction.
 *
 * The report embeds this function's source in its inline script, so it must
 * stay self-contained: no imports, no helpers, plain ES2017.
 *
 * @example
 * ['10', '', '9', 'b', 'A'].sort((a, b) => compareCells(a, b, false)) // ['9', '10', 'A', 'b', '']
 */
export function compareCells(a: string, b: string, descending: boolean): number {
  const x = a.trim()
  const y = b.trim()
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1
  const numberX = Number(x)
  const numberY = Number(y)
  const isNumberX = Number.isFinite(numberX)
  const isNumberY = Number.isFinite(numberY)
  let order: number
  if (isNumberX && isNumberY) order = numberX - numberY
  else if (isNumberX !== isNumberY) order = isNumberX ? -1 : 1
  else order = x.localeCompare(y, 'en', {numeric: true, sensitivity: 'base'})
  return descending ? -order : order
}
