import {describe, expect, it} from 'vitest'
import {createModelFinder} from '../src/registry/create-model-finder.js'
import {createNameMatcher} from '../src/registry/create-name-matcher.js'
import {createRegistry, defaultRegistry} from '../src/registry/create-registry.js'

const benchmarks = createNameMatcher(
  [
    {name: 'MATH-500', aliases: ['MATH500']},
    {name: 'MATH'},
    {name: 'BIG-Bench Hard', aliases: ['BBH']},
    {name: 'CNN/DailyMail', aliases: ['CNN/DM']},
    {name: "Kendall's tau", aliases: ['Kendall tau']}
  ],
  {caseMode: 'smart'}
)

describe('createNameMatcher', () => {
  const cases: Array<[string, string[]]> = [
    ['Accuracy on MATH500 rose.', ['MATH-500']],
    ['Accuracy on MATH 500 rose.', ['MATH-500']],
    ['We solve MATH problems.', ['MATH']],
    ['We solve math problems.', []],
    ['Gains on BigBenchHard and BBH.', ['BIG-Bench Hard', 'BIG-Bench Hard']],
    ['Mathematical reasoning matters.', []],
    // A slash joins the words of a name that has one.
    ['ROUGE on CNN/DailyMail and CNN/DM.', ['CNN/DailyMail', 'CNN/DailyMail']],
    ['Both MATH/BBH suites.', ['MATH', 'BIG-Bench Hard']],
    // A possessive inside a name (`Kendall's tau`) is part of it.
    ["Kendall's tau and Kendall tau agree.", ["Kendall's tau", "Kendall's tau"]],
    // The blanks LaTeX leaves (`BIG-Bench $Hard$`, cleaned) join a name's words; more than three, or other marks, do not.
    ['Gains on BIG-Bench  Hard and BIG-Bench   Hard.', ['BIG-Bench Hard', 'BIG-Bench Hard']],
    ['Gains on BIG-Bench     Hard and BIG-Bench ; Hard.', []]
  ]
  for (const [text, names] of cases) {
    it(`finds ${JSON.stringify(names)} in “${text}”`, () => {
      expect(benchmarks(text).map((mention) => mention.name)).toEqual(names)
    })
  }

  it('gives offsets into the text plus the offset passed', () => {
    const [mention] = benchmarks('on MATH500.', 100)
    expect(mention).toEqual({name: 'MATH-500', start: 103, end: 110})
  })

  it('folds plurals and case for metric words, not for acronyms', () => {
    const metrics = createNameMatcher([{name: 'success rate'}, {name: 'IS'}], {caseMode: 'words', foldPlural: true})
    expect(metrics('Success rates improve.').map((mention) => mention.name)).toEqual(['success rate'])
    expect(metrics('It is fast.')).toEqual([])
  })

  it('leaves exact-only spellings to their exact case', () => {
    const strict = createNameMatcher([{name: 'Minerva'}], {caseMode: 'smart', exactOnly: ['Minerva']})
    expect(strict('on Minerva').length).toBe(1)
    expect(strict('on MINERVA').length).toBe(0)
  })
})

describe('createModelFinder', () => {
  const find = createModelFinder(['Qwen', 'Llama', 'GPT', 'Yi', 'o1-preview'], ['Instruct', 'Base'])
  const cases: Array<[string, string[]]> = [
    ['Qwen2.5-Math-7B Base improves.', ['Qwen2.5-Math-7B Base']],
    ['We compare Llama 3.2 3B and GPT-4o.', ['Llama 3.2 3B', 'GPT-4o']],
    ['The O1-preview model wins.', ['O1-preview']],
    ['Many examples yield gains.', []],
    ['ToRA-7B and Arctic-SnowCoder-1.3B are sized names.', ['ToRA-7B', 'Arctic-SnowCoder-1.3B']],
    // (With a mixture of experts' active parameters.)
    ['ZetaMoE-16B-A2.5B beats ZetaLM-8B.', ['ZetaMoE-16B-A2.5B', 'ZetaLM-8B']],
    // Capitals glued to a family spell another word; a digit or joint keeps the family's.
    ['GPTQ quantizes GPT-4V and Qwen2VL.', ['GPT-4V', 'Qwen2VL']],
    // A name written in lower case, its version right after the family.
    ['Here llama-3-8b and qwen2.5-7b-instruct beat gpt-4o-mini.', ['llama-3-8b', 'qwen2.5-7b-instruct', 'gpt-4o-mini']],
    // (Not a word that only starts with a family: `yield2`, `llamas-2`.)
    ['Runs yield2 results; llamas-2 and qwenly graze.', []],
    // A capital and a short version after a space (`Qwen R1`), not a longer code (`on H100 GPUs`).
    ['We analyse Qwen R1 and Llama V3.1 on H100 GPUs.', ['Qwen R1', 'Llama V3.1']],
    // A bare number after a name that has its version, or with two decimals, is a score.
    ['Ours 71.2 vs. GPT-4o 68.95; Yi 34.17 lags.', ['GPT-4o', 'Yi']]
  ]
  for (const [text, names] of cases) {
    it(`finds ${JSON.stringify(names)} in “${text}”`, () => {
      expect(find(text).map((mention) => mention.name)).toEqual(names)
    })
  }
})

describe('createRegistry', () => {
  it('merges extra entries with the built-in ones', () => {
    const registry = createRegistry({benchmarks: [{name: 'Zorblax Suite', aliases: ['ZorbSuite']}], metrics: [{name: 'zorb score', aliases: [], higherIsBetter: false}]})
    expect(registry.findBenchmarks('We top ZorbSuite and GSM8K.').map((mention) => mention.name)).toEqual(['Zorblax Suite', 'GSM8K'])
    expect(registry.higherIsBetter('zorb score')).toBe(false)
  })

  it('keeps a verified subset apart from its parent, whose scores it does not share', () => {
    const names = defaultRegistry()
      .findBenchmarks('We report OSWorld-Verified and OSWorld, SWE-bench Verified and SWE-bench.')
      .map((mention) => mention.name)
    expect(names).toEqual(['OSWorld-Verified', 'OSWorld', 'SWE-bench Verified', 'SWE-bench'])
  })

  it('builds the default registry once', () => {
    expect(defaultRegistry()).toBe(defaultRegistry())
  })

  it('reads variant words after a family name as part of the model (`Gemini Pro Vision 1.0`, `GPT-3 Curie`)', () => {
    const names = defaultRegistry()
      .findModels('We beat Gemini Pro Vision 1.0 and GPT-3 Curie, and trail GPT-3 Davinci.')
      .map((mention) => mention.name)
    expect(names).toEqual(['Gemini Pro Vision 1.0', 'GPT-3 Curie', 'GPT-3 Davinci'])
  })
})
