import Papa from 'papaparse'

/**
 * Read CSV written by `toCsv` back into rows of strings, undoing the formula
 * escape: one leading `'` is dropped from a cell matching `/^'+[=+\-@\t\r]/`.
 */
export function readCsv(text: string, newline: '\n' | '\r\n' = '\n'): string[][] {
  // Delimiter and line ending are given: papaparse's guesses ignore quotes.
  const {data, errors} = Papa.parse<string[]>(text, {delimiter: ',', newline, skipEmptyLines: false})
  if (errors.length > 0) throw new Error(`CSV did not parse: ${errors[0]?.message}`)
  // papaparse reads the line break that ends the last row as an empty row.
  const last = data.at(-1)
  if (last && last.length === 1 && last[0] === '' && text.endsWith(newline)) data.pop()
  return data.map((row) => row.map((cell) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)))
}
