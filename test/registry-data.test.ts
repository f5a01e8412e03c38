import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {BenchmarkEntrySchema, MetricEntrySchema} from '../src/schema/registry.js'
import {defaultRegistry} from '../src/registry/create-registry.js'
import {isScaleHead} from '../src/registry/is-scale-head.js'

// The registry data files are read as the extractor's JSON imports would see
// them, then checked for shape, collisions and coverage of the gold answers.
const read = (path: string): unknown =>
  JSON.parse(fs.readFileSync(new URL(path, import.meta.url), 'utf8'))

const benchmarks = z.array(BenchmarkEntrySchema).parse(read('../src/registry/benchmarks.json'))
const metrics = z.array(MetricEntrySchema).parse(read('../src/registry/metrics.json'))
const families = z.array(z.string().min(1)).parse(read('../src/registry/model-families.json'))
const caseSensitive = z
  .array(z.string().min(1))
  .parse(read('../src/registry/case-sensitive-names.json'))

const areas = new Set([
  'math', 'code', 'qa', 'reasoning', 'knowledge', 'vision', 'video', 'speech',
  'audio', 'agents', 'rl', 'multilingual', 'safety', 'retrieval', 'nlu',
  'long-context', 'medical', 'science', 'tabular', 'other'
])

/** The fold under which two spellings are the same name: case, spaces, hyphens, dashes, underscores. */
const fold = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/[\s\-\u2010-\u2015_]+/g, '')

// Ordinary English words (and first names) that must never be an alias, and that
// a canonical name or model family may only be when it is listed as case-sensitive.
const commonWords = new Set([
  'a', 'an', 'the', 'test', 'eval', 'evaluation', 'benchmark', 'dataset', 'data', 'score',
  'average', 'performance', 'accuracy', 'model', 'task', 'tasks', 'bench', 'arena', 'world',
  'code', 'chat', 'reasoning', 'logic', 'science', 'medical', 'vision', 'speech', 'video',
  'image', 'text', 'game', 'games', 'web', 'shop', 'mind', 'pets', 'cars', 'food', 'voice',
  'math', 'bird', 'apps', 'ruler', 'pope', 'coco', 'spider', 'drop', 'race', 'fever',
  'quality', 'arc', 'taco', 'glue', 'clue', 'record', 'paws', 'dart', 'blink', 'helm',
  'helmet', 'bright', 'frames', 'crag', 'kilt', 'zinc', 'tape', 'peer', 'cameo', 'bold',
  'superb', 'switchboard', 'maestro', 'folio', 'charades', 'crafter', 'include', 'mint',
  'behavior', 'habitat', 'replica', 'synapse', 'weather', 'traffic', 'electricity', 'go',
  'chess', 'pong', 'gym', 'gymnasium', 'pile', 'wow', 'lol', 'cola', 'seed', 'step', 'still',
  'arctic', 'inception', 'align', 'moonlight', 'chameleon', 'transfusion', 'simpler',
  'falcon', 'alpaca', 'koala', 'orca', 'whisper', 'gopher', 'hyena', 'chinchilla', 'emu',
  'phi', 'cosmos', 'mamba', 'bard', 'sora', 'minerva', 'pascal', 'davis', 'calvin', 'alfred',
  'carla', 'ava', 'gaia', 'aime', 'amc', 'gato', 'octo', 'llama', 'mistral', 'gemini', 'granite',
  'zephyr', 'vicuna', 'flamingo', 'codex', 'bloom', 'opt', 'albert', 'bart', 'ernie', 'sam', 'dino',
  'grok', 'wan', 'pythia', 'claude', 'janus', 'is', 'star', 'coin', 'breakfast', 'jester', 'fisher',
  'scan', 'sick', 'liar', 'mega', 'flask', 'panda', 'flip', 'bend', 'newsroom', 'taskmaster',
  'scruples', 'ethics', 'dude', 'hopper', 'loft', 'bamboo', 'crab', 'jigsaw', 'mit', 'art', 'wham',
  'cogs', 'swag', 'ropes', 'diode', 'wilds', 'well', 'flare', 'aurora', 'muse', 'bark', 'canary',
  'genie', 'gorilla', 'hammer', 'voyager', 'informer', 'mace', 'raft', 'marigold', 'tapir', 'glide',
  'dolly', 'guanaco', 'devin', 'stella', 'per', 'sit', 'var', 'mar', 'act', 'seem', 'nova', 'titan', 'multiple',
  'mutual', 'scope', 'scrolls', 'blend', 'stark', 'clip', 'mammoth', 'hans', 'amos', 'cora', 'eva', 'rico',
  'map', 'spice', 'comet', 'meteor', 'chair', 'mauve', 'rouge', 'cider', 'kid'
])

const gold = ['seed', 'more-papers'].flatMap((name) =>
  fs
    .readFileSync(new URL(`fixtures/gold/${name}.claims.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      z
        .object({benchmark: z.array(z.string().nullable()), metric: z.array(z.string().nullable())})
        .parse(JSON.parse(line))
    )
)

// Gold answers that are not registry names, each with the reason.
const benchmarkExceptions = new Map([
  ['Q benchmark', "the paper's own unnamed benchmark"],
  ['BeyondBench Hard Suite', 'a subset of BeyondBench (listed) that only that paper defines'],
  ['Minerva', "also the Minerva model family (Minerva 8B) in the same listings; 'Minerva Math' (listed) is accepted too"],
  ['TextGraphs 2022 shared task', 'a one-off shared task, not a reusable benchmark'],
  ['symbol guessing task', "the paper's own task description"],
  ['Dutch Mathematics B exam', 'a national exam paper one abstract describes'],
  ['LaTeX equations', 'a description of probe data, not a benchmark name'],
  ['mathematical MMLU', 'a paraphrase of an MMLU subset; MMLU (listed) is accepted'],
  ['MedMCQA dev', 'a split; MedMCQA (listed) is accepted'],
  ['synthetic benchmark', "the paper's own unnamed benchmark"],
  ['real-world set', "the paper's own unnamed test set"],
  ['AMC32', "a typo for AMC23 in the abstract; 'AMC 2023' (listed) is accepted"],
  ['ScanNet++ Selected Subset', 'a paper-specific subset; ScanNet++ (listed) is accepted'],
  ['Pascal VOC 1/8', 'a label-ratio protocol; Pascal VOC (listed) is accepted'],
  ['EMSF test set', "the paper's own test set"],
  ['DLT-specific NER task', "the paper's own task description"]
])

const metricExceptions = new Map([
  ['valid proofs', 'a count of outcomes specific to one paper'],
  ['whole-proof generation accuracy', 'a paper-specific accuracy; accuracy (listed) is accepted'],
  ['cumulative accuracy', 'a paper-specific accuracy; accuracy (listed) is accepted'],
  ['problems proved', 'a count of outcomes specific to one paper'],
  ['intervention prediction accuracy', 'a paper-specific accuracy; accuracy (listed) is accepted'],
  ['user-rated agent usefulness', 'a paper-specific user-study measure'],
  ['fine-tuning budget', 'a paper-specific budget description'],
  ['task quality', 'a paper-specific rating'],
  ['stale-knowledge usage', 'a paper-specific measure'],
  ['traceability', 'a paper-specific measure'],
  ['intent accuracy', 'a paper-specific accuracy; accuracy is the registry name'],
  ['intent realization rate', 'a paper-specific rate'],
  ['top-2 rate', 'a paper-specific ranking share'],
  ['points', 'a unit, not a metric; score (listed) is accepted'],
  ['number of SOTA architectures discovered', 'a paper-specific count'],
  ['gain', 'a change word, not a metric'],
  ['score relative to human average', "a paraphrase; 'human-normalized score' (listed) is accepted"],
  ['Positive IoU', 'a metric that one paper defines'],
  ['share of citations', 'a paper-specific share'],
  ['FCAR', 'a metric that one paper defines'],
  ['share of pixels with confidence >= 0.95', 'a paper-specific share'],
  ['pi_kept', 'a symbol that one paper defines'],
  ['confidence', 'ambiguous: the gold accepts accuracy (listed) as well'],
  ['truthfulness accuracy', 'accuracy on TruthfulQA; accuracy (listed) is accepted'],
  ['human-level performance', "a paraphrase; 'human-normalized score' (listed) is accepted"],
  ['tool productivity', 'a metric that one paper defines'],
  ['scaling rate', 'a paper-specific measure'],
  ['GPT-4o ratings', 'a judge-model rating that one paper defines'],
  ['o1 pairwise comparisons', 'a judge-model comparison that one paper defines']
])

describe('benchmarks.json', () => {
  it('holds several hundred entries, each with a known area', () => {
    expect(benchmarks.length).toBeGreaterThanOrEqual(400)
    const unknown = benchmarks.filter((entry) => !areas.has(entry.area ?? ''))
    expect(unknown.map((entry) => entry.name)).toEqual([])
  })

  it('has no duplicate canonical names', () => {
    expect(duplicates(benchmarks.map((entry) => fold(entry.name)))).toEqual([])
  })

  it('has no spelling that means two entries', () => {
    expect(sharedSpellings(benchmarks)).toEqual([])
  })

  it('has no alias that is a common English word', () => {
    const words = benchmarks.flatMap((entry) => entry.aliases ?? []).filter(isCommonWord)
    expect(words).toEqual([])
  })

  it('declares every canonical name that is a common word as case-sensitive', () => {
    const risky = benchmarks.map((entry) => entry.name).filter(isCommonWord)
    expect(risky.length).toBeGreaterThan(0)
    expect(risky.filter((name) => !caseSensitive.includes(name))).toEqual([])
  })

  it.each([
    ['MATH500', 'MATH-500'],
    ['MATH 500', 'MATH-500'],
    ['AIME24', 'AIME 2024'],
    ['AIME2024', 'AIME 2024'],
    ['AIME 24', 'AIME 2024'],
    ['AIME25', 'AIME 2025'],
    ['AMC23', 'AMC 2023'],
    ['BBH', 'BIG-Bench Hard'],
    ['BigBenchHard', 'BIG-Bench Hard'],
    ['GPQA Diamond', 'GPQA-Diamond'],
    ['HotPotQA', 'HotpotQA'],
    ['MMLU-PRO', 'MMLU-Pro'],
    ['SUPERGPQA', 'SuperGPQA'],
    ['AGIEVAL', 'AGIEval'],
    ['MS COCO', 'COCO'],
    ['MSCOCO', 'COCO'],
    ['tau-bench', 'τ-bench'],
    ['SWE-Bench Verified', 'SWE-bench Verified'],
    ['HumanEvalPlus', 'HumanEval+'],
    ['ARC-C', 'ARC-Challenge'],
    ['Natural Questions', 'NaturalQuestions'],
    ['NIAH', 'Needle-in-a-Haystack'],
    ['ImageNet-1k', 'ImageNet-1K'],
    ['ILSVRC2012', 'ImageNet'],
    ['Kinetics400', 'Kinetics-400']
  ])('resolves %s to %s', (spelling, name) => {
    expect(lookup(benchmarks).get(fold(spelling))).toBe(name)
  })

  it('keeps a plain MATH or AIME from meaning a more specific set', () => {
    const names = lookup(benchmarks)
    expect(names.get(fold('MATH'))).toBe('MATH')
    expect(names.get(fold('AIME'))).toBe('AIME')
    expect(names.get(fold('Minerva'))).toBeUndefined()
  })

  it('names every benchmark the gold files answer first, or says why not', () => {
    const names = lookup(benchmarks)
    const first = unique(gold.map((claim) => claim.benchmark[0] ?? null))
    const missing = first.filter((name) => !names.has(fold(name)) && !benchmarkExceptions.has(name))
    expect(missing).toEqual([])
    // An exception that the registry now covers, or that no gold answer uses, is stale.
    const stale = [...benchmarkExceptions.keys()].filter(
      (name) => names.has(fold(name)) || !first.includes(name)
    )
    expect(stale).toEqual([])
  })
})

describe('metrics.json', () => {
  it('holds at least 120 entries', () => {
    expect(metrics.length).toBeGreaterThanOrEqual(120)
  })

  it('has no duplicate canonical names', () => {
    expect(duplicates(metrics.map((entry) => fold(entry.name)))).toEqual([])
  })

  it('has no spelling that means two entries', () => {
    expect(sharedSpellings(metrics)).toEqual([])
  })

  it.each([
    ['accuracy', true],
    ['exact match', true],
    ['pass@1', true],
    ['BLEU', true],
    ['mIoU', true],
    ['AUROC', true],
    ['success rate', true],
    ['speed-up', true],
    ['throughput', true],
    ['WER', false],
    ['CER', false],
    ['perplexity', false],
    ['FID', false],
    ['LPIPS', false],
    ['latency', false],
    ['tokens', false],
    ['length', false],
    ['cost', false],
    ['GPU hours', false],
    ['parameters', false],
    ['error rate', false],
    ['attack success rate', false],
    ['calibration error', false],
    ['RMSE', false]
  ])('says whether a higher %s is better (%s)', (name, higherIsBetter) => {
    const entry = metrics.find((metric) => metric.name === name)
    expect(entry?.higherIsBetter).toBe(higherIsBetter)
  })

  it.each([
    ['throughput', true],
    ['FPS', true],
    ['average reward', true],
    ['accuracy', false],
    ['BLEU', false],
    ['pass@1', false]
  ])('says whether %s measures an amount, not a score on a fixed scale (%s)', (name, quantity) => {
    expect(defaultRegistry().isQuantity(name)).toBe(quantity)
  })

  it.each([
    'detection rate', 'resolve rate', 'solve rate', 'proof rate', 'pass rate', 'completion rate', 'human preference', 'latency',
    'training time', 'completion time', 'runtime'
  ])(
    'has %s, a measure the extractor names by rule',
    (name) => {
      expect(defaultRegistry().isMetric(name)).toBe(true)
    }
  )

  it('marks only higher-is-better metrics as quantities (a lower-is-better % change is relative anyway)', () => {
    for (const metric of metrics) if (metric.quantity) expect(metric.higherIsBetter, metric.name).toBe(true)
  })

  it.each([
    ['acc', 'accuracy'],
    ['EM', 'exact match'],
    ['word error rate', 'WER'],
    ['ASR', 'attack success rate'],
    ['ECE', 'calibration error'],
    ['MAP', 'mAP'],
    ['mean reciprocal rank', 'MRR'],
    ['inference latency', 'latency'],
    ['speedup', 'speed-up'],
    ['A100 hours', 'GPU hours']
  ])('resolves %s to %s', (spelling, name) => {
    expect(lookup(metrics).get(fold(spelling))).toBe(name)
  })

  it('names every metric the gold files answer first, or says why not', () => {
    const names = lookup(metrics)
    const first = unique(gold.map((claim) => claim.metric[0] ?? null))
    const missing = first.filter((name) => !names.has(fold(name)) && !metricExceptions.has(name))
    expect(missing).toEqual([])
    const stale = [...metricExceptions.keys()].filter(
      (name) => names.has(fold(name)) || !first.includes(name)
    )
    expect(stale).toEqual([])
  })

  it('declares metric abbreviations that read as English words as case-sensitive', () => {
    // `accuracy` is meant as a word; `mAP`, `IS` or `METEOR` must not match `map`, `is`, `meteor`.
    const spellings = metrics.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
    const words = spellings.filter((name) => /\p{Lu}/u.test(name) && isCommonWord(name))
    expect(words).toEqual(expect.arrayContaining(['IS', 'mAP', 'METEOR']))
    expect(words.filter((name) => !caseSensitive.includes(name))).toEqual([])
  })
})

describe('model-families.json', () => {
  it('is a sorted list of at least 150 distinct stems', () => {
    expect(families.length).toBeGreaterThanOrEqual(150)
    expect(families).toEqual([...new Set(families)].sort())
  })

  it.each(['Qwen2.5', 'Llama', 'DeepSeek-R1', 'GPT', 'o3', 'Claude', 'Gemini', 'InternVL', 'CLIP', 'Whisper'])(
    'holds %s',
    (family) => {
      expect(families).toContain(family)
    }
  )

  it('declares every family that is a common word as case-sensitive', () => {
    expect(families.filter((family) => isCommonWord(family) && !caseSensitive.includes(family))).toEqual([])
  })

  it('shares no stem with a benchmark or metric spelling', () => {
    const taken = new Set([...lookup(benchmarks).keys(), ...lookup(metrics).keys()])
    expect(families.filter((family) => taken.has(fold(family)))).toEqual([])
  })
})

describe('every registry', () => {
  const spellings = [
    ...benchmarks.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]),
    ...metrics.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]),
    ...families
  ]

  // createRegistry uses the built-in files without parsing them again.
  it('is written in its parsed form: parsing changes no entry', () => {
    expect(benchmarks).toEqual(read('../src/registry/benchmarks.json'))
    expect(metrics).toEqual(read('../src/registry/metrics.json'))
  })

  it('writes spellings without stray spaces and never as a bare number', () => {
    const bad = spellings.filter(
      (name) => name !== name.trim() || name.includes('  ') || /^[\d.,\s]+$/.test(name)
    )
    expect(bad).toEqual([])
  })

  it('has no spelling that is both a benchmark and a metric', () => {
    const metricKeys = lookup(metrics)
    const both = [...lookup(benchmarks).keys()].filter((key) => metricKeys.has(key))
    expect(both).toEqual([])
  })
})

describe('scale-heads.json', () => {
  const heads = z.array(z.string().min(1)).parse(read('../src/registry/scale-heads.json'))

  it('lists single lower-case head nouns in the singular, once each', () => {
    expect(heads.filter((head) => !/^[a-z][a-z-]*[a-z]$/u.test(head) || /[^s]s$/u.test(head))).toEqual([])
    expect(duplicates(heads)).toEqual([])
  })

  it('answers for singular and plural heads, and heads that end in s', () => {
    expect(['fidelity', 'rates', 'robustness', 'awareness', 'tokens', 'robustnes'].map((word) => isScaleHead(word))).toEqual([true, true, true, true, false, false])
  })

  it('holds no measure the metric registry already names', () => {
    const named = new Set(metrics.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]).map((name) => name.toLowerCase()))
    expect(heads.filter((head) => named.has(head))).toEqual([])
  })
})

describe('case-sensitive-names.json', () => {
  it('lists only names that a registry file holds', () => {
    const known = new Set([
      ...benchmarks.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]),
      ...metrics.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]),
      ...families
    ])
    expect(caseSensitive.filter((name) => !known.has(name))).toEqual([])
    expect(duplicates(caseSensitive)).toEqual([])
  })
})

/** Whether a spelling, folded as a matcher would fold it (`MultiPL-E` → `multiple`), is a common word. */
function isCommonWord(name: string): boolean {
  return commonWords.has(fold(name))
}

/** Map every folded spelling (name or alias) to its canonical name. */
function lookup(entries: ReadonlyArray<{name: string; aliases?: string[] | undefined}>): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of entries) {
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) map.set(fold(spelling), entry.name)
  }
  return map
}

/** Spellings that fold to the same key in two different entries. */
function sharedSpellings(entries: ReadonlyArray<{name: string; aliases?: string[] | undefined}>): string[] {
  const owner = new Map<string, string>()
  const shared: string[] = []
  for (const entry of entries) {
    for (const key of new Set([entry.name, ...(entry.aliases ?? [])].map(fold))) {
      const other = owner.get(key)
      if (other !== undefined && other !== entry.name) shared.push(`${key}: ${other} / ${entry.name}`)
      owner.set(key, entry.name)
    }
  }
  return shared
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index)
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))]
}
