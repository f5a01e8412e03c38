import type {Mention, Sentence} from './types.js'

// A data set's name by its shape: capitals inside lower case (`PosterBench`,
// `VinDr-CXR`), capitalised parts joined by hyphens (`Biology-Instructions`),
// or capitals and a number (`CIFAR-100`). Acronyms alone (`OCR accuracy`,
// `BI-RADS accuracy`, `CPU latency`) more often narrow the measure.
const nameShaped = /^(?:(?=[^-]*\p{Ll})\p{Lu}[\p{L}\p{N}.]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}.]*)*|\p{Lu}{2,}-\p{N}+)$/u
const hasInnerCapital = /^\p{Lu}.*(?:\p{Ll}\p{Lu}|-)/u
// Words that narrow a measure rather than name a data set (`Top-1 accuracy`,
// `Zero-shot accuracy`, `Macro-F1`, `In-domain`).
const notData = /^(?:top|pass|best|avg|zero|few|one|multi|single|cross|in|out|macro|micro|exact|mean|per|non|self|end|real|long|short|open|closed|human|model|test|dev|val|train)(?:$|[-@\d])/iu
// The name, and what may sit between it and its measure.
const nameThenMeasure = /(?:^|[\s(])([^\s()]{2,40})(\s(?:(?:average|mean|overall|weighted)\s)?)$/u

/**
 * The benchmarks a sentence names only by writing a name right before a
 * measure (`the PosterBench Score`, `the Biology-Instructions average score`,
 * `external VinDr-CXR macro-AUROC`): name-shaped words the registries do not
 * know, other than the paper's own system (`own`), in a sentence that names
 * no other benchmark.
 *
 * @example
 * nameBenchmarksBeforeMetrics(sentence, ['ZetaNet']) // [{name: 'PosterBench', …}]
 */
export function nameBenchmarksBeforeMetrics(sentence: Sentence, own: readonly string[]): Mention[] {
  const found: Mention[] = []
  // (Only where no benchmark is named: a registry name nearby is the surer one.)
  if (sentence.benchmarks.length > 0) return found
  const base = sentence.start
  for (const metric of sentence.metrics) {
    const before = sentence.text.slice(Math.max(0, metric.start - base - 60), metric.start - base)
    const word = nameThenMeasure.exec(before)
    // (`Value-Order Correlation (VOC)`: a measure's own name, defined.)
    if (!word || /^\s\(\p{Lu}{2,8}\)/u.test(sentence.text.slice(metric.end - base, metric.end - base + 12))) continue
    const name = word[1]!.replace(/['’]s$/u, '')
    if (name !== word[1] || !nameShaped.test(name) || !hasInnerCapital.test(name) || notData.test(name) || own.includes(name)) continue
    const start = metric.start - word[2]!.length - name.length
    const end = start + name.length
    const named = [...sentence.models, ...sentence.metrics].some((mention) => mention.start < end && start < mention.end)
    if (!named) found.push({name, start, end})
  }
  return found
}
