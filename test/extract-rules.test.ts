import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract/extract-claims.js'
import type {Claim} from '../src/schema/claim.js'

type Expected = Partial<Pick<Claim, 'value' | 'baselineValue' | 'delta' | 'valueLow' | 'valueHigh' | 'unit' | 'deltaKind' | 'qualifier' | 'benchmark' | 'metric' | 'model' | 'baseline' | 'rule'>>

/** Cases whose claim is known by its value and metric alone. */
function measured(rule: string, rows: Array<[text: string, value: number, metric: string]>): Array<{rule: string; text: string; want: Expected[]}> {
  return rows.map(([text, value, metric]) => ({rule, text, want: [{value, metric}]}))
}

// Sentences written for these tests, in the general language of results.
const positives: Array<{rule: string; text: string; want: Expected[]}> = [
  {
    // A measure reduced without a copula (`the peak joint torque reduced by`) is still the measure.
    rule: 'extract-reduction',
    text: 'With ZetaExo, the peak joint torque reduced by 30.9% at the hip.',
    want: [{metric: 'peak joint torque', delta: -30.9}]
  },
  {
    // The score of a measure named right before it does not share the margin's `within`.
    rule: 'extract-reduction',
    text: 'ZetaRep is within 0.2% of the original results, with an average accuracy of 74.58% on seen classes.',
    want: [{delta: -0.2}, {value: 74.58, delta: null, metric: 'accuracy'}]
  },
  {
    // The comparator's own score, in a parenthesis after its name, is the score compared with (not a change).
    rule: 'extract-score-with-margin',
    text: 'ZetaNet reaches 81.2% accuracy, a 5.1% improvement over ResNet-50 (77.3%).',
    want: [{value: 81.2, baselineValue: 77.3, delta: 5.1, baseline: 'ResNet-50'}]
  },
  {
    // A bare κ is Cohen's kappa.
    rule: 'extract-score',
    text: 'ZetaLabel showed the highest agreement with radiologists ($\\kappa$ median: 0.87).',
    want: [{metric: "Cohen's kappa", value: 0.87}]
  },
  {
    // A ratio of a reduction named after it, `in latency reduction`, is negative.
    rule: 'extract-ratio',
    text: 'ZetaANN outperforms prior systems by up to 5.8x in throughput and 3.25x in latency reduction.',
    want: [{delta: 5.8, metric: 'throughput'}, {delta: -3.25, metric: 'latency'}]
  },
  {
    // A mixture of experts' size is part of the model's name; LaTeX degrees Celsius are a unit.
    rule: 'extract-versus',
    text: 'Mixtral 8x7B reaches 99.6% completeness versus 93% for ZetaLM.',
    want: [{model: 'Mixtral 8x7B', value: 99.6, baselineValue: 93}]
  },
  {
    rule: 'extract-score',
    text: 'ZetaCool predicts street temperature with a mean absolute error (MAE) of 0.41{\\deg}C.',
    want: [{metric: 'MAE', value: 0.41, unit: '°C'}]
  },
  {
    // A one-letter measure's subscript in LaTeX, and the blank its `$` leaves inside a name.
    rule: 'extract-score',
    text: 'ZetaClass achieves macro $F_{1}\\sim0.80$ on ZetaSet, and ZetaNet reaches $F_1 = 0.91$ there.',
    want: [{value: 0.8, metric: 'macro-F1'}, {value: 0.91, metric: 'F1'}]
  },
  {
    // The paper's own result after a cited one: its voice comes between.
    rule: 'extract-score',
    text: 'Moreau et al. reported that bandits stall under delays, but we show that ZetaBandit reaches 91.2% accuracy on ZetaBench.',
    want: [{value: 91.2, metric: 'accuracy'}]
  },
  {
    // A measure's acronym with a letter of its own, labelling a pair.
    rule: 'extract-versus',
    text: 'The GAN recovers the near-wall velocity better (vNRMSE: 6.4% vs. 9.1%) than the baseline.',
    want: [{value: 6.4, baselineValue: 9.1, metric: 'vNRMSE'}]
  },
  {
    // A continual-learning variant keeps its whole name.
    rule: 'extract-versus',
    text: 'On Split CIFAR-100, ZetaReplay reaches a final accuracy of 12.9% compared to standard replay at 7.1%.',
    want: [{value: 12.9, baselineValue: 7.1, benchmark: 'Split CIFAR-100'}]
  },
  {
    // A time after `faster`, in the plural and in %, is shortened too.
    rule: 'extract-change-word',
    text: 'Proactive prompting results in 35.2% faster task completion times relative to passive baselines.',
    want: [{delta: -35.2, unit: '%', metric: 'task completion time', deltaKind: 'relative'}]
  },
  {
    rule: 'extract-by-delta',
    text: 'ZetaRL even surpasses Blorp-Reasoner by 1.4 average points across seven benchmarks.',
    want: [{delta: 1.4, unit: 'points', qualifier: 'average'}]
  },
  {
    // A hedge in a parenthesis, adjectives after it.
    rule: 'extract-change-word',
    text: 'Lower sharpness often helps, marking (up to) a noticeable 8.4% performance boost.',
    want: [{delta: 8.4, qualifier: 'up to'}]
  },
  {
    // The verb of gain in any form: `boosts`, `raises`, `extends`.
    rule: 'extract-by-delta',
    text: 'Tuning smaller models boosts accuracy by 5%.',
    want: [{delta: 5, metric: 'accuracy'}]
  },
  {
    // Units of temperature, power and mass, as written.
    rule: 'extract-score',
    text: 'ZetaPhase reaches an MAE of 24 °C on transition temperatures, drawing a power consumption of 85 mW, and a mean absolute error of 1.7 lbs.',
    want: [{value: 24, unit: '°C', metric: 'MAE'}, {value: 85, unit: 'mW'}, {value: 1.7, unit: 'lbs'}]
  },
  {
    // A data set's name alone in the parenthesis after each gain.
    rule: 'extract-change-word',
    text: 'ZetaViT shows AP improvements of 3.1% (FSVID-300), 4.8% (FSYT-50) and 2.2% (ZetaOR) in the 5-shot setting.',
    want: [{delta: 3.1, benchmark: 'FSVID-300'}, {delta: 4.8, benchmark: 'FSYT-50'}, {delta: 2.2, benchmark: null}]
  },
  {
    rule: 'extract-score',
    text: 'ZetaFlow predicts the fields with relative errors less than 2.5% across all cases.',
    want: [{value: 2.5, metric: 'relative error'}]
  },
  {
    // Bare bounds the words call a range.
    rule: 'extract-range',
    text: 'ZetaWave lags behind, with WB-PESQ scores ranging from 1.58 to 1.69 and STOI scores between 0.74 and 0.79.',
    want: [
      {valueLow: 1.58, valueHigh: 1.69, value: null, delta: null},
      {valueLow: 0.74, valueHigh: 0.79, value: null, delta: null}
    ]
  },
  {
    // LaTeX's negative space is no exclamation mark, and a spread may sit in a pair.
    rule: 'extract-from-to',
    text: 'On Foo-v5, EUM rises from $311\\!\\pm\\!120$ to $1588\\!\\pm\\!470$. It keeps 75% of keys.',
    want: [{value: 1588, baselineValue: 311, delta: 1277, metric: 'EUM'}, {value: 75}]
  },
  {
    // Memory saved is a reduction, thin space and all.
    rule: 'extract-reduction',
    text: 'Sparse attention saves 22\\,GB of KV cache per user.',
    want: [{delta: -22, unit: 'GB'}]
  },
  {
    rule: 'extract-ratio',
    text: 'A distilled model is over 1,500 times more compute-efficient than training it from scratch.',
    want: [{delta: 1500, unit: 'x', metric: 'compute efficiency'}]
  },
  {
    // A loss of quality paid for a saving.
    rule: 'extract-reduction',
    text: 'Low-rank keys give 70% key cache savings at just 1.5% residual quality cost.',
    want: [{delta: -70}, {delta: -1.5, metric: 'quality'}]
  },
  {
    // Two lists labelled by the same measures, either side of `whereas`.
    rule: 'extract-contrast-pairs',
    text: 'ZetaMFM achieved an F1-score of 0.6012 and an accuracy of 0.7105, whereas the existing method recorded an F1-score of 0.0810 and an accuracy of 0.2004.',
    want: [
      {value: 0.6012, baselineValue: 0.081, delta: 0.5202, metric: 'F1', deltaKind: 'absolute'},
      {value: 0.7105, baselineValue: 0.2004, delta: 0.5101, metric: 'accuracy'}
    ]
  },
  {
    // `whereas` naming the baseline answers the first score, ours.
    rule: 'extract-versus',
    text: 'ZetaNet reaches an accuracy of 64.2%, whereas the existing method reaches 8.1%.',
    want: [{value: 64.2, baselineValue: 8.1, delta: 56.1}]
  },
  {
    // The measure a change is in, not one named after a preposition past it.
    rule: 'extract-change-word',
    text: 'ZetaRewrite produces a 19% absolute improvement in annotator agreement on claim faithfulness.',
    want: [{delta: 19, model: 'ZetaRewrite', metric: 'annotator agreement', deltaKind: 'absolute'}]
  },
  {
    // Items whose verb is left out: each share is its own system's.
    rule: 'extract-score',
    text: 'On labeled families, ZetaScan produced definitive decisions for all 135 families (100%), Pickler for 110 (81.5%), and ScanKit for 67 (49.6%).',
    want: [
      {value: 100, model: 'ZetaScan'},
      {value: 81.5, model: 'Pickler'},
      {value: 49.6, model: 'ScanKit'}
    ]
  },
  {
    // Each comparator of a list after a verb of beating labels its margin.
    rule: 'extract-change-word',
    text: 'ZetaMix outperforms closed models, e.g., Claude-3.7-Sonnet (+11.2%), GPT-4.1(+4.9%) and the tuned Qwen3-8B baseline (+3.1%).',
    want: [
      {delta: 11.2, model: 'ZetaMix', baseline: 'Claude-3.7-Sonnet'},
      {delta: 4.9, model: 'ZetaMix', baseline: 'GPT-4.1'},
      {delta: 3.1, model: 'ZetaMix', baseline: 'Qwen3-8B'}
    ]
  },
  {
    // A decimal after `at` before a precision or recall is the operating point.
    rule: 'extract-ratio',
    text: 'ZetaANN is 2.4x faster than the best baseline at 0.95 recall@10.',
    want: [{delta: 2.4, unit: 'x'}]
  },
  {
    // A verb of gain after a comparative that is not the change's: positive.
    rule: 'extract-by-delta',
    text: 'Tuning smaller models (e.g., Blorp-3B) on only 400 examples improves performance by over 12%, even beating larger ones.',
    want: [{delta: 12, unit: '%', qualifier: 'over'}]
  },
  {
    // A number set in LaTeX keeps the unit word after it.
    rule: 'extract-score',
    text: 'The heading error was $0.47$ degrees on the Foo-7 scenes.',
    want: [{value: 0.47, unit: 'degrees', metric: 'heading error'}]
  },
  {
    // Units as written: `degree` and `degrees` both.
    rule: 'extract-score',
    text: 'ZetaArm keeps a maximum error of just 0.81 degree under load.',
    want: [{value: 0.81, unit: 'degree'}]
  },
  {
    // A change stated before its two scores, a benchmark between them.
    rule: 'extract-versus',
    text: 'ZetaAct shows consistent gains: 3.5 percentage points on ZetaSuite (71.5% vs 68.0% baseline), and more on real robots.',
    want: [{value: 71.5, baselineValue: 68, delta: 3.5, unit: 'pp', deltaKind: 'absolute', benchmark: 'ZetaSuite'}]
  },
  {
    // A computing resource is a word of the measure.
    rule: 'extract-by-delta',
    text: 'ZetaScale raises average GPU utilization by a notable 21.4 percentage points.',
    want: [{delta: 21.4, unit: 'pp', metric: 'GPU utilization'}]
  },
  {
    // A ratio of two things is the measure, not its first word.
    rule: 'extract-reduction',
    text: 'Our merge rule reduces the average token-to-byte ratio by about 7%.',
    want: [{delta: -7, unit: '%', metric: 'token-to-byte ratio'}]
  },
  {
    // A time after `faster` is shortened.
    rule: 'extract-ratio',
    text: 'The sparse variant gives 4x faster training time than the dense one.',
    want: [{delta: -4, unit: 'x', metric: 'training time'}]
  },
  {
    // The measure a verb reduces, past a hedge and a phrase; a second item
    // with an acronym of its own does not take it.
    rule: 'extract-reduction',
    text: 'Our method reduces FID for missing view synthesis by at least 12% and KID for missing depth synthesis by at least 9% compared to baselines.',
    want: [{delta: -12, metric: 'FID'}, {delta: -9, metric: null}]
  },
  {
    // Falling below a level reports the level.
    rule: 'extract-score',
    text: 'Leading agents exceed 85% F1 on coarse labels but drop below 3% on the finest ones.',
    want: [{value: 85, metric: 'F1'}, {value: 3, delta: null}]
  },
  {
    rule: 'extract-from-to',
    text: 'Our tuner raises accuracy on GSM8K from 61.2% to 70.4%.',
    want: [{value: 70.4, baselineValue: 61.2, delta: 9.2, unit: '%', deltaKind: 'absolute', benchmark: 'GSM8K', metric: 'accuracy'}]
  },
  {
    rule: 'extract-from-to',
    text: 'The error rate falls from 12.0% to 9.0%, a 25% relative reduction.',
    want: [{value: 9, baselineValue: 12, delta: -25, unit: '%', deltaKind: 'relative'}]
  },
  {
    rule: 'extract-from-to',
    text: 'Pass rates move from~$40.5\\%$ to $47.5\\%$ on HumanEval.',
    want: [{value: 47.5, baselineValue: 40.5, delta: 7, unit: '%', benchmark: 'HumanEval'}]
  },
  {
    rule: 'extract-versus',
    text: 'The probe reaches an F1 of 0.842 versus 0.801 for the linear baseline.',
    want: [{value: 0.842, baselineValue: 0.801, delta: 0.041, deltaKind: 'absolute'}]
  },
  {
    // The comparator named between the scores, its version or tag in the name.
    rule: 'extract-versus',
    text: 'On image editing, ZetaGen scores higher (EditScore: ZetaGen 7.42 vs. GPT-4o 6.91; FidelityScore: ZetaGen 88.20 vs. Blorp-2 [Pro] 84.75).',
    want: [
      {value: 7.42, baselineValue: 6.91, delta: 0.51, baseline: 'GPT-4o', deltaKind: 'absolute'},
      {value: 88.2, baselineValue: 84.75, delta: 3.45, deltaKind: 'absolute'}
    ]
  },
  {
    // The comparator named in parentheses with its score, after a description.
    rule: 'extract-versus',
    text: 'ZetaRank attains an nDCG of 0.7827, outperforming the strongest baseline (gpt-oss-120b, 0.6390).',
    want: [{value: 0.7827, baselineValue: 0.639, baseline: 'gpt-oss-120b', deltaKind: 'absolute'}]
  },
  {
    rule: 'extract-versus',
    text: 'ZetaRL reaches a 0.486 exact match on HotpotQA, surpassing larger models trained the same way (e.g., Qwen2.5-7B-Instruct at 0.473).',
    want: [{value: 0.486, baselineValue: 0.473, delta: 0.013, baseline: 'Qwen2.5-7B-Instruct'}]
  },
  {
    // A comparator's score that a `while` clause's verb of decline reaches.
    rule: 'extract-versus',
    text: 'ZetaMem reaches 41.18% recall in the long-context setting, while the baseline collapses to 0.0%.',
    want: [{value: 41.18, baselineValue: 0, delta: 41.18, deltaKind: 'absolute'}]
  },
  {
    // A comparator's own score after its name: `at N%`, `X's N%`.
    rule: 'extract-versus',
    text: 'Zeta-7B reaches 61.5% on ARC-Challenge, surpassing Llama-2-13B at 55.2%.',
    want: [{value: 61.5, baselineValue: 55.2, delta: 6.3, baseline: 'Llama-2-13B', benchmark: 'ARC-Challenge'}]
  },
  {
    rule: 'extract-versus',
    text: "Zeta-7B reaches 61.5% on ARC-Challenge, outperforming Llama-2-13B's 55.2%.",
    want: [{value: 61.5, baselineValue: 55.2, delta: 6.3, baseline: 'Llama-2-13B'}]
  },
  {
    // A benchmark written after the last item's score goes back to earlier items.
    rule: 'list sharing',
    text: 'ZetaProver proves 41.2% with 32 samples and 47% cumulatively on the miniF2F test, surpassing GPT-4 at 23.0%.',
    want: [
      {value: 41.2, benchmark: 'miniF2F'},
      {value: 47, baselineValue: 23, benchmark: 'miniF2F'}
    ]
  },
  {
    // The comparator named after its score.
    rule: 'extract-versus',
    text: 'On ARC-Challenge, Zeta-7B scores 61.5%, compared with 55.2% for Llama-2-13B.',
    want: [{value: 61.5, baselineValue: 55.2, baseline: 'Llama-2-13B'}]
  },
  {
    rule: 'extract-versus',
    text: 'The probe reaches an F1 of 0.842 versus 0.801 for each language.',
    want: [{value: 0.842, baselineValue: 0.801, baseline: null}]
  },
  {
    rule: 'extract-score-with-change',
    text: 'We obtain 88.0% (+2.5%) on SVAMP.',
    want: [{value: 88, delta: 2.5, unit: '%'}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'Zeta-7B scores 64.2% on MATH, outperforming the strongest baseline by 3.1 points.',
    want: [{value: 64.2, delta: 3.1, unit: 'points', deltaKind: 'absolute', benchmark: 'MATH'}]
  },
  {
    rule: 'extract-range',
    text: 'The planner cuts wall-clock time by 30%-45% across tasks.',
    want: [{valueLow: 30, valueHigh: 45, value: null, delta: null, unit: '%'}]
  },
  {
    rule: 'extract-by-delta',
    text: 'Our method improves accuracy by up to 6.3% over standard prompting.',
    want: [{delta: 6.3, unit: '%', qualifier: 'up to', metric: 'accuracy', deltaKind: 'unspecified'}]
  },
  {
    rule: 'extract-ratio',
    text: 'Caching reduces decoding latency by 3.2x.',
    want: [{delta: -3.2, unit: 'x', deltaKind: 'ratio'}]
  },
  {
    rule: 'extract-reduction',
    text: 'The compressed model uses 41% fewer tokens than the original.',
    want: [{delta: -41, unit: '%', deltaKind: 'relative', metric: 'tokens'}]
  },
  {
    rule: 'extract-change-word',
    text: 'We observe an average improvement of 4.4% on three reasoning benchmarks.',
    want: [{delta: 4.4, qualifier: 'average', benchmark: null}]
  },
  {
    rule: 'extract-score',
    text: 'The agent achieves a 58.3% success rate on ALFWorld.',
    want: [{value: 58.3, unit: '%', metric: 'success rate', benchmark: 'ALFWorld', delta: null, deltaKind: null}]
  },
  {
    rule: 'respectively',
    text: 'Alpha-3B and Beta-8B reach 41.0% and 55.5%, respectively.',
    want: [{value: 41, model: 'Alpha-3B'}, {value: 55.5, model: 'Beta-8B'}]
  },
  {
    rule: 'extract-versus',
    text: 'The tagger reaches a WER of 2.1 and a CER of 0.9, compared with 2.6 and 1.3 for the cascade.',
    want: [{value: 2.1, baselineValue: 2.6, delta: -0.5}, {value: 0.9, baselineValue: 1.3, delta: -0.4}]
  },
  {
    rule: 'extract-versus',
    text: 'It scores an MRR of 41.2 on the dev set (vs. 40.1 for the dense retriever).',
    want: [{value: 41.2, baselineValue: 40.1, delta: 1.1}]
  },
  {
    rule: 'extract-from-to',
    text: 'Violation rates drop from 20.0%, 12.5% and 30.0% to 4.0%, 2.5% and 6.0%, respectively.',
    want: [
      {value: 4, baselineValue: 20, delta: -16},
      {value: 2.5, baselineValue: 12.5, delta: -10},
      {value: 6, baselineValue: 30, delta: -24}
    ]
  },
  {
    rule: 'extract-from-to',
    text: 'Hallucinations rise by only 0.8 pp (from 3.1% to 3.9%) on our probe set.',
    want: [{value: 3.9, baselineValue: 3.1, delta: 0.8, unit: 'pp', deltaKind: 'absolute'}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'The detector runs at 48.0 AP, 1.2 AP below the full model.',
    want: [{value: 48, delta: -1.2}]
  },
  {
    rule: 'extract-reduction',
    text: 'Our pruning keeps quality with only 0.6% accuracy loss.',
    want: [{delta: -0.6, unit: '%'}]
  },
  {
    // The second change names its own (vague) measure: not the first one's.
    rule: 'extract-reduction',
    text: 'Pruning brings a 45% latency reduction with only a 0.8% performance loss.',
    want: [{delta: -45, metric: 'latency'}, {delta: -0.8, metric: null, deltaKind: 'unspecified'}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'Zeta-7B answers in 12.0 ms latency, 20% faster than the baseline.',
    want: [{value: 12, delta: -20, metric: 'latency'}]
  },
  {
    rule: 'respectively after',
    text: 'We gain 2.0%, 3.5% and 1.1% on GSM8K, MATH and HumanEval, respectively.',
    want: [{benchmark: 'GSM8K'}, {benchmark: 'MATH'}, {benchmark: 'HumanEval'}]
  },
  {
    rule: 'extract-versus',
    text: 'Our agent solves 45.2% of tasks, surpassing Orca-13B (38.1%).',
    want: [{value: 45.2, baselineValue: 38.1, delta: 7.1}]
  },
  {
    rule: 'extract-reduction',
    text: 'It reduces the word error rate by 12% and the latency by 40 ms.',
    want: [{delta: -12, unit: '%'}, {delta: -40, unit: 'ms'}]
  },
  {
    rule: 'paren model',
    text: 'Distillation helps by 6.0% (Gemma-2B) and 3.5% (Gemma-7B).',
    want: [{delta: 6, model: 'Gemma-2B'}, {delta: 3.5, model: 'Gemma-7B'}]
  },
  {
    rule: 'opener benchmark',
    text: 'On ZebraSet-Pro, our planner reaches 71.4% success rate.',
    want: [{value: 71.4, benchmark: 'ZebraSet-Pro', metric: 'success rate'}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'It reaches 53% on ARC, 51% on HellaSwag, and 54% on PIQA - improvements of 15.3, 17.2, and 20.5 percentage points.',
    want: [
      {value: 53, delta: 15.3, unit: 'pp', benchmark: 'ARC'},
      {value: 51, delta: 17.2, unit: 'pp', benchmark: 'HellaSwag'},
      {value: 54, delta: 20.5, unit: 'pp', benchmark: 'PIQA'}
    ]
  },
  {
    rule: 'parallel list',
    text: 'It yields gains of 2.1% on GSM8K and 3.4% on MATH.',
    want: [{delta: 2.1, benchmark: 'GSM8K'}, {delta: 3.4, benchmark: 'MATH'}]
  },
  {
    // An item with a label of its own does not take the previous item's benchmark.
    rule: 'labelled list',
    text: 'The tuned model scores well (GSM8K: 81.2%, average: 64.0%).',
    want: [{value: 81.2, benchmark: 'GSM8K'}, {value: 64, benchmark: null, qualifier: 'average'}]
  },
  {
    // Beside labels that name benchmarks, an unknown label names one too.
    rule: 'labelled list',
    text: 'Our forecaster cuts error everywhere (ETTh1: -6.0% MSE, Zorbix: -2.5% MSE).',
    want: [{delta: -6, benchmark: 'ETTh1'}, {delta: -2.5, benchmark: 'Zorbix'}]
  },
  {
    // Units as written; two registry metrics written together are one measure.
    rule: 'units and measures',
    text: 'Our model reaches an energy MAE of 0.402 eV on OC20.',
    want: [{value: 0.402, unit: 'eV', metric: 'energy MAE'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaRad cuts inference time from 9.5 seconds to 2.5 seconds per query.',
    want: [{value: 2.5, baselineValue: 9.5, unit: 'seconds', metric: 'inference time'}]
  },
  {
    // `X takes <time>`: the measure is X's time.
    rule: 'units and measures',
    text: 'On a phone, inference takes 112 ms per clip, versus 389 ms for the transformer.',
    want: [{value: 112, baselineValue: 389, unit: 'ms', metric: 'inference time'}]
  },
  {
    // A ratio keeps its sign whatever the measure (`faster` on a lower-is-better one).
    rule: 'units and measures',
    text: 'Because fewer edges are processed, training is 1.6× faster and inference uses 45% less GPU memory than ZetaFormer.',
    want: [{delta: 1.6, unit: 'x', metric: 'training speed'}, {delta: -45, unit: '%'}]
  },
  {
    // A ratio given with the two times it divides is a reduction of latency.
    rule: 'units and measures',
    text: 'ZetaSprint is 10x faster (0.1s vs 1.1s on H100).',
    want: [{value: 0.1, baselineValue: 1.1, delta: -10, unit: 'x', metric: 'latency'}]
  },
  {
    // A measure written after the number that labels the next one is not its
    // own (the share of issues resolved is the resolve rate).
    rule: 'units and measures',
    text: 'On SWE-bench Lite, ZetaFix resolves 41.0% of issues at an average cost of $0.90 per issue.',
    want: [{value: 41, metric: 'resolve rate'}, {value: 0.9, unit: '$', metric: 'cost'}]
  },
  {
    // `On B …,` opening a sentence names the benchmark of all its numbers.
    rule: 'benchmark of the sentence',
    text: 'On WMT22 German–English, ZetaMT obtains 34.1 BLEU and a COMET score of 0.861.',
    want: [{value: 34.1, benchmark: 'WMT22', metric: 'BLEU'}, {value: 0.861, benchmark: 'WMT22', metric: 'COMET'}]
  },
  {
    // A time and its ratio over a comparator are one claim; `faster` against a
    // time shortens it, a `speedup` stays a gain (the spec's signs).
    rule: 'extract-score-with-margin',
    text: 'Rendering a frame takes 0.08 s on one GPU, a 9× speedup over the optimization baseline.',
    want: [{value: 0.08, delta: 9, unit: 'x', deltaKind: 'ratio', metric: 'rendering time'}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'Training takes 4 minutes on a single GPU, about 30x faster than ZetaFormer.',
    want: [{value: 4, delta: -30, unit: 'x', deltaKind: 'ratio', metric: 'training time', baseline: 'ZetaFormer'}]
  },
  {
    // `N× faster` is a speed (the activity's, when named), `saves N%` a reduction,
    // and a name before `is` and a number the subject.
    rule: 'units and measures',
    text: 'For example, ZetaViT is 2.8x faster than DeiT and saves 86.8% GPU memory during batch inference.',
    want: [
      {delta: 2.8, unit: 'x', metric: 'speed', model: 'ZetaViT'},
      {delta: -86.8, unit: '%', model: 'ZetaViT'}
    ]
  },
  {
    rule: 'units and measures',
    text: 'ZetaAttn speeds up decoding by up to 2.18x and accelerates pre-filling by 1.7x.',
    want: [
      {delta: 2.18, metric: 'decoding speed'},
      {delta: 1.7, metric: 'pre-filling speed'}
    ]
  },
  {
    // A measure after the number that another change takes is not this number's.
    rule: 'units and measures',
    text: 'ZetaMix outperforms Transformer models (by 3.5%) with a significant reduction in memory.',
    want: [{delta: 3.5, metric: null}]
  },
  {
    // `by A to B`: a span of a change when the bounds are alike, a change and
    // the score it reaches when B is far above A, two scores after a comparison.
    rule: 'extract-range',
    text: 'Harder distractors cause a drop in accuracy by 16% to 33% on ZetaQA.',
    want: [{valueLow: 16, valueHigh: 33, value: null, delta: null}]
  },
  {
    rule: 'extract-versus',
    text: 'Self-repair increases accuracy by 12 to 85%.',
    want: [{value: 85, delta: 12, baselineValue: null, metric: 'accuracy'}]
  },
  // A unit written on both numbers makes them the bounds of one change,
  // however far apart (in real abstracts `by A% to B%` always was).
  {
    rule: 'extract-range',
    text: 'Self-repair increases accuracy by 12% to 85%.',
    want: [{valueLow: 12, valueHigh: 85, value: null, delta: null, metric: 'accuracy'}]
  },
  {
    rule: 'extract-range',
    text: 'ZetaFlow reduces training time by 5.2% to 16.7% and improves over ZetaBase by 4.6% to 47.2%.',
    want: [
      {valueLow: 5.2, valueHigh: 16.7, value: null, metric: 'training time'},
      {valueLow: 4.6, valueHigh: 47.2, value: null, baseline: 'ZetaBase'}
    ]
  },
  {
    rule: 'extract-versus',
    text: 'ZetaLM outperforms Chinchilla on MMLU by 41.3% to 35.7%.',
    want: [{value: 41.3, baselineValue: 35.7, baseline: 'Chinchilla'}]
  },
  {
    // `N BLEU points`: points of the measure written between.
    rule: 'units and measures',
    text: 'ZetaMT improves translation by 1.3 BLEU points and by 2.6 ASR-BLEU points in speech-to-speech.',
    want: [
      {delta: 1.3, unit: 'points', metric: 'BLEU'},
      {delta: 2.6, unit: 'points', metric: 'ASR-BLEU'}
    ]
  },
  {
    // A benchmark's name for a kind of model (grouped-query attention) is no benchmark.
    rule: 'units and measures',
    text: 'ZetaCache reduces inference memory by up to 2.5x for MHA and 1.6x for GQA models.',
    want: [
      {delta: -2.5, benchmark: null},
      {delta: -1.6, benchmark: null}
    ]
  },
  {
    // `within N minutes` bounds a time; it is no margin.
    rule: 'units and measures',
    text: 'ZetaDreamer generates a 3D avatar within 15 minutes on one GPU.',
    want: [{value: 15, delta: null, unit: 'minutes', qualifier: 'up to', metric: 'generation time'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaDet-S is 1.8$\\times$ faster than RT-DETR-R18 on COCO and scores 46.3 AP on ImageNet-1K.',
    want: [{delta: 1.8, unit: 'x', metric: 'speed'}, {value: 46.3, benchmark: 'ImageNet-1K'}]
  },
  {
    // A clause ending in a colon keeps its measure to itself.
    rule: 'units and measures',
    text: 'Tuning ZetaLM with ZetaPO surpasses models with more than 7B and 13B parameters: achieving up to 12.2% on AlpacaEval and 7.3 on MT-Bench.',
    want: [
      {value: 12.2, metric: null},
      {value: 7.3, metric: null}
    ]
  },
  {
    // A margin is no measure, nor is a comparative part of one; a speed-up
    // of a named system is a speed-up, not the system's acronym.
    rule: 'units and measures',
    text: 'ZetaMix outperforms Transformer models in forecasting by a considerable margin of 8.5%.',
    want: [{delta: 8.5, metric: null}]
  },
  {
    rule: 'units and measures',
    text: 'The agent travels 2.3× longer distances.',
    want: [{delta: 2.3, metric: 'distances'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaRet speeds up Retrieval-Augmented Generation (RAG) by 60% for long documents.',
    want: [{delta: 60, metric: 'speed-up'}]
  },
  {
    // A number inside the subject is a setting; the verb's measure reaches
    // past a long list of comparators.
    rule: 'units and measures',
    text: 'Our implementation of ZetaKV with 20% heavy hitters improves the throughput over three leading inference systems ZetaServe, Hugging Face Accelerate, and FlexGen by up to 29×, 28×, and 3×.',
    want: [
      {delta: 29, metric: 'throughput'},
      {delta: 28, metric: 'throughput'},
      {delta: 3, metric: 'throughput'}
    ]
  },
  {
    // A list item takes the measure of the nearest measured item before it.
    rule: 'list sharing',
    text: 'ZetaAttn speeds up decoding by up to 2.18x and 1.50x and accelerates pre-filling by up to 1.73x and 1.63x.',
    want: [
      {delta: 2.18, metric: 'decoding speed'},
      {delta: 1.5, metric: 'decoding speed'},
      {delta: 1.73, metric: 'pre-filling speed'},
      {delta: 1.63, metric: 'pre-filling speed'}
    ]
  },
  {
    rule: 'units and measures',
    text: 'ZetaDreamer can generate a high-quality 3D instance or 3D avatar within 15 minutes on one GPU.',
    want: [{value: 15, metric: 'generation time'}]
  },
  {
    // Rates and energies written as units are their own measures.
    rule: 'units and measures',
    text: 'The board runs depth estimation at 1.02k inf/s and 18 μJ/inf, and obstacle avoidance at 221 frame/s.',
    want: [
      {value: 1.02, unit: 'k inf/s', metric: 'throughput'},
      {value: 18, unit: 'μJ/inf', metric: 'energy per inference'},
      {value: 221, unit: 'frame/s', metric: 'frame rate'}
    ]
  },
  {
    // `A / B` pairs share the unit and benchmark written after the last.
    rule: 'list sharing',
    text: 'ZetaDet-L / X achieves 54.0% / 55.8% AP on the COCO dataset at 124 / 78 FPS.',
    want: [
      {value: 54, benchmark: 'COCO', metric: 'AP'},
      {value: 55.8, benchmark: 'COCO', metric: 'AP'},
      {value: 124, unit: 'FPS', benchmark: 'COCO', metric: 'FPS'},
      {value: 78, unit: 'FPS', benchmark: 'COCO', metric: 'FPS'}
    ]
  },
  {
    // `N% over the strongest baseline` is a margin.
    rule: 'comparator',
    text: 'Overall, ZetaMed reaches 3% over the strongest baseline we finetuned.',
    want: [{delta: 3, value: null, baseline: 'strongest baseline we finetuned'}]
  },
  {
    // `reducing inference speed by 90%` reduces a speed; only `speeds up` is a speed-up.
    rule: 'units and measures',
    text: 'ZetaTTS reduces inference speed by 90% and achieves an 8.2x enhancement in memory efficiency.',
    want: [
      {delta: -90, metric: 'inference speed'},
      {delta: 8.2, metric: 'memory efficiency'}
    ]
  },
  {
    // The data a model was trained on is not the benchmark of its result.
    rule: 'benchmark of the sentence',
    text: 'When pretrained on Objects365, ZetaDet-L attains 57.1% AP.',
    want: [{value: 57.1, benchmark: null}]
  },
  {
    // Items that each name their comparator share the measure, not the comparator.
    rule: 'list sharing',
    text: 'ZetaQ improves the end-to-end throughput (token/s) by up to 7.73× compared to FP16 and by 2.53× compared to INT8 quantization.',
    want: [
      {delta: 7.73, baseline: 'FP16', metric: 'end-to-end throughput'},
      {delta: 2.53, baseline: 'INT8 quantization', metric: 'end-to-end throughput'}
    ]
  },
  {
    // LaTeX spacing after `by`; `extra` marks a gain; `to generate` names the time.
    rule: 'units and measures',
    text: 'ZetaAgent keeps accuracy while reducing inference costs by $35\\%$ and boosts nearly 2\\% extra LC win rate.',
    want: [
      {delta: -35, value: null},
      {delta: 2, value: null, metric: 'length-controlled win rate'}
    ]
  },
  {
    rule: 'units and measures',
    text: 'ZetaGen-0.6B takes less than 1 second to generate a 1024×1024 image.',
    want: [{value: 1, metric: 'generation time', qualifier: 'up to'}]
  },
  {
    // A list shares only a kind stated in words; one read from a measure stays its item's.
    rule: 'list sharing',
    text: 'An online A/B test showed a 1.9% increase in watch time and a 0.7% increase in click-through rate.',
    want: [
      {delta: 1.9, deltaKind: 'relative'},
      {delta: 0.7, deltaKind: 'unspecified'}
    ]
  },
  {
    // `improving from A and B respectively` gives each score of the list its baseline.
    rule: 'extract-versus',
    text: "ZetaLM achieves 57.1% accuracy on AIME and 94.8% on MATH, improving from previous SFT-based models' 6.5% and 59.2% respectively.",
    want: [
      {value: 57.1, baselineValue: 6.5, benchmark: 'AIME'},
      {value: 94.8, baselineValue: 59.2, benchmark: 'MATH'}
    ]
  },
  {
    // A coordinated verb starts its own comparison: its sign and comparator.
    rule: 'comparator',
    text: 'On FLORES-200, ZetaMT trails the teacher by only 1.1 chrF++ and outperforms M2M-100 (1.2B) by 6.3 points.',
    want: [
      {delta: -1.1, baseline: 'teacher'},
      {delta: 6.3, baseline: 'M2M-100'}
    ]
  },
  {
    // LaTeX emphasis around a number keeps its reading.
    rule: 'units and measures',
    text: 'ZetaCo achieves an average \\textbf{6.91\\%} improvement in spatial reasoning.',
    want: [{delta: 6.91, value: null, qualifier: 'average'}]
  },
  {
    // A change before a named comparator is not the margin of the scores in a later label.
    rule: 'units and measures',
    text: 'It surpasses the 400x larger DeepSeek R1 on math: AIME24 (80.3 vs. 79.8).',
    want: [
      {delta: 400, unit: 'x', metric: null},
      {value: 80.3, baselineValue: 79.8, delta: 0.5, benchmark: 'AIME 2024', metric: null}
    ]
  },
  {
    // `A baseline vs. B with X`: the first score is the baseline's.
    rule: 'extract-versus',
    text: 'Persuasive prompts raise recall (14.8% baseline vs. 24.5% with authority framing).',
    want: [{value: 24.5, baselineValue: 14.8, delta: 9.7}]
  },
  {
    // A prefix of capitals names a variant of a registry benchmark; `-Bench` names are no models.
    rule: 'benchmark of the sentence',
    text: 'ZetaJudge improves from 0.38 to 0.51 on VL-RewardBench, and reaches 34.8% on MMSI-Bench.',
    want: [
      {value: 0.51, benchmark: 'VL-RewardBench', metric: null},
      {value: 34.8, benchmark: 'MMSI-Bench', model: 'ZetaJudge'}
    ]
  },
  {
    // What a change is in is its measure; the benchmark is the one it is on.
    rule: 'units and measures',
    text: 'ZetaPar achieves a 6.9% improvement in Output Alignment on ParaBench.',
    want: [{delta: 6.9, metric: 'Output Alignment', benchmark: 'ParaBench'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaRec achieves up to a 5% AUC improvement in the CTR scenario and a 62.5% reduction in average token generation delay.',
    want: [
      {delta: 5, metric: 'AUC'},
      {delta: -62.5, metric: 'token generation delay'}
    ]
  },
  {
    // A change with its own word keeps its own sign after a reduction.
    rule: 'units and measures',
    text: 'ZetaKV brings a 30% reduction in memory usage and a 2x increase in throughput.',
    want: [
      {delta: -30, metric: 'memory'},
      {delta: 2, metric: 'throughput'}
    ]
  },
  {
    rule: 'list sharing',
    text: 'ZetaChap outperforms the previous best by 14.0% in F1 score and 11.3% in SODA score.',
    want: [
      {delta: 14, metric: 'F1'},
      {delta: 11.3, value: null, metric: 'SODA score'}
    ]
  },
  {
    // A name right after the number beats an aggregate before it.
    rule: 'benchmark of the sentence',
    text: 'ZetaVST achieves state-of-the-art results on several spatial benchmarks, including 34.8% on MMSI-Bench and 61.2% on VSIBench.',
    want: [
      {value: 34.8, benchmark: 'MMSI-Bench'},
      {value: 61.2, benchmark: 'VSI-Bench'}
    ]
  },
  {
    // `improves X for N` is a gain.
    rule: 'units and measures',
    text: 'In reinforcement pretraining, ZetaZero improves Qwen3-4B-Base for 8.43 on MMLU-Pro.',
    want: [{delta: 8.43, value: null, deltaKind: 'absolute', benchmark: 'MMLU-Pro'}]
  },
  {
    // A count out of a total measures what was counted; `N points` alone names no measure.
    rule: 'units and measures',
    text: 'ZetaProver proved 5 out of 148 problems on FIMO. It scored 73 out of 76 points on the exam. It beats GPT-4 by 7.6 points on TheoremQA.',
    want: [
      {value: 5, unit: 'problems', metric: 'problems proved'},
      {value: 73, unit: 'points', metric: 'points'},
      {delta: 7.6, unit: 'points', metric: null}
    ]
  },
  {
    // A cost in % is not tied to a benchmark named in an earlier sentence.
    rule: 'benchmark of the abstract',
    text: 'We evaluate ZetaOcc on nuScenes. It reaches 41.2% mAP and reduces training memory by 35%.',
    want: [{value: 41.2, benchmark: 'nuScenes'}, {delta: -35, metric: 'memory', benchmark: null}]
  },
  {
    // A capital X is a ratio too.
    rule: 'extract-range',
    text: 'ZetaMix brings a significant reduction in memory and runtime (2-3X).',
    want: [{valueLow: 2, valueHigh: 3, unit: 'x'}]
  },
  {
    // `X resolves N%` names its subject; `matches X` its comparator; `v5` stays with its benchmark.
    rule: 'extract-score-with-margin',
    text: 'On SWE-bench Verified, ZetaAgent resolves 45.2% of issues, a 7.1-point gain over OpenHands.',
    want: [{value: 45.2, delta: 7.1, model: 'ZetaAgent', baseline: 'OpenHands', benchmark: 'SWE-bench Verified'}]
  },
  {
    rule: 'extract-versus',
    text: 'With only 7B parameters, ZetaVL matches GPT-4o on MathVista (63.5 vs. 63.8) and reaches 55.2% AP on LVIS v1.0.',
    want: [
      {value: 63.5, baselineValue: 63.8, baseline: 'GPT-4o', model: 'ZetaVL'},
      {value: 55.2, benchmark: 'LVIS v1.0', metric: 'AP'}
    ]
  },
  {
    // Items with a measure each share the benchmark written after the last;
    // `full-precision` names a number format; `retains` names its subject.
    rule: 'list sharing',
    text: 'ZetaTTS achieves a WER of 1.8% and a speaker similarity of 0.71 on LibriSpeech.',
    want: [
      {value: 1.8, metric: 'WER', benchmark: 'LibriSpeech'},
      {value: 0.71, metric: 'speaker similarity', benchmark: 'LibriSpeech'}
    ]
  },
  {
    rule: 'list sharing',
    text: 'ZetaRAG improves EM by 4.2 and F1 by 5.1 on HotpotQA.',
    want: [
      {delta: 4.2, metric: 'exact match', benchmark: 'HotpotQA'},
      {delta: 5.1, metric: 'F1', benchmark: 'HotpotQA'}
    ]
  },
  {
    // A benchmark written as the next item's label does not go back.
    rule: 'list sharing',
    text: 'ZetaGen achieves 7.59 FID and 0.74 GenEval in one step.',
    want: [
      {value: 7.59, benchmark: null},
      {value: 0.74, benchmark: 'GenEval'}
    ]
  },
  {
    rule: 'units and measures',
    text: 'With 4-bit weights, ZetaQuant retains 98.7% of the full-precision accuracy.',
    want: [{value: 98.7, metric: 'accuracy', model: 'ZetaQuant'}]
  },
  {
    // A score and a cost are not a pair (`while running at 120 FPS`); `X raises` names X.
    rule: 'units and measures',
    text: 'ZetaDet achieves a mAP of 58.3 on COCO while running at 120 FPS. ZetaVLA raises the success rate from 45% to 78%.',
    want: [
      {value: 58.3, baselineValue: null, metric: 'mAP'},
      {value: 120, unit: 'FPS', metric: 'FPS'},
      {value: 78, baselineValue: 45, model: 'ZetaVLA'}
    ]
  },
  {
    // `the previous best of 31%` names no measure; a loss in parentheses is the
    // change; a name-shaped item before its own `by` is its measure, not a system's.
    rule: 'units and measures',
    text: 'ZetaAgent completes 58% of tasks on OSWorld, nearly doubling the previous best of 31%.',
    want: [{value: 58}, {value: 31, metric: 'completion rate'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaKV improves throughput by 2.6x with negligible accuracy loss (<0.5%).',
    want: [{delta: 2.6, metric: 'throughput'}, {delta: -0.5, value: null, metric: 'accuracy'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaVid improves FVD by 18% and CLIPSIM by 0.02 over the baseline. It outperforms ZetaGen by 5% and Gemini by 3%.',
    want: [
      // (FVD is lower-is-better: improving it lowers it.)
      {delta: -18, metric: 'FVD'},
      {delta: 0.02, metric: 'CLIPSIM'},
      {delta: 5, baseline: 'ZetaGen'},
      {delta: 3, baseline: 'Gemini', metric: null}
    ]
  },
  {
    // `X increases …` names X; `matches o3-mini` names a model written in lower case.
    rule: 'extract-from-to',
    text: 'ZetaTab increases accuracy from 0.61 to 0.74 on WikiTableQuestions.',
    want: [{value: 0.74, baselineValue: 0.61, model: 'ZetaTab'}]
  },
  {
    rule: 'comparator',
    text: 'The 14B variant matches o3-mini on LiveCodeBench with 60.6% pass@1.',
    want: [{value: 60.6, baseline: 'o3-mini', metric: 'pass@1'}]
  },
  {
    // A coefficient that is a measure stays a result.
    rule: 'extract-score',
    text: 'The generated annotations achieve a Dice coefficient of 0.9513.',
    want: [{value: 0.9513, metric: 'Dice'}]
  },
  {
    // A benchmark named in an earlier sentence is the result's, unless people gave it.
    rule: 'benchmark of the abstract',
    text: 'We evaluate ZetaPose on Ego-Exo4D. It reaches 64.0% accuracy. In a user study, 71% of raters preferred its motions.',
    want: [{value: 64, benchmark: 'Ego-Exo4D'}, {value: 71, benchmark: null}]
  },
  {
    // A clause about all the other systems is none of theirs.
    rule: 'units and measures',
    text: 'The best model (ZetaVL-7B) reaches 67.9% accuracy; all other models stay below 50%.',
    want: [{value: 67.9, model: 'ZetaVL-7B'}, {value: 50, model: null}]
  },
  {
    // A colon ends the comparator.
    rule: 'comparator',
    text: 'Relative to dense retrieval memory: 41.5% lower latency.',
    want: [{delta: -41.5, baseline: 'dense retrieval memory'}]
  },
  {
    // `above X` is a comparison, not a measure.
    rule: 'units and measures',
    text: 'ZetaBot reaches a success rate of 81.0% across the suites, 2.7 points above RoboFlow-X.',
    want: [{value: 81, delta: 2.7, metric: 'success rate', baseline: 'RoboFlow-X'}]
  },
  {
    // `per image` narrows the measure; seconds alone make an abstract worth reading.
    rule: 'units and measures',
    text: 'RadAssist reduced the median annotation time per image from 40 seconds to 25 seconds.',
    want: [{value: 25, baselineValue: 40, unit: 'seconds', metric: 'median annotation time'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaCol shrinks the passage index from 154 GB to 41 GB.',
    want: [{value: 41, baselineValue: 154, unit: 'GB'}]
  },
  {
    // The registry metric a change verb takes, however long its complement.
    rule: 'units and measures',
    text: 'ZetaGuard lowers the attack success rate of three jailbreak attacks on JailbreakBench from 41.0% to 3.5%.',
    want: [{value: 3.5, baselineValue: 41, metric: 'attack success rate', benchmark: 'JailbreakBench'}]
  },
  {
    // `by a relative 44.3%` after the verb's long object; a generic `score` adds nothing to pass@1.
    rule: 'units and measures',
    text: 'ZetaGRPO works, boosting the pass@1 score of the Qwen2.5-Math-7B model on the AIME24 benchmark by a relative 44.3% over a vanilla GRPO baseline.',
    want: [{delta: 44.3, deltaKind: 'relative', metric: 'pass@1'}]
  },
  {
    // The measure before an intransitive verb, past a benchmark adjunct; no capital from the sentence start.
    rule: 'units and measures',
    text: 'Over-refusal on XSTest rises by only 0.9 pp.',
    want: [{delta: 0.9, unit: 'pp', metric: 'over-refusal', benchmark: 'XSTest'}]
  },
  {
    // A % change of an amount (a registry quantity) is relative, even when higher is better.
    rule: 'delta kind',
    text: 'ZetaServe improves decoding throughput by 37% over vLLM.',
    want: [{delta: 37, metric: 'decoding throughput', deltaKind: 'relative'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaRL attains a state-of-the-art score of 60.4 on AIME 2024.',
    want: [{value: 60.4, metric: 'score'}]
  },
  {
    // `the reported results of X` after a comparison word: X is compared with, not the subject.
    rule: 'comparator',
    text: 'ZetaRL outperforms the previously reported results of Qwen2.5-32B and DAPO by more than 10 points.',
    want: [{delta: 10, model: 'ZetaRL', baseline: 'Qwen2.5-32B'}]
  },
  {
    rule: 'comparator',
    text: 'These results even surpass the results from RL with 20x less compute.',
    want: [{delta: -20, unit: 'x', baseline: 'RL'}]
  },
  {
    // `reward model` names models, not a measure; the next clause's comparator is not this claim's.
    rule: 'units and measures',
    text: 'ZetaRM achieves an average of 88.6 across seven reward model benchmarks, while even the small variant outperforms all prior 70B reward models.',
    want: [{value: 88.6, metric: null, baseline: null}]
  },
  // The share a verb succeeds on is that verb's rate.
  ...measured('share of items', [
    ['ZetaProver proves 86% of plane geometry theorems.', 86, 'proof rate'],
    ['ZetaAudit detects 97.1% of fabrications on the real-world set.', 97.1, 'detection rate'],
    ['ZetaEmb can correctly predict 65% of the symbol names.', 65, 'accuracy'],
    ['ZetaFix resolves 48.3% of issues.', 48.3, 'resolve rate']
  ]),
  {
    // A benchmark written after the last item of a list is the earlier items' too.
    rule: 'benchmark of the sentence',
    text: 'ZetaProver reaches a pass rate of 46.3% with 64 samples and 52% cumulatively on the miniF2F test.',
    want: [{value: 46.3, benchmark: 'miniF2F'}, {value: 52, benchmark: 'miniF2F'}]
  },
  // People preferring one output: the share is a human preference.
  ...[
    ['In small-scale tests, 67%-77% of participants favored ZetaStory expansions over lower-rated ones.', 'human preference'],
    ['Human evaluators preferred ZetaSum summaries in $62\\%$ of pairwise comparisons for coherence.', 'human preference'],
    ['In a user study, raters preferred ZetaXL images over LCM-LoRA in 71% of cases.', 'human preference']
  ].map(([text, metric]) => ({rule: 'human preference', text: text as string, want: [{unit: '%', metric}]})),
  {
    // `on Verified` stands for the benchmark the abstract names in full.
    rule: 'benchmark of the sentence',
    text: 'ZetaFix resolves 48.3% of issues on SWE-bench Lite and 62.4% on SWE-bench Verified. Removing the verifier lowers the resolve rate on Verified by 7.1 percentage points.',
    want: [
      {value: 48.3, benchmark: 'SWE-bench Lite'},
      {value: 62.4, benchmark: 'SWE-bench Verified'},
      {delta: -7.1, benchmark: 'SWE-bench Verified', metric: 'resolve rate'}
    ]
  },
  {
    // (Only a word standing alone: `on Math reasoning puzzles` is not Minerva Math.)
    rule: 'benchmark of the sentence',
    text: 'ZetaMath scores 40% on Minerva Math and 60% on MATH-500. It also gains 5 points on Math reasoning puzzles.',
    want: [{value: 40, benchmark: 'Minerva Math'}, {value: 60, benchmark: 'MATH-500'}, {delta: 5, benchmark: null}]
  },
  {
    // Parts (suites, tasks) of the one benchmark named before are that benchmark; other benchmarks are not.
    rule: 'benchmark of the sentence',
    text: 'On the LIBERO benchmark, ZetaVLA achieves an average success rate of 94.2% across the four task suites.',
    want: [{value: 94.2, benchmark: 'LIBERO'}]
  },
  {
    rule: 'benchmark of the sentence',
    text: 'On the LIBERO simulation benchmark, ZetaVLA boosts the average success rate across four task suites from 76.5% to 97.1%.',
    want: [{value: 97.1, benchmark: 'LIBERO'}]
  },
  {
    rule: 'benchmark of the sentence',
    text: 'Trained on GSM8K, ZetaNet achieves an average accuracy of 61.2% across six math benchmarks.',
    want: [{value: 61.2, benchmark: null}]
  },
  {
    // A cost listed after scores does not take their benchmark.
    rule: 'benchmark of the sentence',
    text: 'ZetaVid improves accuracy on MLVU from 61.5% to 64.0%, and lowers latency from 9.6 s to 2.7 s per query.',
    want: [{value: 64, benchmark: 'MLVU'}, {value: 2.7, unit: 's', benchmark: null, metric: 'latency'}]
  },
  // A duration's measure: the activity done in it, else a job's runtime (in
  // minutes or hours) or a latency (in seconds or less).
  ...measured('durations', [
    ['ZetaMix trains in 6 minutes on a single GPU.', 6, 'training time'],
    ['The ZetaLM model completed the exam in around 10 minutes.', 10, 'completion time'],
    ['Quantizing a 70B model takes about 2.5 hours on one GPU.', 2.5, 'runtime'],
    ['ZetaMesh needs about 3 minutes per scene.', 3, 'runtime'],
    ['ZetaEdit edits a video in approximately 4 seconds.', 4, 'latency'],
    ['ZetaWAM takes 107.4 ms per action chunk.', 107.4, 'latency']
  ]),
  {
    // A score's measure does not go to a cost listed with it.
    rule: 'units and measures',
    text: 'ZetaCol keeps 30% of the document tokens on average and shrinks the MS MARCO passage index from 154 GB to 41 GB.',
    want: [{value: 30, metric: 'tokens'}, {value: 41, unit: 'GB', metric: null}]
  },
  {
    // `α = 0.1` is a setting, whatever the alphabet.
    rule: 'units and measures',
    text: 'With a Dirichlet concentration of α = 0.1, ZetaFed reaches 58.6% mean client accuracy, a relative improvement of 9.4% over FedProto.',
    want: [{value: 58.6, delta: 9.4, deltaKind: 'relative', baseline: 'FedProto'}]
  },
  {
    // The nouns before a registry metric include the sentence's capitalised first word.
    rule: 'units and measures',
    text: 'Communication cost per round is reduced by 62% because only prototypes are exchanged.',
    want: [{delta: -62, metric: 'communication cost'}]
  },
  {
    // Words before a measure's alias join it as written (`peak token usage`,
    // not `peak tokens`, a phrase the sentence never wrote).
    rule: 'units and measures',
    text: 'ZetaThink reduces peak token usage by 64% with minimal accuracy loss.',
    want: [{delta: -64, metric: 'peak token usage'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaDoc improves long-document VQA scores by 6.2% without extra training.',
    want: [{delta: 6.2, metric: 'long-document VQA score'}]
  },
  {
    // (The registry's own name with a generic `score` after it stays its name.)
    rule: 'units and measures',
    text: 'ZetaTag reaches class-level F1 scores of 91.5 on the held-out split.',
    want: [{value: 91.5, metric: 'class-level F1'}]
  },
  {
    // An aggregate before a changed phrase of four words leaves the phrase whole.
    rule: 'units and measures',
    text: 'ZetaAgent reduces the average number of search hops on WebShop by 41.2% while improving accuracy.',
    want: [{delta: -41.2, metric: 'number of search hops', qualifier: 'average'}]
  },
  {
    rule: 'units and measures',
    text: 'The tuned circuit achieves an average optimal tour sampling probability of 95% for 5 city cases.',
    want: [{value: 95, metric: 'optimal tour sampling probability'}]
  },
  {
    // (A registry measure that starts with the aggregate keeps it.)
    rule: 'units and measures',
    text: 'ZetaCast reduces mean squared error by 12.5% relative to ZetaBase.',
    want: [{delta: -12.5, metric: 'MSE', baseline: 'ZetaBase'}]
  },
  {
    // A measure whose long phrase a colon closes is the measure of the list after it.
    rule: 'units and measures',
    text: 'ZetaDroid sets a new state-of-the-art task success rate across several public mobile automation benchmarks: 61.5% on AndroidWorld and 37.3% on AndroidLab.',
    want: [{value: 61.5, metric: 'success rate'}, {value: 37.3, metric: 'success rate'}]
  },
  {
    // As many measures listed right before a bare list map onto it in order, without `respectively`.
    rule: 'list sharing',
    text: 'ZetaNet attains high accuracy, precision, recall, and F1 during the final fold of 97.1%, 91.4%, 93.6%, and 92.5%.',
    want: [{value: 97.1, metric: 'accuracy'}, {value: 91.4, metric: 'precision'}, {value: 93.6, metric: 'recall'}, {value: 92.5, metric: 'F1'}]
  },
  {
    rule: 'list sharing',
    text: 'ZetaNet reaches accuracy, precision and recall of 91.2%, 88.0% and 85.5%.',
    want: [{value: 91.2, metric: 'accuracy'}, {value: 88, metric: 'precision'}, {value: 85.5, metric: 'recall'}]
  },
  {
    // With `respectively`, a list of measures after the numbers that opens
    // with a known one maps as written, names the registry does not know too.
    rule: 'list sharing',
    text: 'ZetaSplat improves fidelity by 11%, 22%, and 74% in PSNR, LPIPS, and Depth L1, respectively.',
    want: [{delta: 11, metric: 'PSNR'}, {delta: 22, metric: 'LPIPS'}, {delta: 74, metric: 'Depth L1'}]
  },
  {
    // … and with `respectively`, when no measures follow the list.
    rule: 'list sharing',
    text: 'ZetaCare had AUROC, AUPRC, and Brier scores of 0.91, 0.55, and 0.18, respectively.',
    want: [{value: 0.91, metric: 'AUROC'}, {value: 0.55, metric: 'AUPRC'}, {value: 0.18, metric: 'Brier score'}]
  },
  {
    // … and a list of from-to pairs after a verb of change.
    rule: 'list sharing',
    text: 'With notes, the AUROC, AUPRC, and Brier score of ZetaCare improved from 0.86 to 0.90, 0.41 to 0.47, and 0.35 to 0.16, respectively.',
    want: [
      {value: 0.9, baselineValue: 0.86, metric: 'AUROC'},
      {value: 0.47, baselineValue: 0.41, metric: 'AUPRC'},
      {value: 0.16, baselineValue: 0.35, metric: 'Brier score'}
    ]
  },
  {
    // Questionnaire scales are registry measures: usability (SUS) and workload (NASA-TLX).
    rule: 'units and measures',
    text: 'Participants using ZetaVR reported high usability (SUS: 81.5) and low workload (NASA-TLX: 20.3).',
    want: [{value: 81.5, metric: 'SUS'}, {value: 20.3, metric: 'NASA-TLX'}]
  },
  {
    // `a macro-F1 score of`: a measure's generic `score` starts no clause, so the items share the benchmark.
    rule: 'list sharing',
    text: 'Experiments on the GSM8K dataset show that ZetaMind attains 97.2% accuracy and a macro-F1 score of 0.9712.',
    want: [{value: 97.2, benchmark: 'GSM8K'}, {value: 0.9712, benchmark: 'GSM8K', metric: 'macro-F1'}]
  },
  {
    // (`with a score of` still does: each item keeps its own comparator.)
    rule: 'list sharing',
    text: 'ZetaGal outperforms ZetaChin on MMLU by 41.3% to 35.7%, and ZetaPaLM on MATH with a score of 20.4% versus 8.8%.',
    want: [{value: 41.3, baseline: 'ZetaChin'}, {value: 20.4, baseline: null}]
  },
  {
    // (A pair with a verb of its own is measured from its own first score, not the list's comparator.)
    rule: 'list sharing',
    text: 'ZetaScene improves mAP over ZetaBox by 69% on R2S, and increases scene F-Score from 0.794 to 0.924.',
    want: [{delta: 69, baseline: 'ZetaBox'}, {value: 0.924, baseline: null}]
  },
  {
    // (A measure's acronym that starts a hyphenated system's name is part of the name.)
    rule: 'units and measures',
    text: 'The proposed MAE-QZT model attains an accuracy of 96.2% on the held-out set.',
    want: [{value: 96.2, metric: 'accuracy', model: 'MAE-QZT'}]
  },
  {
    // An `over …` adjunct between the measure and its intransitive verb.
    rule: 'units and measures',
    text: 'Average zero-shot accuracy over six commonsense tasks drops by just 1.3 points relative to FP16.',
    want: [{delta: -1.3, metric: 'zero-shot accuracy', baseline: 'FP16'}]
  },
  {
    // `…, and even surpasses Y by 1.6` is another comparison; `outperforming Y` is this one's.
    rule: 'comparator',
    text: 'ZetaRL outperforms VeriFree by 7.6 points on TheoremQA and 7.5 points on MMLU-Pro, and even surpasses General-Reasoner by 1.6 points.',
    want: [
      {delta: 7.6, baseline: 'VeriFree'},
      {delta: 7.5, baseline: 'VeriFree'},
      {delta: 1.6, baseline: 'General-Reasoner'}
    ]
  },
  {
    rule: 'comparator',
    text: 'ZetaLM achieves 100% accuracy on single arithmetic operations, outperforming GPT-4o.',
    want: [{value: 100, baseline: 'GPT-4o'}]
  },
  {
    rule: 'comparator',
    text: 'ZetaDet reaches 51.3 AP, 0.4 AP below the unpruned DINO baseline.',
    want: [{value: 51.3, delta: -0.4, baseline: 'unpruned DINO baseline'}]
  },
  {
    // `over four horizons` spans; `over all baselines` compares.
    rule: 'comparator',
    text: 'Averaged over four horizons, ZetaTS attains an MSE of 0.404 on ETTh1.',
    want: [{value: 0.404, baseline: null}]
  },
  {
    rule: 'comparator',
    text: 'ZetaNet improves accuracy by 3 points over all baselines.',
    want: [{delta: 3, baseline: 'all baselines'}]
  },
  {
    // People set a reference, not a baseline, and their score is no system's.
    rule: 'comparator',
    text: 'Even the strongest model, GPT-4o, reaches only 45.8% accuracy, while human experts achieve 87.2%.',
    want: [
      {value: 45.8, baselineValue: null, model: 'GPT-4o'},
      {value: 87.2, model: null}
    ]
  },
  {
    // Two scores and two margins over one comparator pair in order, and a
    // margin written `by about N times` is a ratio with its hedge.
    rule: 'extract-score-with-margin',
    text: 'ZetaDet-L achieves 51.4% AP and 96 FPS, outperforming FooDETR-R50 by 1.7% AP in accuracy and by about 12 times in FPS.',
    want: [
      {value: 51.4, delta: 1.7, unit: '%', metric: 'AP', baseline: 'FooDETR-R50', qualifier: null},
      {value: 96, delta: 12, unit: 'x', deltaKind: 'ratio', metric: 'FPS', baseline: 'FooDETR-R50', qualifier: 'approximately'}
    ]
  },
  {
    // A count out of `the` total, past an adjective, with a present-tense verb.
    rule: 'units and measures',
    text: 'The repair agent successfully fixes 87 out of the 120 reported bugs.',
    want: [{value: 87, unit: 'bugs', metric: 'bugs fixed'}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'ZetaAttack reaches an attack success rate (ASR) of 0.88, significantly surpassing FooAttack in 3.1 times.',
    want: [{value: 0.88, delta: 3.1, unit: 'x', deltaKind: 'ratio', baseline: 'FooAttack'}]
  },
  {
    // `compared to X's METRIC of N`: the comparator's score, named without its measure.
    rule: 'extract-versus',
    text: "ZETAREC can achieve an MRR@10 of up to 0.31 compared to the best single-model baseline's MRR@10 of 0.22.",
    want: [{value: 0.31, baselineValue: 0.22, delta: 0.09, model: 'ZETAREC', baseline: 'best single-model baseline'}]
  },
  {
    // A capitalised prefix joined to a family names another model.
    rule: 'comparator',
    text: 'ZetaGeo-7B surpasses the strong K-LLaVA 7B model by 2.4% on GeoQA.',
    want: [{delta: 2.4, model: 'ZetaGeo-7B', benchmark: 'GeoQA'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaPipe reaches up to 58% MFU and increases overall utilization by up to 41%.',
    want: [
      {value: 58, metric: 'MFU', qualifier: 'up to'},
      {delta: 41, metric: 'utilization', deltaKind: 'unspecified'}
    ]
  },
  {
    // A name and its size before `models achieve` is the subject.
    rule: 'extract-score',
    text: 'Llama 3.1 405B achieves a pass rate of 58%, and the much smaller Zeta-Coder 6.7B models achieve an impressive 37% pass rate.',
    want: [
      {value: 58, model: 'Llama 3.1 405B'},
      {value: 37, model: 'Zeta-Coder 6.7B'}
    ]
  },
  {
    // A short all-capital name after `on` is a benchmark; one before `score` is a measure.
    rule: 'extract-score',
    text: 'ZetaSearch scores 66.1 on MMSearch and 67.2 on KVQA.',
    want: [
      {value: 66.1, benchmark: 'MMSearch'},
      {value: 67.2, benchmark: 'KVQA'}
    ]
  },
  {
    rule: 'extract-by-delta',
    text: 'ZetaChapter outperforms the previous best by 14.0% in F1 score and 11.3% in ZODA score.',
    want: [
      {delta: 14, benchmark: null},
      {delta: 11.3, benchmark: null}
    ]
  },
  {
    // A count out of a total does not take a % margin as its own.
    rule: 'units and measures',
    text: 'The best agent solves 61 out of the 90 known defects and improves pass@1 by over 20% compared to plain prompting.',
    want: [
      {value: 61, delta: null, unit: 'defects'},
      {value: null, delta: 20, metric: 'pass@1', qualifier: 'over'}
    ]
  },
  {
    // The nouns before a registry measure a change is in stay with it.
    rule: 'extract-reduction',
    text: 'ZetaCam achieves over 35% reduction in camera pose errors compared with prior methods.',
    want: [{delta: -35, metric: 'camera pose error', qualifier: 'over'}]
  },
  {
    rule: 'extract-reduction',
    text: 'Adapting code is harder than writing it, with a nearly 12% decrease on pass@1.',
    want: [{delta: -12, metric: 'pass@1', qualifier: 'approximately'}]
  },
  {
    // A slowdown is a loss of speed, and a % change of it is relative.
    rule: 'extract-reduction',
    text: 'The defense incurs only a 3% slowdown in decoding.',
    want: [{delta: -3, metric: 'slowdown', deltaKind: 'relative'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaDrive gains up to +5.1 EPDMS on navhard. ZetaGen shows a 9% gain on VBench 2.0. Its renderings are validated by a 91% user preference.',
    want: [
      {delta: 5.1, metric: 'EPDMS', benchmark: 'navhard'},
      {delta: 9, benchmark: 'VBench 2.0'},
      {value: 91, metric: 'user preference'}
    ]
  },
  {
    // A range listed after a range of changes is a change too.
    rule: 'extract-range',
    text: 'ZetaJail surpasses other attacks on AdvBench, achieving 20-45% higher performance on GPT-4 and 31-52% on Gemini-Pro.',
    want: [
      {valueLow: 20, valueHigh: 45, deltaKind: 'unspecified'},
      {valueLow: 31, valueHigh: 52, deltaKind: 'unspecified'}
    ]
  },
  {
    // One value against each comparator's own score.
    rule: 'extract-versus',
    text: 'ZetaTest finds bugs in 72.5% of the pairs (versus 5.1% for FooGen and 30.2% for Bar Prompting).',
    want: [
      {value: 72.5, baselineValue: 5.1, delta: 67.4, baseline: 'FooGen'},
      {value: 72.5, baselineValue: 30.2, delta: 42.3, baseline: 'Bar Prompting'}
    ]
  },
  {
    // An improvement of a measure where lower is better lowers it.
    rule: 'extract-change-word',
    text: 'Our models improve SOTA for a total of 18% in terms of relative absolute error (REL).',
    want: [{delta: -18, metric: 'REL', deltaKind: 'relative'}]
  },
  {
    rule: 'units and measures',
    text: 'The strongest model, FooCoder 2, is able to solve a mere 2.3% of the issues.',
    want: [{value: 2.3, metric: 'resolve rate'}]
  },
  {
    // Comparators named before their scores, each compared with the value.
    rule: 'extract-versus',
    text: "On LiveCodeBench v6, ZetaThinker scores 48.2, outperforming FooMedium's 47.5 and its base model's 0.0.",
    want: [
      {value: 48.2, baselineValue: 47.5, delta: 0.7},
      {value: 48.2, baselineValue: 0, delta: 48.2}
    ]
  },
  {
    // A word glued to a measure (`low-cost`) is not one of its nouns; USD is a unit;
    // `distributions over X` compares with nothing.
    rule: 'extract-score',
    text: 'ZetaEnv treats environments as distributions over transitions and rewards, enabling low-cost (3.15 USD on average) generation of worlds.',
    want: [{value: 3.15, unit: 'USD', metric: 'cost', baseline: null, qualifier: 'average'}]
  },
  {
    // A hedge after `from` or `to` keeps the two scores a pair; the hedge on the first is not the value's.
    rule: 'extract-from-to',
    text: 'ZetaSR reduces initial delay from over 3100 seconds to 0.41 seconds.',
    want: [{value: 0.41, baselineValue: 3100, delta: -3099.59, unit: 'seconds', qualifier: null}]
  },
  {
    // A ratio restated by an example pair (`e.g., from A to just B`) is one claim.
    rule: 'extract-from-to',
    text: 'ZetaR1 reduces the average response length by ~2.5x, e.g., from 150 to just 60 tokens.',
    want: [{value: 60, baselineValue: 150, delta: -2.5, unit: 'x', deltaKind: 'ratio', qualifier: 'approximately'}]
  },
  {
    rule: 'extract-reduction',
    text: 'ZetaAct achieves up to 81.2% reduced inference latency over reasoning VLAs.',
    want: [{value: null, delta: -81.2, metric: 'inference latency', deltaKind: 'relative', qualifier: 'up to'}]
  },
  {
    // A short version after a hyphenated or camel-case name is part of the name, not a score.
    rule: 'extract-score',
    text: 'We present Data-Smith 2.0, an agent for data science. On DSBench, Data-Smith 2.0 achieves a medal rate of 41.5%.',
    want: [{value: 41.5, model: 'Data-Smith 2.0'}]
  },
  {
    // `while excelling … with N%`: the same system goes on, no comparison.
    rule: 'extract-score',
    text: 'It records 91.0% on MMBench and 79.5% on MMMU, while excelling in complex reasoning with 93.1% on AIME 2025.',
    want: [{value: 91, baselineValue: null}, {value: 79.5, baselineValue: null}, {value: 93.1, baselineValue: null}]
  },
  {
    // Labels of a list that opens with `on X(…)` name benchmarks the registry does not know.
    rule: 'extract-score',
    text: 'It achieves SOTA performance on ZETAB(71.2), QPG(85.1) and KompBench(87.9).',
    want: [
      {value: 71.2, benchmark: 'ZETAB'},
      {value: 85.1, benchmark: 'QPG'},
      {value: 87.9, benchmark: 'KompBench'}
    ]
  },
  {
    // A measure goes back to an earlier item only in the same direction.
    rule: 'extract-by-delta',
    text: 'The system improves on-device performance by 31%, reduces cloud model calls by over 38%, and preserves privacy.',
    want: [
      {delta: 31, metric: null},
      {delta: -38, metric: 'cloud model calls'}
    ]
  },
  {
    // Counts scaled from A to B with the gain they bring: the gain is the claim.
    rule: 'extract-change-word',
    text: 'Online RL gains from scaling parallel environments from 16 to 256 (+4.1 points) and the step budget from 10 to 40 (+3.2 points).',
    want: [{delta: 4.1, unit: 'points'}, {delta: 3.2, unit: 'points'}]
  },
  {
    // A share of a model's parts is a setting.
    rule: 'extract-from-to',
    text: 'Disabling these neurons, approximately 3% of neurons in the expert layers, raises the attack success rate from 7.1% to 61.8%.',
    want: [{value: 61.8, baselineValue: 7.1}]
  },
  {
    // The subject of a relative clause; the last item of a list keeps the list's system.
    rule: 'extract-score',
    text: 'The tasks are hard even for systems like OpenAI o3, which only obtains 38.2% accuracy on Zeta-Bench.',
    want: [{value: 38.2, model: 'o3'}]
  },
  {
    // What a system has (`with only 450M parameters`) is not what its score measures.
    rule: 'extract-score',
    text: 'In contrast, ZetaUI achieves 24.1 with only 380M parameters, underscoring the difficulty of the task.',
    want: [{value: 24.1, metric: null}]
  },
  {
    rule: 'extract-change-word',
    text: 'ZetaGen achieves a 41% improvement in the testbench pass@1 ratio compared with the baseline.',
    want: [{delta: 41, metric: 'testbench pass@1 ratio', deltaKind: 'unspecified'}]
  },
  {
    // Two scores against two comparators, each named with its own `at`.
    rule: 'extract-versus',
    text: 'ZetaProver reaches 44.1% with 32 samples and 50% cumulatively on miniF2F, surpassing the baseline GPT-4 at 21.0% with 32 samples and a tree search method at 39.0%.',
    want: [
      {value: 44.1, baselineValue: 21, delta: 23.1},
      {value: 50, baselineValue: 39, delta: 11}
    ]
  },
  {
    // A share of users is a user preference; the registry knows FIMO by its long name.
    rule: 'extract-score',
    text: 'In the user study, 66% of users rated it best. It proved 4 out of 148 problems in the Lean 4 Formalized International Mathematical Olympiad (FIMO) benchmark.',
    want: [
      {value: 66, metric: 'user preference'},
      {value: 4, benchmark: 'FIMO', metric: 'problems proved'}
    ]
  },
  {
    // `and` after a result starts the next item of a list of results, with its own model.
    rule: 'extract-from-to',
    text: 'On our dev set, Llama-3.2-3B improves from 4.0% to 18.2%, Qwen2.5-7B from 10.7% to 53.3%, and Qwen3-8B-zeta-sft from 42.6% to 59.0%.',
    want: [{model: 'Llama-3.2-3B'}, {model: 'Qwen2.5-7B'}, {model: 'Qwen3-8B-zeta-sft'}]
  },
  {
    rule: 'extract-ratio',
    text: 'ZetaPO matches best-of-k sampling with 3x fewer attempts.',
    want: [{delta: -3, metric: 'attempts'}]
  },
  {
    // A hedge goes forward along a list, not back; dB is written dB; improving a
    // lower-is-better measure named inside a phrase lowers it.
    rule: 'extract-by-delta',
    text: 'ZetaGS improves dense mesh Chamfer-L2 by 16.2% over FooGS, surpasses BarGS by 1.12 dB PSNR, and reconstructs scenes in under 90 seconds.',
    want: [
      {delta: -16.2, metric: 'dense mesh Chamfer-L2', qualifier: null},
      {delta: 1.12, unit: 'dB', qualifier: null},
      {value: 90, qualifier: 'up to'}
    ]
  },
  {
    // Two scores side by side take the benchmark written after both; a system
    // named as a framework is a setting.
    rule: 'extract-versus',
    text: 'We plug the encoder into the LLaVA-1.5 framework: it performs comparably with a CLIP encoder (e.g., 61.9 vs 61.7 on SeedBench, and 83.1 vs 82.6 on POPE, and gFID: 1.92 vs 2.41 on ImageNet).',
    want: [
      {value: 61.9, baselineValue: 61.7, benchmark: 'SEED-Bench', model: null},
      {value: 83.1, baselineValue: 82.6, benchmark: 'POPE', model: null},
      {value: 1.92, baselineValue: 2.41, benchmark: 'ImageNet', metric: 'FID'}
    ]
  },
  {
    // `$2\times$` is a ratio even when it is the abstract's only number.
    rule: 'extract-ratio',
    text: 'ZetaDiscover wins a kernel competition (up to $2\\times$ faster than prior art).',
    want: [{delta: 2, unit: 'x', qualifier: 'up to'}]
  },
  {
    // Two counts restating a change (`by 40% (from 313 to 181)`) are its scores;
    // `KV cache memory` is kept as written.
    rule: 'extract-from-to',
    text: 'ZetaSkip reduces reasoning tokens by 38% (from 298 to 185) on GSM8K. It reduces KV cache memory by 4.1x.',
    want: [
      {value: 185, baselineValue: 298, delta: -38, benchmark: 'GSM8K'},
      {delta: -4.1, metric: 'KV cache memory'}
    ]
  },
  {
    // A comparator's scores written `C FID / D GenEval` pair with ours in order;
    // a measure read after the number keeps its case.
    rule: 'extract-versus',
    text: 'ZetaSprint achieves 7.41 FID and 0.75 GenEval in one step, outperforming FooFlux (7.88 FID / 0.70 GenEval).',
    want: [
      {value: 7.41, baselineValue: 7.88, metric: 'FID'},
      {value: 0.75, baselineValue: 0.7, metric: 'GenEval'}
    ]
  },
  {
    // The system built on a model, named before its result verb.
    rule: 'extract-score',
    text: 'The questions are hard for AI systems, with our strongest GPT-4–based baseline achieving 37% accuracy.',
    want: [{value: 37, model: 'GPT-4'}]
  },
  {
    // The next item of a list of from-to pairs is a pair, not a range; the
    // measure and model of `a win rate improvement of X from A to B`.
    rule: 'extract-from-to',
    text: 'This gives a win rate improvement of Llama-3-8B-Instruct from 21.9% to 38.4% on AlpacaEval 2, and 19.6% to 28.1% on Arena-Hard.',
    want: [
      {value: 38.4, baselineValue: 21.9, metric: 'win rate', model: 'Llama-3-8B-Instruct'},
      {value: 28.1, baselineValue: 19.6, metric: 'win rate', model: 'Llama-3-8B-Instruct', valueLow: null}
    ]
  },
  {
    // An acronym before `scores of` names the measure (not SOTA); `Over` inside
    // a name compares nothing.
    rule: 'extract-score',
    text: 'The ensemble achieves mean Intersection Over Union (mIOU) scores of 92.4% on the test set.',
    want: [{value: 92.4, metric: 'mIOU', baseline: null}]
  },
  {
    rule: 'extract-score-with-margin',
    text: 'ZetaGS achieves real-time performance of 25.1 FPS, marking an astonishing 800 times speedup compared to existing approaches.',
    want: [{value: 25.1, delta: 800, unit: 'x', metric: 'FPS'}]
  },
  {
    // A hedge written in LaTeX (`$\\sim$`) is a hedge, and the verb's sign holds across the blanked space.
    rule: 'extract-ratio',
    text: 'ZetaMix matches the mixtures while reducing computational requirements by $\\sim$150x.',
    want: [{delta: -150, metric: 'computational requirements', qualifier: 'approximately'}]
  },
  {
    rule: 'units and measures',
    text: 'ZetaFlow achieves a median tracking error of 2.9 mm.',
    want: [{value: 2.9, unit: 'mm'}]
  },
  {
    // A cost named after `in`, past the parenthesis of a hedged maximum.
    rule: 'extract-ratio',
    text: 'ZetaQ achieves speedups of 4.1x (up to 18.2x) in quantization time.',
    want: [{delta: 4.1}, {delta: 18.2, metric: 'quantization time', qualifier: 'up to'}]
  },
  {
    // Margins over many comparators `by A% to B%` span a range.
    rule: 'extract-range',
    text: 'ZetaCar outperforms all baselines by 1.1% to 71.5% in accuracy.',
    want: [{valueLow: 1.1, valueHigh: 71.5, value: null, delta: null, deltaKind: 'unspecified'}]
  },
  {
    rule: 'extract-range',
    text: 'It brings an improvement ranging from 1.3% to 4% on zero-shot datasets.',
    want: [{valueLow: 1.3, valueHigh: 4, deltaKind: 'unspecified'}]
  },
  {
    // Two scores after the measure's name restate the change.
    rule: 'extract-from-to',
    text: 'The best pipeline achieves a 16.2% relative reduction in word error rate (WER; from 0.216 to 0.181).',
    want: [{value: 0.181, baselineValue: 0.216, delta: -16.2, metric: 'WER', deltaKind: 'relative'}]
  },
  // A % change of a lower-is-better rate, with no cue, is unspecified as for any percentage;
  // of a lower-is-better quantity that is no percentage, relative.
  {rule: 'extract-reduction', text: 'ZetaVLM reduces the hallucination rate of the base model by 34.8%.', want: [{delta: -34.8, metric: 'hallucination rate', deltaKind: 'unspecified'}]},
  {rule: 'extract-reduction', text: 'ZetaGuard lowers the attack success rate by 38%.', want: [{delta: -38, metric: 'attack success rate', deltaKind: 'unspecified'}]},
  {rule: 'extract-reduction', text: 'ZetaGen reduces FID by 18%.', want: [{delta: -18, metric: 'FID', deltaKind: 'relative'}]},
  {
    // The size of a rating scale and a share of data used are settings; an enhancement is a change.
    rule: 'extract-change-word',
    text: 'ZetaCar yields a 0.41-point enhancement (on a 5-point scale). Supervision with actions, as few as 2.5% of the full dataset, helps.',
    want: [{delta: 0.41, unit: 'points', deltaKind: 'absolute'}]
  },
  {
    rule: 'extract-score',
    text: "ZetaPrune keeps the model small, retaining 95% of the dense model's performance.",
    want: [{value: 95, metric: 'performance retained'}]
  },
  {
    rule: 'extract-reduction',
    text: 'ZetaSample cuts the samples needed, with an accuracy drop of less than 0.2%.',
    want: [{value: null, delta: -0.2, qualifier: 'up to'}]
  },
  {
    rule: 'extract-ratio',
    text: 'ZetaLA improves the quality of latent actions by 6x, as measured by linear probing.',
    want: [{delta: 6, metric: 'quality of latent actions'}]
  },
  {
    rule: 'extract-reduction',
    text: 'Combined with self-ask, it gets within reach: just 3% short of zero-shot performance with gold evidence.',
    want: [{value: null, delta: -3}]
  },
  {
    // Comparators with their own verb (`while X solves A and Y solves B`): one claim each.
    rule: 'extract-versus',
    text: 'On HumanEval, our model solves 27.5% of the problems, while GPT-3 solves 0% and GPT-J solves 10.9%.',
    want: [
      {value: 27.5, baselineValue: 0, baseline: 'GPT-3'},
      {value: 27.5, baselineValue: 10.9, baseline: 'GPT-J'}
    ]
  }
]

// Numbers that are settings, names, counts or references, never results.
// Scores written as slash lists: one claim per item, each on its own measure
// or data set by its place in the list written the same way.
positives.push(
  {
    rule: 'extract-slash-list',
    text: 'ZetaSum reaches 44.1/21.3/40.9 ROUGE-1/-2/-L on CNN/DailyMail.',
    want: [
      {value: 44.1, metric: 'ROUGE-1', benchmark: 'CNN/DailyMail'},
      {value: 21.3, metric: 'ROUGE-2', benchmark: 'CNN/DailyMail'},
      {value: 40.9, metric: 'ROUGE-L', benchmark: 'CNN/DailyMail'}
    ]
  },
  {
    rule: 'extract-slash-list',
    text: 'On SQuAD v1.1/v2.0, ZetaQA obtains an EM/F1 of 84.2/90.6.',
    want: [
      {value: 84.2, metric: 'exact match'},
      {value: 90.6, metric: 'F1'}
    ]
  },
  {
    rule: 'extract-slash-list',
    text: 'On SQuAD v1.1/v2.0, ZetaQA obtains a dev F1 of 91.3/80.4 (1.2/2.6 higher than the teacher).',
    want: [
      {value: 91.3, delta: 1.2, benchmark: 'SQuAD', baseline: 'teacher'},
      {value: 80.4, delta: 2.6, benchmark: 'SQuAD 2.0', baseline: 'teacher'}
    ]
  },
  {
    rule: 'extract-slash-list',
    text: 'ZetaDet obtains 51.4/44.7 box/mask AP on COCO, whereas the previous best obtains 50.2/45.0.',
    want: [
      {value: 51.4, baselineValue: 50.2, delta: 1.2, metric: 'box AP', benchmark: 'COCO'},
      {value: 44.7, baselineValue: 45, delta: -0.3, metric: 'mask AP', benchmark: 'COCO'}
    ]
  },
  {
    rule: 'extract-slash-list',
    text: 'The retriever lifts R@1/5/10 by 3.1/2.4/1.8 points on MSR-VTT.',
    want: [
      {delta: 3.1, metric: 'recall@1'},
      {delta: 2.4, metric: 'recall@5'},
      {delta: 1.8, metric: 'recall@10'}
    ]
  },
  {
    // Names that are not all known, or of another length, leave the measure to the usual search.
    rule: 'extract-slash-list',
    text: 'ZetaMT scores 30.2/42.1 BLEU on the En-Xx/Xx-En directions.',
    want: [
      {value: 30.2, metric: 'BLEU'},
      {value: 42.1, metric: 'BLEU'}
    ]
  }
)

// Ratios, rates and costs in other spellings; ranges written with `between`
// or a tilde; measures given with `=`.
positives.push(
  {rule: 'extract-ratio', text: 'ZetaKV cuts decoding latency by a factor of 3.5.', want: [{delta: -3.5, unit: 'x', metric: 'latency'}]},
  {rule: 'extract-ratio', text: 'In all runs the gain is large (factor up to 38).', want: [{delta: 38, unit: 'x', qualifier: 'up to'}]},
  {rule: 'extract-ratio', text: 'ZetaSplat is fast, achieving a 57 $\\times$ speedup over the baseline.', want: [{delta: 57, unit: 'x'}]},
  {rule: 'extract-score', text: 'ZetaAvatar renders in real time (120 fps).', want: [{value: 120, unit: 'FPS'}]},
  {rule: 'extract-score', text: 'Labelling a graph costs less than 2 dollars.', want: [{value: 2, unit: 'dollars'}]},
  {
    rule: 'extract-score',
    text: 'ZetaNet reaches 75.1% top-1 accuracy with only 2.3 ms latency.',
    want: [
      {value: 75.1, metric: 'top-1 accuracy'},
      {value: 2.3, unit: 'ms', metric: 'latency'}
    ]
  },
  {rule: 'extract-score', text: "The judge agrees with human rankings (Kendall's tau = 0.81).", want: [{value: 0.81, metric: "Kendall's tau"}]},
  {rule: 'extract-score', text: 'Decoding reaches a real-time factor of 0.12.', want: [{value: 0.12, unit: null}]},
  {rule: 'extract-range', text: 'Scores of current models ranged between 4% and 12%.', want: [{valueLow: 4, valueHigh: 12, value: null, unit: '%'}]},
  {rule: 'extract-range', text: "The student retains 85~95% of the teacher's accuracy.", want: [{valueLow: 85, valueHigh: 95, value: null, unit: '%'}]},
  {rule: 'extract-change-word', text: 'It brings an enhancement of over 20% on grounding accuracy.', want: [{delta: 20, value: null, metric: 'grounding accuracy'}]},
  {rule: 'extract-reduction', text: 'A small transformer compresses the tokens by up to 60%.', want: [{delta: -60, unit: '%'}]},
  {rule: 'extract-by-delta', text: 'ZetaPrune outperforms Wanda by 3.1 perplexity at 60% sparsity.', want: [{delta: -3.1, metric: 'perplexity', baseline: 'Wanda'}]}
)

// A measure named by the words right before a parenthesis holding just its numbers.
positives.push(
  {
    rule: 'extract-versus',
    text: 'The probes match trained encoders in interpretability (0.87 vs 0.90), sparse probing (0.69 vs 0.72), and causal editing (0.73 vs 0.72).',
    want: [
      {value: 0.87, baselineValue: 0.9, metric: 'interpretability'},
      {value: 0.69, baselineValue: 0.72, metric: 'sparse probing'},
      {value: 0.73, baselineValue: 0.72, metric: 'causal editing'}
    ]
  },
  {rule: 'extract-change-word', text: 'Aligned decoding keeps improving text-image fidelity (+6.3%).', want: [{delta: 6.3, metric: 'text-image fidelity'}]},
  // (Not a setting, nor a count restated as a share.)
  {rule: 'extract-score', text: 'Prompted with a standard prompt (36.2%), the model lags.', want: [{value: 36.2, metric: null}]},
  {rule: 'extract-score', text: 'It helps in just 1 of 15 evaluations (6.7%).', want: [{value: 6.7, metric: null}]},
  // (Nor a category of a measure named before it, nor a noise condition.)
  {rule: 'extract-score', text: 'Performance was measured by response accuracy in device control (86%).', want: [{value: 86, metric: 'response accuracy'}]},
  {rule: 'extract-change-word', text: 'At 0 dB SNR, it achieves a 37% relative improvement over the baseline system.', want: [{delta: 37, value: null}]},
  // (Nor vague words: `mid-level scores`, `the 62--73% range`.)
  {rule: 'extract-range', text: 'Small models plateau in the 62--73% range and reach only mid-level scores (48--70%).', want: [{valueLow: 62, metric: null}, {valueLow: 48, metric: null}]}
)

// Scores and their changes in parentheses, either way round; signed changes that span a range.
positives.push(
  {
    rule: 'extract-score-with-change',
    text: 'ZetaGen reaches 71.2% linear-probing accuracy (+1.4% over CLIP) and an FID of 5.10 (+4.8% over FLUID).',
    want: [
      {value: 71.2, delta: 1.4},
      {value: 5.1, delta: 4.8, unit: '%', baseline: 'FLUID'}
    ]
  },
  {rule: 'extract-score-with-change', text: 'The tuned agent gains +18.3% (to 41.0%) on Terminal-Bench.', want: [{value: 41, delta: 18.3, unit: '%', benchmark: 'Terminal-Bench'}]},
  {
    rule: 'extract-by-delta',
    text: 'Gains vary by domain (+3.5pp for Law to +40.2pp for Medicine).',
    want: [
      {delta: 3.5, value: null, baselineValue: null, unit: 'pp'},
      {delta: 40.2, value: null, baselineValue: null, unit: 'pp'}
    ]
  },
  {rule: 'extract-score', text: 'Decoding reaches 912 TPS on HumanEval.', want: [{value: 912, unit: 'TPS', metric: 'TPS', benchmark: 'HumanEval'}]},
  {rule: 'extract-versus', text: 'Re-ranking adds prohibitive computational costs (91s vs 2.05s per question).', want: [{value: 91, baselineValue: 2.05, unit: 's', metric: 'computational cost'}]},
  {rule: 'extract-score', text: 'On ImageNet-512, the tokenizer achieves competitive FID of 1.7.', want: [{value: 1.7, metric: 'FID'}]}
)

// Microseconds and per-item seconds; counts that name what they count; labels
// of a parenthesis; acronyms for a measure; dashes that close an aside.
positives.push(
  {rule: 'extract-score', text: 'On the attention task, ZetaKernel reaches 870us.', want: [{value: 870, unit: 'us'}]},
  {rule: 'extract-score', text: 'Running in only ~4s per image on a phone, ZetaGen is fast.', want: [{value: 4, unit: 's', qualifier: 'approximately'}]},
  {rule: 'extract-by-delta', text: 'It increases the number of execution steps by 41.2%.', want: [{delta: 41.2, metric: 'number of execution steps'}]},
  {rule: 'extract-reduction', text: 'Our scheduler reduces the TCO by up to 35% over static provisioning.', want: [{delta: -35, metric: 'TCO'}]},
  {rule: 'extract-ratio', text: 'The residual policy cuts the end-effector tracking error by 2.7x.', want: [{delta: -2.7, metric: 'end-effector tracking error'}]},
  {rule: 'extract-score', text: 'Task success rates can be raised to 48% with hints.', want: [{value: 48, metric: 'success rate'}]},
  {rule: 'extract-versus', text: 'It leads in generation quality (FID: ZetaTok 1.52 vs. REPA 1.61).', want: [{value: 1.52, baselineValue: 1.61, metric: 'FID'}]},
  {rule: 'extract-score', text: 'ZetaReward achieves 0.912 Value-Order Correlation (VOC) on Qwen3-VL.', want: [{value: 0.912, benchmark: null}]},
  {
    rule: 'extract-range',
    text: 'It surpasses TSLMs by 8.1%-20.5% and GRLMs by 6.3%-18.0%.',
    want: [{valueLow: 8.1, metric: null}, {valueLow: 6.3, metric: null}]
  },
  {
    rule: 'extract-score',
    text: 'The strongest models -- Zeta-A with 71.5% and Zeta-B with 74.2% -- fall far short of reliable safety.',
    want: [{value: 71.5, delta: null}, {value: 74.2, delta: null}]
  }
)

// Data sets named before their measure, or after the word for a data set.
positives.push(
  {
    rule: 'extract-score',
    text: 'The recommender reaches a Kuai F1 score of 0.571 and a Douyin F1 score of 0.502.',
    want: [
      {value: 0.571, benchmark: 'Kuai', metric: 'F1'},
      {value: 0.502, benchmark: 'Douyin', metric: 'F1'}
    ]
  },
  {rule: 'extract-score', text: 'The filter drives the attack success rate to 1% on the misuse dataset ZetaHarm.', want: [{value: 1, benchmark: 'ZetaHarm'}]},
  {rule: 'extract-score', text: 'It reaches a Top-1 accuracy of 81.2%.', want: [{value: 81.2, benchmark: null}]}
)

// Measures named in more ways; names a data set is not.
positives.push(
  {
    rule: 'extract-score',
    text: 'ZetaPose reaches over 240 FPS and 2x faster than non-causal baselines.',
    want: [
      {value: 240, delta: null, unit: 'FPS'},
      {value: null, delta: 2, unit: 'x'}
    ]
  },
  {rule: 'extract-ratio', text: 'ZetaSched achieves a 2.9x advantage in task completion time.', want: [{delta: 2.9, metric: 'task completion time'}]},
  {rule: 'extract-change-word', text: 'This translates to a 14.2% performance uplift from its base model.', want: [{delta: 14.2, metric: null}]},
  {
    rule: 'extract-by-delta',
    text: 'The online test shows that ZetaAds improves CTR by 3.1% and Revenue per Mile by 1.9%.',
    want: [
      {delta: 3.1, metric: 'click-through rate'},
      {delta: 1.9, metric: 'Revenue per Mile'}
    ]
  },
  {rule: 'extract-score', text: 'ZetaPlan achieves 71.3% on Plotbench.', want: [{value: 71.3, benchmark: 'Plotbench'}]},
  {rule: 'extract-score', text: 'Editing takes about 3.5 s on one GPU in BF16.', want: [{value: 3.5, benchmark: null}]},
  {rule: 'extract-by-delta', text: 'It lifts task success by up to 30% in LLM-enabled robotic manipulation.', want: [{delta: 30, benchmark: null}]}
)

// A passive preference is a human preference; a noun after a name is no verb.
positives.push(
  {rule: 'extract-score', text: 'In a user study, our avatar is preferred over 75% against the baseline.', want: [{value: 75, metric: 'human preference'}]},
  {rule: 'extract-score', text: 'The model is trained on over 75% of the data.', want: [{value: 75, metric: null}]}
)

// Savings and compression shrink what they name (a ratio of compression
// stays one); LaTeX around a number keeps its cues; a speed-up of a time
// shortens it.
positives.push(
  {rule: 'extract-reduction', text: 'ZetaQuant achieves about 65% relative memory savings on the quantized layers.', want: [{delta: -65, value: null}]},
  {rule: 'extract-reduction', text: 'On AIME 2024, the small model gains accuracy with 38% compression.', want: [{delta: -38}]},
  {rule: 'extract-ratio', text: 'ZetaPrune achieves up to 12.5x compression on single-turn tasks.', want: [{delta: 12.5, unit: 'x'}]},
  {rule: 'extract-reduction', text: 'It reduces sequential tokens by up to $\\textbf{31.2}$%.', want: [{delta: -31.2, unit: '%'}]},
  {rule: 'extract-score-with-margin', text: 'ZetaSurg reaches 51.2% hardcore accuracy, a 5.9$\\times$ improvement over generalist VLMs.', want: [{value: 51.2, delta: 5.9, unit: 'x'}]},
  // (A ratio speed-up stays positive, as the spec's `27x speed-up` is +27.)
  {rule: 'extract-ratio', text: 'ZetaVLA delivers a 1.31x speedup in end-to-end inference latency.', want: [{delta: 1.31, unit: 'x'}]}
)

// A clause opening with `on X` and its subject names X; cosine similarity is a measure.
positives.push(
  {
    rule: 'extract-by-delta',
    text: 'ZetaBelief outperforms strong baselines: on ZKBG it improves success rate by 5.0 points, while on Mutual Friends it improves it by 9.3 points.',
    want: [
      {delta: 5, benchmark: 'ZKBG'},
      {delta: 9.3, benchmark: 'Mutual Friends'}
    ]
  },
  {rule: 'extract-score', text: 'Our model predicts the embeddings with 0.61 cosine similarity.', want: [{value: 0.61, metric: 'cosine similarity'}]}
)

// Milliseconds and degrees; changes named before a parenthesis; `as much as`;
// a reduction carried over a comma; shares that name a rate; data sizes and
// subsets are settings.
positives.push(
  {rule: 'extract-range', text: 'It takes just 80-110 milliseconds to classify a clip.', want: [{valueLow: 80, valueHigh: 110, unit: 'ms'}]},
  {rule: 'extract-score', text: 'The arm shows maximum errors of just 0.81 degree.', want: [{value: 0.81, unit: 'degree'}]},
  {
    rule: 'extract-change-word',
    text: 'It brings improvements in citation rate (15.1 percent) and subjective quality (16.4 percent).',
    want: [
      {delta: 15.1, value: null, metric: 'citation rate'},
      {delta: 16.4, value: null, metric: 'subjective quality'}
    ]
  },
  {rule: 'extract-reduction', text: 'It preserves accuracy while substantially reducing token consumption (>45%).', want: [{delta: -45, value: null}]},
  // (The adjective `lower` reports a value: `lower latency (12 ms)`.)
  {rule: 'extract-score', text: 'ZetaServe achieves lower latency (12 ms) than vLLM.', want: [{value: 12, delta: null, unit: 'ms'}]},
  {rule: 'extract-by-delta', text: 'The signal to noise ratio increases by as much as 29 percent.', want: [{delta: 29, value: null}]},
  {
    rule: 'extract-reduction',
    text: 'It reduces ADE by 38.1%, FDE by 47.2%, and improves SR by 12.4 points.',
    want: [{delta: -38.1}, {delta: -47.2}, {delta: 12.4}]
  },
  {rule: 'extract-score', text: 'ZetaABS rejects 17.3% of previously passing patches.', want: [{value: 17.3, metric: 'rejection rate'}]},
  {rule: 'extract-score', text: 'ZetaShield missed 2.1 percent of harmful inputs.', want: [{value: 2.1, metric: 'miss rate'}]},
  {rule: 'extract-score', text: 'ZetaFlow achieves the highest accuracy on every benchmark (81.9% average).', want: [{value: 81.9, metric: 'accuracy'}]},
  {rule: 'extract-from-to', text: 'It improves Acc@500m from 7.5% to 20.3%.', want: [{value: 20.3, metric: 'Acc@500m'}]},
  {rule: 'extract-score', text: 'Our model achieves 95% subset accuracy.', want: [{value: 95, metric: 'subset accuracy'}]}
)

// A version after a name is no score.
positives.push({rule: 'extract-score', text: 'ZetaFlash achieves 47.0% on Terminal-Bench 2.0, comparable to frontier models.', want: [{value: 47, benchmark: 'Terminal-Bench'}]})

// Measures at a cutoff; a hedge after `by`; arrows and non-breaking spaces in
// LaTeX; a reduction verb right before a ratio; a change range after `improving`.
positives.push(
  {rule: 'extract-by-delta', text: 'ZetaSparse improves average NDCG@5 across six retrieval benchmarks by +11.2pp over the dense baseline.', want: [{delta: 11.2, metric: 'nDCG@5'}]},
  // `respectively` maps a list of measures named right after the numbers (not measures further on).
  {rule: 'extract-score', text: 'ZetaCoder achieves 85.94% and 92.01% in pass@1 and pass@2, respectively, on ZetaEval.', want: [{value: 85.94, metric: 'pass@1'}, {value: 92.01, metric: 'pass@2'}]},
  {
    rule: 'extract-score',
    text: 'ZetaPolicy reaches state-of-the-art results on OmegaLab and KappaCasa (98.5% and 67.1% average success rates, respectively) and the highest score in real-world tasks.',
    want: [{value: 98.5, metric: 'success rate'}, {value: 67.1, metric: 'success rate'}]
  },
  // A comparative's measure is read up to `or` too (`tighter`, a comparative, is no part of it).
  {rule: 'extract-ratio', text: 'ZetaServe sustains 3.3x higher query rates or 4.7x tighter latency SLOs in online serving.', want: [{delta: 3.3, metric: 'query rate'}, {delta: 4.7, metric: 'latency'}]},
  // A clause before the scores' parenthesis is no measure.
  {rule: 'extract-versus', text: 'Whitebox materially outperforms blackbox (67.0% vs. 32.7% validated detection), and web materially outperforms binary (74.3% vs. 25.3%).', want: [{value: 67}, {value: 74.3, metric: null}]},
  // `a … improvement upon X` after a score is its margin.
  {rule: 'extract-score-with-margin', text: 'ZetaMem achieves 51.67% on the public OmegaMo benchmark, a nearly 3% improvement upon KappaMem.', want: [{value: 51.67, delta: 3}]},
  // A margin in a clause of its own comparison, or margins listed for listed comparators, are not the score's.
  {
    rule: 'extract-score',
    text: 'ZetaCoder reaches 93% average Pass@1, outperforms OmegaLM on three benchmarks, exceeds KappaLM by 28 average points.',
    want: [{value: 93, delta: null}, {delta: 28, value: null, baseline: 'KappaLM'}]
  },
  {
    rule: 'extract-score',
    text: 'ZetaMobile achieves 74% on GenEval and outperforming OmegaGen and KappaFlow by 5% and 11%, respectively.',
    want: [{value: 74, delta: null}, {delta: 5, value: null}, {delta: 11, value: null}]
  },
  // A plain capitalised word where a listed benchmark stood names one too (not `Average`).
  {rule: 'extract-score', text: 'ZetaMix attains an MSE of 0.404 on ETTh1 and 0.247 on Weather.', want: [{value: 0.404, benchmark: 'ETTh1'}, {value: 0.247, benchmark: 'Weather'}]},
  {rule: 'extract-by-delta', text: 'ZetaRL outperforms OmegaRL by 7.6 points on TheoremQA and 7.5 points on Minerva.', want: [{delta: 7.6, benchmark: 'TheoremQA'}, {delta: 7.5, benchmark: 'Minerva'}]},
  {rule: 'extract-score', text: 'ZetaMix attains an MSE of 0.404 on ETTh1 and 0.391 on Average.', want: [{value: 0.404, benchmark: 'ETTh1'}, {value: 0.391, benchmark: expect.not.stringMatching(/^Average$/u)}]},
  // A cutoff written without the registry name's `@` stays as written; with it, the registry's spelling.
  {rule: 'extract-score', text: 'ZetaDet reaches 0.7307 mAP50-95 and 0.91 mAP50 on VOC07.', want: [{value: 0.7307, metric: 'mAP50-95'}, {value: 0.91, metric: 'mAP50'}]},
  {rule: 'extract-score', text: 'ZetaDet reaches 0.7307 mAP@50-95 on VOC07.', want: [{value: 0.7307, metric: 'mAP@50-95'}]},
  {rule: 'extract-reduction', text: 'The root mean squared error of the estimates is reduced by an average of 12%.', want: [{delta: -12, metric: 'RMSE'}]},
  {
    rule: 'extract-from-to',
    text: 'ZetaRL achieves a 45% improvement in task completion rate ($60\\%\\rightarrow87\\%$).',
    want: [{value: 87, baselineValue: 60, delta: 45, deltaKind: 'relative', metric: 'task completion rate'}]
  },
  {rule: 'extract-by-delta', text: 'It outperforms the sequential baseline by +7.42~pp.', want: [{delta: 7.42, unit: 'pp'}]},
  {rule: 'extract-score', text: 'It reaches 41.2% while reducing latency 2.3x through parallelization.', want: [{value: 41.2}, {delta: -2.3, unit: 'x'}]},
  {rule: 'extract-ratio', text: 'ZetaEdge achieves 1.3x lower latency and 7.9x higher token throughput.', want: [{delta: -1.3}, {delta: 7.9}]},
  {rule: 'extract-range', text: 'It improves UA by 18.2 to 30.4 percentage points over the strongest baselines.', want: [{valueLow: 18.2, valueHigh: 30.4, delta: null, unit: 'pp'}]}
)

// An acronym the abstract defines means its expansion there and later, where
// the registry spells it out otherwise; `test`/`validation` name splits.
positives.push({
  rule: 'extract-score',
  text: 'ZetaPlan achieves 51.2% validation and 50.9% test Final Pass Rate (FPR). In multi-turn use, it achieves 43.1% FPR.',
  want: [
    {value: 51.2, metric: 'Final Pass Rate'},
    {value: 50.9, metric: 'Final Pass Rate'},
    {value: 43.1, metric: 'Final Pass Rate'}
  ]
})

// Adjacent registry words after a number are one measure.
positives.push({rule: 'extract-ratio', text: 'ZetaEdge achieves 7.2x higher token throughput than the edge-only model.', want: [{delta: 7.2, metric: 'token throughput'}]})

// An average of a measure is the measure, with the qualifier `average` (the gold's canonical name).
positives.push({rule: 'extract-score', text: 'ZetaRelay achieves an average accuracy of 48.9% across six benchmarks.', want: [{value: 48.9, metric: 'accuracy', qualifier: 'average'}]})

// A share removed or saved is a reduction of what follows `of`.
positives.push({rule: 'extract-reduction', text: 'ZetaCache can remove 75% of indexer computations with negligible quality loss.', want: [{delta: -75, deltaKind: 'relative', metric: 'indexer computations'}]})

// Each score of a from-to with the setting it was measured at: the settings are no claims.
positives.push(
  {
    rule: 'extract-from-to',
    text: 'Raising the noise level reduced ZetaRank nDCG@10 from 0.91 at 2% noise to 0.43 at 36% noise.',
    want: [{value: 0.43, baselineValue: 0.91, delta: -0.48, metric: 'nDCG@10'}]
  },
  {rule: 'extract-from-to', text: 'Accuracy on RULER drops from 81.2% at 4K tokens to 40.5% at 128K tokens.', want: [{value: 40.5, baselineValue: 81.2, benchmark: 'RULER', metric: 'accuracy'}]}
)

// Items of a comparison are systems (`and MTP by`), items of a change after it measures.
positives.push(
  {rule: 'extract-by-delta', text: 'ZetaPlan also surpasses ATLAS by +17.65 pp and MTP by +10.0 pp.', want: [{delta: 17.65, baseline: 'ATLAS', metric: null}, {delta: 10, baseline: 'MTP', metric: null}]},
  {rule: 'extract-reduction', text: 'ZetaTraj outperforms strong baselines, reducing ADE by 40.2%, FDE by 51.7%.', want: [{delta: -40.2, metric: 'ADE'}, {delta: -51.7, metric: 'FDE'}]},
  // A reduction written as a noun after its number carries no verb to the next item.
  {rule: 'extract-reduction', text: 'The pruning leads to an 85% memory saving and a 5.1x throughput over vanilla decoding.', want: [{delta: -85, metric: 'memory'}, {delta: 5.1, metric: 'throughput'}]},
  {rule: 'extract-reduction', text: 'ZetaKV reduces memory by 38% and the latency by 95 ms.', want: [{delta: -38, metric: 'memory'}, {delta: -95, metric: 'latency'}]},
  // `diminished` is a verb of reducing.
  {rule: 'extract-reduction', text: 'The disparities among subgroups were diminished by more than 25% with ZetaFair.', want: [{delta: -25, metric: 'disparities', qualifier: 'over'}]}
)

// A share of the original performance kept says what it is, whatever measures come before it.
positives.push({
  rule: 'extract-ratio',
  text: 'ZetaPrune delivers a 3.3x speedup in encoding latency while retaining over 94% of the original performance.',
  want: [{delta: 3.3}, {value: 94, metric: 'performance retained'}]
})

// `its X base model`: a lowercase `base` before `model` describes the model, it is not in its name.
positives.push({rule: 'extract-from-to', text: 'ZetaVerse improves its Qwen3-8B base model from 48% to 71% accuracy on BFCL.', want: [{value: 71, baselineValue: 48, model: 'Qwen3-8B'}]})

// `On X multi-turn scenarios, …` names the benchmark X; `In the X framework` does not.
positives.push(
  {
    rule: 'extract-score',
    text: 'On TravelPlanner, ZetaTrip achieves 52.8% accuracy. On FlexiTripBench multi-turn scenarios, it achieves 44.3% accuracy.',
    want: [{value: 52.8, benchmark: 'TravelPlanner'}, {value: 44.3, benchmark: 'FlexiTripBench'}]
  },
  {rule: 'extract-ratio', text: 'In the SGLang framework, ZetaSpec achieves a 1.38x throughput improvement.', want: [{delta: 1.38, benchmark: null}]}
)

// `METRIC=value+-spread unit`: each acronym's value, the unit after the spread.
positives.push({
  rule: 'extract-score',
  text: 'For the brain data, ZetaSR reaches SSIM=0.951+-0.021, PSNR=26.90+-1.41 dB and GMSD=0.083+-0.017.',
  want: [
    {value: 0.951, metric: 'SSIM', unit: null},
    {value: 26.9, metric: 'PSNR', unit: 'dB'},
    {value: 0.083, metric: 'GMSD', unit: null}
  ]
})

// A score and its parenthesised change with the benchmark between.
positives.push({
  rule: 'extract-score-with-change',
  text: 'Training with ZetaCompile achieves 68.3 on MRCR (+18.1) and 77.5 on GraphWalks (+7.6).',
  want: [
    {value: 68.3, delta: 18.1, benchmark: 'MRCR'},
    {value: 77.5, delta: 7.6, benchmark: 'GraphWalks'}
  ]
})

// A metric word inside a compound (`no-memory`) or modifying `baseline` is no measure.
positives.push({
  rule: 'extract-by-delta',
  text: 'ZetaMem improves average accuracy by up to 23.8% over the strongest centralized memory baseline and by up to 52.5% over the no-memory baseline.',
  want: [{delta: 23.8, metric: 'accuracy'}, {delta: 52.5, metric: 'accuracy'}]
})

// `a reduction in X of up to N%`: a change of X.
positives.push({rule: 'extract-reduction', text: 'Experiments show a reduction in cycle time of up to 15% compared to conventional safety equipment.', want: [{delta: -15, metric: 'cycle time', qualifier: 'up to'}]})

// A title-case dimension after a signed change is its measure, not a benchmark.
positives.push({
  rule: 'extract-change-word',
  text: 'ZetaTalk achieves improvements of up to +14.1 in Persona Consistency and +10.6 in Social Contribution.',
  want: [
    {delta: 14.1, metric: 'Persona Consistency', benchmark: null},
    {delta: 10.6, metric: 'Social Contribution', benchmark: null}
  ]
})

// The speed of a phase; what is cheaper costs less.
positives.push(
  {rule: 'extract-change-word', text: 'ZetaRL achieves up to 41% speedup in the training phase.', want: [{delta: 41, metric: 'training speed'}]},
  {rule: 'extract-ratio', text: 'The pipeline is 795 times faster and 205 times cheaper than manual annotation.', want: [{delta: 795, metric: 'speed'}, {delta: -205, metric: 'cost'}]}
)

// A score restated as a change past a short adjunct is one claim.
positives.push({
  rule: 'extract-score-with-margin',
  text: 'ZetaPolicy achieves a success rate of 99.2% in just 200 RL steps, representing a 103% relative improvement.',
  want: [{value: 99.2, delta: 103, deltaKind: 'relative', metric: 'success rate'}]
})

// After `;`, an unnamed system of the paper is named by its description, not by a model listed before.
positives.push({
  rule: 'extract-score',
  text: 'We benchmark Gemma 2 9B and Mistral 8B and build ensembles; a soft-vote supervised ensemble reaches macro-F1 0.332, above the best single model.',
  want: [{value: 0.332, model: 'soft-vote supervised ensemble'}]
})

// `R@3`, `N@3`: abbreviations the registry lists at `@k`, at any cutoff.
positives.push({
  rule: 'extract-change-word',
  text: 'ZetaRec delivers +18.7% R@1, +7.1% R@3, and +9.6% N@3 over legacy baselines.',
  want: [
    {delta: 18.7, metric: 'recall@1', deltaKind: 'unspecified'},
    {delta: 7.1, metric: 'recall@3', deltaKind: 'unspecified'},
    {delta: 9.6, metric: 'nDCG@3', deltaKind: 'unspecified'}
  ]
})

// A confidence level and its interval's bounds are no claims.
positives.push({rule: 'extract-score-with-change', text: 'ZetaCover raises session coverage to 58% (+17% absolute; 95% CI: [14.1, 20.4]).', want: [{value: 58, delta: 17}]})

// `improves X up to N%` is a change; an overhead of N% is one too; a lift is no measure.
positives.push(
  {rule: 'extract-change-word', text: 'Data referencing as a critic improves answer accuracy up to 12.0% on WikiTQ.', want: [{delta: 12, value: null, metric: 'answer accuracy'}]},
  {rule: 'extract-change-word', text: 'ZetaSense blocks most attacks with a marginal latency overhead of 8.3%.', want: [{delta: 8.3, value: null, metric: 'latency overhead', deltaKind: 'relative'}]},
  {rule: 'extract-change-word', text: 'The WBC variant of ZetaPage delivered a +0.24% lift on the core engagement metric.', want: [{delta: 0.24, metric: null}]}
)

// An example's parenthesis keeps the verb's sign and object; `more than triples` compares with nothing.
positives.push({
  rule: 'extract-reduction',
  text: 'ZetaMCP significantly cuts prompt tokens (e.g., by over 50%) and more than triples tool selection accuracy.',
  want: [{delta: -50, metric: 'prompt tokens', baseline: null}]
})

// `\pm` is a spread in LaTeX too: its numbers are no claims.
positives.push({
  rule: 'extract-score',
  text: 'ZetaGraph and ZetaDiff achieved balanced accuracies of $85.2 \\pm 1.5$ ($\\pm$ standard error) and $85.1 \\pm 2.5$, respectively.',
  want: [{value: 85.2}, {value: 85.1}]
})

// A bare `error` is named with the nouns that narrow it.
positives.push(
  {rule: 'extract-reduction', text: 'ZetaSLAM achieves about 23 percent less pose error than ZetaBase.', want: [{delta: -23, metric: 'pose error'}]},
  {rule: 'extract-score', text: 'ZetaFlow reaches a maximum-based relative L2 error of 2.8% on held-out geometries.', want: [{value: 2.8, metric: 'L2 error'}]}
)

// A verb before a measure is not part of its name.
positives.push({rule: 'extract-change-word', text: 'Across tasks, the models show general accuracy gains up to 4.4% over CoT prompting.', want: [{delta: 4.4, metric: 'general accuracy'}]})

// The measure of a ratio of two times is theirs, not a noun of the next participle clause.
positives.push({
  rule: 'extract-score',
  text: 'ZetaGuard achieves an F1 score of 0.75 while being 8x faster (1.81s vs. 14.50s) and introducing no additional memory overhead.',
  want: [{value: 0.75}, {delta: -8, value: 1.81, baselineValue: 14.5, metric: 'latency'}]
})

// The reducing verb decides the sign past a long object.
positives.push({
  rule: 'extract-reduction',
  text: 'ZetaDecode reduces the normalized mean squared error between predicted and true velocities by 72% compared to autoregressive methods.',
  want: [{delta: -72}]
})

// Only the result, not the share of data it was trained on.
positives.push({rule: 'extract-range', text: 'Models trained on just 5% of our distilled coreset achieve a success rate of 85-90%.', want: [{valueLow: 85, valueHigh: 90}]})

// Two surveyed systems contrasted with `while` are two scores, no baseline.
positives.push({
  rule: 'extract-score',
  text: 'The best closed-source model achieves only 64.2% accuracy, while the strongest open-source model reaches just 46.8%.',
  want: [{value: 64.2, baselineValue: null}, {value: 46.8, baselineValue: null}]
})

// Unknown names labelling a list of scores, with a version or two words.
positives.push({
  rule: 'extract-score',
  text: 'ZetaOCR ranks first on DocuZetaBench v1.5 (93.12) and ZetaOCR Bench (79.8), ahead of general VLMs.',
  want: [{value: 93.12, benchmark: 'DocuZetaBench'}, {value: 79.8, benchmark: 'ZetaOCR Bench'}]
})

// Pruning a share of the input tokens is a setting; the efficiency gain is the claim.
positives.push({
  rule: 'extract-change-word',
  text: 'ZetaPrune prunes 50% of vision tokens throughout the architecture, resulting in a 62% improvement in efficiency during training.',
  want: [{delta: 62}]
})

// `Hits@1`, `Hit@10`: cutoff measures as written; `error thresholds` is no error.
positives.push(
  {rule: 'extract-score-with-change', text: 'ZetaQA achieves 88.7% Hits@1 (+10.7% over prior SOTA) and improves Hit@10 by 3.2%.', want: [{value: 88.7, metric: 'Hits@1'}, {delta: 3.2, metric: 'Hit@10'}]},
  {rule: 'extract-score', text: 'ZetaDecoder achieves error thresholds of 10.99% (independent noise) and 18.6% (depolarizing noise).', want: [{value: 10.99, metric: 'error thresholds'}, {value: 18.6, metric: 'error thresholds'}]}
)

// A range of ratios written in LaTeX: two bounds, no delta.
positives.push({rule: 'extract-range', text: 'ZetaFlow can achieve \\textbf{1.44$\\times$ to 6.36$\\times$} speedup over current frameworks.', want: [{valueLow: 1.44, valueHigh: 6.36, delta: null, unit: 'x'}]})

// `open-source models remain below 40%`: many unnamed systems, not the model named before.
positives.push({
  rule: 'extract-score',
  text: 'The best model, Qwen9-Zeta, reaches only 45.96% accuracy, while open-source models remain below 40%.',
  want: [{value: 45.96, model: 'Qwen9-Zeta'}, {value: 40, model: null}]
})

// Units after LaTeX spacing (`$29.4$ pp`) or hyphenated (`percentage-point`).
positives.push(
  {rule: 'extract-by-delta', text: 'Model choice changes Pass@1 by $29.4$ pp on ZetaSWE.', want: [{delta: 29.4, unit: 'pp'}]},
  {rule: 'extract-change-word', text: 'ZetaHint yields a 19.7 percentage-point pass-rate gain on Doubao-2.0-lite.', want: [{delta: 19.7, unit: 'pp', metric: 'pass rate'}]}
)

// A registry word and the head noun it modifies, in the second item of a list of changes.
positives.push({
  rule: 'extract-reduction',
  text: 'ZetaPlay improves realism, reducing Frechet trajectory distance by 13.1% and energy distance by 20.2%.',
  want: [{delta: -13.1, metric: 'Frechet trajectory distance'}, {delta: -20.2, metric: 'energy distance'}]
})

// `Name (score)`: each score is its model's; a signed margin in parentheses is the comparator's.
positives.push({
  rule: 'extract-score',
  text: 'GPT-4o achieved the highest average performance (6.29 out of 10), followed by Gemini-1.5-Flash (5.28) and Janus-4o (3.64).',
  want: [{value: 6.29, model: 'GPT-4o'}, {value: 5.28, model: 'Gemini-1.5-Flash'}, {value: 3.64, model: 'Janus-4o'}]
})

// `on the PVS benchmark`, `on our multimodal ROAD subset`: the name before the noun for data.
positives.push({
  rule: 'extract-change-word',
  text: 'ZetaRoad achieves a +1.4 pp improvement over the previous state-of-the-art on the PVS benchmark and an +11.6 pp improvement on our multimodal ROAD subset.',
  want: [{delta: 1.4, benchmark: 'PVS'}, {delta: 11.6, benchmark: 'ROAD'}]
})

// A slash list from one list of scores to another: each item a from-to of its measure.
positives.push({
  rule: 'extract-slash-list',
  text: 'ZetaPhase reduces ADE/FDE from 6.57/12.07 m to 2.44/5.25 m.',
  want: [
    {value: 2.44, baselineValue: 6.57, delta: -4.13, metric: 'ADE'},
    {value: 5.25, baselineValue: 12.07, delta: -6.82, metric: 'FDE'}
  ]
})

// A qualifier goes to the next items of a list only when they share its verb.
positives.push({
  rule: 'extract-by-delta',
  text: 'ZetaAbstain outperforms LAC, improving accuracy by up to 3.2%, boosting AUROC by 22.19%, and reducing calibration error by 70%-85%.',
  want: [{delta: 3.2, qualifier: 'up to'}, {delta: 22.19, qualifier: null}, {valueLow: 70, valueHigh: 85, qualifier: null}]
})

// No measure across another number of a trade-off (`4.3% for 68% length reduction`).
positives.push({
  rule: 'extract-reduction',
  text: 'The follow-up baseline sacrifices 4.3% for 68% length reduction.',
  want: [{delta: -4.3, metric: null}, {delta: -68, metric: 'length'}]
})

// The comparator an appositive names: `the best frontier model, Claude Opus-4 by 29.5 percent`.
positives.push({
  rule: 'extract-score-with-margin',
  text: 'ZetaQ achieves a pass@1 accuracy of 59 percent, surpassing the best-performing frontier model, Claude Opus-4 by 29.5 percent.',
  want: [{value: 59, delta: 29.5, baseline: 'Claude Opus-4'}]
})

// `absolute percentage points` is pp; a comparative of size before a plural names it.
positives.push(
  {rule: 'extract-by-delta', text: 'ZetaSkill improved the agent by up to 57.65 absolute percentage points on WikiTableQuestions.', want: [{delta: 57.65, unit: 'pp'}]},
  {rule: 'extract-reduction', text: 'ZetaCodec yields 36% lower bitrates than the baseline.', want: [{delta: -36, metric: 'bitrates'}]}
)

// A score bounded by `above`/`below` is a score, of the acronym or rate before it; a range after `ranges from under` has two bounds.
positives.push(
  {
    rule: 'extract-score',
    text: 'ZetaAttack achieves SASR above 79% while keeping hard-failure rates below 15%, outperforming prior attacks.',
    want: [{value: 79, delta: null, metric: 'SASR'}, {value: 15, metric: 'hard-failure rate'}]
  },
  {rule: 'extract-range', text: 'The phishing bypass rate ranges from under 1% to 97% for a single model.', want: [{valueLow: 1, valueHigh: 97, delta: null}]}
)

// `slashes` reduces; `pass@1 points` are points; `No model exceeds` names none.
positives.push(
  {rule: 'extract-reduction', text: 'ZetaThinker slashes peak token usage by 69.9%.', want: [{delta: -69.9}]},
  {rule: 'extract-change-word', text: 'ZetaMem achieves gains of up to 4.13 pass@1 points and 4.37 pass@128 points.', want: [{delta: 4.13, unit: 'points', metric: 'pass@1'}, {delta: 4.37, unit: 'points', metric: 'pass@128'}]},
  {rule: 'extract-score', text: 'Performance drops sharply: no model exceeds 1% accuracy on Qwen9-Zeta prompts.', want: [{value: 1, model: null}]}
)

// `across VeroEval, our suite`: one name after `across`; a participle ends a
// counted phrase; `baseline` and `strongest` do not name the measure.
positives.push(
  {rule: 'extract-range', text: 'ZetaVero improves over four base models by 3.7-5.5 points on average across VeroEval, our suite of benchmarks.', want: [{valueLow: 3.7, valueHigh: 5.5, benchmark: 'VeroEval'}]},
  {rule: 'extract-reduction', text: 'ZetaSaar brings a 50% reduction in the number of iterations required to achieve coverage closure.', want: [{delta: -50, metric: 'number of iterations'}]},
  {rule: 'extract-range', text: 'ZetaFeast outperforms the prior CNN baseline F1 scores by 12-38% on rare classes.', want: [{valueLow: 12, valueHigh: 38, metric: 'F1'}]},
  {rule: 'extract-score', text: 'Across frameworks, the strongest one-shot scores reach 59.5% in Qiskit and 54.8% in Cirq.', want: [{value: 59.5, metric: 'one-shot score'}, {value: 54.8, metric: 'one-shot score'}]}
)

// `On the A, B, C and D benchmarks, …`: a list opens the sentence, not one benchmark.
positives.push({
  rule: 'extract-by-delta',
  text: 'On the GSM8K, GPQA, MATH-500, AMC 2023, and AIME 2024 benchmarks, ZetaStable improves average accuracy by 1.48% while reducing CoT sequence length by 47.3%.',
  want: [{delta: 1.48, benchmark: null}, {delta: -47.3, benchmark: null}]
})

// `to a peak of`; `widens to 19pp` is a level; `degrades only 1.4pp` falls;
// a margin with `up to` or a bare range after `outperforms X`.
positives.push(
  {rule: 'extract-from-to', text: 'ZetaRL lifts AIME 2024 Pass@1 accuracy from 41.0% to a peak of 49.5%.', want: [{value: 49.5, baselineValue: 41, delta: 8.5, benchmark: 'AIME 2024', metric: 'pass@1'}]},
  {rule: 'extract-score', text: "Under distractors, Zorba-8B's reasoning gap widens to 19pp on long chains.", want: [{value: 19, delta: null, unit: 'pp', metric: 'reasoning gap', model: 'Zorba-8B'}]},
  {rule: 'extract-reduction', text: 'Under pressure, ZetaCoder degrades only 1.4pp on HumanEval.', want: [{delta: -1.4, unit: 'pp', model: 'ZetaCoder'}]},
  {rule: 'extract-change-word', text: 'ZetaTune outperforms standard LoRA up to 6.3% on GSM8K.', want: [{value: null, delta: 6.3, baseline: 'standard LoRA', qualifier: 'up to'}]},
  {rule: 'extract-change-word', text: 'The ZetaAgents improve success rates up to $14.0\\%$ on web tasks.', want: [{value: null, delta: 14, metric: 'success rate'}]},
  {rule: 'extract-range', text: 'ZetaFraud outperforms existing detectors 3.1% to 5.4% in Kolmogorov-Smirnov (KS).', want: [{valueLow: 3.1, valueHigh: 5.4, deltaKind: 'unspecified', benchmark: null, metric: 'Kolmogorov-Smirnov'}]}
)

// A change stated after two scores or after a labelled score is theirs;
// an arrow pairs two scores by itself; a system can label its scores.
positives.push(
  {rule: 'extract-versus', text: 'On EQ-Bench, ZetaQuant scores 51.20 versus 48.75 (+2.5pp).', want: [{value: 51.2, baselineValue: 48.75, delta: 2.5, unit: 'pp', benchmark: 'EQ-Bench'}]},
  {rule: 'extract-score-with-change', text: 'ZetaVid-7B reaches 38.2% joint success on VideoPhy2 (6.1pp gain).', want: [{value: 38.2, delta: 6.1, unit: 'pp', metric: 'joint success', benchmark: 'VideoPhy2'}]},
  {
    rule: 'extract-from-to',
    text: 'Adversarial prompts cause up to 87 percentage point (pp) degradation on algebra (Gemma-3-4B: 91.0%$\\rightarrow$4.0%), far beyond random prompts.',
    want: [{value: 4, baselineValue: 91, delta: -87, unit: 'pp', model: 'Gemma-3-4B'}]
  },
  {rule: 'extract-score', text: 'Per-model accuracy (Gemma-3-4B: 66.2%, Mistral-7B: 58.4%) shows a gap.', want: [{value: 66.2, model: 'Gemma-3-4B'}, {value: 58.4, model: 'Mistral-7B'}]}
)

// Measures from the registry (`95% Hausdorff distance` with `px`, EMD,
// latencies) and from a sentence's opening (`Under F1, …`); `on` a single
// checkpoint names the model; a score with `%` is no version of a name.
positives.push(
  {rule: 'extract-from-to', text: 'ZetaSeg improves the 95% Hausdorff Distance from 31.50 px to 22.25 px.', want: [{value: 22.25, baselineValue: 31.5, unit: 'px', metric: 'Hausdorff distance'}]},
  {
    rule: 'extract-reduction',
    text: "ZetaImp achieves up to 61% lower Earth Mover's Distance (EMD) and 45% lower mutual-information deviation (MI) than prior imputers.",
    want: [{delta: -61, metric: "Earth Mover's Distance"}, {delta: -45, metric: 'mutual-information deviation'}]
  },
  {rule: 'extract-score', text: 'ZetaServe keeps reasonable latencies (182 ms) on a laptop CPU.', want: [{value: 182, unit: 'ms', metric: 'latency', model: 'ZetaServe'}]},
  {rule: 'extract-score', text: 'Under F1, ZetaScan leads (64.3), followed by Claude Opus 4.1 (58.0).', want: [{value: 64.3, metric: 'F1', model: 'ZetaScan'}, {value: 58, metric: 'F1', model: 'Claude Opus 4.1'}]},
  {rule: 'extract-change-word', text: 'ZetaAlign beats GRPO: +4.12% on Qwen3-1.7B and +2.08% on Qwen3-8B.', want: [{delta: 4.12, model: 'Qwen3-1.7B'}, {delta: 2.08, model: 'Qwen3-8B'}]},
  {rule: 'extract-ratio', text: 'ZetaAlign improves throughput by up to 4× on OPT-13B and OPT-30B.', want: [{delta: 4, model: 'ZetaAlign'}]},
  {rule: 'extract-score', text: 'Claude Sonnet 4.5 reaches 49.1% and Claude 3 Haiku 31.7%.', want: [{value: 49.1, model: 'Claude Sonnet 4.5'}, {value: 31.7, model: 'Claude 3 Haiku'}]},
  {rule: 'extract-score', text: 'ZetaARC scores 64.5% (257.5/400 solved tasks) on the ARC-AGI evaluation set.', want: [{value: 64.5, benchmark: 'ARC-AGI'}]}
)

// Bare score ranges on a 0–1 scale; a decimal right after a measure's
// acronym; two measures side by side are no pair; the nearest subject owns
// later items; an item with its own verb and object keeps no shared measure.
positives.push(
  {rule: 'extract-range', text: 'ZetaSep achieves AUC scores (0.842-0.917) across six prediction windows.', want: [{valueLow: 0.842, valueHigh: 0.917, metric: 'AUC'}]},
  {rule: 'extract-score', text: 'The best ZetaCare model achieved AUROC 0.871 and NPV 0.912.', want: [{value: 0.871, metric: 'AUROC'}, {value: 0.912, metric: 'NPV'}]},
  {
    rule: 'extract-score',
    text: 'ZetaForest achieved 91.2% accuracy and 95.0% AUC, while ZetaSVM reached 84.3% accuracy and 90.1% AUC.',
    want: [
      {value: 91.2, baselineValue: null, model: 'ZetaForest'},
      {value: 95, baselineValue: null, model: 'ZetaForest'},
      {value: 84.3, model: 'ZetaSVM', metric: 'accuracy'},
      {value: 90.1, model: 'ZetaSVM', metric: 'AUC'}
    ]
  },
  {
    rule: 'extract-by-delta',
    text: 'ZetaFix improves worst-group accuracy by up to 12.5 points on Waterbirds and 8.2 on CelebA without any parameter updates.',
    want: [{delta: 12.5, metric: 'worst-group accuracy'}, {delta: 8.2, metric: 'worst-group accuracy'}]
  },
  {
    rule: 'extract-reduction',
    text: 'The loop reduces Parameter Golf validation loss by 2.1%, raises Nano-D12 CORE by 21.0%, and cuts build time by 3.5%.',
    want: [{delta: -2.1, metric: 'validation loss'}, {delta: 21, metric: null}, {delta: -3.5, metric: 'build time'}]
  }
)

// A change after the comparator's score, `for X (+13.5 pp; …)`, is the pair's;
// a speed written after `while` is no margin of a score.
positives.push(
  {
    rule: 'extract-versus',
    text: 'ZetaRoll achieves 41.0% on MATH-500 versus 27.5% for standard decoding (+13.5 pp; McNemar χ^2 = 51.2).',
    want: [{value: 41, baselineValue: 27.5, delta: 13.5, unit: 'pp', baseline: 'standard decoding'}]
  },
  {
    rule: 'extract-score',
    text: 'ZetaGuard-4B reaches 81.2% F1 while running roughly 9 times faster than the reasoning baseline.',
    want: [{value: 81.2, delta: null, metric: 'F1'}, {delta: 9, unit: 'x', metric: 'speed'}]
  },
  {rule: 'extract-score', text: 'At a budget of 300 tokens, ZetaLen keeps 58% accuracy.', want: [{value: 58, unit: '%', metric: 'accuracy'}]},
  {rule: 'extract-score', text: 'An ANOVA found no difference (F(1, 22) = 0.512, p = 0.48), with means of 0.71 (SD = 0.14).', want: [{value: 0.71}]}
)

// LaTeX braces around one symbol (`${\sim}2{\times}$`); points that are not
// the pair's difference sum up more than the pair.
positives.push(
  {rule: 'extract-ratio', text: 'ZetaCode embeddings dominate code-to-code retrieval (${\\sim}2{\\times}$ over general encoders).', want: [{delta: 2, unit: 'x', qualifier: 'approximately', baseline: 'general encoders'}]},
  {
    rule: 'extract-from-to',
    text: 'ZetaFlow raises the OCR accuracy from 59 to 94, yielding an overall improvement of roughly 10 points over vanilla GRPO.',
    want: [{value: 94, baselineValue: 59, delta: 35}, {value: null, delta: 10, unit: 'points'}]
  }
)

// A colon opens a clause (`fewer tokens: it improves … by 21.4`); `lifting`
// is a gain after a reduction; a benchmark that opens a changed phrase leaves
// its measure (`ALFWorld success`).
positives.push(
  {
    rule: 'extract-by-delta',
    text: 'ZetaSkill beats the in-context baseline while using fewer prefill tokens: it improves ALFWorld success by 21.4 and 13.4 points on the seen and unseen splits.',
    want: [{delta: 21.4, metric: 'success rate', benchmark: 'ALFWorld'}, {delta: 13.4, metric: 'success rate'}]
  },
  {rule: 'extract-change-word', text: 'In production, ZetaRec delivers a +1% engagement lift while cutting serving latency by 11.1% and lifting QPS by 63.6%.', want: [{delta: 1}, {delta: -11.1}, {delta: 63.6}]}
)

// LaTeX-widened gaps (`$2.8\%\text{-}4.8\%$`, `4$\times$ increase in`); a
// speed-up is not in what it speeds up; `lags X by` is a margin; ours second;
// `success` is a success rate; `efficient` and `real-world` qualify a measure.
positives.push(
  {rule: 'extract-range', text: 'ZetaCap improves accuracy by $2.8\\%\\text{-}4.8\\%$ on MathVista.', want: [{valueLow: 2.8, valueHigh: 4.8, unit: '%', metric: 'accuracy'}]},
  {rule: 'extract-ratio', text: 'ZetaVLA gives more than a 4$\\times$ increase in inference speed.', want: [{delta: 4, metric: 'inference speed'}]},
  {rule: 'extract-range', text: 'ZetaDec achieves a 1.4$-$12.2$\\times$ speedup in matrix-vector multiplications.', want: [{valueLow: 1.4, valueHigh: 12.2, metric: 'speed-up'}]},
  {rule: 'extract-score-with-margin', text: 'ZetaVLM achieves an overall accuracy of 90.8% and lags human performance by 6.7%.', want: [{value: 90.8, delta: -6.7, metric: 'accuracy'}]},
  {rule: 'extract-versus', text: 'On PutNext, a task where the ZetaCoTAgent achieves 0% success, our framework reaches up to 72.5% success rate.', want: [{value: 72.5, baselineValue: 0, delta: 72.5, model: null}]},
  {rule: 'extract-score', text: 'ZetaArm reaches 98.4% average success on LIBERO.', want: [{value: 98.4, metric: 'success rate', qualifier: 'average'}]},
  {rule: 'extract-score', text: 'ZetaArm reduces real-world policy latency to below 38.6 ms.', want: [{value: 38.6, unit: 'ms', metric: 'policy latency'}]}
)

// `on` a bare family name (`Minerva`, also a benchmark) names no checkpoint.
positives.push({
  rule: 'extract-by-delta',
  text: 'Notably, ZetaRL outperforms VeriFree by 7.6 points on TheoremQA and 7.5 points on Minerva.',
  want: [{delta: 7.6, benchmark: 'TheoremQA', model: 'ZetaRL'}, {delta: 7.5, model: 'ZetaRL'}]
})

// LaTeX emphasis around a bare score (`to \textbf{64.80}`, `\textbf{92.67}
// NDCG@5`); `plummets` and `collapses` fall, with the measure before an acronym.
positives.push(
  {
    rule: 'extract-from-to',
    text: 'ZetaRet improves its NDCG@10 from 60.28 to \\textbf{64.80} and reaches \\textbf{92.67} NDCG@5 on ViDoRe V1.',
    want: [{value: 64.8, baselineValue: 60.28, metric: 'nDCG@10'}, {value: 92.67, metric: 'nDCG@5'}]
  },
  {rule: 'extract-reduction', text: 'In these scenarios the Perturbation Recovery Rate (PRR) plummets by around 37% for all agents.', want: [{delta: -37, metric: 'Perturbation Recovery Rate'}]},
  {rule: 'extract-ratio', text: 'With the anchor removed, the accuracy gap collapses by 17x.', want: [{delta: -17, metric: 'accuracy gap'}]}
)

// A title-case name joined by a hyphen (`Score-Comparison inconsistency`);
// `$^{\circ}$` is a degree sign.
positives.push(
  {rule: 'extract-from-to', text: 'ZetaJudge reduces Score-Comparison inconsistency by 8.43% (from 23.32% to 14.89%).', want: [{value: 14.89, baselineValue: 23.32, delta: -8.43, metric: 'Score-Comparison inconsistency'}]},
  {rule: 'extract-reduction', text: 'ZetaMon reduced the angle error by an average of 9.37$^{\\circ}$.', want: [{delta: -9.37, unit: '°'}]},
  {rule: 'extract-score', text: 'Under 10% labeled trajectories, ZetaVLA achieves 89.0% average success on LIBERO.', want: [{value: 89, benchmark: 'LIBERO'}]}
)

// `TPR` is the true positive rate, named as readers write it, not recall.
positives.push({rule: 'extract-by-delta', text: 'With human review, ZetaMon improved the TPR by approximately 15% on all agents.', want: [{delta: 15, metric: 'TPR'}]})

// A difference written after two scores is theirs (and wins over a gap
// named before them); a change over baselines in parentheses is a change.
positives.push(
  {
    rule: 'extract-change-word',
    text: 'The overall 11.5 pp gap concentrates in hidden premises (90.6% vs. 62.5%, a 28 pp difference).',
    want: [{delta: 11.5, value: null}, {value: 90.6, baselineValue: 62.5, delta: 28, unit: 'pp', deltaKind: 'absolute'}]
  },
  {rule: 'extract-change-word', text: 'ZetaMem shows significant improvements over strong baselines (up to 23%) on long-horizon tasks.', want: [{value: null, delta: 23, qualifier: 'up to'}]}
)

// `with` opens no rate's name; `top` and `entire` qualify a measure; gIoU
// and cIoU are two measures.
positives.push(
  {rule: 'extract-score', text: 'On DE tasks, ZetaBench agents perform poorly, with success rates under 20%.', want: [{value: 20, metric: 'success rate'}]},
  {rule: 'extract-score', text: 'ZetaFrame achieves top accuracy of 98.01% on the Kaggle MRI dataset.', want: [{value: 98.01, metric: 'accuracy'}]},
  {rule: 'extract-score', text: 'ZetaSeg achieves state-of-the-art results on the ReasonSeg test set (67.7% gIoU and 68.1% cIoU).', want: [{value: 67.7, metric: 'gIoU'}, {value: 68.1, metric: 'cIoU'}]}
)

// A share of the training time is a cost measured, not a setting.
positives.push({rule: 'extract-score', text: 'Moreover, ZetaEdit achieves this with only about 60% of the training time required by incremental training.', want: [{value: 60, unit: '%'}]})

// The plural of a count noun after another word is still a noun phrase
// (compromise alone reads `rates` and `rounds` as verbs).
positives.push(
  {rule: 'extract-reduction', text: 'In a user study, ZetaPrompt reduces interaction rounds by 60 percent.', want: [{delta: -60, metric: 'interaction rounds'}]},
  {rule: 'extract-reduction', text: 'ZetaGuard reduces policy breach rates by up to 81.5% relative to the strongest baseline.', want: [{delta: -81.5, metric: 'policy breach rate'}]}
)

// Cutoffs after a long measure word (`precision@8`), and lists of cutoffs
// the registry does not list one by one (`Recall@1/3/5/10`).
positives.push(
  {rule: 'extract-change-word', text: 'ZetaRank improves retrieval (+11.7% recall@75, +14.8% precision@8).', want: [{delta: 11.7, metric: 'recall@75'}, {delta: 14.8, metric: 'precision@8'}]},
  {
    rule: 'extract-slash-list',
    text: 'ZetaDx achieves Recall@1/3/5/10 of 0.658/0.882/0.912/0.929 on an internal benchmark.',
    want: [{value: 0.658, metric: 'recall@1'}, {value: 0.882, metric: 'recall@3'}, {value: 0.912, metric: 'recall@5'}, {value: 0.929, metric: 'recall@10'}]
  }
)

// A % change of a time is relative; what a margin costs is not its measure;
// a measure's label opens a pair of scores.
positives.push(
  {rule: 'extract-reduction', text: 'ZetaVLA is fast, reducing task completion time by up to 25%.', want: [{delta: -25, metric: 'task completion time', deltaKind: 'relative'}]},
  {rule: 'extract-by-delta', text: 'ZetaCanon outperforms label-free RL by 6 points at a seventh of its compute.', want: [{delta: 6, metric: null}]},
  {
    rule: 'extract-from-to',
    text: 'ZetaRec trades ranking quality (Recall@20: 25.64% to 23.61%, H-Score@20: 46.05% to 69.57%).',
    want: [
      {value: 23.61, baselineValue: 25.64, delta: -2.03, metric: 'recall@20'},
      {value: 69.57, baselineValue: 46.05, delta: 23.52, metric: 'H-Score@20'}
    ]
  }
)

// A measure taken against something keeps its name; a typed arrow pairs two
// scores; `slashes` changes what follows it; a `per-` word qualifies a measure.
positives.push(
  {
    rule: 'extract-score',
    text: 'ZetaUS is accurate, with Hausdorff distances to the reference reconstructions of 0.359 mm and 1.171 mm, respectively.',
    want: [{value: 0.359, unit: 'mm', metric: 'Hausdorff distance'}, {value: 1.171, unit: 'mm', metric: 'Hausdorff distance'}]
  },
  {rule: 'extract-from-to', text: 'ZetaVid improves PSNR (9.87=>15.98) and SSIM (0.38=>0.61).', want: [{value: 15.98, baselineValue: 9.87, metric: 'PSNR'}, {value: 0.61, baselineValue: 0.38, metric: 'SSIM'}]},
  {rule: 'extract-reduction', text: 'ZetaDNS slashes the per-query search space by 95.26%.', want: [{delta: -95.26, metric: 'per-query search space', deltaKind: 'relative', model: 'ZetaDNS'}]}
)

// A data set's name right before a measure, where no registry benchmark is
// named; an acronym there narrows the measure instead.
positives.push(
  {rule: 'extract-from-to', text: 'ZetaDesign raises the average QuillBench Score from 54.99 to 67.39.', want: [{value: 67.39, baselineValue: 54.99, benchmark: 'QuillBench'}]},
  {rule: 'extract-from-to', text: 'ZetaS2 improves the Botany-Instructions average score from 56.92 to 60.32.', want: [{value: 60.32, benchmark: 'Botany-Instructions'}]},
  {rule: 'extract-from-to', text: 'ZetaOCR raises OCR accuracy from 59.1% to 94.2%.', want: [{value: 94.2, benchmark: null}]}
)

// Changes by their wording: a LaTeX-wrapped number after a hedge, gains that
// reach a size, a fall up to a size, a pair followed by another verb's
// change, and a cutoff written on a spelling the registry lists (`Avg@8`).
positives.push(
  {rule: 'extract-change-word', text: 'ZetaRetrieve improves accuracy, with relative gains of up to $60\\%$ on AIME 2025.', want: [{delta: 60, value: null, deltaKind: 'relative'}]},
  {rule: 'extract-change-word', text: 'ZetaMIL is consistent, with the largest mean gains reaching 3.64 points.', want: [{delta: 3.64, value: null, unit: 'points'}]},
  {rule: 'extract-reduction', text: 'Under perturbations, accuracy falls up to 51% for open models.', want: [{delta: -51, value: null}]},
  {
    rule: 'extract-from-to',
    text: 'ZetaTIDE improves Avg@8 from 6.9% to 20.3%, reduces average response length by a factor of 3.6, and reduces failures.',
    want: [{value: 20.3, baselineValue: 6.9, delta: 13.4, unit: '%', metric: 'avg@8'}, {delta: -3.6, unit: 'x'}]
  },
  {rule: 'extract-from-to', text: 'Its advantage over single-turn prompting increases from 2% on simple tasks to 17% on hard ones.', want: [{value: 17, baselineValue: 2, baseline: 'single-turn prompting'}]}
)

// A pair with a phrase before its `to`; a gain written as a sum; Ångström.
positives.push(
  {rule: 'extract-from-to', text: 'ZetaPO improves average accuracy from 56.67% with GRPO to 70.31%.', want: [{value: 70.31, baselineValue: 56.67, delta: 13.64}]},
  {rule: 'extract-change-word', text: 'ZetaSF scores GPT-4o-mini plus 6.91 F1 over the strongest baseline.', want: [{delta: 6.91, value: null, model: 'GPT-4o-mini', metric: 'F1'}]},
  {rule: 'extract-from-to', text: 'ZetaFold reduces median RMSD from 3.64 Å to 3.20 Å.', want: [{value: 3.2, baselineValue: 3.64, unit: 'Å'}]}
)

// LaTeX-wrapped items of a list of changes, and a kappa written in LaTeX.
positives.push(
  {
    rule: 'extract-by-delta',
    text: 'ZetaLig improves solve rate by $72.7$ percentage points on graphs, by $17$ and $18$ points on Sudoku.',
    want: [{delta: 72.7, unit: 'pp'}, {delta: 17, unit: 'points'}, {delta: 18, unit: 'points'}]
  },
  {rule: 'extract-score', text: "The ZetaJudge ensemble agrees with human experts at Cohen's $\\kappa = 0.92$.", want: [{value: 0.92, metric: "Cohen's kappa"}]}
)

// A range of IoU cutoffs is one measure; gains over what they beat; a LaTeX
// space after `vs.`.
positives.push(
  {rule: 'extract-score', text: 'ZetaYOLO achieves a mAP@50-95 of 0.563 and a mAP50-95 of 0.702.', want: [{value: 0.563, metric: 'mAP@50-95'}, {value: 0.702, metric: 'mAP50-95'}]},
  {rule: 'extract-change-word', text: 'ZetaVLA delivers absolute gains over baselines of 12.6% on the pi0 backbone.', want: [{delta: 12.6, value: null, deltaKind: 'absolute'}]},
  {rule: 'extract-versus', text: 'ZetaKV keeps accuracy (99.2% vs.\\ 99.1%).', want: [{value: 99.2, baselineValue: 99.1, delta: 0.1}]}
)

// Words with digits between a pair's scores (`for SAM3D`, `with uniform W4A4`).
positives.push(
  {rule: 'extract-from-to', text: 'ZetaLucida increases scene F-Score from 0.794 for SAM3D to 0.924.', want: [{value: 0.924, baselineValue: 0.794, delta: 0.13, model: 'ZetaLucida'}]},
  {rule: 'extract-from-to', text: 'ZetaQuant raises success from 80.0% with uniform W4A4 to 92.5%.', want: [{value: 92.5, baselineValue: 80, delta: 12.5}]}
)

positives.push(
  // Data sets listed after `on` that no registry knows map onto each list of
  // as many scores, in order; a generic score after a named measure adds nothing.
  {
    rule: 'extract-score',
    text: 'Experiments on QX7K, ZR2D, and KLMN achieve Dice coefficients of 91.2%, 85.0%, and 80.4%; intersection over union scores of 84.1%, 75.3%, and 70.0%.',
    want: [
      {value: 91.2, benchmark: 'QX7K', metric: 'Dice'},
      {value: 85, benchmark: 'ZR2D', metric: 'Dice'},
      {value: 80.4, benchmark: 'KLMN', metric: 'Dice'},
      {value: 84.1, benchmark: 'QX7K', metric: 'IoU'},
      {value: 75.3, benchmark: 'ZR2D', metric: 'IoU'},
      {value: 70, benchmark: 'KLMN', metric: 'IoU'}
    ]
  },
  {
    rule: 'extract-by-delta',
    text: 'ZetaDet surpasses the strongest detector by 4.1 and 7.2 mAP on QuarkScan and LumenRooms, respectively.',
    want: [{delta: 4.1, benchmark: 'QuarkScan'}, {delta: 7.2, benchmark: 'LumenRooms'}]
  },
  // (Not chips, nor a name before a kind of data.)
  {rule: 'extract-score', text: 'Runs on A100, H100, and L40S take 12.1 s, 15.3 s, and 20.2 s per epoch.', want: [{value: 12.1, benchmark: null}, {value: 15.3, benchmark: null}, {value: 20.2, benchmark: null}]},
  {rule: 'extract-change-word', text: 'ZetaDet gains 4.1 and 7.2 mAP on QuarkScan and LumenRooms micro-benchmarks, respectively.', want: [{delta: 4.1, benchmark: null}, {delta: 7.2, benchmark: 'QuarkScan'}]}
)

positives.push(
  // A name after `among` is the set compared within, not the subject.
  {rule: 'extract-score', text: 'On QuarkSet, Llama-4 achieved the highest scores among Llama variants in density (56.8%) and mass (64.5%).', want: [{value: 56.8, model: 'Llama-4'}, {value: 64.5, model: 'Llama-4'}]},
  // (So is one after `under`: the harness a system runs in.)
  {rule: 'extract-score', text: 'The strongest configuration, Claude Opus 5 under Claude Code, passes just 23.9% of the simulations.', want: [{value: 23.9, model: 'Claude Opus 5'}]}
)

positives.push(
  // Two scores a name heads without `from` or a colon are a pair where the
  // sentence speaks of a change; without one they stay a range.
  {
    rule: 'extract-from-to',
    text: 'Ten rounds of self-training lift every score we tested (QuarkNav-10 81% to 92%, LumenSim 70.5% to 77.0%).',
    want: [{value: 92, baselineValue: 81, delta: 11}, {value: 77, baselineValue: 70.5, delta: 6.5}]
  },
  {rule: 'extract-from-to', text: 'ZetaJudge agrees better with experts than its base (ICC 0.61 to 0.73).', want: [{value: 0.73, baselineValue: 0.61, delta: 0.12, metric: 'ICC'}]},
  {rule: 'extract-range', text: 'The suite covers two tasks (QuarkNav-10 81% to 92% of episodes are long).', want: [{valueLow: 81, valueHigh: 92, value: null}]},
  // A possessive written with the apostrophe alone; a sign is not part of the measure.
  {rule: 'extract-score', text: 'Raters agree well (Fleiss\' κ = 0.71).', want: [{value: 0.71, metric: "Fleiss' kappa"}]},
  {rule: 'extract-reduction', text: 'Writing tasks showed a negative ICC (-0.42), a mismatch.', want: [{delta: -0.42, metric: 'ICC'}]}
)

positives.push(
  // `on X` right after a number and its measure, capitals and all; a
  // registry name inside a longer name is that name's.
  {
    rule: 'extract-by-delta',
    text: 'On three benchmarks (QX-Bench, Haystack-Ego4D), ZetaTree outperforms the strongest agents by +12.5 mIoU on QX-Bench and +7.4 T-F1 on Haystack-Ego4D.',
    want: [{delta: 12.5, benchmark: 'QX-Bench'}, {delta: 7.4, benchmark: 'Haystack-Ego4D'}]
  },
  // (Not the first of a list of names that a list of numbers maps onto.)
  {
    rule: 'extract-change-word',
    text: 'ZetaSearch outperforms the baselines, notably achieving +15.9 and +11.5 F1 on QuarkQA and a subset of BrowseComp, respectively.',
    want: [{delta: 15.9}, {delta: 11.5, benchmark: 'BrowseComp'}]
  },
  // Every list of as many scores maps onto the listed names, `respectively` or not.
  {
    rule: 'extract-score',
    text: 'Experiments on QX7K, ZR2D, and KLMN achieve Dice of 91.2%, 85.0%, and 80.4%; and IoU of 84.1%, 75.3%, and 70.0%, respectively.',
    want: [
      {value: 91.2, benchmark: 'QX7K'}, {value: 85, benchmark: 'ZR2D'}, {value: 80.4, benchmark: 'KLMN'},
      {value: 84.1, benchmark: 'QX7K'}, {value: 75.3, benchmark: 'ZR2D'}, {value: 70, benchmark: 'KLMN'}
    ]
  }
)

positives.push(
  // A capitalised word glued to a measure by a hyphen names a variant of it,
  // unless it only narrows it.
  {rule: 'extract-reduction', text: 'ZetaFlow reduces Context-FID by 88.6%.', want: [{delta: -88.6, metric: 'Context-FID'}]},
  {rule: 'extract-from-to', text: 'ZetaVoice improves DNS-MOS from 3.1 to 3.4.', want: [{value: 3.4, metric: 'DNS-MOS'}]},
  {rule: 'extract-by-delta', text: 'ZetaTag improves Macro-F1 by 2.0 points.', want: [{delta: 2, metric: 'macro-F1'}]}
)

positives.push(
  // An `-ing`/`-ed` word after a determiner, comparative or result verb is
  // part of the measure's noun phrase; a participle that describes the value is not.
  {rule: 'extract-versus', text: 'ZetaRoute reaches higher routing accuracy (75.0% vs. 62.5%).', want: [{value: 75, metric: 'routing accuracy'}]},
  {rule: 'extract-score', text: 'Both models achieved balanced accuracies of 85.2% and 85.1%.', want: [{value: 85.2, metric: 'balanced accuracy'}, {value: 85.1, metric: 'balanced accuracy'}]},
  {rule: 'extract-score', text: 'The resulting accuracy of 91.4% beats every baseline.', want: [{value: 91.4, metric: 'accuracy'}]}
)

positives.push(
  // Each pair of a list is in the measure it names; a name the abstract
  // introduces as a measure is not the paper's system.
  {
    rule: 'extract-from-to',
    text: 'A QuarkNet union raises recall from 0.818 to 0.933, but worsens FDR from 0.296 to 0.509, Spill32 from 0.108 to 0.466, and area ratio from 0.94 to 3.34.',
    want: [
      {value: 0.933, metric: 'recall'},
      {value: 0.509, metric: 'false discovery rate'},
      {value: 0.466, metric: 'Spill32'},
      {value: 3.34, metric: 'area ratio'}
    ]
  },
  // … and so is a pair whose name opens a parenthesis (a name the registry
  // does not know, then one it does).
  {
    rule: 'extract-from-to',
    text: 'ZetaSeg widens coverage (QR from 12.4% to 70.1%, mIoU from 18.2% to 61.8%) on QuarkCOCO.',
    want: [
      {value: 70.1, baselineValue: 12.4, metric: 'QR'},
      {value: 61.8, baselineValue: 18.2, metric: 'mIoU'}
    ]
  }
)

positives.push(
  // A rate in Hz that a system runs at is a result; a signal's or a data
  // set's rate is a setting.
  {rule: 'extract-score', text: 'ZetaVLA performs real-time closed-loop control at 7Hz.', want: [{value: 7, unit: 'Hz', metric: 'frequency'}]},
  {rule: 'extract-score', text: 'ZetaVLA runs at 30Hz frame rate and at most 480Hz trajectory frequency.', want: [{value: 30, metric: 'frame rate'}, {value: 480, metric: 'trajectory frequency', qualifier: 'up to'}]},
  {rule: 'extract-score', text: 'The monitor operates at 100Hz and sub-millisecond decision latency.', want: [{value: 100, unit: 'Hz', metric: 'frequency'}]}
)

positives.push(
  // `as much as` is a hedge like `up to`; a plus after a number is `over`.
  {rule: 'extract-ratio', text: 'ZetaSQL reduces inference cost by as much as 30 times.', want: [{delta: -30, unit: 'x', qualifier: 'up to'}]},
  {rule: 'extract-ratio', text: 'ZetaGen is 100+ times faster in measured throughput.', want: [{delta: 100, unit: 'x', qualifier: 'over'}]},
  {rule: 'extract-score', text: 'ZetaDenoise scores 26.90+-1.41 dB.', want: [{value: 26.9, unit: 'dB', qualifier: null}]}
)

positives.push(
  // Metres where the words measure a distance, radians; a million elsewhere.
  {rule: 'extract-score', text: 'ZetaLoc reaches mean and median positional errors of 3.41 m and 3.06 m, respectively.', want: [{value: 3.41, unit: 'm'}, {value: 3.06, unit: 'm'}]},
  {rule: 'extract-score', text: 'ZetaFly tracks the path (RMSE 0.28 m) and heading (RMSE 0.24 rad).', want: [{value: 0.28, unit: 'm', metric: 'RMSE'}, {value: 0.24, unit: 'rad', metric: 'RMSE'}]},
  {rule: 'extract-score', text: 'ZetaOdo keeps a velocity estimation accuracy of 0.07m/s and 0.039 m trajectory RMSE.', want: [{value: 0.07, unit: 'm/s', metric: 'velocity estimation accuracy'}, {value: 0.039, unit: 'm', metric: 'trajectory RMSE'}]},
  {rule: 'extract-score', text: 'Average positional errors are limited to 1.2 meters.', want: [{value: 1.2, unit: 'meters', qualifier: 'up to'}]}
)

positives.push(
  // A ratio written before its number (`x5.6`) is a ratio; its span is the
  // number's as written.
  {rule: 'extract-ratio', text: 'ZetaSkip reduces computational costs by up to x5.6 compared with the full model.', want: [{delta: -5.6, unit: 'x', qualifier: 'up to'}]},
  {rule: 'extract-ratio', text: 'ZetaCache achieves approximately x2 higher success than the baseline.', want: [{delta: 2, unit: 'x', qualifier: 'approximately'}]}
)

positives.push(
  // A bare score after `scores only`, a whole score after `a score of`, and a
  // benchmark of four capitalised words opening the sentence.
  {rule: 'extract-score', text: 'Even the strongest models struggle, e.g., Zeta-o3 scores only 54.87.', want: [{value: 54.87, model: 'Zeta-o3'}]},
  // (An abstract needs one number with a unit or decimals to be read at all.)
  {
    rule: 'extract-score',
    text: 'On the Quark Analysis Reasoning Index, ZetaThinker attains a score of 52. It also reaches 71.5% on GSM8K.',
    want: [{value: 52, benchmark: 'Quark Analysis Reasoning Index', metric: 'score'}, {value: 71.5, benchmark: 'GSM8K'}]
  }
)

positives.push(
  // A name that begins like a word of loss (`LAGER`, `Dropout`) is no cue;
  // a measure's name labelling a list item is no benchmark.
  {rule: 'extract-change-word', text: 'LAGER achieves improvements of up to 7.5% over the best baseline.', want: [{delta: 7.5, qualifier: 'up to'}]},
  {
    rule: 'extract-change-word',
    text: 'ZetaTalk shows significant improvements in ROUGE-1 (+23.2%), ROUGE-2 (+0.6%), and ROUGE-L (+8%) F1 scores over the baselines.',
    want: [{delta: 23.2, metric: 'ROUGE-1', benchmark: null}, {delta: 0.6, metric: 'ROUGE-2', benchmark: null}, {delta: 8, metric: 'ROUGE-L', benchmark: null}]
  }
)

positives.push(
  // A generic `value` after a named measure is the measure's own.
  {rule: 'extract-score', text: 'ZetaSoil achieved a coefficient of determination value of 0.88 on the test set.', want: [{value: 0.88, metric: 'R^2'}]},
  {rule: 'extract-range', text: 'ZetaScan reaches pixel-level AUROC values of 0.76-0.83.', want: [{valueLow: 0.76, valueHigh: 0.83, metric: 'pixel-level AUROC'}]}
)

positives.push(
  // The head of a measure phrase is its last registry measure (`OOV-token
  // entity accuracy` is an accuracy); a verb before a list item's measure is
  // not part of it; ATE is a known measure.
  {rule: 'extract-from-to', text: 'On NER, ZetaLex raises OOV-token entity accuracy from 81.4% to 94.3%.', want: [{value: 94.3, metric: 'entity accuracy'}]},
  {rule: 'extract-from-to', text: 'ZetaGroup achieves the highest identity similarity, improving face similarity from 0.462 for Zeta-Image-2 to 0.499.', want: [{value: 0.499, metric: 'face similarity'}]},
  {rule: 'extract-score', text: 'On Oxford Spires, ZetaRecon achieves an ATE of 4.35 m.', want: [{value: 4.35, unit: 'm', metric: 'ATE'}]}
)

positives.push(
  // Scores of measures named with slashes keep their own precisions; two
  // scores compared share the unit written after the second.
  {
    rule: 'extract-slash-list',
    text: 'ZetaWorld improves future-frame PSNR/SSIM from 19.97/0.796 to 20.573/0.8004.',
    want: [{value: 20.573, baselineValue: 19.97, metric: 'PSNR'}, {value: 0.8004, baselineValue: 0.796, metric: 'SSIM'}]
  },
  {rule: 'extract-versus', text: 'ZetaAttn also decodes faster (217.75 vs. 207.02 tokens/s).', want: [{value: 217.75, baselineValue: 207.02, unit: 'tokens/s'}]}
)

positives.push(
  // What a clause varies before its verb is a setting; only the change it
  // causes is a claim.
  {rule: 'extract-from-to', text: 'On QuarkCasa, increasing context from 0.0 to 19.2 seconds raises success from 63.3% to 78.7%.', want: [{value: 78.7, baselineValue: 63.3}]},
  {rule: 'extract-reduction', text: 'Compressing ZetaASR-0.6B from 18 to 16 encoder layers reduces macro-average CER by 0.5%.', want: [{delta: -0.5}]},
  // (A spread after a score is no score of its own.)
  {rule: 'extract-score', text: 'ZetaMPC achieves a 33.3 ms mean solve time (13.9 ms std).', want: [{value: 33.3, unit: 'ms'}]}
)

positives.push(
  // A name with an appositive that calls it a system, before a result verb.
  {rule: 'extract-score', text: 'Among six systems, ZetaOCR, the best performing model, achieves a CER of 9.1% on the test set.', want: [{value: 9.1, model: 'ZetaOCR', metric: 'CER'}]}
)

positives.push(
  // A measure that changes on its own (`rose`, `decreasing`), after a
  // conjunction that joins it to the clause before.
  {rule: 'extract-from-to', text: 'With ZetaChat, refusals fell from 12.5% to 3.1% and answer violations decreasing from 26.6% to 5.8%.', want: [{value: 3.1, baselineValue: 12.5, metric: 'refusals'}, {value: 5.8, baselineValue: 26.6, metric: 'answer violations'}]},
  {rule: 'extract-score', text: 'With ZetaRubric, criterion leakage falls to 3.7% on average.', want: [{value: 3.7, metric: 'criterion leakage'}]},
  {rule: 'extract-from-to', text: 'Mean cost fell from 1.58 to 1.16, while overall usefulness rose from 2.60 to 3.10.', want: [{value: 1.16, metric: 'cost'}, {value: 3.1, metric: 'usefulness'}]}
)

positives.push(
  // What is faster is an activity, and the measure its speed.
  {rule: 'extract-ratio', text: 'ZetaVLA yields up to 2.5x faster task completion.', want: [{delta: 2.5, metric: 'task completion speed'}]},
  {rule: 'extract-ratio', text: 'ZetaGen offers more than 3x faster generation than ZetaOld.', want: [{delta: 3, metric: 'generation speed'}]},
  {rule: 'extract-ratio', text: 'ZetaFit achieves over 90x faster fitting.', want: [{delta: 90, metric: 'fitting speed'}]},
  // A plain measure after scores, before what they are against.
  {rule: 'extract-score', text: 'Smaller embeddings retain 92% and 72% edge fidelity against a 3072-D baseline.', want: [{value: 92, metric: 'edge fidelity'}, {value: 72, metric: 'edge fidelity'}]}
)

positives.push(
  // A participle clause after `while` keeps the sentence's subject, even
  // when people are named inside it.
  {rule: 'extract-from-to', text: 'ZetaWorld attains state-of-the-art fidelity, while reducing the human-rated defect rate from 48.1% to 6.2%.', want: [{value: 6.2, baselineValue: 48.1, model: 'ZetaWorld'}]}
)

positives.push(
  // A percent sign in math mode is the only unit of the abstract.
  {rule: 'extract-by-delta', text: 'ZetaBot outperforms state-of-the-art baselines by over 26$\\%$ in success rate.', want: [{delta: 26, unit: '%'}]},
  // A measure's word, then a copula, then a bare decimal.
  {rule: 'extract-score', text: 'In the force prediction, the mean absolute error was found to be 0.018.', want: [{value: 0.018, metric: 'MAE'}]},
  // A measure whose name ends in a letter after a hyphen, labelling its score.
  {rule: 'extract-score', text: 'ZetaLM reaches strong results (ROUGE-L: 0.9722, WER: 0.0311).', want: [{value: 0.9722, metric: 'ROUGE-L'}, {value: 0.0311, metric: 'WER'}]},
  // A margin stated as an absolute measure of a size.
  {rule: 'extract-score-with-margin', text: 'ZetaBot obtains an 85% success rate, outperforming an imitation baseline by an absolute success rate of 50%.', want: [{value: 85, delta: 50, deltaKind: 'absolute'}]}
)

positives.push(
  // A reduction with only a hedge before its number.
  {rule: 'extract-reduction', text: 'ZetaOpt reduces average maintenance regret up to 22% compared with baselines.', want: [{delta: -22, metric: 'maintenance regret'}]},
  // Scores in plain nouns after `in`, when no measure is named before them.
  {rule: 'extract-score', text: 'Even the best model achieves only 61.79% in awareness and 37.73% in compliance.', want: [{value: 61.79, metric: 'awareness'}, {value: 37.73, metric: 'compliance'}]},
  // (Not data, repetitions or manner.)
  {rule: 'extract-score', text: 'ZetaTrace keeps a replication rate exceeding 90% in independent datasets.', want: [{value: 90, metric: 'replication rate'}]},
  {rule: 'extract-score', text: 'The loop then succeeds in 90% in five iterations.', want: [{value: 90, metric: null}]}
)

positives.push(
  // A verb before a measure is not a word of it; a dimension is.
  {rule: 'extract-by-delta', text: 'Multilingual prompts cause jailbreak success rates to surge by up to +57.25 percentage points.', want: [{delta: 57.25, metric: 'jailbreak success rate'}]},
  // Names read as a reader writes them: no full stop after a variant, no LaTeX command in a comparator.
  {rule: 'extract-score', text: 'ZetaSeek reaches 61.2% on ScreenSpot-v2.', want: [{value: 61.2, benchmark: 'ScreenSpot-v2'}]},
  {rule: 'extract-by-delta', text: 'ZetaRL beats the base \\texttt{Qwen9-1.7B} by 21.2 points.', want: [{delta: 21.2, baseline: 'base Qwen9-1.7B'}]},
  // A word glued to the measure by a hyphen stays glued.
  {rule: 'extract-reduction', text: 'ZetaServe gives a 31% lower time-to-next-token latency than vLLM.', want: [{delta: -31, metric: 'time-to-next-token latency'}]}
)

positives.push(
  // A letter before a bare `score` names the measure.
  {rule: 'extract-score', text: 'ZetaSeg achieves a J score of 0.8250 on the test split.', want: [{value: 0.825, metric: 'J score'}]}
)

positives.push(
  // A loss that is a measure is no change: two losses side by side are a pair.
  {rule: 'extract-versus', text: 'ZetaSketch matches exact backpropagation validation loss (6.575 vs. 6.616).', want: [{value: 6.575, baselineValue: 6.616}]}
)

positives.push(
  // `by A to B points` spans changes: points are no level reached.
  {rule: 'extract-range', text: 'On multimodal tasks, most ZetaBench agents decline by 3 to 10 points.', want: [{valueLow: 3, valueHigh: 10, value: null, unit: 'points'}]}
)

positives.push(
  // A time unit set in LaTeX math roman, after a thin space.
  {rule: 'extract-score', text: 'ZetaTTS enables immediate first-packet emission ($97\\,\\mathrm{ms}$) through its 12.5 Hz, 16-layer codec.', want: [{value: 97, unit: 'ms'}]}
)

positives.push(
  // A time or size per item keeps its item (`s/image`, `ms/token`, `PB/s`),
  // so a pair of them is still a pair, and a time per item is still a time.
  {
    rule: 'extract-from-to',
    text: 'ZetaSeg cuts end-to-end runtime from 49.20s/image to 10.39s/image (4.7x) on a laptop CPU.',
    want: [{value: 10.39, baselineValue: 49.2, delta: -4.7, unit: 'x', deltaKind: 'ratio', metric: 'end-to-end runtime'}]
  },
  {rule: 'extract-score', text: 'ZetaLM decodes at 40 ms/token on one GPU.', want: [{value: 40, unit: 'ms/token', metric: 'latency'}]},
  {rule: 'extract-score', text: 'ZetaStore sustains 3.7 PB/s across its racks.', want: [{value: 3.7, unit: 'PB/s'}]},
  // Watts measure a power and joules an energy, when no words name the
  // measure; the item of a unit (`fJ/MAC`) is no measure of the next number.
  {
    rule: 'extract-score',
    text: 'ZetaChip reaches 6.0 fJ/MAC at 9.6 W, 165.8 TOPS/W, and 0.183 J per inference.',
    want: [
      {value: 6, unit: 'fJ/MAC', metric: 'energy'},
      {value: 9.6, unit: 'W', metric: 'power'},
      {value: 165.8, unit: 'TOPS/W', metric: null},
      {value: 0.183, unit: 'J', metric: 'energy'}
    ]
  },
  // A comparator's score labelled with the measure in its parenthesis is the
  // baseline value; labelled with another measure, it is not.
  {
    rule: 'extract-versus',
    text: 'ZetaSum reaches a ROUGE-L score of 0.4437, outperforming the previous OmegaSum model (ROUGE-L: 0.422).',
    want: [{value: 0.4437, baselineValue: 0.422, delta: 0.0217, baseline: 'previous OmegaSum model', metric: 'ROUGE-L'}]
  },
  {
    rule: 'extract-score',
    text: 'ZetaSpec reaches F1 = 0.804 and MCC = 0.745, outperforming OmegaLM (F1 = 0.469 and MCC = 0.281).',
    want: [{value: 0.804, baselineValue: null}, {value: 0.745, baselineValue: null}, {value: 0.469}, {value: 0.281}]
  },
  // A comparator's score after a verb of doubling it, past a long name.
  {
    rule: 'extract-versus',
    text: 'ZetaAgents reach a 28.2% success rate, nearly doubling the performance of baselines limited to session-bound memory (14.2%).',
    want: [{value: 28.2, baselineValue: 14.2, delta: 14, metric: 'success rate'}]
  },
  // Underperforming a comparator is a loss against it.
  {
    rule: 'extract-reduction',
    text: 'ZetaWind underperforms the greedy zero-yaw baseline by approximately 12% in power.',
    want: [{delta: -12, baseline: 'greedy zero-yaw baseline', metric: 'power'}]
  },
  // A measure is still the subject past `during …` before its verb.
  {rule: 'extract-from-to', text: 'With ZetaWrist, spill incidence during the drinking task decreased from 56% to 3%.', want: [{value: 3, baselineValue: 56, metric: 'spill incidence'}]},
  // Two numbers that each name their own measure do not share a unit.
  {
    rule: 'extract-score',
    text: 'ZetaLSTM reaches an RMSE of 412.84 and 92.46 percent accuracy.',
    want: [{value: 412.84, unit: null, metric: 'RMSE'}, {value: 92.46, unit: '%', metric: 'accuracy'}]
  },
  // A loss a change is in is its measure, as written.
  {
    rule: 'extract-change-word',
    text: 'ZetaCap improvements were 27.25% in contrastive loss and 3.71% in perplexity.',
    want: [{delta: 27.25, metric: 'contrastive loss'}, {delta: 3.71, metric: 'perplexity'}]
  },
  // After `maximum`, `mean`, `peak` …, an `-ing` word is a noun of the measure.
  {rule: 'extract-reduction', text: 'ZetaArm reduces the maximum positioning error by over 50%.', want: [{delta: -50, metric: 'maximum positioning error'}]},
  // `pt` abbreviates points; a cutoff is a word of the measure; a named
  // measure drops the word `metrics` after it.
  {
    rule: 'extract-score-with-margin',
    text: 'ZetaView reached a pose estimation success rate of 77.3%, which was 7.4pt higher than the model-based planner.',
    want: [{value: 77.3, delta: 7.4, unit: 'points', deltaKind: 'absolute'}]
  },
  {rule: 'extract-score', text: 'ZetaRAG reaches a top-10 gene accuracy of over 40%.', want: [{value: 40, metric: 'top-10 gene accuracy'}]},
  {rule: 'extract-change-word', text: 'ZetaSal yields a 6.8% improvement in F_m metrics on OmegaSal.', want: [{delta: 6.8, metric: 'F_m'}]},
  // A saving is a reduction, of the measure it is in.
  {rule: 'extract-reduction', text: 'ZetaQuant provides a saving of 45% in multiplier power.', want: [{delta: -45, metric: 'multiplier power'}]},
  // `while X has …` sets a comparator's score against the first.
  {
    rule: 'extract-versus',
    text: 'ZetaCad models outperform OmegaLM, achieving 100% accuracy while OmegaLM has 95% accuracy.',
    want: [{value: 100, baselineValue: 95, delta: 5}]
  },
  // `from a vulnerability of A to B` is a pair; a change of another measure
  // after it (`an area increase of 2.6x`) does not restate it.
  {
    rule: 'extract-from-to',
    text: 'ZetaBus lowers faults from a vulnerability of 34.85 % to 0 % compared to a reference design, with an area increase of 2.6x.',
    want: [{value: 0, baselineValue: 34.85, delta: -34.85, unit: '%'}, {delta: 2.6, unit: 'x'}]
  },
  // The overhead on a measure named after a score is the measure.
  {rule: 'extract-score', text: 'ZetaCkpt incurs less than 3.1% runtime overhead.', want: [{value: 3.1, metric: 'runtime overhead'}]},
  // `^\circ` is a degree sign; spectral efficiency keeps its unit whole;
  // `normalized mean square error` is NMSE.
  {rule: 'extract-score', text: 'ZetaRecon reaches an RPE-R of $0.12^\\circ$ on OmegaSpires.', want: [{value: 0.12, unit: '°'}]},
  {rule: 'extract-score', text: 'ZetaLink reaches data rates around 5.8~bit/s/Hz.', want: [{value: 5.8, unit: 'bit/s/Hz'}]},
  {rule: 'extract-reduction', text: 'ZetaLink yields a 5.23~dB reduction in normalized mean square error.', want: [{delta: -5.23, unit: 'dB', metric: 'NMSE'}]},
  // A baseline's score in a parenthesis right after the first is its baseline value.
  {rule: 'extract-versus', text: 'ZetaFin attains an accuracy of 85.2% (baseline: 80.1%).', want: [{value: 85.2, baselineValue: 80.1, delta: 5.1}]},
  {rule: 'extract-versus', text: 'ZetaFin attains an accuracy of 85.2% (BL 80.1%).', want: [{value: 85.2, baselineValue: 80.1, delta: 5.1}]},
  // A whole number in one of these units alone makes an abstract worth reading.
  {rule: 'extract-score', text: 'ZetaChip reaches 96 pJ per frame.', want: [{value: 96, unit: 'pJ', metric: 'energy'}]},
  {rule: 'extract-score', text: 'ZetaRack draws 30 kW.', want: [{value: 30, unit: 'kW', metric: 'power'}]},
  {rule: 'extract-score', text: 'ZetaHR runs at 60 bpm.', want: [{value: 60, unit: 'bpm'}]},
  // A percentile is a word of the measure; `area under ROC` is AUROC.
  {rule: 'extract-reduction', text: 'ZetaFlow reduces the 95th percentile latency by 38%.', want: [{delta: -38, metric: '95th percentile latency'}]},
  {rule: 'extract-score', text: 'ZetaViT achieves an area under ROC of 0.95.', want: [{value: 0.95, metric: 'AUROC'}]},
  // What varies from A to B spans a range.
  {rule: 'extract-range', text: 'The effectiveness of ZetaTest varies from 29% to 57% across libraries.', want: [{valueLow: 29, valueHigh: 57, value: null, delta: null}]},
  // The noun of a size (`20B-parameter`) is no measure of the numbers near it.
  {rule: 'extract-score', text: 'ZetaCache answers in ~2ms, vs 68.8% for a 20B-parameter LLM at 3,447ms.', want: [{value: 2, metric: 'latency'}, {value: 68.8}, {value: 3447, metric: 'latency'}]},
  // A speedup with no unit is a factor.
  {
    rule: 'extract-change-word',
    text: 'ZetaGP achieves a prediction speedup of 7.63 over OmegaGP and 25.25 over KappaGP.',
    want: [
      {delta: 7.63, unit: 'x', deltaKind: 'ratio', baseline: 'OmegaGP'},
      {delta: 25.25, unit: 'x', deltaKind: 'ratio', baseline: 'KappaGP'}
    ]
  },
  // Beats per minute are a unit, after a LaTeX thin space too.
  {rule: 'extract-score', text: 'ZetaHR tracks heart rate with a mean absolute error of 2.81\\,bpm.', want: [{value: 2.81, unit: 'bpm'}]}
)

positives.push(
  // A `rise` is a change of its own in a list that opens with a drop.
  {
    rule: 'list sharing',
    text: 'ZetaCare shows a 37.2% drop in the sleep index, a 28.6% rise in positive word usage, and a 23.4% improvement in comfort.',
    want: [
      {delta: -37.2, metric: 'sleep index'},
      {delta: 28.6, metric: 'positive word usage'},
      {delta: 23.4, metric: 'comfort'}
    ]
  }
)

positives.push(
  // A coverage reached is a result; one aimed at (`at 90% coverage`, `to 70% coverage`) is not.
  {rule: 'extract-score', text: 'On ZetaBench, ZetaCheck achieves 91.6% standard accuracy, 93.7% coverage, and 97.8% selective accuracy.', want: [{value: 91.6}, {value: 93.7, metric: 'coverage'}, {value: 97.8}]}
)

positives.push(
  // List items in two units of measure do not share a measure; `min` is minutes, `kWh` an energy.
  {rule: 'extract-score', text: 'ZetaField has fast training (<30 min) and real-time rendering capabilities (50+ FPS for camera).', want: [{value: 30, unit: 'minutes', metric: 'runtime'}, {value: 50, unit: 'FPS', metric: 'FPS'}]},
  {rule: 'extract-score', text: 'On a Jetson board, ZetaPath consumes 0.36 kWh per 3,000 slides.', want: [{value: 0.36, metric: 'energy'}]}
)

positives.push(
  // Whole seconds a task takes to complete.
  {rule: 'extract-score', text: 'ZetaGrasp completes the pick-to-place cycle in 38 s on the real robot.', want: [{value: 38, unit: 's'}]}
)

positives.push(
  // A frame rate reached for a sensor is a result (a rate of the data itself is a setting).
  {rule: 'extract-score', text: 'ZetaField renders fast (50+ FPS for camera and 600+ FPS for LiDAR).', want: [{value: 50, unit: 'FPS'}, {value: 600, unit: 'FPS'}]}
)

positives.push(
  // Memory a system uses, `of` memory, is a result; memory it runs on is hardware.
  {rule: 'extract-change-word', text: 'Increasing the group size in ZetaRL adds only 0.21 GB of peak allocated memory.', want: [{delta: 0.21, unit: 'GB', metric: 'memory'}]}
)

positives.push(
  // `with` adds a cost to a score: two claims, not a score and its margin.
  {rule: 'extract-score', text: 'The 14-layer ZetaASR reaches 5.75% with 20.7% fewer audio-tower parameters.', want: [{value: 5.75, delta: null}, {value: null, delta: -20.7}]}
)

positives.push(
  // A share of the time a system agrees with something is its agreement with it.
  {rule: 'extract-score', text: 'ZetaRank aligns with expert rankings 81% of the time.', want: [{value: 81, metric: 'agreement with expert rankings'}]}
)

positives.push(
  // A parenthesis that opens with a benchmark and a comma is about it; one that opens with `X:` labels its first item.
  {rule: 'extract-score', text: 'ZetaSeg improves where the teacher is weak (ADE20K, kept about 89%: +1.5 mIoU, single seed).', want: [{value: 89, benchmark: 'ADE20K'}, {delta: 1.5, benchmark: 'ADE20K'}]},
  {rule: 'extract-reduction', text: 'ZetaMix reduces error on every dataset (ETTh1: -8.1% MSE, Weather: -3.9% MSE).', want: [{delta: -8.1, benchmark: 'ETTh1'}, {delta: -3.9, benchmark: 'Weather'}]}
)

positives.push(
  // The first of two scores out of one total.
  {rule: 'extract-score', text: 'ZetaProver scored a near-perfect 76 and 73 out of 76 points.', want: [{value: 76, unit: 'points'}, {value: 73, unit: 'points'}]}
)

positives.push(
  // The one benchmark of a later clause with its own subject and verb is not the claim's.
  {
    rule: 'extract-score',
    text: 'Our generation pipeline achieves over 81% tool synthesis success rate, while the practice module improves performance on AIME 2024 by +2.7%.',
    want: [{value: 81, benchmark: null}, {delta: 2.7, benchmark: 'AIME 2024'}]
  }
)

positives.push(
  // In a clause of its own verb, the name-shaped data set after the claim wins over the earlier clause's.
  {
    rule: 'extract-ratio',
    text: 'ZetaSonar halves search error on the 200-language FLORES dataset and reduces error by a factor of 15 on the 1,560-language BIBLE benchmark.',
    want: [{delta: -15, benchmark: 'BIBLE'}]
  }
)

positives.push(
  // A signed change `for X` right after it: a name-shaped X is its benchmark (one word).
  {
    rule: 'extract-change-word',
    text: 'ZetaSkill improves over the standard RL baseline (+9.7% for ALFWorld and +6.6% for Search-QA).',
    want: [{delta: 9.7, benchmark: 'ALFWorld'}, {delta: 6.6, benchmark: 'Search-QA'}]
  },
  // (Not a domain in title case.)
  {rule: 'extract-by-delta', text: 'On ZetaBench, effects vary by domain (+4.5pp for Software Engineering).', want: [{delta: 4.5, benchmark: 'ZetaBench'}]},
  // `On the rule-blind X benchmark, …`: past words that describe it, when a data word follows (not a count: `On four X benchmarks`).
  {rule: 'extract-score', text: 'We test on OmegaHarm first. On the rule-blind Zeta-Stress benchmark, ZetaGuard reaches an F1 score of 0.881.', want: [{value: 0.881, benchmark: 'Zeta-Stress'}]},
  {rule: 'extract-score', text: 'We test on OmegaHarm first. On the rule-blind Zeta-Stress, ZetaGuard reaches an F1 score of 0.881.', want: [{value: 0.881, benchmark: null}]},
  {rule: 'extract-score', text: 'On ten public Zeta-Omega benchmarks, ZetaASR reaches a word error rate of 5.27%.', want: [{value: 5.27, benchmark: null}]}
)

positives.push(
  // A measure is named in the singular.
  {rule: 'extract-by-delta', text: 'ZetaNet raises the exact match rates by 3.3 points.', want: [{delta: 3.3, metric: 'exact match rate'}]}
)

positives.push(
  // The words before `that` are no measure of the verb after it.
  {rule: 'extract-by-delta', text: 'Human judgments show that ZetaTikz improves by 1.5 points over its base models.', want: [{delta: 1.5, metric: null, model: 'ZetaTikz'}]}
)

positives.push(
  // A change named before its two scores is on the benchmark right after it.
  {
    rule: 'extract-from-to',
    text: 'It improves F1 by +411% on LoCoMo (0.117 to 0.598) and +214% on ZetaBench (0.254 to 0.797) relative to the initial configurations.',
    want: [{delta: 411, benchmark: 'LoCoMo'}, {delta: 214, benchmark: 'ZetaBench', value: 0.797}]
  }
)

positives.push(
  // `avg.` and `max` inside a parenthesis end no sentence.
  {rule: 'extract-change-word', text: 'On MATH, ZetaAgent gains over the base model (avg. +7.3 pp, max +22.4 pp on HMMT).', want: [{delta: 7.3, benchmark: 'MATH', baseline: 'base model'}, {delta: 22.4, benchmark: 'HMMT'}]}
)

positives.push(
  // A margin a result is won by is no hyperparameter's.
  {rule: 'extract-change-word', text: 'ZetaDet surpasses the previous state of the art by a large margin of +2.7 box AP and +2.6 mask AP.', want: [{delta: 2.7, metric: 'box AP'}, {delta: 2.6, metric: 'mask AP'}]},
  // Points of a measure named with a `+` inside.
  {rule: 'extract-by-delta', text: 'ZetaMT exceeds prior models by 15 chrF++ points. It scores 31.2 BLEU on FLORES.', want: [{delta: 15, unit: 'points', metric: 'chrF++'}, {value: 31.2}]}
)

positives.push(
  // `over` hedging a change is no comparison: the change is not the score's margin.
  {
    rule: 'extract-score',
    text: 'ZetaGuard achieves a competitive 0.4% ASR, matching commercial detectors, while yielding a over 50% task utility gain.',
    want: [{value: 0.4, delta: null}, {value: null, delta: 50}]
  }
)

positives.push(
  // `and that` before a number opens another finding: a share, not the next item of a change.
  {
    rule: 'extract-reduction',
    text: 'ZetaAuthor reduced task duration by 36% on average, and that over 90% of participants found it helpful.',
    want: [{delta: -36}, {value: 90, delta: null, metric: null}]
  },
  // (Not `and that` naming a system: `… by +5.3% and that on X data by +12.6%`.)
  {rule: 'extract-by-delta', text: 'ZetaVLA outperforms the model trained on human data by +5.3% and that on synthetic data by +12.6%.', want: [{delta: 5.3}, {delta: 12.6}]}
)

positives.push(
  // Points that are a cost are a loss.
  {rule: 'extract-reduction', text: 'Asking ZetaLM for its confidence incurs a 3.8 pp confidence-elicitation cost.', want: [{delta: -3.8, unit: 'pp'}]}
)

positives.push(
  // Two scores in two units have no difference to read.
  {rule: 'extract-from-to', text: 'ZetaSearch reduces the time to find a video from 10 minutes to 30 seconds.', want: [{value: 30, baselineValue: 10, delta: null, deltaKind: null}]}
)

positives.push(
  // A difference of two scores keeps their sign, whatever the measure.
  {rule: 'extract-from-to', text: 'ZetaLVM improves the length score from 30.9 to 64.8.', want: [{value: 64.8, baselineValue: 30.9, delta: 33.9}]}
)

positives.push(
  // An aggregate after a list of changes is every item's: no benchmark from an earlier sentence.
  {
    rule: 'extract-by-delta',
    text: 'ZetaVL does well on GenEval. For understanding, ZetaVL surpasses them by 15.3% and 5.1% averaged across seven benchmarks.',
    want: [{delta: 15.3, benchmark: null}, {delta: 5.1, benchmark: null}]
  }
)

positives.push(
  // Shares that verbs of covering, winning and explaining name.
  {rule: 'extract-score', text: 'ZetaGen further covers 97.3% of the requested identities.', want: [{value: 97.3, metric: 'coverage'}]},
  {rule: 'extract-score', text: 'Models trained on ZetaSet win 58.1% of three-way comparisons.', want: [{value: 58.1, metric: 'win rate'}]},
  {rule: 'extract-score', text: 'A single ZetaFactor explains 81.5% of the variance across models.', want: [{value: 81.5, metric: 'explained variance'}]},
  // (Not a share explained that is no variance.)
  {rule: 'extract-score', text: 'ZetaExplainer explains 40.5% of the failures in our logs.', want: [{value: 40.5, metric: null}]}
)

positives.push(
  // A rate named before the level it reaches.
  {rule: 'extract-score', text: 'ZetaLM alternates between answers, with mismatch rates reaching more than 23%.', want: [{value: 23, metric: 'mismatch rate'}]},
  {rule: 'extract-score', text: 'Steering ZetaLM induces misalignment rates of up to 62% in aligned models.', want: [{value: 62, metric: 'misalignment rate'}]},
  // (Not a rate the registry names, nor the last of two.)
  {rule: 'extract-score', text: 'ZetaASR obtains word error rates of 2.4% on LibriSpeech.', want: [{value: 2.4, metric: 'WER'}]},
  {rule: 'extract-score', text: 'ZetaTTS reported mean word and character rates of 0.285 and 0.081.', want: [{value: 0.285, metric: null}, {value: 0.081, metric: null}]}
)

positives.push(
  // `more accurate` names the accuracy; a share of questions answered is one too.
  {rule: 'extract-change-word', text: 'ZetaQA is 24% more accurate than LLM baselines.', want: [{delta: 24, metric: 'accuracy'}]},
  {rule: 'extract-score', text: 'Even ZetaLM-70B correctly answers fewer than 17% of questions.', want: [{value: 17, metric: 'accuracy'}]}
)

positives.push(
  // A count of a total after a verb of winning or solving.
  {rule: 'extract-score', text: 'In a listening test, ZetaTTS wins 283 of 400 pairwise comparisons against the baseline.', want: [{value: 283, unit: 'comparisons'}]}
)

positives.push(
  // Points as an adjective are a result in an abstract with no other number.
  {rule: 'extract-change-word', text: 'ZetaSearch delivers large gains, with over 10-point average improvements across seven benchmarks.', want: [{delta: 10, unit: 'points', qualifier: 'over'}]}
)

positives.push(
  // A clause opened by `on X,` names the benchmark of its items, up to a contrast with its own subject.
  {
    rule: 'extract-reduction',
    text: 'Experiments show a strong trade-off: on ZetaBench, it reduces forward passes by 60.5% and execution time by 30.2%, while improving success rate by 2.5% over the baseline.',
    want: [{benchmark: 'ZetaBench'}, {benchmark: 'ZetaBench', delta: -30.2}, {benchmark: 'ZetaBench', delta: 2.5}]
  }
)

positives.push(
  // A measure's word made an adjective (`memory-related`) names a task, not the measure.
  {rule: 'extract-score', text: 'ZetaHome scores a response accuracy of 88% in memory-related tasks.', want: [{value: 88, metric: 'response accuracy'}]}
)

positives.push(
  // A share of what a system can do, kept, is its performance retained.
  {rule: 'extract-reduction', text: 'ZetaTiny is 40% smaller while retaining 96% of its language understanding capabilities and being 50% faster.', want: [{delta: -40}, {value: 96, metric: 'performance retained'}, {delta: 50}]}
)

positives.push(
  // A benchmark named in an earlier clause with its own verb gives way to the claim's own.
  {
    rule: 'extract-from-to',
    text: 'ZetaNet does well on the GSM8K test set and boosts accuracy from 61.2% to 64.5% with a small model over ZetaBase on the MATH-500 test set.',
    want: [{value: 64.5, baselineValue: 61.2, benchmark: 'MATH-500'}]
  }
)

positives.push(
  // A signed gain, then the level it reaches, is no range.
  {rule: 'extract-versus', text: 'On GSM8K, ZetaAgent rises +7.7 to 83.2% after one loop.', want: [{value: 83.2, delta: 7.7, valueLow: null, valueHigh: null, baselineValue: null}]}
)

positives.push(
  // A ratio listed before a reduction shares its sign.
  {rule: 'extract-ratio', text: 'ZetaTok encodes Hindi in roughly $2.4\\times$ and $2.6\\times$ fewer tokens than the source.', want: [{delta: -2.4, unit: 'x'}, {delta: -2.6, unit: 'x'}]}
)

positives.push(
  // Two scores on two data sets named between them are no pair.
  {
    rule: 'extract-score',
    text: 'ZetaGen gets an FID of 2.31 on ImageNet-256, while ZetaDiT reaches a GenEval score of 0.71 on text-to-image generation.',
    want: [
      {value: 2.31, baselineValue: null, benchmark: 'ImageNet-256'},
      {value: 0.71, baselineValue: null, benchmark: 'GenEval', model: 'ZetaDiT'}
    ]
  }
)

positives.push(
  // A share of items a system succeeds on is its success rate.
  {rule: 'extract-score', text: 'ZetaArm succeeds on 91% of grasps in the real world.', want: [{value: 91, metric: 'success rate'}]},
  {rule: 'extract-score', text: 'ZetaBot was successful in about 70% of episodes.', want: [{value: 70, metric: 'success rate', qualifier: 'approximately'}]}
)

positives.push(
  // A whole score in a measure's acronym, on a named data set.
  {rule: 'extract-score', text: 'ZetaDrive reaching 91 DS on Town9 closes the gap.', want: [{value: 91, metric: 'DS', benchmark: 'Town9', unit: null}]},
  // (Not an acronym the registry knows: its name.)
  {rule: 'extract-score', text: 'ZetaAttack achieves 71% ASR on HarmSet9.', want: [{value: 71, metric: 'attack success rate'}]}
)

positives.push(
  // A model in an appositive after a comparison verb is the comparator.
  {rule: 'extract-by-delta', text: 'ZetaAgent surpasses the next-best model, Claude-sonnet-9, by 7.1% in weighted rubric score.', want: [{delta: 7.1, model: 'ZetaAgent'}]},
  // (Not a clause that a comparison opens: `compared to X, Y reduces …`.)
  {rule: 'extract-reduction', text: 'Compared to baseline models, Qwen9-7B reduces electricity costs by 14.2%.', want: [{delta: -14.2, model: 'Qwen9-7B'}]}
)

positives.push(
  // A measure of something, too long for the verb's phrase, is named before its `of`.
  {rule: 'extract-by-delta', text: 'ZetaCode improves the reliability of policy code generation by up to 35%.', want: [{delta: 35, metric: 'reliability of policy code generation'}]},
  {rule: 'extract-ratio', text: 'ZetaRL improves the training efficiency of reasoning LLMs by up to 2.5x.', want: [{delta: 2.5, metric: 'training efficiency'}]}
)

positives.push(
  // A decimal without its zero after an equals sign.
  {rule: 'extract-score', text: "ZetaJudge reaches a Kendall's tau = .62 with human rankings.", want: [{value: 0.62, metric: "Kendall's tau"}]}
)

positives.push(
  // A bare model family after `on` is no benchmark.
  {rule: 'extract-reduction', text: 'ZetaQuant reduces perplexity loss by an average of 22.8% on LLaMA.', want: [{delta: -22.8, benchmark: null}]},
  // Nor a name that qualifies a measure after it.
  {rule: 'extract-change-word', text: 'ZetaForm gains 5.9pp on YAML schema adherence and 3.1pp on HumanEval.', want: [{delta: 5.9, benchmark: null}, {delta: 3.1, benchmark: 'HumanEval'}]}
)

positives.push(
  // A registry measure right after `on` is the number's; points and
  // percentage points are one unit for a list of changes.
  {
    rule: 'extract-by-delta',
    text: 'The small encoder outperforms the larger model by 2.6 percentage points on NDCG@3 and 13.3 points on Spearman correlation.',
    want: [
      {delta: 2.6, metric: 'nDCG@3'},
      {delta: 13.3, metric: 'Spearman correlation', value: null}
    ]
  }
)

positives.push(
  // A % change of a free-text measure on a fixed scale (a quality, a rate of
  // something wanted) states no kind; of a count or an unwanted rate it is relative.
  {rule: 'extract-by-delta', text: 'ZetaPlan improves partial goal completion by 15.1%.', want: [{delta: 15.1, deltaKind: 'unspecified'}]},
  {rule: 'extract-by-delta', text: 'ZetaRec raises the add-to-cart rate by 2.3%.', want: [{delta: 2.3, deltaKind: 'unspecified'}]},
  {rule: 'extract-reduction', text: 'ZetaGuard reduces safety violation rates by 41%.', want: [{delta: -41, deltaKind: 'relative'}]},
  {rule: 'extract-by-delta', text: 'ZetaRec increases user page views by 2.3%.', want: [{delta: 2.3, deltaKind: 'relative'}]}
)

positives.push(
  // A title-case name right after a number, defined by its acronym, is a measure;
  // a word of that name (`Relative-time`) states no kind.
  {
    rule: 'extract-by-delta',
    text: 'ZetaEdit improves over the best baseline by +21.4 Temporal Consistency (TC) and +30.2 Current Relative-time Score (CRS) on average.',
    want: [
      {delta: 21.4, metric: 'Temporal Consistency', deltaKind: 'absolute'},
      {delta: 30.2, metric: 'Current Relative-time Score', deltaKind: 'absolute'}
    ]
  },
  {rule: 'extract-score', text: 'ZetaBot reaches only 16.3% Success Rate (SR) in simulation.', want: [{value: 16.3, metric: 'success rate'}]}
)

positives.push(
  // `the <Name> dataset` names a benchmark the registry need not know.
  {rule: 'extract-change-word', text: 'ZetaSeg shows a 6.2% increase in mIoU on the Quarry dataset.', want: [{delta: 6.2, metric: 'mIoU', benchmark: 'Quarry'}]},
  {rule: 'extract-change-word', text: 'ZetaSeg gains +3.1 pp on the Fern benchmark and +9.4 pp on our multimodal HILL subset.', want: [{delta: 3.1, benchmark: 'Fern'}, {delta: 9.4, benchmark: 'HILL'}]},
  // (Or one the paper brings in, which later sentences' claims then take.)
  {rule: 'extract-from-to', text: 'Our new ZetaCube benchmark has 21,154 questions. Training on maps boosts accuracy from 37.8% to 60.8%.', want: [{value: 60.8, benchmark: 'ZetaCube'}]},
  {rule: 'extract-from-to', text: 'The WAX benchmark reduces block memory from 312.2 MiB to 88.1 MiB.', want: [{value: 88.1, benchmark: null}]},
  {rule: 'extract-change-word', text: 'We also construct the ZetaT2I dataset. Fine-tuned models gain +4.2%.', want: [{delta: 4.2, benchmark: null}]},
  // A name after `on` that the words after its comma call a data set; not what a system is trained on.
  {rule: 'extract-by-delta', text: 'We test ZetaScan on KLM-VULN, a benchmark of 92 cases. ZetaScan improves recall by 11.6%.', want: [{delta: 11.6, benchmark: 'KLM-VULN'}]},
  {rule: 'extract-by-delta', text: 'ZetaMix is trained on FLXMIX, a corpus we curate. ZetaMix improves recall by 11.6%.', want: [{delta: 11.6, benchmark: null}]},
  // A benchmark after a later clause with its own verb is that clause's.
  {rule: 'extract-by-delta', text: 'This improves part-level discrimination by 28.0%, and yields stronger alignment with human judgments on GSM8K.', want: [{delta: 28, benchmark: null}]},
  // (Not a model, nor words without an article: `on English data`.)
  {rule: 'extract-score', text: 'ZetaSeg reaches 71.0% accuracy on English data.', want: [{value: 71, benchmark: null}]}
)

positives.push(
  // `below`/`above` a word that names no system compares with nothing.
  {rule: 'extract-score', text: 'The top system, ZetaLM, reaches 53.2%, leaving substantial headroom below saturation.', want: [{value: 53.2, baseline: null}]},
  {rule: 'extract-score-with-margin', text: 'ZetaLM reaches 53.2%, 4.1 points below the GPT-4o baseline.', want: [{value: 53.2, baseline: 'GPT-4o baseline'}]}
)

positives.push(
  // A score after `at` is the score of the model named right before it.
  {
    rule: 'extract-score',
    text: 'Of the 30 models tested, Gemini-9-Pro reaches 61.2%, followed by Claude-Opus-9.1 at 58.9% and GPT-9.4 at 55.0%.',
    want: [
      {value: 61.2, model: 'Gemini-9-Pro'},
      {value: 58.9, model: 'Claude-Opus-9.1'},
      {value: 55, model: 'GPT-9.4'}
    ]
  },
  // A model named inside a closed parenthesis is not the next item's.
  {
    rule: 'list sharing',
    text: 'ZetaTune achieves a 0.512 test score, surpassing larger systems (e.g., Qwen9-7B-Instruct-RL at 0.498), and increases training throughput by 5.2x.',
    want: [
      {value: 0.512, baselineValue: 0.498, model: 'ZetaTune', baseline: 'Qwen9-7B-Instruct-RL'},
      {delta: 5.2, model: 'ZetaTune'}
    ]
  }
)

positives.push(
  // A preposition ends a measure read from free text.
  {rule: 'extract-change-word', text: 'ZetaPrune shows a 41% improvement in efficiency during both training and inference.', want: [{delta: 41, metric: 'efficiency'}]},
  // A list item whose change names its own measure does not borrow another item's.
  {
    rule: 'list sharing',
    text: 'ZetaFuse brings a 12.5% improvement in detection accuracy, a 4.1% reduction in tracking error, and a 9.8% improvement in planning performance compared with ZetaBase.',
    want: [
      {delta: 12.5, metric: 'detection accuracy'},
      {delta: -4.1, metric: 'tracking error'},
      {delta: 9.8, metric: null}
    ]
  },
  {rule: 'list sharing', text: 'ZetaPrune gives a 41% improvement in efficiency with only a 0.3% drop in overall performance.', want: [{delta: 41, metric: 'efficiency'}, {delta: -0.3, metric: null}]}
)

positives.push(
  // Signed bounds are a span of gains, never a pair of scores.
  {rule: 'extract-range', text: 'ZetaChat shows higher error rates (+10 to +30 percentage points) than its original counterpart.', want: [{valueLow: 10, valueHigh: 30, unit: 'pp', value: null, delta: null}]},
  {rule: 'extract-range', text: 'Distillation then adds +2.1 to +4.5 points there.', want: [{valueLow: 2.1, valueHigh: 4.5, metric: null}]},
  // (With no unit after them, and after `by` with no change word near.)
  {rule: 'extract-range', text: 'The checker alone lifts every tested backend on Q-dev by +3.4 to +11.9 Macro F1 over its plain baseline.', want: [{valueLow: 3.4, valueHigh: 11.9, unit: null, value: null, delta: null}]}
)

positives.push(
  // A change noun, the subject of a copula whose complement is the number.
  {rule: 'extract-change-word', text: 'The average improvement of ZetaNet over the base model is 4.6% on five datasets.', want: [{delta: 4.6, value: null}]},
  {rule: 'extract-reduction', text: 'The latency reduction of ZetaServe is about 30% on one GPU.', want: [{delta: -30, metric: 'latency'}]}
)

positives.push(
  // A measure named before a parenthesis that names another.
  {rule: 'extract-score', text: 'A pilot review showed 91% inter-rater agreement (kappa = 0.82).', want: [{value: 91, metric: 'inter-rater agreement'}, {value: 0.82}]},
  {rule: 'extract-score', text: 'ZetaFlight keeps a mean position error of 0.25 m (RMSE) on held-out flights.', want: [{value: 0.25, metric: 'position error'}]}
)

positives.push(
  // A benchmark's version before a word no score is followed by.
  {rule: 'extract-by-delta', text: 'Fine-tuning Qwen3.5-27B improves single-round performance on Terminal-Bench 2.1 by 11.9 points.', want: [{delta: 11.9, value: null, benchmark: 'Terminal-Bench'}]},
  // (A score after a benchmark's name stays one.)
  {rule: 'extract-score', text: 'ZetaChat scores MT-Bench 8.5 and AlpacaEval 40%.', want: [{value: 8.5, benchmark: 'MT-Bench'}, {value: 40, benchmark: 'AlpacaEval'}]}
)

positives.push(
  // A spread stated with a score is part of it, not a score of its own.
  {rule: 'extract-score-with-margin', text: 'Ti-Zeta reaches a top-1 accuracy of 79.9% with a standard deviation of 0.2%, 1.7% higher average accuracy than ZetaGNN.', want: [{value: 79.9, delta: 1.7}]},
  // Two scores compared after a change, past a comma: a pair of their own.
  {rule: 'extract-by-delta', text: 'ZetaKV outperforms prefix caching by 16%, with no loss in accuracy (99.2% vs. 99.1%).', want: [{delta: 16, value: null}, {value: 99.2, baselineValue: 99.1}]}
)

positives.push(
  // A drop named as a copula's subject, bounded.
  {rule: 'extract-reduction', text: 'With ZetaSel, the accuracy drop is below 1% on all tasks.', want: [{delta: -1, value: null}]},
  // A modal copula, its size hedged: a change, up to that size.
  {rule: 'extract-change-word', text: 'On harder tasks, the gain in recall of ZetaTest can be as large as 35 points.', want: [{delta: 35, value: null, unit: 'points', qualifier: 'up to', metric: 'recall'}]}
)

positives.push(
  // The measure of a change noun right after a ratio; a comparative's
  // measure after `in`.
  {rule: 'extract-ratio', text: 'ZetaSplat achieves more than 40x efficiency boost over prior work.', want: [{delta: 40, metric: 'efficiency'}]},
  {rule: 'extract-ratio', text: 'ZetaDiff achieves 4X greater in valid generation density than ZetaOld.', want: [{delta: 4, metric: 'valid generation density'}]},
  // A distance set for the test is no result.
  {rule: 'extract-score', text: 'The controller achieved an average of 0.28 m landing error when throwing at targets located 6 m away.', want: [{value: 0.28, metric: 'landing error'}]}
)

positives.push(
  // A registry measure after `in` keeps the words written before it.
  {rule: 'extract-by-delta', text: 'ZetaAgent surpasses the next-best model by 7.1% in weighted rubric score.', want: [{delta: 7.1, metric: 'weighted rubric score'}]},
  {rule: 'extract-by-delta', text: 'ZetaRaptor outperforms nine baselines by up to 20% in answer accuracy.', want: [{delta: 20, metric: 'answer accuracy'}]}
)

positives.push(
  // A plain measure after a score whose LaTeX was blanked to spaces.
  {rule: 'extract-score', text: 'ZetaSAE achieves $71\\%$ explained variance on held-out data.', want: [{value: 71, metric: 'explained variance'}]}
)

positives.push(
  // People's score is a reference, not a result.
  {rule: 'extract-score', text: 'ZetaLM achieves 50.54% on ZetaQA, far below the average human performance of 62.6%.', want: [{value: 50.54}]}
)

positives.push(
  // A label before a parenthesis of two scores, the second for a comparator;
  // the registry measure a share keeps, past a possessive.
  {rule: 'extract-versus', text: 'Among 22 models, ZetaPath achieved the best average rank (6.56 vs. 6.58 for Virchow2), retained 99.71% of Virchow2\'s Macro-AUC across cohorts.', want: [{value: 6.56, baselineValue: 6.58, metric: 'rank'}, {value: 99.71, metric: 'Macro-AUC'}]}
)

positives.push(
  // A ratio by which something changed, then the level it reached; the
  // reducing verb carries over `and` past that level.
  {rule: 'extract-score-with-change', text: 'ZetaSAE reduces training costs by >2000x to roughly $1 and training time by >450x to around 20 minutes.', want: [{value: 1, delta: -2000, unit: 'x'}, {value: 20, delta: -450, unit: 'x'}]},
  {rule: 'extract-score-with-change', text: 'ZetaServe cuts latency by 3x to 120 ms.', want: [{value: 120, delta: -3, metric: 'latency'}]}
)

positives.push(
  // Coding agents named by product (registry data).
  {rule: 'extract-score', text: 'Claude Code exhibits an attack success rate of 73.63%.', want: [{value: 73.63, model: 'Claude Code'}]},
  {rule: 'extract-score', text: 'Codex CLI achieves 40% on Terminal-Bench.', want: [{value: 40, model: 'Codex CLI'}]}
)

positives.push(
  // `minimal` says how much, not which measure.
  {rule: 'extract-reduction', text: 'ZetaThink cuts tokens by 25.7% with minimal accuracy loss (1.2%).', want: [{delta: -25.7, metric: 'tokens'}, {delta: -1.2, metric: 'accuracy'}]}
)

positives.push(
  // A score set off by a comma right after its measure.
  {rule: 'extract-score', text: 'ZetaRAG attains the highest overall accuracy, 98 percent, on the test set.', want: [{value: 98, metric: 'accuracy'}]},
  {rule: 'extract-score', text: 'ZetaPOD matches FedAvg in Dice score, 0.78, on the validation set.', want: [{value: 0.78, metric: 'Dice'}]}
)

positives.push(
  // The operating point a score is read at is no score of its own.
  {rule: 'extract-score', text: 'ZetaVerify achieves 0.722 different-player recall at 95% precision.', want: [{value: 0.722}]}
)

positives.push(
  // A name after `on`, or listed after one, labelling the score in parentheses after it.
  {rule: 'extract-score', text: 'ZetaProver ranks first on MiniF2F (91.3%), and ranks second on ZathOlympiad (22.8%) and ProofNet (33.5%).', want: [{value: 91.3, benchmark: 'miniF2F'}, {value: 22.8, benchmark: 'ZathOlympiad'}, {value: 33.5, benchmark: 'ProofNet'}]}
)

positives.push(
  // A spread in LaTeX (`$\\pm$`) and an interquartile range are no scores.
  {rule: 'extract-score', text: 'ZetaSeg reaches a Dice score of 77.1 $\\pm$ 20.3 and a Hausdorff distance error of 11.7 $\\pm$ 24.1 mm.', want: [{value: 77.1, metric: 'Dice'}, {value: 11.7, unit: 'mm'}]},
  {rule: 'extract-score', text: 'With ZetaSeg, the median lesion burden was 6.4 cc (IQR: 2.1, 18.1).', want: [{value: 6.4}]}
)

positives.push(
  // BLEU-4 is a measure of its own (registry data).
  {rule: 'extract-score', text: 'ZetaSign achieves a BLEU4 score of 30.77% on PHOENIX14T.', want: [{value: 30.77, metric: 'BLEU-4'}]}
)

positives.push(
  // `absolute` inside a measure's name says nothing of the change's kind;
  // a function word after a total is no unit.
  {rule: 'extract-reduction', text: 'ZetaLoc yields an 18.7% reduction in mean absolute error (MAE) over the legacy system.', want: [{delta: -18.7, deltaKind: 'relative', metric: 'MAE'}]},
  {rule: 'extract-score', text: 'Gold notes achieved a score of 4.25 out of 5 and Zeta notes scored 4.20 out of 5.', want: [{value: 4.25, unit: null}, {value: 4.2}]}
)

positives.push(
  // The next item of a change verb's list names its own measure before its `by`.
  {rule: 'extract-reduction', text: 'ZetaSA reduces inference FLOPs by 66% and training budget by 26%, while keeping accuracy.', want: [{delta: -66, metric: 'inference FLOPs'}, {delta: -26, metric: 'training budget'}]},
  // (Not words joined inside one measure's name.)
  {rule: 'extract-reduction', text: 'ZetaEEG reduces the normalized mean squared error between predicted and true velocities by 72% compared to EEGNet.', want: [{delta: -72, metric: 'NMSE'}]}
)

positives.push(
  // Units of energy, volume, binary memory and microseconds.
  {rule: 'extract-score', text: 'ZetaPath consumes 0.36 kWh per 3,000 slides.', want: [{value: 0.36, unit: 'kWh'}]},
  {rule: 'extract-from-to', text: 'ZetaRun reduces block memory from 312.2 MiB to 88.1 MiB.', want: [{value: 88.1, baselineValue: 312.2, unit: 'MiB'}]},
  {rule: 'extract-score', text: 'ZetaBandit has a 331.466 microseconds p95 decision latency.', want: [{value: 331.466, unit: 'us', metric: 'p95 decision latency'}]}
)

positives.push(
  // A rate spelled out is a throughput, in the unit as written.
  {rule: 'extract-score', text: 'With ZetaFHE, Llama 3 inference reaches up to 80 tokens per second on one GPU.', want: [{value: 80, unit: 'tokens per second', metric: 'throughput'}]}
)

positives.push(
  // A comparison set off by a comma, then the comparator's score after its `of`.
  {rule: 'extract-versus', text: 'ZetaTTS achieves a CER of 1.94%, surpassing the human ground truth of 1.98%.', want: [{value: 1.94, baselineValue: 1.98, delta: -0.04}]},
  {rule: 'extract-versus', text: 'The strongest zero-shot model attains only 42.68, far below the human score of 79.08.', want: [{value: 42.68, baselineValue: 79.08}]},
  // The comparator's score right after the article: not a margin.
  {rule: 'extract-versus', text: 'ZetaSeg reaches a mIoU of 63.6%, significantly outperforming the 13.8% obtained with plain pre-training.', want: [{value: 63.6, baselineValue: 13.8, delta: 49.8}]},
  {rule: 'extract-versus', text: 'ZetaRank achieves 81.5% accuracy in caption ranking, notably improving upon the previous 66% benchmark.', want: [{value: 81.5, baselineValue: 66, delta: 15.5}]},
  // A level reached with its own change after it, however it is hedged.
  {rule: 'extract-score-with-change', text: 'Training ZetaSQL with GRPO improved the execution accuracy up to 81.2 percent (+24 pp over zero-shot).', want: [{value: 81.2, delta: 24, unit: 'pp'}]},
  // (The `to` of `up to` pairs no two scores.)
  {rule: 'extract-score-with-change', text: 'ZetaSQL reaches 81.2 percent (+24 pp over zero-shot) and semantic accuracy up to 50.1 percent (+30.5 pp).', want: [{value: 81.2, delta: 24}, {value: 50.1, delta: 30.5, baselineValue: null}]},
  // A model's size between a pair's scores, and a change restated before them.
  {rule: 'extract-from-to', text: 'ZetaSQL-3B gains 6.2 pp in execution accuracy (from 80.1 percent on the 8B model to 86.3 percent on the 3B model).', want: [{value: 86.3, baselineValue: 80.1, delta: 6.2, unit: 'pp'}]},
  // (Two signed changes pair no scores: `from +7.03 points at 2B to -0.91 at 27B`.)
  {rule: 'extract-change-word', text: 'The gain of ZetaTune over its base model decreases from +6.5 points at 2B to -0.8 at 27B.', want: [{delta: 6.5}, {delta: -0.8}]},
  // `a relative reduction in X of N%`: the kind stated before the measure, for the list too.
  {rule: 'extract-reduction', text: 'ZetaASR gives a relative reduction in word error rate of approximately 31%, across all words and 33%, for rare terms.', want: [{delta: -31, deltaKind: 'relative'}, {delta: -33, deltaKind: 'relative'}]},
  // A hedged change in decibels (`by up to 1.8 dB`) is a change; a level a noise is set to is not.
  {rule: 'extract-reduction', text: 'ZetaSI lowers the high-SNR NMSE floor by up to 1.6 dB across scenarios.', want: [{delta: -1.6, unit: 'dB', qualifier: 'up to'}]},
  // `superiority`, `advantage` after a number: a margin over what follows, no measure.
  {rule: 'extract-change-word', text: 'Certain ZetaJoke architectures achieve 19.4% superiority over baseline systems.', want: [{delta: 19.4, value: null, metric: null, baseline: 'baseline systems'}]},
  // `The X of this model is N higher than that of Y`: the subject's measure, and Y.
  {rule: 'extract-change-word', text: 'The topic coherence of this model is 0.4 higher than that of other topic models.', want: [{delta: 0.4, metric: 'topic coherence', baseline: 'other topic models'}]},
  // A list of scores with margins takes the kind stated before its first margin.
  {rule: 'extract-score-with-margin', text: 'ZetaSpeech reaches BLEU scores of 24.1 for German and 28.3 for Spanish, relative gains of over 25% and 12%, respectively.', want: [{value: 24.1, delta: 25, deltaKind: 'relative'}, {value: 28.3, delta: 12, deltaKind: 'relative'}]},
  // How often one side is preferred: the registry's `human preference`, whatever else the sentence measures.
  {rule: 'extract-score', text: 'Participants preferred ZetaHelp 76% of the time, with a 30% higher acceptance rate.', want: [{value: 76, metric: 'human preference'}, {delta: 30, metric: 'acceptance rate'}]},
  // A share of the performance kept, past the words that say whose.
  {rule: 'extract-score', text: 'ZetaKV preserves nearly 99% of the full KV cache performance using a fraction of the memory.', want: [{value: 99, metric: 'performance retained'}]},
  {rule: 'extract-range', text: 'Cross-model compression largely retains 90~100% of full-prompt baseline performance.', want: [{valueLow: 90, valueHigh: 100, metric: 'performance retained'}]},
  // An acronym `in terms of` which a change is stated is its measure.
  {rule: 'extract-change-word', text: 'Group averaging always lowers the evaluation loss, with improvements of up to 31% in terms of the VRMSE.', want: [{delta: 31, metric: 'VRMSE'}]},
  // `lower latency variance of 41%`: a quantity made lower by the number; a rate's level stays a score.
  {rule: 'extract-reduction', text: 'ZetaSurf enables significantly lower latency variance of 38% at p95 and 44% at p99.', want: [{delta: -38, value: null}, {delta: -44, value: null}]},
  {rule: 'extract-score', text: 'ZetaNet reaches a lower error rate of 5% on ZetaSet.', want: [{value: 5, delta: null, metric: 'error rate'}]},
  // `speeds up` is a verb, so the name before it is no benchmark named before a measure.
  {rule: 'extract-ratio', text: 'ZetaNet speeds up decoding by 3.5x.', want: [{delta: 3.5, benchmark: null}]},
  // Right after `in`, an `-ing` word is a noun of the measure's phrase.
  {rule: 'extract-change-word', text: 'ZetaRig achieves a 205% improvement in rigging accuracy and a 180% improvement in motion accuracy.', want: [{delta: 205, metric: 'rigging accuracy'}, {delta: 180, metric: 'motion accuracy'}]},
  // `speed-ups` (hyphenated, plural) is the registry's speed-up.
  {rule: 'extract-ratio', text: 'ZetaQ-8B delivers 1.4x and 2.9x speed-ups in the pre-filling and generation stages, respectively.', want: [{delta: 1.4, metric: 'speed-up'}, {delta: 2.9, metric: 'speed-up'}]},
  // The registry names the Matthews correlation by its usual acronym.
  {rule: 'extract-score', text: 'ZetaNet reaches a Matthews correlation coefficient of 0.81 on ZetaSet.', want: [{value: 0.81, metric: 'MCC'}]},
  // `6% performance and 4% power improvements`: each item with its measure's word shares the change word after the last.
  {rule: 'extract-change-word', text: 'We observe up to 7% performance and 3% power improvements on ZetaGPU systems.', want: [{delta: 7, value: null, metric: null}, {delta: 3, value: null, metric: 'power'}]},
  // `reducing 83.0% peak memory`: a verb of reducing right before a share, a reduction of what follows.
  {rule: 'extract-reduction', text: 'ZetaMamba runs on MCUs, reducing 81.0% peak memory while keeping accuracy.', want: [{delta: -81, value: null, metric: 'memory'}]},
  // `$R^{2}=0.66$`: a one-digit superscript in braces reads as `R^2`, the registry's R^2 (as annotators write it).
  {rule: 'extract-score', text: 'Gradient boosting models reach $R^{2}=0.64$ on the held-out split.', want: [{value: 0.64, metric: 'R^2'}]},
  // `with only N $\\%$ accuracy loss`: a result, though LaTeX blanks widen the gap to its change word.
  {rule: 'extract-reduction', text: 'The scheme works via scale reparameterization, with only 0.31 $\\%$ accuracy loss compared to full precision.', want: [{delta: -0.31, metric: 'accuracy'}]},
  // `stability scores (0.9998)`: a noun that names what is scored makes the generic `scores` a measure.
  {rule: 'extract-score', text: 'ZetaHR achieves superior stability scores (0.9991) and consistency metrics (0.9862) against fixed guidance.', want: [{value: 0.9991, metric: 'stability score'}, {value: 0.9862, metric: 'consistency metric'}]},
  // LaTeX emphasis closing after the change noun leaves blanks before its `in`.
  {rule: 'extract-reduction', text: 'ZetaMem achieves \\emph{$>55\\%$ reduction} in peak memory on long documents.', want: [{delta: -55, metric: 'memory', deltaKind: 'relative'}]},
  // A change noun with its measure's acronym in parentheses before `of`.
  {rule: 'extract-change-word', text: 'We observe an increase in success rate (SR) of around 2 points for ZetaNav.', want: [{delta: 2, value: null, unit: 'points', metric: 'success rate'}]},
  // A generic `metrics` after a registry measure is not part of its name.
  {rule: 'extract-range', text: 'ZetaKT improves AUC metrics by 3% to 9% over nine baselines.', want: [{metric: 'AUC', valueLow: 3, valueHigh: 9}]},
  {rule: 'extract-versus', text: 'ZetaDraft reaches an accuracy of 32%, far surpassing the 10% achieved by OmegaDraft.', want: [{value: 32, baselineValue: 10, delta: 22}]},
  // (Any degree of it, and the first score's data set before the comma.)
  {rule: 'extract-versus', text: 'The best agent reaches only 61.2%, substantially below the expert result of 77.5%.', want: [{value: 61.2, baselineValue: 77.5, delta: -16.3}]},
  {rule: 'extract-versus', text: 'ZetaLM scores 41.3% on ZetaQA, well below the oracle accuracy of 70.1%.', want: [{value: 41.3, baselineValue: 70.1, benchmark: 'ZetaQA'}]}
)

positives.push(
  // A comparator whose score closes `competitive with` or `comparable to`.
  {rule: 'extract-versus', text: 'ZetaASR-2B reaches an average error rate of 14.85, competitive with OmegaASR-10B (14.32).', want: [{value: 14.85, baselineValue: 14.32, delta: 0.53}]},
  // `whereas` answers the first score with ours.
  {rule: 'extract-versus', text: 'The minimal adapter scores only 19.1% pass@1, whereas the full adapter reaches 73.4%.', want: [{value: 73.4, baselineValue: 19.1, delta: 54.3}]},
  // (A decimal inside the comparators' names between the two.)
  {rule: 'extract-versus', text: 'ZetaVLA achieves success rates of 86.8% while Omega-0.5 and Kappa N1.6 achieve around 40%.', want: [{value: 86.8, baselineValue: 40}]},
  // A comparison after a comma links two lists of scores too; a measure
  // past the comma after a list is another clause's.
  {
    rule: 'extract-versus',
    text: 'ZetaQuant keeps 98.0% and 87.8% task success rates, matching or exceeding their FP16 references of 97.1% and 87.0%, while reducing the static memory footprint.',
    want: [
      {value: 98, baselineValue: 97.1, metric: 'success rate'},
      {value: 87.8, baselineValue: 87, metric: 'success rate'}
    ]
  },
  {rule: 'extract-score', text: 'ZetaNet reaches 97.1% and 87.0%, while the static memory footprint drops.', want: [{value: 97.1, metric: null}, {value: 87, metric: null}]},
  {rule: 'extract-by-delta', text: 'ZetaRec improves Recall@10 by 14.2%, 9.8% and 11.5%, respectively, and NDCG@10 by 12.7% on average.', want: [{metric: 'recall@10'}, {metric: 'recall@10'}, {metric: 'recall@10'}, {metric: 'nDCG@10'}]},
  // A measure of four words after a leading modifier (`average`, `overall`).
  {rule: 'extract-score', text: 'ZetaPlan runs with an average planner cycle computation time of approximately 19 ms.', want: [{value: 19, unit: 'ms', metric: 'planner cycle computation time'}]},
  {rule: 'extract-score', text: 'ZetaLab reaches an overall protocol-to-code gate pass rate of 89.5%.', want: [{value: 89.5, metric: 'protocol-to-code gate pass rate'}]},
  // A bare `score` takes an acronym no registry knows before it (not a known measure's: `AUC score`).
  {rule: 'extract-by-delta', text: 'ZetaHeight improves its F1HE score by 44.2 percent.', want: [{delta: 44.2, metric: 'F1HE score'}]},
  {rule: 'extract-score', text: 'ZetaSurvey reaches a higher quality (15.48/20 CRAAP score).', want: [{value: 15.48, metric: 'CRAAP score'}]},
  {rule: 'extract-score', text: 'ZetaSepsis reaches an AUC score of 0.903 on ZetaICU.', want: [{value: 0.903, metric: 'AUC'}]},
  // A plain noun phrase after the number ends at a word that opens another clause or phrase.
  {rule: 'extract-score', text: 'Under this projection, the baseline achieves 43.0% SLA compliance but is not viable.', want: [{value: 43, metric: 'SLA compliance'}]},
  {rule: 'extract-score', text: 'ZetaVLA runs at most at 480Hz trajectory frequency using a single consumer GPU.', want: [{value: 480, metric: 'trajectory frequency'}]},
  // The signal-to-noise ratio, however written (the peak one is PSNR).
  {rule: 'extract-by-delta', text: 'Fine-tuning helps, with signal to noise ratio increasing by as much as 34 percent.', want: [{delta: 34, metric: 'SNR', qualifier: 'up to'}]},
  {rule: 'extract-score', text: 'ZetaSR reaches a peak signal-to-noise ratio of 31.2 dB.', want: [{value: 31.2, metric: 'PSNR'}]},
  // A caret inside a measure's name (`pass^1`, `R^2`), as `@` is in `pass@1`.
  {rule: 'extract-score', text: 'Frontier models achieve only 25.5% pass^1 on ZetaKnow.', want: [{value: 25.5, metric: 'pass^1'}]},
  {rule: 'extract-score', text: 'ZetaPulse shows near-linear scaling (R^2 = 0.97).', want: [{value: 0.97, metric: 'R^2'}]},
  // A level or part of the data after `on` is no benchmark's name.
  {rule: 'extract-score', text: 'A rule-based baseline reaches 84.6 on Tier 1, and 23.0% on Level-3 tasks.', want: [{value: 84.6, benchmark: null}, {value: 23, benchmark: null}]},
  // A change restated after two scores: the measure named before the scores wins over the change's word.
  {rule: 'extract-from-to', text: 'ZetaMoE reduces inference latency from 73ms to 6.7ms (a 10.9-fold speedup) compared to OmegaMoE.', want: [{value: 6.7, baselineValue: 73, delta: -10.9, metric: 'latency'}]},
  // A measure in title case takes the title-case word before it (not one that opens a phrase).
  {rule: 'extract-score', text: 'On full tasks, the best observed Strict Success Rate is 24.69% on ZetaLoop.', want: [{value: 24.69, metric: 'Strict Success Rate'}]},
  {rule: 'extract-score', text: 'The Success Rate of ZetaNav is 71.2% on ZetaHouse.', want: [{value: 71.2, metric: 'success rate'}]},
  // A measure's acronym that ends a model's hyphenated name is the name's
  // (not a dimension before it: `3D-IoU`).
  {rule: 'extract-score', text: 'It trails OmegaSpeech-2-10B-ASR (14.32) on average.', want: [{value: 14.32, metric: null}]},
  {rule: 'extract-score', text: 'Our detector reaches 41.2 3D-IoU on ZetaScenes.', want: [{value: 41.2, metric: '3D-IoU'}]},
  // (Not past a parenthesis: each system labelled with its own score; and
  // a pipeline, like a framework or a system, is what is measured, not a measure.)
  {rule: 'extract-score', text: 'ZetaDAG (3.74/5) achieves quality comparable to an expert-designed pipeline (3.25/5).', want: [{value: 3.74, baselineValue: null}, {value: 3.25, baselineValue: null, metric: null}]},
  // (A decimal scale's top too: `(4.2/5.0)` is one score, not a list of two.)
  {rule: 'extract-score', text: 'ZetaUDM provides clinically meaningful interpretability scores (4.3/5.0).', want: [{value: 4.3}]}
)

positives.push(
  // A count out of a total, written as a fraction, after a verb of scoring or solving or in a from-to pair.
  {rule: 'extract-score', text: 'ZetaMath achieves a near-perfect 118/120 on Putnam 2024.', want: [{value: 118}]},
  {rule: 'extract-score', text: 'ZetaLean solves all problems in Putnam 2025 (12 / 12).', want: [{value: 12}]},
  {rule: 'extract-from-to', text: 'ZetaVLA improves a matched GR00T baseline from 39/80 to 71/80 successes.', want: [{value: 71, baselineValue: 39, delta: 32}]}
)

positives.push(
  // Percentage points abbreviated `%pt` or `%p`.
  {rule: 'extract-range', text: 'Zeta policies outperform vision-only counterparts by 14-25 %pt.', want: [{valueLow: 14, valueHigh: 25, unit: 'pp'}]},
  {rule: 'extract-reduction', text: 'ZetaSparse keeps a negligible accuracy loss of within 1%p.', want: [{delta: -1, unit: 'pp'}]}
)

positives.push(
  // A measure extended, expanded or widened by a change is read before `by`.
  {
    rule: 'list sharing',
    text: 'In simulation, ZetaOffload can extend the coverage radius by 55% and reduce energy use by up to 34%.',
    want: [
      {delta: 55, metric: 'coverage radius'},
      {delta: -34, qualifier: 'up to'}
    ]
  },
  // Margins over comparators listed in parentheses are each comparator's, not the scores before them.
  {
    rule: 'margins per comparator',
    text: 'ZetaTrace reaches 99.1% log compaction (900,000 to 15 events) while keeping 93% of key events, outperforming prior tools (AlphaLog, BetaProv) by 41.2% and 55.0% in recall.',
    want: [{value: 99.1}, {value: 93}, {delta: 41.2}, {delta: 55}]
  }
)

positives.push(
  // A slash list with spaced slashes: each item a change, on its own data set, in the measure after the list.
  {
    rule: 'extract-slash-list',
    text: 'ZetaRetriever clearly improves code search (e.g., by 10.5% / 8.1% / 6.3% MRR on HumanEval / MBPP / DS-1000).',
    want: [
      {delta: 10.5, metric: 'MRR', benchmark: 'HumanEval'},
      {delta: 8.1, metric: 'MRR', benchmark: 'MBPP'},
      {delta: 6.3, metric: 'MRR', benchmark: 'DS-1000'}
    ]
  },
  // A change noun hedged with `close to`.
  {rule: 'extract-reduction', text: 'The ZetaPrep step helps every unmixing method, with error reductions close to 40% in many scenes.', want: [{delta: -40, qualifier: 'approximately'}]}
)

positives.push(
  // An interval of the first score sits between `from` and `to`; intervals in parentheses are no results.
  {
    rule: 'extract-from-to',
    text: 'ZetaTriage raised PPV from 0.071 (95% CI, 0.040-0.110, one pass) to 0.148 (0.095-0.210, three passes).',
    want: [{value: 0.148, baselineValue: 0.071, delta: 0.077, metric: 'PPV'}]
  },
  // A list of p-values, the level of chance and the size of a component used are not results.
  {
    rule: 'extract-range',
    text: 'With a compact (90MB) sentence encoder, accuracy stays at 31-33% (below 25% random chance is never reached; p=0.210, 0.334, 0.870).',
    want: [{valueLow: 31, valueHigh: 33}]
  }
)

positives.push(
  // Each item of a list of scores in the acronym written before its `of`.
  {
    rule: 'list sharing',
    text: 'ZetaTag reaches an mAP of 88.1, OF1 of 84.6, and CF1 of 80.2 on NUS-WIDE.',
    want: [
      {value: 88.1, metric: 'mAP'},
      {value: 84.6, metric: 'OF1'},
      {value: 80.2, metric: 'CF1'}
    ]
  },
  // A verb with its object after `and` ends the clause a vague change's measure is looked for in.
  {
    rule: 'extract-by-delta',
    text: 'ZetaAsk beats A-Prompt by about 35% in aggregate metrics and exhibits a coefficient of variation 6% lower than B-Prompt.',
    want: [
      {delta: 35, metric: null},
      {delta: -6, metric: 'coefficient of variation'}
    ]
  },
  // A symbol's values swept are a setting, and a version after a data set a preposition introduces is its name.
  {rule: 'extract-score', text: 'On MultiWOZ 2.1, ZetaDST reaches 61.4% joint goal accuracy, stable across K from 4 to 8.', want: [{value: 61.4}]}
)

positives.push(
  // An acronym at a cutoff right after a change is its measure, known or not.
  {
    rule: 'extract-by-delta',
    text: 'ZetaAlign improves retrieval on Flickr30K by +7.2 IR@5 and +4.8 TR@5.',
    want: [
      {delta: 7.2, metric: 'IR@5'},
      {delta: 4.8, metric: 'TR@5'}
    ]
  },
  // The later item of a reduction's list names its measure in capitals too; a data set's size is no result.
  {
    rule: 'extract-reduction',
    text: 'On the TPCH benchmark (100 GB), ZetaPush reduces network traffic by 61 percent and CPU time by 47 percent.',
    want: [
      {delta: -61, metric: 'network traffic', benchmark: 'TPC-H'},
      {delta: -47, metric: 'CPU time'}
    ]
  },
  // `% percentage point` is points.
  {rule: 'extract-change-word', text: 'ZetaDesign brings a ~41% percentage point improvement in valid designs.', want: [{delta: 41, unit: 'pp', deltaKind: 'absolute'}]}
)

positives.push(
  // The quality an adjective names after `N% more`, and no clause taken for a comparator.
  {
    rule: 'extract-change-word',
    text: 'ZetaReview writes comments that are up to 25% more specific and 12% more actionable than when experts write them alone.',
    want: [
      {delta: 25, metric: 'specific', baseline: null, qualifier: 'up to'},
      {delta: 12, metric: 'actionable', baseline: null}
    ]
  }
)

positives.push(
  // Once a sentence reads metres, the later items of its list are metres too (not volumes).
  {
    rule: 'units and measures',
    text: 'ZetaNav reaches position and velocity errors of about 4 m and 0.05 m/s in the urban case and 9 m and 1.5 m/s in the canyon case over a 300 m^3 test volume.',
    want: [
      {value: 4, unit: 'm'},
      {value: 0.05, unit: 'm/s'},
      {value: 9, unit: 'm'},
      {value: 1.5, unit: 'm/s'}
    ]
  }
)

positives.push(
  // A clause between a score and `, outperforming the N%`; `within … of` compares only with a number.
  {
    rule: 'extract-versus',
    text: 'With ZetaVote, accuracy rises to 92.0% when the right answer is found within any of the top three clusters, outperforming the 86.5% of plain voting.',
    want: [{value: 92, baselineValue: 86.5, delta: 5.5, baseline: null}]
  },
  {rule: 'extract-from-to', text: 'ZetaBot raises success from 25% to 85% within minutes of practice.', want: [{value: 85, baselineValue: 25, baseline: null}]}
)

positives.push(
  // The measure a participle's clause continues, unless one is written after the number.
  {
    rule: 'extract-versus',
    text: 'Flattened menus yield higher accuracy, reaching 88.4% on the base set compared to 80.9% with verbose menus.',
    want: [{value: 88.4, baselineValue: 80.9, metric: 'accuracy'}]
  },
  {
    rule: 'extract-score',
    text: 'ZetaTree beats prior methods with less inference time, achieving 58.2% and 71.9% accuracy on the test set.',
    want: [{value: 58.2, metric: 'accuracy'}, {value: 71.9, metric: 'accuracy'}]
  }
)

positives.push(
  // Precision averaged over IoU thresholds, however its range is written; the range's top is no score.
  {
    rule: 'extract-score',
    text: 'ZetaDet reaches 0.613 mAP@0.5:0.95 on our set, and ZetaDet-S (0.598 mAP@.50:.95) is close behind.',
    want: [
      {value: 0.613, metric: 'mAP@50-95'},
      {value: 0.598, metric: 'mAP@50-95'}
    ]
  }
)

positives.push(
  // A % change of the signal-to-noise ratio is relative; a level that sets the conditions is not the measure.
  {rule: 'extract-by-delta', text: 'ZetaTTS raises the signal to noise ratio by as much as 21 percent.', want: [{delta: 21, metric: 'SNR', deltaKind: 'relative'}]},
  {rule: 'extract-by-delta', text: 'ZetaCom enhances the performance in low-SNR conditions by 19%.', want: [{delta: 19, metric: null}]}
)

positives.push(
  // A range in braces before a LaTeX ratio sign.
  {rule: 'extract-range', text: 'ZetaTrain is {1.4--1.9}\\,$\\times$ faster than standard post-training pipelines.', want: [{valueLow: 1.4, valueHigh: 1.9, unit: 'x'}]},
  // Two throughputs after a stated ratio restate it.
  {rule: 'extract-from-to', text: 'On the new engine ZetaTile reaches up to a 3.95x speedup, from 5.1 to 20.1 TOPS.', want: [{value: 20.1, baselineValue: 5.1, delta: 3.95, unit: 'x', deltaKind: 'ratio'}]},
  // The conditions a test is run under are no pair of scores.
  {
    rule: 'extract-score',
    text: 'ZetaTouch predicts local curvature from sensor outputs, achieving an R2 score of 0.88. The approach is validated on six objects with varying curvatures under forces from 2 N to 8 N.',
    want: [{value: 0.88}]
  },
  // `farther` is a change in distance.
  {rule: 'extract-change-word', text: 'Co-designed ZetaBots walk 58% farther than the default design.', want: [{delta: 58, metric: 'distance', deltaKind: 'relative'}]}
)

positives.push(
  // Changes by A% to B% past 100 bound a range; p-values in words are no change; mmHg is a unit.
  {rule: 'extract-range', text: 'ZetaRay can improve the Kendall correlation by 8% to 140%.', want: [{valueLow: 8, valueHigh: 140, deltaKind: 'relative'}]},
  {
    rule: 'extract-score',
    text: 'ZetaGuard lowers complexity (p less than 0.001) and achieves an 81.2 percent success rate (p less than 0.05).',
    want: [{value: 81.2, delta: null}]
  },
  {rule: 'extract-score', text: 'ZetaBP reaches RMSE = 5.87 mmHg for systolic pressure.', want: [{value: 5.87, unit: 'mmHg'}]}
)

positives.push(
  // Hours written `h` and set apart, from a LaTeX-hedged start.
  {rule: 'extract-from-to', text: 'With ZetaDraft, drafting time fell from $\\sim$120 h to 4.1 h per report.', want: [{value: 4.1, baselineValue: 120, unit: 'h', delta: -115.9}]},
  // Microseconds in LaTeX braces.
  {rule: 'extract-score', text: 'ZetaFW reaches 7.9ms worst-case execution time and 180{\\mu}s jitter.', want: [{value: 7.9, unit: 'ms'}, {value: 180}]},
  // A change noun after a measure with a digit; a cost added is a change.
  {rule: 'extract-change-word', text: 'ZetaFuse yields up to 9% F1-score gains over single-modality training.', want: [{delta: 9, qualifier: 'up to'}]},
  {rule: 'extract-change-word', text: 'ZetaSig only adds a 3% (average) latency to page loads.', want: [{delta: 3, metric: 'latency', deltaKind: 'relative'}]}
)

positives.push(
  // Measures named in title case after their scores; a change in a parenthesis is its score's alone.
  {
    rule: 'extract-score-with-change',
    text: 'ZetaFix shows a 91.7% Patch Acceptance Rate (35.2% improvement), 96.1% Policy Compliance Score, and 0.84 Test Coverage Index.',
    want: [
      {value: 91.7, delta: 35.2, metric: 'Patch Acceptance Rate'},
      {value: 96.1, delta: null, metric: 'Policy Compliance Score'},
      {value: 0.84, delta: null, metric: 'Test Coverage Index'}
    ]
  }
)

positives.push(
  // The measure after a participle or comparative that follows a change, four words at most; `greater` is a gain.
  {
    rule: 'extract-ratio',
    text: 'ZetaCore achieves 3.1X reduced on-chip buffer requirements and 4.6X greater network capacity efficiency.',
    want: [
      {delta: -3.1, metric: 'on-chip buffer requirements'},
      {delta: 4.6, metric: 'network capacity efficiency'}
    ]
  },
  {rule: 'extract-change-word', text: 'Simulations show 54% improved user QoS satisfaction for ZetaNet.', want: [{delta: 54, metric: 'user QoS satisfaction'}]}
)

positives.push(
  // People's score is no value paired with a system's; a comparator described around a model's name is that model.
  {
    rule: 'extract-range',
    text: 'ZetaJudge and ZetaJudge-L reach 61-70% accuracy, compared to >88% for humans, yet surpass the widely used GPT-4o (55%).',
    want: [{valueLow: 61, valueHigh: 70}, {value: 88, baselineValue: null}, {value: 55, model: 'GPT-4o', baseline: null}]
  }
)

positives.push(
  // A bound's average in parentheses is the same change, in the same measure, on average.
  {
    rule: 'extract-reduction',
    text: 'ZetaPart reduces package cost by up to 52% (18% geometric mean) compared to min-cut partitioners, and yields up to 41% (7% geometric mean) lower cost than ZetaPlan.',
    want: [
      {delta: -52, metric: 'package cost', qualifier: 'up to'},
      {delta: -18, metric: 'package cost', qualifier: 'average'},
      {delta: -41, metric: 'cost', qualifier: 'up to'},
      {delta: -7, metric: 'cost', qualifier: 'average'}
    ]
  }
)

positives.push(
  // A start named with its level; `per cent` is a percent; `Average@k` kept as written.
  {rule: 'extract-from-to', text: 'ZetaGuard cuts leak rates from a no-defence baseline of 41.20% to 2.35%.', want: [{value: 2.35, baselineValue: 41.2, delta: -38.85}]},
  {rule: 'extract-by-delta', text: 'ZetaKG improves accuracy by 3.1 per cent on our set.', want: [{delta: 3.1, unit: '%'}]},
  {rule: 'extract-change-word', text: 'ZetaTool yields +4.75% Average@16 on the held-out split.', want: [{delta: 4.75, metric: 'Average@16', deltaKind: 'unspecified'}]}
)

positives.push(
  // A score with its own measure after a change noun's item keeps its own reading; an improvement noun right before a parenthesis of numbers.
  {
    rule: 'extract-reduction',
    text: 'ZetaVote achieves a 47% reduction in memory footprint over 300 epochs, 86% voting accuracy in forgetting decisions, and a 91% consensus success rate.',
    want: [{delta: -47}, {value: 86, delta: null}, {value: 91, delta: null}]
  },
  {rule: 'extract-change-word', text: 'ZetaBuf achieves (maximum, average) improvements of (49%, 27%) in total negative slack.', want: [{delta: 49}, {delta: 27}]}
)

positives.push(
  // A pair's difference restated in LaTeX is no score of its own.
  {rule: 'extract-from-to', text: 'ZetaDenoise raises the average fidelity from 0.305 to 0.781 ({\\Delta} = 0.476).', want: [{value: 0.781, baselineValue: 0.305, delta: 0.476}]}
)

positives.push(
  // A saving is a reduction of the cost it names.
  {rule: 'extract-reduction', text: 'ZetaCut achieves material cost savings of up to 11% over greedy planners.', want: [{delta: -11, metric: 'material cost', qualifier: 'up to', deltaKind: 'relative'}]}
)

positives.push(
  // Speedups listed after a saving are gains, not more of the saving; maximum drawdown is a measure.
  {
    rule: 'extract-reduction',
    text: 'ZetaSnip achieves 16.1% average memory energy savings, along with 1850.2$\\times$ and 19.5$\\times$ speedups over prior frameworks, respectively.',
    want: [{delta: -16.1}, {delta: 1850.2, unit: 'x'}, {delta: 19.5, unit: 'x'}]
  },
  {rule: 'extract-score', text: 'The ZetaAlpha portfolio yields a Sharpe ratio of more than 2.1, maximum drawdown of around 4%, and low correlation.', want: [{value: 2.1}, {value: 4, metric: 'maximum drawdown'}]}
)

positives.push(
  // The level reached before the start: `to A from B`, a label of the level between.
  {rule: 'extract-from-to', text: 'With ZetaRead, accuracy rose to 81.2% from 74.5% on GSM8K.', want: [{value: 81.2, baselineValue: 74.5, delta: 6.7, benchmark: 'GSM8K'}]},
  {rule: 'extract-from-to', text: 'ZetaTriage cut review time to 3.1 minutes from 7.4 minutes per case.', want: [{value: 3.1, baselineValue: 7.4, delta: -4.3, unit: 'minutes'}]},
  {rule: 'extract-from-to', text: 'Costs per report dropped to USD 4.10 (three passes) from USD 8.35 (one pass).', want: [{value: 4.1, baselineValue: 8.35}]}
)

positives.push(
  // A level its own measure names with a bound is no item of the change listed before it.
  {
    rule: 'extract-change-word',
    text: 'ZetaChain yields a 12% increase in stock turnover, a steady delivery rate above 97%, and good forecasts (planning error <= 6%, approval accuracy >= 88%).',
    want: [{delta: 12}, {value: 97, delta: null}, {value: 6, delta: null}, {value: 88, delta: null}]
  },
  // A non-breaking space before a unit word; a rate of operations as written.
  {rule: 'extract-score', text: 'ZetaCluster sustains 41.5~PFLOP/s on the HPL benchmark.', want: [{value: 41.5, unit: 'PFLOP/s', benchmark: 'HPL'}]},
  {rule: 'extract-score', text: 'ZetaCluster reaches 2.75 TFLOPS on HPCG.', want: [{value: 2.75, unit: 'TFLOPS'}]}
)

positives.push(
  // A start labelled as the baseline, and a hedge after `to`.
  {rule: 'extract-from-to', text: 'ZetaProbe raises the unsafe completion rate from a baseline of 3.4% to up to 48.2% across five models.', want: [{value: 48.2, baselineValue: 3.4, delta: 44.8, metric: 'unsafe completion rate', qualifier: 'up to'}]},
  // A score, then the level it moves to after a comma.
  {rule: 'extract-from-to', text: 'On ZetaQA the refusal rate of open models is 72.5%, falling to 51.0% under paraphrased prompts.', want: [{value: 51, baselineValue: 72.5, delta: -21.5}]},
  // A subject that ends in a measure's head noun, before a copula.
  {rule: 'extract-score', text: 'The overall retention rate for ZetaWriter users is 64.2% after a month.', want: [{value: 64.2, metric: 'retention rate'}]},
  {rule: 'extract-score', text: 'Their approval rate was about 71%.', want: [{value: 71, metric: 'approval rate', qualifier: 'approximately'}]}
)

positives.push(
  // The object of a change verb, a registry measure with its aggregate word, past a long adjunct.
  {rule: 'extract-from-to', text: 'ZetaPoint improves average success rates on cluttered language-conditioned scenes from 31.0% to 44.5%.', want: [{value: 44.5, baselineValue: 31, metric: 'success rate', qualifier: 'average'}]}
)

positives.push(
  // A benchmark right after a change's noun phrase; the kind stated after the lead item is the list's.
  {
    rule: 'extract-change-word',
    text: 'ZetaLoop yields gains on many reasoning tasks, including +12.5% relative accuracy improvement on GSM8K and +20% on MATH.',
    want: [{delta: 12.5, benchmark: 'GSM8K', deltaKind: 'relative'}, {delta: 20, benchmark: 'MATH', deltaKind: 'relative'}]
  },
  // Ratios after `while` and a verb with its own object change another measure, not the scores listed before.
  {
    rule: 'extract-score',
    text: 'ZetaSpike achieves word error rates of 5.1% on AISHELL-1 and 2.9% on LibriSpeech, while reducing inference energy consumption by 3.2x and 2.8x respectively.',
    want: [{value: 5.1, delta: null}, {value: 2.9, delta: null}, {delta: -3.2, unit: 'x'}, {delta: -2.8, unit: 'x'}]
  },
  // Praise before a registry measure is not part of its name.
  {rule: 'extract-score', text: 'ZetaEmbed sets a record-high nDCG@10 of 41.2 on BRIGHT.', want: [{value: 41.2, metric: 'nDCG@10'}]},
  // A plain capitalised name listed after a name-shaped one the registry does not know.
  {rule: 'extract-score', text: 'ZetaGrasp reaches accuracies of 88.1% on ZGRASP and 91.4% on Cornell.', want: [{value: 88.1, benchmark: 'ZGRASP'}, {value: 91.4, benchmark: 'Cornell'}]}
)

positives.push(
  // A pair labelled with a model's name that holds its version and size.
  {
    rule: 'extract-from-to',
    text: 'Retrieval helps every model (Zeta 2 9B: 55% to 68%, ZetaLM 3.1 70B: 61% to 74%).',
    want: [{value: 68, baselineValue: 55, delta: 13}, {value: 74, baselineValue: 61, delta: 13}]
  },
  // A ratio that is a measure, not a setting.
  {rule: 'extract-score', text: 'ZetaTrade earns a Sharpe ratio of 1.9 in live trading.', want: [{value: 1.9, metric: 'Sharpe ratio'}]}
)

positives.push(
  // A clause with a subject of its own is no margin of the score before it.
  {
    rule: 'extract-score',
    text: 'In the study, 74 percent of users preferred ZetaAsk over the baseline assistant, and review time was reduced by 21.5 percent.',
    want: [{value: 74, delta: null}, {delta: -21.5, metric: 'review time'}]
  },
  // A ratio written in LaTeX before its number, set apart.
  {rule: 'extract-ratio', text: 'ZetaCache leads to $\\times 4$ lower latency on long prompts.', want: [{delta: -4, unit: 'x', metric: 'latency'}]}
)

positives.push(
  // Background in the opening sentences, before the paper speaks of its own work, is no result.
  {
    rule: 'extract-score',
    text: 'Drug discovery remains hard: more than 90 percent of candidate molecules fail in clinical trials. We present ZetaDrug, which reaches a 71.3% hit rate on ZetaScreen.',
    want: [{value: 71.3}]
  },
  // (A named system's score there is still a result.)
  {
    rule: 'extract-score',
    text: 'Even GPT-4o reaches only 31% accuracy on ZetaBench. We present ZetaSolve, which reaches 58% accuracy on ZetaBench.',
    want: [{value: 31, model: 'GPT-4o'}, {value: 58}]
  },
  // (Nor a sentence whose subject is the paper's system.)
  {rule: 'extract-ratio', text: 'Planning with video models is slow. It achieves sub-second inference, yielding a 27× speed-up. We release the code.', want: [{delta: 27, unit: 'x'}]}
)

positives.push(
  // A bound on a measure a system reaches is its result (a bound alone is a threshold).
  {rule: 'extract-score', text: 'ZetaRank achieves average ranking similarity scores above 0.87 on ZetaSet.', want: [{value: 0.87, qualifier: 'over'}]}
)

positives.push(
  // A registry measure alone in the parenthesis right after a number labels it, item by item.
  {rule: 'extract-change-word', text: 'ZetaRec gains +10.2% (NDCG@10) and +6.4% (MRR) on ZetaShop.', want: [{delta: 10.2, metric: 'nDCG@10'}, {delta: 6.4, metric: 'MRR'}]}
)

positives.push(
  // A margin in a parenthesis right after its score is the score's.
  {rule: 'extract-score-with-margin', text: 'On ZetaTrees, ZetaPoint achieves 67.25% accuracy (6.1% improvement compared to ZetaCNN).', want: [{value: 67.25, delta: 6.1, baseline: 'ZetaCNN'}]}
)

positives.push(
  // A list whose last item names the change shares it past a comma too.
  {rule: 'extract-reduction', text: 'Across models, there is a 21%, 15% and 19% decrease in accuracy between ZetaQA and its translation.', want: [{delta: -21}, {delta: -15}, {delta: -19}]},
  // Bare `scores` of a number are the scores the sentence named before.
  {rule: 'extract-score', text: 'Several models show promising Dice scores, with ZetaSeg achieving scores of up to 0.871 on ZetaOrgan.', want: [{value: 0.871, metric: 'Dice'}]}
)

positives.push(
  // A LaTeX thin space before `ms` after a range.
  {rule: 'extract-range', text: 'ZetaCache keeps latency low (71--84\\,ms on a consumer GPU).', want: [{valueLow: 71, valueHigh: 84, unit: 'ms'}]}
)

positives.push(
  // Public data sets the registry knows by name, wherever the sentence writes them.
  {rule: 'extract-score', text: 'In closed-loop tests, nuPlan scores for ZetaPlan reach 91.2.', want: [{value: 91.2, benchmark: 'nuPlan'}]},
  {rule: 'extract-score', text: 'Evaluated on exiD highway scenes, ZetaTraj keeps a final displacement error of 0.82 m.', want: [{value: 0.82, benchmark: 'exiD'}]}
)

positives.push(
  // Measures of cost the registry knows, with their direction.
  {rule: 'extract-ratio', text: 'ZetaRecon reaches a 20x speedup over prior pipelines with processing time under 8 minutes.', want: [{delta: 20}, {value: 8, metric: 'processing time'}]}
)

positives.push(
  // Measures the registry knows with their direction: a lower BD-rate is better.
  {rule: 'extract-reduction', text: 'ZetaCodec achieves BD-rate reductions of 11.2% for VMAF on ZetaClips.', want: [{delta: -11.2, metric: 'BD-rate'}]}
)

positives.push(
  // A public data set the registry knows, written before its measure.
  {rule: 'extract-from-to', text: 'Synthetic augmentation with ZetaRay raises external VinDr-CXR macro-AUROC from 76.4% to 81.4%.', want: [{value: 81.4, baselineValue: 76.4, benchmark: 'VinDr-CXR'}]}
)

positives.push(
  // A word in -ed that says how a measure is computed is part of its name,
  // not the verb of another clause; its `score` is the measure's word.
  {rule: 'extract-score', text: 'ZetaNet-v2 reached 93.15% accuracy and 93.09% weighted average F1 score.', want: [{value: 93.15, metric: 'accuracy'}, {value: 93.09, metric: 'weighted average F1'}]},
  // A noun phrase before a comparison in parentheses, or before `between`, `when`.
  {rule: 'extract-versus', text: 'ZetaJudge achieves 99% information consistency (vs. 92% for humans).', want: [{value: 99, baselineValue: 92, metric: 'information consistency'}]},
  {rule: 'extract-score', text: 'ZetaJudge shows a 95% agreement rate between AI and expert judgment.', want: [{value: 95, metric: 'agreement rate'}]},
  {rule: 'extract-score', text: 'The audited model has roughly 10% disparity when measured appropriately.', want: [{value: 10, metric: 'disparity'}]},
  // Units of pressure, length and energy; `MPa` is no `mPA` (mean pixel accuracy).
  {rule: 'extract-score', text: 'The ZetaFit model achieved test RMSE of 30.6 MPa on held-out alloys.', want: [{value: 30.6, unit: 'MPa', metric: 'RMSE'}]},
  {rule: 'extract-score', text: 'ZetaGauge keeps the measurement error at 4 μm on the wafer set.', want: [{value: 4, unit: 'μm'}]},
  {rule: 'extract-versus', text: 'ZetaLoc reduced localization energy consumption to 1.12 microJ per node, compared to 1.78 microJ for DV-Hop.', want: [{value: 1.12, baselineValue: 1.78, unit: 'microJ', metric: 'localization energy consumption'}]},
  // A velocity is no throughput; `speeds up to` is a speed, bounded.
  {rule: 'extract-score', text: 'ZetaChem found 37 molecules higher than 9 km/s predicted detonation velocity.', want: [{value: 9, unit: 'km/s', metric: 'predicted detonation velocity'}]},
  {rule: 'extract-score', text: 'ZetaRoller reaches scanning speeds up to 0.5 m/s on metal plates.', want: [{value: 0.5, unit: 'm/s', metric: 'scanning speed', qualifier: 'up to'}]},
  // A speed-up is no margin of a length.
  {rule: 'extract-score', text: 'ZetaRoller achieves Mean Absolute Error below 100 microns -- 11 times faster than prior sensors.', want: [{value: 100, unit: 'microns', metric: 'MAE'}, {delta: 11, unit: 'x'}]},
  // Hardware a run is made on is no result; what a system needs is one.
  {rule: 'extract-score', text: 'ZetaSolve builds the table in 47 hours on a single CPU core with 128 GB main memory.', want: [{value: 47, unit: 'hours'}]}
)

positives.push(
  // A bound on a measure a result comes with is the result; the measure is
  // the words before the bound, without an article.
  {rule: 'extract-score', text: 'ZetaFlow produces runnable models in all cases, with connection consistency above 0.93 and stream consistency above 0.96.', want: [{value: 0.93, metric: 'connection consistency', qualifier: 'over'}, {value: 0.96, metric: 'stream consistency', qualifier: 'over'}]},
  {rule: 'extract-score', text: 'Overall, ZetaSim achieves an average error below 2% on the suite.', want: [{value: 2, metric: 'average error', qualifier: 'up to'}]},
  // Whole seconds after a time named.
  {rule: 'extract-score', text: 'ZetaPlan attains a minimum mission time of 136~s with two drones.', want: [{value: 136, unit: 's', metric: 'minimum mission time'}]},
  // A change in a measure at a cutoff, written in LaTeX; an uplift is a change.
  {rule: 'extract-change-word', text: 'ZetaClip obtains an uplift in $Hits@5$ of $167\\%$ for the 16 frames model.', want: [{delta: 167, unit: '%', metric: 'Hits@5', deltaKind: 'relative'}]},
  // A median with its interval in brackets, before the unit they share.
  {rule: 'extract-score', text: 'The median error of ZetaDrive was 1.1[0.4-4.9] meters.', want: [{value: 1.1, unit: 'meters'}]},
  // The words before a change word name what changed; what it is in is where.
  {rule: 'extract-change-word', text: 'ZetaSolve achieves up to 79 percent solution quality gains in TSP benchmarks (22 to 2392 cities).', want: [{delta: 79, unit: '%', metric: 'solution quality', qualifier: 'up to'}]}
)

positives.push(
  // The sizes of the items in a parenthesis are no result.
  {rule: 'extract-from-to', text: 'A modest reasoning budget (600-850 tokens) raises ZetaEval accuracy from 37% to 77%.', want: [{value: 77, baselineValue: 37}]},
  {rule: 'extract-score', text: 'On ZetaBench, a benchmark stratified by depth (1 to 6 steps), ZetaTool achieves >90% accuracy.', want: [{value: 90, metric: 'accuracy'}]}
)

positives.push(
  // The operating point a sentence opens with is no result.
  {rule: 'extract-ratio', text: 'For Recall approximately equal to 0.95, IVF-ZetaQ achieves 2.2x higher QPS than the graph-based method CAGRA, while also constructing indices 7.7x faster on average.', want: [{delta: 2.2, unit: 'x'}, {delta: 7.7, unit: 'x'}]},
  // A percentage margin over two scores on a 0–1 scale is no margin of the last one.
  {rule: 'extract-score', text: 'ZetaCell achieved the best performance, with mean F1 scores of 0.971 (layer freezing) and 0.947 (fine-tuning), outperforming the lowest-performing model by over 50%.', want: [{value: 0.971, delta: null}, {value: 0.947, delta: null}, {delta: 50, unit: '%'}]},
  // The share of labels trained with, and the operating point of a compression, are settings.
  {rule: 'extract-reduction', text: 'ZetaMerge shows a 1.0% accuracy drop for ViM-Ti at 20% token reduction.', want: [{delta: -1, metric: 'accuracy'}]},
  {rule: 'extract-score', text: 'On ZetaGland, ZetaSeg reaches 85.1% Dice under 5-10% supervision.', want: [{value: 85.1, metric: 'Dice'}]}
)

positives.push(
  // A list of three or more shares the unit after its last item.
  {rule: 'extract-score', text: 'ZetaMX achieves an energy efficiency of 657, 1438-1675, and 4065 GOPS/W, respectively.', want: [{value: 657, unit: 'GOPS/W'}, {valueLow: 1438, valueHigh: 1675, unit: 'GOPS/W'}, {value: 4065, unit: 'GOPS/W'}]},
  // Decimals without their zero after a label's colon.
  {rule: 'extract-score', text: 'We developed ZetaCls classifiers (average F1: .86, accuracy: .82).', want: [{value: 0.86, metric: 'F1'}, {value: 0.82, metric: 'accuracy'}]},
  // A verb before a bounded rate is not part of the measure.
  {rule: 'extract-score', text: 'In dense scenarios, ZetaRO maintains violation rates below 20%.', want: [{value: 20, metric: 'violation rate', qualifier: 'up to'}]},
  // A bound on an error in decibels is a result, not a noise condition.
  {rule: 'extract-score', text: 'ZetaMap predicts path gain with under 5 dB RMSE on the city set.', want: [{value: 5, unit: 'dB', metric: 'RMSE', qualifier: 'up to'}]},
  // The window a model reads and the span of the data are settings.
  {rule: 'extract-score', text: 'ZetaGait achieves a gait phase RMSE of 2.729% with a look-back window of 2 seconds.', want: [{value: 2.729, metric: 'gait phase RMSE'}]},
  {rule: 'extract-score', text: 'Spanning coverage areas from 500 m to 3 km per side, ZetaMap reaches 4 dB RMSE.', want: [{value: 4, unit: 'dB'}]}
)

positives.push(
  // Two scores each written after its own measure are no pair, `while` or not.
  {rule: 'extract-score', text: 'ZetaVid is effective in temporal reasoning, achieving a CIDEr score of 1.1001, while ZetaVL excels in visual understanding with a VQA accuracy of 60.80%.', want: [{value: 1.1001, metric: 'CIDEr', baselineValue: null}, {value: 60.8, metric: 'VQA accuracy'}]},
  // LaTeX's thousands separator.
  {rule: 'extract-ratio', text: 'Once trained, ZetaOT achieves a $1{,}597\\times$ online inference speedup.', want: [{delta: 1597, unit: 'x'}]}
)

positives.push(
  // A bound before a change; an efficiency per watt; LaTeX inline maths; a
  // measure raised across zero keeps its signs.
  {rule: 'extract-reduction', text: 'ZetaAV reduces stall duration by $\\ge$ 20% on ZetaSet.', want: [{delta: -20, unit: '%', metric: 'stall duration', qualifier: 'at least'}]},
  {rule: 'extract-score', text: 'ZetaWarn keeps the time error $\\leq$ 1 minute.', want: [{value: 1, unit: 'minutes', qualifier: 'up to'}]},
  // (A platform's time resolution given as an example is no result.)
  {rule: 'extract-score', text: 'Due to the time resolution of IoT platforms (e.g., 1 microsecond on ESP32 boards), ZetaLoRa reaches 2 m error.', want: [{value: 2, unit: 'm'}]},
  {rule: 'extract-score', text: 'ZetaChip reaches an energy efficiency of 183.5 FPS/W.', want: [{value: 183.5, unit: 'FPS/W', metric: 'energy efficiency'}]},
  {rule: 'extract-from-to', text: 'ZetaGame raises the win rate from \\(-11.6\\%\\) with the baseline LLM to \\(+9.5\\%\\).', want: [{value: 9.5, baselineValue: -11.6, delta: 21.1, metric: 'win rate'}]},
  // Lip-sync confidence is a measure, not a data set.
  {rule: 'extract-by-delta', text: 'ZetaTalk outperforms EDTalk by 3.1% in SyncC for lip synchronization.', want: [{delta: 3.1, metric: 'Sync-C', benchmark: null}]}
)

positives.push(
  // A measure the abstract defines by an acronym is that measure where the acronym is written again.
  {rule: 'extract-score', text: 'We report the detection rate (DR) and latency. ZetaScan achieved an average DR of 34% on ZetaMal.', want: [{value: 34, metric: 'detection rate', qualifier: 'average'}]},
  // Hedges of a change: `as much as`, `as large as`.
  {rule: 'extract-reduction', text: 'With ZetaCraft, agent performance dropping as much as 15% in tasks.', want: [{delta: -15, unit: '%'}]},
  {rule: 'extract-change-word', text: 'ZetaTrace yields performance gains as large as 125% on ZetaMath.', want: [{delta: 125, unit: '%'}]}
)

positives.push(
  // A bit rate a codec runs at, and a rate of label noise, are settings.
  {rule: 'extract-score', text: 'ZetaTok at 0.75 kbps reaches 41.2% tagging AP on ZetaMusic.', want: [{value: 41.2, metric: 'tagging AP'}]},
  {rule: 'extract-score', text: 'ZetaSG achieves 91.1% accuracy on the CIFAR-10 (20% asym) split.', want: [{value: 91.1, metric: 'accuracy'}]},
  // A colon label with words before a registry score; a symbol defined by an `of` phrase.
  {rule: 'extract-score', text: 'BioZeta separates the clusters best (separation score: 0.510).', want: [{value: 0.51, metric: 'separation score'}]},
  {rule: 'extract-score', text: 'ZetaLink predicts the link quality, with a coefficient of determination $R^2 = 0.8684$ on ZetaSet.', want: [{value: 0.8684, metric: 'R^2'}]},
  // A participle and a measure defined by its acronym right after a change.
  {rule: 'extract-change-word', text: 'ZetaPrefix achieves a 7.7% improved area-delay product (ADP) on 32-bit adders.', want: [{delta: 7.7, metric: 'area-delay product'}]}
)

positives.push(
  // Microwatts and microjoules written with a `u`, glued to the number; a
  // signed level in dBm is left out rather than read as a change.
  {rule: 'extract-score', text: 'ZetaWake achieves a low idle power consumption of 6.9uW while keeping a sensitivity of -72.6dBm.', want: [{value: 6.9, unit: 'uW', metric: 'idle power consumption'}]},
  {rule: 'extract-score', text: 'A wake-up call with ZetaWake consumes 17.7uJ.', want: [{value: 17.7, unit: 'uJ', metric: 'energy'}]}
)

positives.push(
  // A leading verb of change is no word of the measure, even after another verb.
  {rule: 'extract-reduction', text: 'ZetaACG achieves reduces cosine distance by an average of 34.7% between predicted and target vectors.', want: [{delta: -34.7, metric: 'cosine distance'}]},
  // A time budget named after its number is a setting.
  {rule: 'extract-score', text: 'ZetaTOM introduces 7.4 ms inference overhead (14.8% of a 50 ms control budget).', want: [{value: 7.4, unit: 'ms'}, {delta: 14.8}]}
)

positives.push(
  // A time measured `with only` is a result, not a setting.
  {rule: 'extract-score', text: 'ZetaNet achieves 14.49% MAPE at 1-hour horizon with only 18ms inference time on Edge TPU.', want: [{value: 14.49, metric: 'MAPE'}, {value: 18, unit: 'ms', metric: 'inference time'}]},
  // `percentage` alone is a percent, not its points.
  {rule: 'extract-score', text: 'ZetaFin achieves an average yield of 34.13 percentage annualized return on ZetaMarket.', want: [{value: 34.13, unit: '%', metric: 'annualized return'}]},
  // A margin that names its measure (`by 3.8% in accuracy`) is the margin of that measure's score, not of the last score.
  {rule: 'extract-score-with-margin', text: 'ZetaNet reaches 87.0% accuracy, 84.8% sensitivity, and 89.2% specificity in binary classification, surpassing ZetaBase by 3.8% in accuracy.', want: [{value: 87, delta: 3.8, metric: 'accuracy'}, {value: 84.8, delta: null}, {value: 89.2, delta: null}]},
  // A change in a noun of a quality (by its suffix) is in that measure; one in a task is not.
  {rule: 'extract-change-word', text: 'ZetaZyme achieves improvements of 13% in designability and 11% in catalytic efficiency compared to the baseline models.', want: [{delta: 13, metric: 'designability'}, {delta: 11, metric: 'catalytic efficiency'}]},
  {rule: 'extract-by-delta', text: 'ZetaPlan improves by 12.77% in decision making.', want: [{delta: 12.77, metric: null}]},
  // `in practice` after a comparative is an idiom, not a measure; `smaller in size` is the size.
  {rule: 'extract-change-word', text: 'ZetaNet is 20% faster in practice.', want: [{delta: 20, metric: 'speed'}]},
  {rule: 'extract-ratio', text: 'ZetaLM, while 250x smaller in size, matches ZetaBig.', want: [{delta: -250, metric: 'size'}]},
  // An acronym that ends in a capital S is no plural (`CTRS` is not two CTRs), and a rating scale defined by its acronym is a measure.
  {rule: 'extract-from-to', text: 'Quality is measured with the Zeta Therapy Rating Scale (ZTRS). With ZetaTune, the average ZTRS rises from 0.10 to 0.60.', want: [{value: 0.6, baselineValue: 0.1, metric: 'Zeta Therapy Rating Scale'}]},
  {rule: 'extract-from-to', text: 'With ZetaTune, the average CTRS rises from 0.10 to 0.60.', want: [{value: 0.6, metric: 'CTRS'}]},
  {rule: 'extract-by-delta', text: 'ZetaRank improves CTRs by 3% in online tests.', want: [{delta: 3, metric: 'click-through rate'}]},
  // An acronym no registry knows, before a change noun and its `of`, is the measure, and a measure is no model.
  {rule: 'extract-change-word', text: 'The launches achieve an overall GMV lift of 2.45% across the platform.', want: [{delta: 2.45, metric: 'GMV', model: null}]},
  {rule: 'extract-change-word', text: 'ZetaPrompt outperforms existing methods, with FAP improvements of 5.44% and 4.83% in full data and 1-shot settings, respectively.', want: [{delta: 5.44, metric: 'FAP'}, {delta: 4.83, metric: 'FAP'}]},
  {rule: 'extract-by-delta', text: 'Compared with baseline methods, CLIP-T improves by up to 12%.', want: [{delta: 12, metric: 'CLIP-T', model: null}]},
  // A way of learning after `in` is no measure: `5.2% in reinforcement learning`.
  {rule: 'extract-change-word', text: 'Models trained with ZetaPRM yield gains of 12.9% in supervised learning and 5.2% in reinforcement learning.', want: [{delta: 12.9, metric: null}, {delta: 5.2, metric: null}]},
  // A ratio with its two measurements in parentheses, written in LaTeX (`vs.\\ 49{,}375~J`), is one claim with both.
  {rule: 'extract-versus', text: 'ZetaChip delivers gains over GPUs: \\textbf{114$\\times$ lower energy} (434~J vs.\\ 49{,}375~J), and more.', want: [{value: 434, baselineValue: 49375, delta: -114, metric: 'energy'}]},
  // A measure of two words or more, closed by the parenthesis the number opens; one word there is a label (`(4x peak)`).
  {rule: 'extract-score', text: 'The auditor provided quality control (75.53% rejection rate) while ensuring privacy.', want: [{value: 75.53, metric: 'rejection rate'}]},
  {rule: 'extract-change-word', text: 'ZetaLM outperforms GPT-4o (+3.8% joint) using only 7B parameters.', want: [{delta: 3.8, metric: null}]},
  // A change in a quality, before `while`.
  {rule: 'extract-by-delta', text: 'ZetaFlow outperforms leading baselines by up to 60% in evolutionary efficiency while discovering superior solutions.', want: [{delta: 60, metric: 'evolutionary efficiency'}]},
  // `approx` is a hedge, and the Brier skill score a measure.
  {rule: 'extract-score', text: 'ZetaProbe achieves a Brier Skill Score of approx 0.2 on edits.', want: [{value: 0.2, metric: 'Brier skill score', qualifier: 'approximately'}]},
  // `lighter than` lowers the weight.
  {rule: 'extract-reduction', text: 'The ZetaDrone frame is 10% lighter than the commercial frame.', want: [{delta: -10, metric: 'weight', deltaKind: 'relative'}]},
  // A measure no registry knows, continued by a participle, is each listed score's.
  {rule: 'extract-range', text: 'ZetaMatch achieves state-of-the-art inlier ratios, scoring 95% - 97% on KITTI and 94% - 97% on ZetaCity.', want: [{valueLow: 95, valueHigh: 97, metric: 'inlier ratios'}, {valueLow: 94, metric: 'inlier ratios'}]},
  // A noun of gain after a `within` of its own clause keeps the change positive; a measure ends before `within`.
  {rule: 'extract-score', text: 'ZetaGraph achieves up to 84.4% corpus coverage within a fixed query budget and delivers an average improvement of 20.7% over the top baseline.', want: [{value: 84.4, metric: 'corpus coverage'}, {delta: 20.7}]},
  // `extends` after a reduction starts a change of its own: the reduction's sign does not carry over.
  {rule: 'extract-ratio', text: 'ZetaHMT reduces prefill latency by 23.23x and extends the context window by 64x.', want: [{delta: -23.23}, {delta: 64, metric: 'context window'}]},
  // A relative improvement in parentheses after a pair is the pair's, by its size; its change noun is not the comparator's score's.
  {rule: 'extract-versus', text: "ZetaCode achieves a correlation of 0.82 compared to pLDDT's 0.33 (a relative improvement of 148%).", want: [{value: 0.82, baselineValue: 0.33, delta: 148, unit: '%', deltaKind: 'relative'}]},
  // A change noun followed by its own number does not make the number before it a change: `a compression rate of 15.9 can achieve a speed-up of 13.7`.
  {rule: 'extract-score', text: 'ZetaLR with a compression rate of 15.9 can achieve a speed-up of 13.7 on the turbulent case.', want: [{value: 15.9}, {delta: 13.7}]},
  // A measure the registry knows by its long name, and one whose last word is a change noun.
  {rule: 'extract-change-word', text: 'ZetaVib achieves up to 21% improvement in Perceptual Evaluation of Speech Quality (PESQ).', want: [{delta: 21, metric: 'PESQ'}]},
  {rule: 'extract-change-word', text: 'ZetaAID yields 17% increased information gain over baselines.', want: [{delta: 17, metric: 'information gain'}]},
  // Measures listed before a verb and its `by` map onto the numbers in order, and a list's commas do not hide the verb's direction.
  {rule: 'extract-reduction', text: 'With ZetaMix, overall RMSE, MAE, and MAPE reduced by 9.0%, 6.9%, and 10.2%, respectively.', want: [{delta: -9, metric: 'RMSE'}, {delta: -6.9, metric: 'MAE'}, {delta: -10.2, metric: 'MAPE'}]},
  {rule: 'extract-reduction', text: 'ZetaMix reduces RMSE, MAE, and MAPE by 9.0%, 6.9%, and 10.2%, respectively.', want: [{delta: -9, metric: 'RMSE'}, {delta: -6.9, metric: 'MAE'}, {delta: -10.2, metric: 'MAPE'}]},
  // A known benchmark's name continued by several hyphenated parts is the longer name.
  {rule: 'extract-score', text: 'ZetaFixer achieves 38.11% success rate on BIRD-CRITIC-PG.', want: [{value: 38.11, benchmark: 'BIRD-CRITIC-PG'}]},
  // Measures listed each with its acronym before the numbers map onto them, and the verb before them signs each.
  {rule: 'extract-reduction', text: 'ZetaGen reduces compilation success rate (CSR), pass rate (PR), and mutation score (MS) by an average of 12.90%, 35.82%, and 5.07%, respectively.', want: [{delta: -12.9, metric: 'compilation success rate'}, {delta: -35.82, metric: 'pass rate'}, {delta: -5.07, metric: 'mutation score'}]},
  // A verb of winning starts the change's clause: what came before it (`34 times smaller`) does not sign it.
  {rule: 'extract-ratio', text: 'ZetaMath, despite being 34 times smaller than the 7B LLMs, outperforms general LLMs by approximately 30% points.', want: [{delta: -34}, {delta: 30}]},
  // A quality written in title case is an item's own measure; a field or a stage is not (`in Inference`, `in Science`).
  {rule: 'extract-change-word', text: 'ZetaLLM achieves improvements of 8.15% in BERT score, 18.61% in Sufficiency and 13.22% in Relevance compared to its zero-shot counterpart.', want: [{delta: 8.15, metric: 'BERTScore'}, {delta: 18.61, metric: 'Sufficiency'}, {delta: 13.22, metric: 'Relevance'}]},
  {rule: 'extract-change-word', text: 'ZetaLLM achieves gains of 5% in Inference and 3% in Science.', want: [{delta: 5, metric: null}, {delta: 3, metric: null}]},
  // `N times` before an efficiency compares, and a number in LaTeX before `times` is one too (the quick candidate test reads it).
  {rule: 'extract-ratio', text: 'ZetaNest achieves up to 12 times efficiency in embedding size.', want: [{delta: 12, unit: 'x', metric: 'efficiency'}]},
  {rule: 'extract-ratio', text: 'ZetaNest achieves up to $12$ times efficiency in embedding size.', want: [{delta: 12, unit: 'x', metric: 'efficiency'}]},
  {rule: 'extract-ratio', text: 'ZetaNest is $3$ times faster than ZetaBase.', want: [{delta: 3, unit: 'x'}]},
  // An item labelled with a word of its own (`Set-Compat = 0.35`) does not take the list's earlier measure.
  {rule: 'extract-score', text: 'The ZetaRank pipeline attains Hit@1 = 0.7714, NDCG@10 = 0.8327 and Set-Compat = 0.3525 on ZetaSkill.', want: [{value: 0.7714, metric: 'Hit@1'}, {value: 0.8327, metric: 'NDCG@10'}, {value: 0.3525, metric: null}]}
)

positives.push(
  // Each score of a pair followed by the setting it was measured at: the setting's number is no range's bound (`turn 5 to 33%`).
  {rule: 'extract-from-to', text: 'With ZetaAgent, task adherence falls from 81% at step 4 to 47% at step 20 across all providers.', want: [{value: 47, baselineValue: 81, delta: -34, unit: '%'}]},
  // An article before a pair's first score: the noun it introduces labels the start, unless the registry knows it as a measure.
  {rule: 'extract-from-to', text: 'ZetaRoute cuts latency from a 620 ms server baseline to 95.5 ms.', want: [{value: 95.5, baselineValue: 620, unit: 'ms', metric: 'latency'}]},
  {rule: 'extract-from-to', text: 'ZetaRoute raises performance from a 41% success rate to 66% on ZetaNav.', want: [{value: 66, baselineValue: 41, delta: 25, metric: 'success rate'}]}
)

positives.push(
  // A hedge before a number in LaTeX (two spaces where `$` was) still leaves the measure named before the verb's `by`.
  {rule: 'extract-reduction', text: 'ZetaSched reduced job queueing time by approximately $31.5\\%$ on ZetaCluster.', want: [{delta: -31.5, metric: 'job queueing time'}]}
)

positives.push(
  // Clustering measures are measures, not names of data sets (`Silhouette Score`).
  {rule: 'extract-score', text: 'ZetaCluster reaches a Silhouette Score of 0.612 and a Davies-Bouldin index of 0.48 on ZetaGrid.', want: [{value: 0.612, metric: 'silhouette score'}, {value: 0.48, metric: 'Davies-Bouldin index'}]},
  // The first item of a list shares the change word after the last, when the second carries a hedge.
  {rule: 'extract-change-word', text: 'ZetaFL achieves a $\\approx 21.4\\%$ and $\\approx 12.9\\%$ accuracy improvement over ZetaBase.', want: [{delta: 21.4, metric: 'accuracy'}, {delta: 12.9, metric: 'accuracy'}]},
  // A change past a preposition is another's: the score keeps the measure named before it.
  {rule: 'extract-score', text: 'ZetaAttack reaches success rates of up to 64% with modest increase in query budget.', want: [{value: 64, metric: 'success rate'}]}
)

positives.push(
  // A clause that opens with a name-shaped `on X` and a measure as its subject names its own benchmark; a bare pair labelled with a measure is a pair.
  {rule: 'extract-from-to', text: 'On ZETA-CXR, ROC-AUC improves from 0.9012 to 0.9544 (F1: 0.7712 to 0.9102); on Zeta Chest XR, ROC-AUC rises from 0.6621 to 0.8410.', want: [{value: 0.9544, baselineValue: 0.9012, benchmark: 'ZETA-CXR'}, {value: 0.9102, baselineValue: 0.7712, metric: 'F1', benchmark: 'ZETA-CXR'}, {value: 0.841, baselineValue: 0.6621, benchmark: 'Zeta Chest XR'}]}
)

positives.push(
  // A percentage before a comparative is a change, whatever the adjective (`sharper`, `longer`), and the measure is the noun after it.
  {rule: 'extract-change-word', text: 'ZetaReg achieves 38% sharper boundary peaks than ZetaBase.', want: [{value: null, delta: 38, metric: 'boundary peaks'}]},
  {rule: 'extract-change-word', text: 'With ZetaCoder, reviewers took over 7% longer to finish reviews.', want: [{value: null, delta: 7}]}
)

positives.push(
  // A signed count in parentheses is a change in what it counts.
  {rule: 'extract-change-word', text: 'Users nudged by ZetaCoach walked more than the control arm (+184 steps, p=0.003).', want: [{value: null, delta: 184, unit: 'steps', deltaKind: 'absolute'}]}
)

positives.push(
  // Two levels below zero after `from` are two scores, signs kept (not two changes).
  {rule: 'extract-from-to', text: 'ZetaDock improves the mean docking energy from -6.92 to -7.85 on ZetaPockets.', want: [{value: -7.85, baselineValue: -6.92, delta: -0.93}]}
)

positives.push(
  // A number of `times` after a verb of speeding up and its object is a ratio; a lead of a percentage is a margin.
  {rule: 'extract-ratio', text: 'ZetaPipe accelerates candidate evaluation 4.2 times.', want: [{delta: 4.2, unit: 'x', deltaKind: 'ratio'}]},
  {rule: 'extract-change-word', text: 'ZetaRL secures a significant lead of 31.5% in the final round.', want: [{value: null, delta: 31.5}]}
)

positives.push(
  // A percentage written after LaTeX closes (`$\approx42$%`) is read: the quick candidate test knows it.
  {rule: 'extract-reduction', text: 'ZetaHint reduces MAE on ZetaRoads by $\\approx37$% with basic simulation.', want: [{delta: -37, unit: '%', metric: 'MAE'}]},
  // A change over a comparator, then the pair it restates in parentheses: one row, the pair's scores and the change.
  {rule: 'extract-versus', text: 'ZetaGuard improves accuracy by 5.1% over a ViT-only baseline (83.2% vs. 78.1%).', want: [{value: 83.2, baselineValue: 78.1, delta: 5.1}]}
)

positives.push(
  // A change noun's measure is not one named past a comma and another number.
  {rule: 'extract-reduction', text: 'Deployed, ZetaBrake shows a 76% reduction in false stop events, a 99% success rate in emergency stops.', want: [{delta: -76, metric: 'false stop events'}, {value: 99, metric: 'success rate'}]},
  // Bare decimals after a change's `by` that differ little bound the change, and so do the next item's; a share of the data a result is read at is a setting.
  {rule: 'extract-range', text: 'ZetaAug improved AUC by 0.05 to 0.09 at <=30% labelled data and by 0.10 to 0.17 with all labels.', want: [{valueLow: 0.05, valueHigh: 0.09, metric: 'AUC'}, {valueLow: 0.1, valueHigh: 0.17}]}
)

positives.push(
  // A pair whose start names its measure with its kind (`an absolute mAP of`).
  {rule: 'extract-from-to', text: 'ZetaScope improves detection, rising from an absolute mAP of 0.171 to 0.298 on ZetaRoads.', want: [{value: 0.298, baselineValue: 0.171, metric: 'mAP'}]},
  // The items of a list of ranges are ranges, not pairs of scores.
  {rule: 'extract-range', text: 'ZetaProbe latency ranges from 0.12 to 4.80 ms (batched) and 1.40 to 6.10 ms (single sample).', want: [{valueLow: 0.12, valueHigh: 4.8}, {valueLow: 1.4, valueHigh: 6.1}]}
)

positives.push(
  // A number right after `all` counts, and so does what people scored: neither is a result.
  {rule: 'extract-by-delta', text: 'At K=16, ZetaCrater improves mAP by 12.4 points over raw token selection, and at K=64, it matches the accuracy of using all 196 tokens.', want: [{delta: 12.4, metric: 'mAP'}]},
  {rule: 'extract-score', text: 'ZetaSpeech reaches a 4.1% error rate. Three certified pathologists independently scored 40 utterances for clinical validation.', want: [{value: 4.1}]}
)

positives.push(
  // A ratio that improves a measure where lower is better lowers it, through a list's `and`; a speed-up stays positive.
  {rule: 'extract-ratio', text: 'ZetaServe improves average latency by 2.7x and p99 TTFT by 212.5x.', want: [{delta: -2.7, metric: 'latency'}, {delta: -212.5}]},
  {rule: 'extract-ratio', text: 'ZetaServe achieves a 1.9x speedup in latency.', want: [{delta: 1.9, metric: 'latency'}]}
)

positives.push(
  // A change restated by two amounts spent, the new one smaller, lowers what is spent; a change word before the parenthesis does not make the first amount a change.
  {rule: 'extract-versus', text: 'ZetaSched shows a 14.1% improvement in average job time (28.2s vs 32.8s) and a 12.9% energy gain (702.5 kWh vs 806.4 kWh).', want: [{value: 28.2, baselineValue: 32.8, delta: -14.1}, {value: 702.5, baselineValue: 806.4, delta: -12.9}]}
)

positives.push(
  // `>` as a hedge after a change noun's `of`; a hedge after a list item's `by` keeps the item's own measure.
  {rule: 'extract-change-word', text: 'ZetaPO achieves performance gains of > 11% on ZetaWorld and > 8% on ZetaShop over the GRPO baseline.', want: [{value: null, delta: 11}, {value: null, delta: 8}]},
  {rule: 'extract-by-delta', text: 'ZetaPOMP improves effectiveness by 2.4% and stability by at least 48% compared with SOTA baselines.', want: [{delta: 2.4, metric: 'effectiveness'}, {delta: 48, metric: 'stability'}]}
)

positives.push(
  // A number of `times` after a speed-up's `of` is a ratio.
  {rule: 'extract-ratio', text: 'ZetaTok prunes visual tokens, achieving speedups of up to 7.4 times.', want: [{delta: 7.4, unit: 'x', deltaKind: 'ratio'}]}
)

const negatives = [
  // A count of teams out of a total is who took part, not a result.
  'For the ZetaTask shared task, 23 out of 31 teams have submitted their system papers.',
  // A device's build is no result: its weight, its length, its dimensions.
  'ZetaBot features a 3D-printed frame weighing 1.2 kg with dimensions of 280 mm x 190 mm x 95 mm.',
  'The ZetaCrawler robot measures 42 mm in length, 7 mm in height, and weighs just 3.1 grams.',
  // A number right after `all` counts; so does what people scored; and the folds of a cross-validation are a setting.
  'ZetaProbe performs best on 5-fold average AUC.',
  // A count of occurrences followed by `in the …` is no ratio.
  'In ZetaLog, the keyword appears 3 times in the final report.',
  // The values a parameter is set to, listed, and the resolution an image is taken at, are settings.
  'The acceleration of ZetaScan was assessed at R = 2.5, 4.5, and 9.5 in phantom experiments.',
  'ZetaScan maps were acquired with 1.5 mm isotropic resolution on a clinical scanner.',
  // The description of a study's cohort, in parentheses, holds no result.
  'We enrolled 2,104 participants in the ZetaCoach trial (mean age 51.3, 61.2% female, baseline steps 6,402.5).',
  // A theorem's number, and the list of them, is a reference, not a result.
  'We derive scaling laws (Theorem 1.1, 1.2 and 1.3) governing the acceptance rate of draft models.',
  // A GPU's memory right after its name is how it is built.
  'The elemental composition of the Nvidia A100 SXM 40 GB graphics processing unit was analyzed.',
  // The base of a power (a complexity's) is no result.
  'ZetaCover solves Vertex Cover on subcubic graphs in O^*(1.07625^n) time and O^*(1.13132^k) time.',
  // A device's memory and weight are how it is built.
  'ZetaEdge runs on clusters of NVIDIA Jetson Orin NX (8GB) and Nvidia Ada 2000 (16GB) devices.',
  'ZetaHand reuses one body as a hand or a humanoid, measuring 0.3 m in height and 2.1 kg in weight.',
  // Who the data holds, and a limit the runs were held to.
  'ZetaScan was trained on 168 participants with ASC (46% female) and 157 controls (44% female).',
  'ZetaForest ran under the official resource constraints of 16 GB RAM and 8 CPU cores.',
  // Effect sizes of an analysis, and a condition set for the test.
  "Chi-squared tests confirmed the shifts, with Cramér's V values ranging from 0.31 to 0.58.",
  'ZetaAttack achieves strong manipulation, even when only 0.5% of users are malicious.',
  // The share of the data a model is tested on.
  'Models were trained on 75% of the data and tested on 25%, stratified by region.',
  // A share of a population, the background of a study.
  'By 2050, people aged 65 and over are projected to make up 16 percent of the global population.',
  // Parts of dotted identifiers, a LaTeX letter's setting and glued hours of data or training.
  'Summaries for sections 2.6.2, 2.6.4 and 2.6.6 were drafted with a threshold set at {\\alpha} = 0.10.',
  'Under the 100h-960h semi-supervised setup, training lasted ~12h on one GPU.',
  // A count written with a full stop between thousands.
  'We evaluate ZetaLM on 3.500 posts and then analyze the resulting 52.500 labelling decisions.',
  // A share of the data a model is trained on.
  'ZetaSeven dedicates only 12\\% of its 3T training tokens to code.',
  // The memory of the device a model was trained on.
  'ZetaSeg trained for 200 epochs (10h on RTX A6000, 48GB).',
  // The conditions a result holds under are settings.
  'Field tests show error-free links under conditions where the antenna distance was within 40 meters and the speed was 30 km/h (8.3 m/s).',
  // The share of a model or of the data used, in parentheses, is a setting.
  'ZetaSplat learns well through linear probing (<0.1% parameters) and limited data training (1% of scenes).',
  // How common a condition is, the background of a study.
  'Migraine affects 10-15% of the population yet lacks objective biomarkers.',
  'Sleep apnea affects about 5% of adults worldwide.',
  // A scale the data is resized by is a setting.
  'ZetaDec synthesizes $4\\times$ and even $8\\times$ upscaled images with low latency.',
  'Frames are 2x downsampled before encoding.',
  // A count of devices, with LaTeX blanks around the sign.
  'Evaluations on an 8 $\\times$ RTX 4090 server took two days.',
  'We fine-tune Qwen2.5-Math-7B and Llama-3.1-70B with 4 rollouts per prompt.',
  'We report pass@1 and pass@16 on AIME24 with top-5 sampling.',
  'Flipping 40% of the labels barely changes training.',
  'Using only 10% of the training data, we train for 3 epochs.',
  'We evaluate 101 language models on six benchmarks released between 2021 and 2024.',
  'The model has 150 million parameters and was trained on 1.5B tokens.',
  'Differences are not significant (p = 0.12).',
  'See arXiv:2411.04330v2 and Section 3.2 for details.',
  'We set alpha = 0.1 and target the 90% coverage level.',
  'Listeners rate the voices 4.1 ± 0.2 on a five-point scale in 2023.',
  'The market is worth ~$3 trillion and grows every year.',
  'We train on 60 hours of video from 48 countries.',
  'By tuning only 0.5% of the parameters, the adapter matches full fine-tuning.',
  'Pruning 30% of the attention heads leaves the model intact.',
  'Images are generated at 1024 x 1024 with a 320 ms chunk of audio.',
  // A count of occurrences is no ratio; hardware is no outcome.
  'The checks include "mention the keyword at least 3 times" and "use two sections".',
  'We finetune a 65B parameter model on a single 48GB GPU.',
  'ZetaGen can be deployed on a 16GB laptop GPU and compresses 44.1 kHz audio.',
  'Each episode lasts up to 500 steps with a discount factor of 0.99 and a guidance scale of 7.5.',
  // Fractions and splits are no slash lists of scores.
  'We keep a 1/6 share of the data and an 80/10/10 split.',
  'Views are rendered at 1440 $\\times$ 1080.',
  'The corpus consists of 5,162 utterances, totaling 18 hours and 24 minutes.',
  'A 10% subset was used to evaluate commercial models.',
  "We apply it to the city's web corpus (1.5TB, four languages).",
  'For extreme durations (e.g., 2 minutes), we add a memory module.',
  // A span of counts and a memory limit are settings.
  'About 20 to 50 patent entries are embedded on each page.',
  'Under an 8 GB single-GPU constraint, we train for 3 epochs.',
  // A version after a capitalised word; the frame rate and size of data.
  'Industry 5.0 focuses on human-centric collaboration between humans and robots.',
  'Each task comes with continuous 30 fps screen recordings.',
  'Our synthetic dataset contains over 630k trajectories and 7,433 hours across 4 embodiments.',
  // What data spans, and sampling settings compared.
  'The benchmark comprises 275 videos, ranging in duration from 10 to 90 minutes.',
  'Current evaluations focus on short clips ranging from 10 seconds to 5 minutes.',
  'The findings are robust to temperature (0.7 vs.\\ 1.0) and pressure type.',
  // Counts of systems, sizes of data, how data was made.
  'We evaluate it against 13 major offline and online video LLM baselines.',
  'Ablations across skill libraries ranging from 200 to 2,000 skills show consistent gains.',
  'The benchmark contains 1,114 questions with 100% manual annotation.',
  // A credible interval's level and bounds.
  'Bayesian modeling estimates the effect (95% CrI 0.74-2.62) across sites.',
  // A p-value written with `>=`; an image size in pixels.
  'The effect of the name is not significant (p >= 0.31) across prompts.',
  'ZetaGen supports image synthesis up to 2048px resolution.',
  // Versions of all-capitals names and licences; scale factors, device
  // counts and data sizes written with `×`; a share of a model's input pruned.
  'We test on the ZETA 2.0 subset (N=120) and release data under CC BY 4.0.',
  'ZetaUp renders 4\\times and even 8\\times upscaled images on an 8 \\times RTX 4090 server.',
  'We release 30k samples (7 times the size of prior sets).',
  'ZetaPrune keeps accuracy even when pruning up to 85% of visual tokens.',
  // Sizes of data after their counts; a machine's memory.
  'We curate 388 tasks over 20,476 files (up to 20GB) from 5 profiles.',
  'Using 1,795 earnings calls (approximately 1,800 hours), we build features.',
  'We target the Apple M3 Ultra (60-core GPU, 512 GB unified memory) for real time.',
  // An arXiv identifier.
  'We apply ZetaLoop to two open problems from a recent workshop collection (arXiv:2602.05394).',
  // A model size compared; an operating point.
  'It is compared with models whose parameter sizes are 100 times larger.',
  'The monitor is evaluated at FPR = 0.01 on all agents.',
  // A share of what training uses (found reading the seed's claims).
  'ZetaQ answers complex queries while using leq 30% of the available training query types.',
  // The length of a data set's items, a limit a run is held to, what a compression keeps.
  'ZetaArena contains 243 full-length videos averaging 88.8 minutes each.',
  'Each run of ZetaMA1 is capped at 12 GB VRAM and limited to 4 hours.',
  'ZetaMerge achieves the highest matched average at 5% and 10% vector retention.',
  // The sizes of a data set's items, listed after `averaging`.
  'The benchmark contains 100 patient timelines averaging 1,669.8 turns, 29.7 sessions, and 74,512.2 tokens per conversation.',
  // (Rates of signals, data and designs are settings.)
  'The audio is sampled at 16000 Hz and the EEG signals at 256 Hz.',
  'We low-pass filter the signals at 50 Hz.',
  'The codec uses a 12.5 Hz, 16-layer multi-codebook design.',
  // (A million written `m`, and a data set's extent, are no distances of a result.)
  'We pretrain on 10m tokens and 1.5m images.',
  'The dataset has ten sequences with a total length of about 17060 meters.',
  'We use x4 upsampling at inference.',
  // (A share that names a measure, a mix set, a percentile of a measure.)
  'We propose a new metric: the 50%-task-completion time horizon.',
  'Weighting the modalities with weights of 30% text, 15% image, 25% caption, and 30% OCR.',
  'The 63%-reduced student is trained from a cache.',
  'The difference is small (Fisher exact p$\\approx$0.37).',
  'A user may turn around 360 degrees to look behind.',
  // (The parts of a weighted combination are a setting.)
  'ZetaRAG scores each chunk by a weighted combination of cosine similarity (50%), evidence quality (30%), and temporal recency (20%).',
  // A confidence level and its interval, written out.
  'ZetaAge keeps a low error, with a 95 percent confidence interval of 0.78 to 1.52 weeks.',
  // The share of a model that is tuned is a setting.
  'With 8,000 samples, 10,000 steps, and 0.199% trainable parameters, ZetaWorld controls the camera well.',
  // A setting named by a rate, then a copula.
  'We set k = 5 and the learning rate is 0.001.',
  // A share of the data used, and the length of a data set's items after its name.
  'Each builder model uses 5% of the data as a validation set.',
  'We evaluate on the long split of the Video-MME benchmark (average 44 minutes).',
  // (Not a fraction of something used, nor one with no verb of scoring.)
  'We use 1/3 of the data and keep 5/7 domains for testing.',
  // (A coverage aimed at is an operating point.)
  'ZetaRAG needs fewer retrieval calls to reach 70% coverage.',
  // (Memory that hardware has is no result.)
  'Quantized models running locally on just 16GB of VRAM match closed models.',
  // A count of people out of a total is context.
  'For context, only 24 out of 16,414 students in the Netherlands achieved a perfect score.',
  // (A part of a total with no verb of winning or solving.)
  'We report results for 3 of 5 random seeds on 12 of 20 tasks.',
  // Whole points as an adjective size a scale.
  'Questions are scored on two orthogonal 100-point axes by GPT-4.1.',
  // A p-value bound written in LaTeX.
  'The advantage replicates on both models ($p \\leq 0.023$).',
  // (A count before an acronym, with no verb of scoring.)
  'We train 12 GPU on LAION for a week.',
  // (A dimension of a design, or of the objects a robot handles.)
  'ZetaGrip integrates six sensors into a lattice structure (12.5 mm cell size) using one print.',
  'The robot manipulates everyday objects on surfaces ranging from 40cm to 90cm in height.',
  // (A standard's number: IEEE 802.11.)
  'We capture raw 802.11 packets and Bluetooth advertisements from a neighbouring flat.',
  // (A processor's architecture, not a ratio written before its number; and a data set's hours combined.)
  'We evaluate the implementation in the x86 Linux kernel across public cloud VMs.',
  'ZetaVid contains 424 hours of curated video, combining 174 hours from field research with 250 hours of web footage.',
  // (A noise level the test is run at.)
  'We add babble noise from 0 dB to 20 dB to the ZetaSpeech test set.',
  // (A share of what is altered: a manipulation, not a result.)
  'By poisoning as few as 3% of the collected traces, an attacker can plant a backdoor in ZetaAgent.',
  'In the study, masking 25% of the frames degrades ZetaVid only slightly.',
  // (A condition's level is a setting.)
  'At 4% prevalence, screening with ZetaScreen flags no positive case.',
  // (A statistical test's level.)
  'All ZetaRisk forecasts fail the backtest at the 1% level, and pass it at the 0.10 significance level.',
  // (A result of the work cited, not of this paper.)
  'Recently, Moreau et al. (ICML 2025) showed that the regret of ZetaBandit is 3.41 under delays.',
  // (The size of the systems beaten; radio frequencies a campaign runs at.)
  'ZetaBERT, a compact encoder, outperforms models up to 10 times larger on ZetaRetrieve.',
  'We measure path loss with ZetaSounder in a campaign at 6.9, 8.3, and 14.5 GHz.',
  // (The sizes of the items tested; the span of the conditions.)
  'Tests on glass samples (1-12 mm) and metal workpieces (3-24 mm) used ZetaGauge.',
  'ZetaFit is fitted within the engineering-relevant 0 - 150 MPa domain.',
  // (The condition a result holds under; a component's rate.)
  'ZetaSonar stays reliable when the sound-speed uncertainty < 1 m/s.',
  'A low-level whole-body controller (500 Hz) tracks the ZetaLeg trajectories.',
  // (Versions of a name, hyphened in a parenthesis.)
  'The study compares lexical diversity in texts from four ZetaChat models (-3.5, -4, -o4 mini, and -4.5) with human texts.',
  // (A speed a probability is read above is a threshold of the data.)
  'With ZetaWind, the probability of exceeding a feasible 6 m/s wind speed is high in these locations.',
  // (What a data set holds, listed after `comprising`.)
  'The ZetaUAV dataset is captured by 15 UAVs in collaborative flights, comprising 12 scenes, 720 traces, 120 hours, 600 seconds per trajectory, and 4.32M LiDAR frames.',
  // (Odds ratios and their intervals describe the data.)
  'With ZetaText, decedents had higher odds of isolation if they were men (OR = 1.44; CI: 1.24, 1.69, p<.0001).'
]

function pick(claim: Claim, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (claim as Record<string, unknown>)[key]]))
}

describe('rules: positive cases', () => {
  for (const {rule, text, want} of positives) {
    it(`${rule}: ${text}`, () => {
      const claims = extractClaims(text)
      expect(claims).toHaveLength(want.length)
      if (rule.startsWith('extract-')) expect(claims[0]!.rule).toBe(rule)
      want.forEach((expected, index) => {
        const claim = claims[index]!
        const keys = Object.keys(expected)
        const got = pick(claim, keys)
        for (const key of keys) {
          const value = (expected as Record<string, unknown>)[key]
          if (typeof value === 'number') expect(got[key]).toBeCloseTo(value, 3)
          else expect(got[key]).toEqual(value)
        }
      })
    })
  }
})

describe('rules: negative cases', () => {
  for (const text of negatives) {
    it(`no claim: ${text}`, () => {
      expect(extractClaims(text)).toEqual([])
    })
  }
})
