import {escapeHtml} from './escape-html.js'

/** What `highlightEvidence` needs: the sentence, the evidence offsets in the abstract, the claimed numbers. */
export interface Evidence {
  sentence: string
  /** Offset of the evidence in the abstract (not in the sentence). */
  start: number
  end: number
  /** The claim's numbers, marked when the abstract is not known. */
  numbers: ReadonlyArray<number | null>
}

// A number as abstracts write it: `73.6`, `1,283`. Bounded by the sentence;
// `[\d,]*` cannot overlap `(?:\.\d+)?`, so no backtracking.
const numberToken = /\d[\d,]*(?:\.\d+)?/g

// A number right after one of these is part of a name (`Qwen2.5`, `GSM8K`, `pass@1`).
const namePart = /[\p{L}\p{N}.@_]/u

/**
 * The sentence as HTML (escaped) with the claim's evidence in `<mark>`.
 *
 * With the abstract, the mark is exact: the sentence is found in the
 * abstract at the occurrence that contains `start..end`, and the evidence is
 * marked at `start - sentenceOffset`. Without it (or when the sentence is not
 * there) the offsets cannot be placed in the sentence, so the claim's numbers
 * are marked wherever they appear as numbers (not inside names).
 *
 * @example
 * highlightEvidence({sentence: 'B. It reaches 73.6%.', start: 40, end: 45, numbers: [73.6]}, '…')
 * // 'B. It reaches <mark>73.6%</mark>.'
 */
export function highlightEvidence(evidence: Evidence, abstract?: string): string {
  const {sentence, start, end} = evidence
  const offset = abstract === undefined ? -1 : sentenceOffset(abstract, sentence, start, end)
  if (offset >= 0) {
    if (end <= start) return escapeHtml(sentence)
    const from = start - offset
    const to = end - offset
    return (
      escapeHtml(sentence.slice(0, from)) +
      '<mark>' +
      escapeHtml(sentence.slice(from, to)) +
      '</mark>' +
      escapeHtml(sentence.slice(to))
    )
  }

  return markNumbers(sentence, evidence.numbers)
}

/** The offset of the occurrence of `sentence` in `abstract` that holds `start..end`, or -1. */
function sentenceOffset(abstract: string, sentence: string, start: number, end: number): number {
  if (sentence === '' || end < start) return -1
  let offset = abstract.indexOf(sentence)
  while (offset !== -1 && offset <= start) {
    if (end <= offset + sentence.length) return offset
    offset = abstract.indexOf(sentence, offset + 1)
  }

  return -1
}

function markNumbers(sentence: string, numbers: ReadonlyArray<number | null>): string {
  const wanted = new Set(numbers.filter((value) => value !== null).map((value) => Math.abs(value)))
  let html = ''
  let last = 0
  for (const match of sentence.matchAll(numberToken)) {
    const index = match.index
    const before = sentence.charAt(index - 1)
    if (before !== '' && namePart.test(before)) continue
    if (!wanted.has(Number(match[0].replaceAll(',', '')))) continue
    html += escapeHtml(sentence.slice(last, index)) + '<mark>' + escapeHtml(match[0]) + '</mark>'
    last = index + match[0].length
  }

  return html + escapeHtml(sentence.slice(last))
}
