import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'

describe('baseline names', () => {
  it.each([
    ['Our agent raises the success rate from 12% to 48%, compared to the 55% reached by a human operator.', 48, null],
    ['The distilled model outperforms ResNet-50 by 3.1 points on ImageNet.', 3.1, 'ResNet-50'],
    // Words that only describe a named comparator are not its name (an acronym keeps them: `vanilla GRPO baseline`).
    ['ZetaRL outperforms concurrent ZetaFree by 7.6 points on TheoremQA.', 7.6, 'ZetaFree'],
    ['ZetaRL surpasses strong verifier-based approaches Zeta-Reasoner by 1.6 points.', 1.6, 'Zeta-Reasoner'],
    ['ZetaRL outperforms the vanilla GRPO baseline by 4.1 points on MATH.', 4.1, 'vanilla GRPO baseline'],
    // A model name with spaced digits stays whole (the phrase alone stops at ` 3`).
    ['Our 8B model comes within 0.4 points of Llama 3.1 70B on MMLU.', -0.4, 'Llama 3.1 70B'],
    ['FooNet outperforms Qwen2.5 72B by 2.3 points on GSM8K.', 2.3, 'Qwen2.5 72B'],
    // Each item of `outperformed A by x, B by y` has its own comparator.
    ['ZetaNet outperformed generalist LLMs such as Llama-2 7B by 12.4% points, Falcon 7B by 9.1% points and PaLM 8B by 7.7% points.', 9.1, 'Falcon 7B'],
    ['ZetaNet outperformed generalist LLMs such as Llama-2 7B by 12.4% points, Falcon 7B by 9.1% points and PaLM 8B by 7.7% points.', 12.4, 'Llama-2 7B'],
    // A size names a comparator; a determiner before it is not part of it.
    ['With RL fine-tuning we improve accuracy by nearly 14% over a 4B-parameter base model on GSM8K.', 14, '4B-parameter base model'],
    // A possessive determiner is not part of the name.
    ['ZetaNet reaches 42.7% on WebArena, up from 14.1% for its Llama-3.1-8B-Instruct base.', 42.7, 'Llama-3.1-8B-Instruct base'],
    // A pronoun, a word cut at its hyphen, or a phrase opening with a preposition names no system;
    // a concession after the name is not part of it.
    ['ZetaNet improves accuracy on ARC by 4.2% over it.', 4.2, null],
    ['ZetaNet scores 12.3 points above on existing benchmarks.', 12.3, null],
    ['On the Artificial Analysis Intelligence Index, Kappa-1.5-15B attains a score of 52, matching DeepSeek-R1-0528 despite requiring fewer resources.', 52, 'DeepSeek-R1-0528'],
    ['ZetaTalk is 3x faster than non-causal baselines -- at equal quality.', 3, 'non-causal baselines'],
    // A comparison word inside a measure's name compares nothing.
    ['Evaluated on the official ZetaGoose test set, our approach achieved a mean Intersection over Union (mIoU) of 0.848.', 0.848, null],
    ['Strikingly, the Exact Match Rate (EMR) consistently falls below 5% in mixed tasks.', 5, null],
    // A size alone names nothing.
    ['ZetaNet is better than 7B and 13B models, reaching 61.0% on MMLU.', 61, null],
    // A system the result ends up above (`…, even surpassing X`) is not the
    // one its change is measured from; a comparison right after it is.
    ['The performance of ZetaAgent improved by 88% on WebShop when enhanced with critics, even surpassing ZetaGPT-4.', 88, null],
    ['ZetaAgent raises accuracy on BeyondAIME from 61.2% to 70.4%, even outperforming ZetaMoE-235B.', 70.4, null],
    ['ZetaAgent improves accuracy on WebShop by 8.8%, outperforming ZetaGPT-4.', 8.8, 'ZetaGPT-4'],
    // (A span of time after `over` is no comparator.)
    ['ZetaHR modulates guidance strength over time, reaching a stability score of 0.9991.', 0.9991, null],
    // (Nor a measure set equal to a score: `compared to rho = 0.00`.)
    ['ZetaMem reaches rho = 0.89 across 20 seeds, compared to rho = 0.00 for recency.', 0.89, null]
  ])('%s', (sentence, number, baseline) => {
    const claim = extractClaims(sentence).find((row) => row.value === number || row.delta === number)
    expect(claim).toBeDefined()
    expect(claim!.baseline).toBe(baseline)
  })
})

describe('a share of a cost is not a comparator score', () => {
  it('keeps `at 10% of its cost` out of the baseline value', () => {
    const claim = extractClaims('Zeta-7B reaches 61.5% on ARC-Challenge, outperforming Llama-2-13B at 10% of its inference cost.').find((row) => row.value === 61.5)
    expect(claim).toBeDefined()
    expect(claim!.baselineValue).toBeNull()
  })
})

describe('a phrase after a score that names no system', () => {
  it.each([
    'On ARC, ZetaNet scores 61.5%, compared with 55.2% for the same model without retrieval.',
    'On ARC, ZetaNet scores 61.5%, compared with 55.2% for each language.'
  ])('%s', (sentence) => {
    expect(extractClaims(sentence).find((row) => row.value === 61.5)).toMatchObject({baselineValue: 55.2, baseline: null})
  })
})
