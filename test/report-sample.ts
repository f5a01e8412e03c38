import type {Claim} from '../src/schema/claim.js'
import type {ReportPaper} from '../src/table/render-report.js'
import {buildClaim} from './build-claim.js'

/** Two small papers with hostile titles and sentences, and claims whose offsets are found in the abstracts. */
export function reportSample(): {claims: Claim[]; papers: ReportPaper[]} {
  const abstracts = [
    'We study Tango. Tango reaches 73.6% on MATH-500, up from 36.0%. ' +
      'Tango reaches 73.6% on MATH-500 again. It improves GSM8K by 4.9% <img src=x onerror=alert(1)>.',
    'Other gets 80.1% on MATH500 and 52% on MATH500 pass@1. It cuts latency by 28% on WebShop.'
  ]
  const papers: ReportPaper[] = [
    {index: 0, abstract: abstracts[0], published: '2025-01-02', arxivId: '2501.00001'},
    {index: 1, abstract: abstracts[1], published: '2025-02-03', arxivId: null}
  ]
  const claim = (paperIndex: number, sentence: string, evidence: string, fields: Partial<Claim>, from = 0): Claim => {
    const abstract = abstracts[paperIndex] ?? ''
    const sentenceAt = abstract.indexOf(sentence, from)
    const start = abstract.indexOf(evidence, sentenceAt)
    if (sentenceAt < 0 || start < 0) throw new Error(`Sample: \`${evidence}\` not found`)
    return buildClaim({
      paper: paperIndex === 0 ? '<script>document.title="pwned"</script>Tango & Co' : 'Other "quoted" paper',
      paperIndex,
      sentence,
      start,
      end: start + evidence.length,
      ...fields
    })
  }

  const first = abstracts[0] ?? ''
  const claims = [
    claim(0, 'Tango reaches 73.6% on MATH-500, up from 36.0%.', '73.6% on MATH-500, up from 36.0%', {
      model: 'Tango', benchmark: 'MATH-500', metric: 'accuracy', value: 73.6, baselineValue: 36, delta: 37.6, unit: '%', deltaKind: 'absolute', arxivId: '2501.00001'
    }),
    // The same sentence text twice in one abstract: the second one is meant.
    claim(0, 'Tango reaches 73.6% on MATH-500', '73.6%', {model: 'Tango-again', benchmark: 'MATH-500', metric: 'accuracy', value: 73.6, unit: '%'}, first.lastIndexOf('Tango reaches')),
    claim(0, 'It improves GSM8K by 4.9% <img src=x onerror=alert(1)>.', '4.9%', {
      model: 'Tango', benchmark: 'GSM8K', delta: 4.9, unit: '%', deltaKind: 'unspecified'
    }),
    claim(1, 'Other gets 80.1% on MATH500 and 52% on MATH500 pass@1.', '80.1%', {
      model: 'Other <b>', benchmark: 'MATH-500', metric: 'accuracy', value: 80.1, unit: '%'
    }),
    claim(1, 'Other gets 80.1% on MATH500 and 52% on MATH500 pass@1.', '52%', {
      model: 'Other <b>', benchmark: 'MATH-500', metric: 'pass@1', value: 52, unit: '%'
    }),
    claim(1, 'It cuts latency by 28% on WebShop.', '28%', {
      model: null, benchmark: 'WebShop', metric: 'latency', delta: -28, unit: '%', deltaKind: 'relative'
    }),
    claim(1, 'It cuts latency by 28% on WebShop.', '28%', {model: 'Ratio', benchmark: 'WebShop', delta: 2, unit: 'x', deltaKind: 'ratio'})
  ]
  return {claims, papers}
}
