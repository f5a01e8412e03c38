import {describe, expect, it} from 'vitest'
import {extractClaims, type PaperText} from '../src/extract/extract-claims.js'

// A paper whose title names its method (`ZetaPrune: …`), as the listings do.
function paper(title: string, abstract: string): PaperText {
  return {index: 0, arxivId: null, title, abstract}
}

describe('claims of an unnamed baseline', () => {
  const prune = paper(
    'ZetaPrune: Shorter Reasoning for Small Models',
    'We present ZetaPrune. With a 1.5B model, our method achieves a 40% length reduction on GSM8K, while the previous baseline sacrifices 3.0% accuracy for a 20% length reduction.'
  )

  it.each([
    [-40, 'ZetaPrune'],
    // The clause is about the baseline: not the paper's method.
    [-3, null],
    [-20, null]
  ])('delta %s has model %s', (delta, model) => {
    const claim = extractClaims(prune).find((row) => row.delta === delta)
    expect(claim).toBeDefined()
    expect(claim!.model).toBe(model)
  })
})

describe('list items share their system', () => {
  const tune = paper(
    'ZetaTune: Error-Aware Preference Learning',
    'We present ZetaTune. Experiments confirm the effect of ZetaTune, with training on Qwen2-7B-Instruct yielding gains of 2.5% on GSM8K and 6.1% on MATH.'
  )

  it.each([[2.5], [6.1]])('delta %s is Qwen2-7B-Instruct with ZetaTune', (delta) => {
    expect(extractClaims(tune).find((row) => row.delta === delta)).toMatchObject({model: 'Qwen2-7B-Instruct', method: 'ZetaTune'})
  })
})

describe('`it` after an introduced system', () => {
  const zeta = paper(
    'ZetaVL: A Small Vision-Language Model',
    'We present ZetaVL, a small vision-language model. Building upon ZetaVL, we introduce a long-thinking variant: ZetaVL-Thinking. Trained with RL, this model reasons over long inputs. It achieves 61.7 on MMMU.'
  )

  it('is the system introduced last, with the paper’s method', () => {
    expect(extractClaims(zeta).find((row) => row.value === 61.7)).toMatchObject({model: 'ZetaVL-Thinking', method: 'ZetaVL'})
  })
})

describe('the name an abstract gives its own model', () => {
  // The title's head (`z1`) is no name; `our model z1-32B` is, in every sentence.
  const z1 = paper(
    'z1: Simple test-time scaling',
    'After finetuning the Qwen2.5-32B-Instruct language model on our data, our model z1-32B exceeds o1-preview on competition math by up to 27%. Further, scaling z1-32B with budget forcing lifts it from 50% to 57% on AIME24.'
  )

  it('is the system of a later sentence that names it without `our model`', () => {
    expect(extractClaims(z1).find((row) => row.value === 57)).toMatchObject({model: 'z1-32B'})
  })
})

describe('the system an agent is built on', () => {
  const agent = paper(
    'Zeta-Q: Q-Value Models for Agents',
    'Notably, the performance of the agent built with Phi-3-mini-4k-instruct improved by 103% on WebShop when enhanced with Q-value models.'
  )

  it('is the claim’s system, not a setting', () => {
    expect(extractClaims(agent).find((row) => row.delta === 103)).toMatchObject({model: 'Phi-3-mini-4k-instruct'})
  })
})

describe('a paper that releases a corpus', () => {
  const corpus = paper(
    'Zeta-Corpus: A Large-Scale Text Collection for Ledgers',
    'Models trained on it transfer well: a domain-adapted encoder achieves a 23% improvement over BERT-base on ledger NER.'
  )

  it('has no method: the corpus is not the system of its results', () => {
    const claim = extractClaims(corpus).find((row) => row.delta === 23)
    expect(claim).toBeDefined()
    expect(claim!.model).not.toBe('Zeta-Corpus')
  })

  it.each([
    'ZMMLU: Measuring Massive Multitask Language Understanding in Zetish',
    'ZetaLong: Testing the Limits of LLMs with Long Context',
    'ZetaTrace: Auditing Deep Research Systems'
  ])('reads `%s` as a benchmark paper', (title) => {
    const claim = extractClaims(paper(title, 'The best public model achieves 50.5% on the test set.')).find((row) => row.value === 50.5)
    expect(claim).toBeDefined()
    expect(claim!.model).toBeNull()
  })
})

describe('a method the paper demonstrates, or names after its kind', () => {
  it.each([
    ['Unleashing Small Models by Zeta Tuning', 'In this work, we demonstrate that Zeta Fine-Tuning (ZFT) on one problem works. Our 7B model improves accuracy by 15% on average.', 15, 'ZFT'],
    ['Bayesian Search for Preference Elicitation', 'We demonstrate our framework in a novel NL-QA algorithm, ZetaBOL, which uses inference. It improves MRR by 0.1 over the best baseline.', 0.1, 'ZetaBOL']
  ])('%s', (title, abstract, number, method) => {
    const claim = extractClaims(paper(title, abstract)).find((row) => row.delta === number)
    expect(claim).toBeDefined()
    expect(claim!.model ?? claim!.method).toBe(method)
  })
})

describe('a title that opens with its genre', () => {
  it.each(['Replication Study: Zeta Prompt Learning for Vision-Language Models', 'Case Study: Zeta Agents in Hospital Triage', 'Position Paper: Zeta Models Need Audits'])(
    'does not take the genre of `%s` for the method',
    (title) => {
      // (The abstract names its genre too, as such abstracts do.)
      const abstract = `We present a ${title.split(':')[0]!.toLowerCase()} of ZetaTPG. Our evaluation reaches an average accuracy of 74.6% on the seen classes.`
      const claim = extractClaims(paper(title, abstract)).find((row) => row.value === 74.6)
      expect(claim).toBeDefined()
      expect(claim!.model).toBeNull()
    }
  )
})

describe('a benchmark paper that introduces its benchmark again', () => {
  it('does not read the benchmark, spelled another way, as the method', () => {
    const arena = paper('Zeta Gamestore: Open-Ended Evaluation of Agents', 'We introduce Zeta GameStore, a set of 100 games. The best models achieve less than 10% of the human average score.')
    expect(extractClaims(arena).find((row) => row.value === 10)?.model).toBeNull()
  })
})

describe('an acronym for a kind of system', () => {
  it('names no method (`a large language model (LLM)-based user agent`)', () => {
    const claims = extractClaims(paper('Simulating Users for Embodied Agents', 'We propose building a large language model (LLM)-based user agent. The user agent achieves an F-measure of 42% with zero-shot prompting.'))
    expect(claims[0]?.model).not.toBe('LLM')
  })
})

describe('a name like a benchmark that a paper introduces', () => {
  it('is the benchmark, not the method', () => {
    const claims = extractClaims(paper('Reasoning via Video: The First Evaluation of Video Models', 'We introduce ZR-Bench, a maze benchmark. Diverse sampling improves reasoning reliability by 10--20%.'))
    expect(claims[0]).toMatchObject({model: null, benchmark: 'ZR-Bench'})
  })

  it('leaves a data collection system a system', () => {
    const claims = extractClaims(paper('ZWIST2: Scalable, Portable, and Holistic Humanoid Data Collection System', 'We present ZWIST2. It reaches an almost 100% success rate.'))
    expect(claims[0]?.model).toBe('ZWIST2')
  })
})

describe('the word a title says something of', () => {
  const zeta = paper(
    'Zetamon is Scalable for LLM Training',
    'Scaling law experiments indicate that Zetamon achieves ~2x computational efficiency compared to AdamW.'
  )
  const plain = paper('Attention is All You Need', 'Scaling experiments indicate that the model achieves ~2x efficiency compared to AdamW.')

  it('is the method when the abstract writes it capitalised inside a sentence', () => {
    expect(extractClaims(zeta).find((row) => row.delta === 2)).toMatchObject({model: 'Zetamon'})
  })

  it('is not, when the abstract does not', () => {
    expect(extractClaims(plain).find((row) => row.delta === 2)?.model).not.toBe('Attention')
  })
})

describe('a name labelling its contribution', () => {
  const contributions = paper(
    'Scans at Scale: Two Networks for Retinal Images',
    'We develop two networks: RetiNet (Retinal Inspection Network): A classifier achieving 97.4% accuracy on five classes. LesionSeg-2 (Lesion Segmenter): For lesion maps, reaching a Dice score of 0.91.'
  )

  it.each([
    [97.4, 'RetiNet'],
    [0.91, 'LesionSeg-2']
  ])('value %s belongs to %s', (value, model) => {
    expect(extractClaims(contributions).find((row) => row.value === value)?.model).toBe(model)
  })

  it('reads a label of a number as no model', () => {
    const claim = extractClaims(paper('Scans at Scale', 'We test three sets. ZetaQA: 60.2%, ZetaMed: 57.5%.')).find((row) => row.value === 60.2)
    expect(claim?.model).not.toBe('ZetaQA')
  })

  it('reads a label that names a benchmark as the benchmark, not a model', () => {
    const claim = extractClaims(paper('Scans at Scale', 'GSM8K: We reach 85.2% accuracy.')).find((row) => row.value === 85.2)
    expect(claim).toMatchObject({model: null, benchmark: 'GSM8K'})
  })
})

describe('the model a method runs on', () => {
  it('reads `With X and our framework, we achieve …` as X', () => {
    const claims = extractClaims(paper('Tutor Prompts for Math', 'With Llama-3-70B and our framework, we achieve accuracies of 91.2% on SVAMP and 77.5% on AQuA.'))
    expect(claims.map((row) => row.model)).toEqual(['Llama-3-70B', 'Llama-3-70B'])
  })
})

describe('a capitalised acronym the abstract goes on using', () => {
  it('is the method (`… Mamba blocks (Zim)`, then `Zim is …`)', () => {
    const zim = paper(
      'Vision Zamba: Efficient Visual Representation Learning',
      'We propose a new generic vision backbone with bidirectional Zamba blocks (Zim), which marks image sequences with position embeddings. On ImageNet, Zim achieves higher performance than DeiT. Overall, Zim reaches 81.2% top-1 accuracy.'
    )
    expect(extractClaims(zim).find((row) => row.value === 81.2)?.model).toBe('Zim')
  })
})

describe('the model a method is applied to', () => {
  it.each([
    'We present ZetaThink. Moreover, when applied to a non-reasoning model (Qwen-2.5-7B-Instruct), our framework boosts its accuracy from 74.0% to 81.8%.',
    'We present ZetaThink. Applied to Qwen-2.5-7B-Instruct, ZetaThink raises accuracy from 74.0% to 81.8%.'
  ])('%s', (abstract) => {
    const claim = extractClaims(paper('ZetaThink: Small Models Reason Better', abstract)).find((row) => row.value === 81.8)
    expect(claim).toMatchObject({model: 'Qwen-2.5-7B-Instruct', method: 'ZetaThink'})
  })
})

describe('an item of a list of models', () => {
  it('is not the subject of the list’s result: the method is', () => {
    const claims = extractClaims(paper('ZetaPO: Monolithic Preference Optimization', 'We present ZetaPO. Specifically, fine-tuning Phi-2 (2.7B), Llama-2 (7B), and Mistral (7B) with ZetaPO on UltraFeedback alone surpasses larger models, achieving up to 12.20% on AlpacaEval.'))
    expect(claims.find((row) => row.value === 12.2)?.model).toBe('ZetaPO')
  })
})


describe('a method named in a title about testing', () => {
  const tool = paper(
    'Quorv: Execution-driven Regression Testing with LLMs',
    'In this paper, we propose Quorv, a novel execution-driven tool that prompts an LLM for tests. Quorv can find regressions for 72.4% of the program pairs in our benchmark.'
  )

  it('is the method when the abstract calls it a tool, not a benchmark', () => {
    expect(extractClaims(tool).find((row) => row.value === 72.4)).toMatchObject({model: 'Quorv', benchmark: null})
  })
})

describe('a method written like a registry benchmark’s variant', () => {
  const chapter = paper(
    'ARC-Lattice: Structuring Long Lectures into Chapters',
    'We introduce ARC-Lattice, a video chaptering model. Experiments show that ARC-Lattice outperforms the previous best by 9.2% in F1 score.'
  )

  it('is the model, not the benchmark', () => {
    expect(extractClaims(chapter).find((row) => row.delta === 9.2)).toMatchObject({model: 'ARC-Lattice', benchmark: null})
  })
})

describe('a name before `gain` after a comparative', () => {
  it('qualifies the gain; it is no subject', () => {
    const claims = extractClaims(paper('T', 'We observe that the lowest-baseline model (Gemini) shows a much larger Z-A gain (+1.006) than the strongest model.'))
    expect(claims[0]?.model).not.toBe('Z-A')
  })
})

describe('a parenthesis that opens with a system, then its number', () => {
  it.each([
    ['The weakest model shows a much larger gain (+1.006) than the strongest model (Claude, +0.217).', 0.217, 'Claude'],
    ['We ranked 1st, outperforming the strongest baseline (gpt-oss-120b, 0.639).', 0.639, 'gpt-oss-120b']
  ])('%s', (abstract, number, model) => {
    const claim = extractClaims(paper('T', abstract)).find((row) => row.value === number || row.delta === number)
    expect(claim?.model).toBe(model)
  })
})

describe('one model name of several sizes before a list as long', () => {
  it('names each item in turn', () => {
    const claims = extractClaims(paper('T', 'Across Qwen9-1.7B/4B/8B, ZetaSchedule outperforms supervised fine-tuning, improving averages by +5.6, +5.0, and +4.8 points.'))
    expect(claims.map((claim) => claim.model)).toEqual(['Qwen9-1.7B', 'Qwen9-4B', 'Qwen9-8B'])
  })
})

describe('a name before `provides`', () => {
  it('is the subject of the result', () => {
    const claims = extractClaims(paper('T', 'Across Qwen-3 models, ZetaGround provides consistent gains of up to 23% on OmegaQA.'))
    expect(claims[0]?.model).toBe('ZetaGround')
  })
})

describe('a plural of other systems as the subject', () => {
  it('takes no system from the sentences before', () => {
    const abstract =
      'We created a dataset using three language models: Llama-9, OmegaSeek-R1, and KappaStral. We found that naive semantic similarity approaches based on embedding vectors provide results of up to 0.8 recall.'
    expect(extractClaims(paper('Overview of the Zeta Detection Task', abstract))[0]?.model).toBeNull()
  })
})

describe('words the abstract makes an adjective', () => {
  it('name no method: `a Vision-Language Model (VLM)-based construction`', () => {
    const abstract =
      'Methodologically, we present a Zeta-Language Model (ZLM)-based automatic graph construction. Coarse-grained graphs are most effective for layout evaluation (Spearman rho = 0.610).'
    expect(extractClaims(paper('Level-of-Graphs for Floorplans', abstract))[0]?.model).not.toBe('Zeta-Language Model')
  })
})

describe('an acronym of a kind of system or technique', () => {
  it.each([
    ['Optimal modality weighting with 30% text and 30% OCR improves performance by 57.3% over text-only baselines.', 57.3],
    ['Our models surpass the strongest SOTA baselines with an average 26.8% improvement in Recall@10.', 26.8],
    // (A kind of model, introduced by its expansion: `Neural Machine Translation (NMT)`.)
    ['We develop Neural Machine Translation (NMT) models for English-to-Zeta. With transfer learning, we observe a gain of +4.11 BLEU points.', 4.11]
  ])('is no subject: %s', (abstract, delta) => {
    const model = extractClaims(paper('Zeta: Weighting Modalities', abstract)).find((row) => row.delta === delta)?.model
    expect(['OCR', 'SOTA', 'NMT']).not.toContain(model)
  })

  it('a training recipe still names the variant trained with it', () => {
    const claim = extractClaims(paper('T', 'With a two-utterance history, SFT with Whisper hypotheses reduces WER from 5.59% to 5.47%, and DPO further improves to 5.17%.')).find((row) => row.value === 5.17)
    expect(claim?.model).toBe('DPO')
  })
})

describe('many unnamed systems as the subject', () => {
  it.each([
    'Using Zorbit, we construct Zorbit-12, a suite of 12 games, on which seven language models achieve 31.5% normalized reward.',
    'We present Zorbit. On Zorbit-12, most current LLMs still score only 31.5% accuracy.',
    // (A verb of falling short, with a participle after a comma, or `plateau`.)
    'We present Zorbit. Experiments show that current agents struggle on Zorbit-12, achieving an average accuracy of 31.5%.',
    'We present Zorbit. Even frontier models plateau below 31.5% success on Zorbit-12.'
  ])('is no model, not the paper’s method: %s', (abstract) => {
    const claim = extractClaims(paper('Zorbit: Generated Games for Agents', abstract)).find((row) => row.value === 31.5)
    expect(claim).toBeDefined()
    expect(claim!.model).toBeNull()
  })
})

describe('a title head of several words that the abstract introduces', () => {
  const forcing = paper(
    'Motion Anchoring: Efficient Streaming Video Generation',
    'To address this, we introduce Motion Anchoring, a novel framework with two key designs. First, we propose EMA-Cache, which keeps fixed-size tokens. Experiments show that Motion Anchoring achieves streaming generation at 23.1 FPS on a single H100 GPU.'
  )

  it('is the method, not a component introduced later', () => {
    expect(extractClaims(forcing).find((row) => row.value === 23.1)).toMatchObject({model: 'Motion Anchoring'})
  })
})

describe('a name the abstract says it coined', () => {
  it('is the method (`we propose Prompt Redesign for Scaling, coined PRZ`)', () => {
    const coined = paper(
      'Rethinking Prompts for Scaling at Inference Time',
      'We propose Prompt Redesign for Scaling, coined PRZ, a framework that revises the prompt. Extensive experiments show the effectiveness of our approach, including a 15% gain on VBench.'
    )
    expect(extractClaims(coined).find((row) => row.delta === 15)).toMatchObject({model: 'PRZ'})
  })
})

describe('a word the abstract gives as a name', () => {
  it('is the method whatever its shape (`an attack called Staccato`)', () => {
    const called = paper(
      'The Staccato Multi-Turn Jailbreak Attack',
      'In this paper, we introduce a novel jailbreak attack called Staccato. We present a tool that automates it. Our tool surpasses other jailbreaking techniques on AdvBench, achieving 29-61% higher performance on GPT-4.'
    )
    expect(extractClaims(called).find((row) => row.valueLow === 29)).toMatchObject({model: 'Staccato'})
  })
})

describe('a method named inside a longer name', () => {
  it('is not read inside it, and the last item of a list keeps its system', () => {
    const dream = paper(
      'Zeta-VL & Zeta-VLA: Open Vision-Language Models',
      'We introduce Zeta-VL. Zeta-VLA achieves 96.1% average success rate on LIBERO, 70.2% overall average on SimplerEnv-Bridge, and 59.9% overall average on SimplerEnv-Fractal, surpassing leading models such as GR00T-N1.'
    )
    const claims = extractClaims(dream)
    expect(claims.map((row) => row.model)).toEqual(['Zeta-VLA', 'Zeta-VLA', 'Zeta-VLA'])
  })
})

describe('a -Bench name the abstract calls a tool', () => {
  const tool = paper(
    'GateBench: Automatic Testbench Generation for Circuits',
    'To address this, we introduce GateBench, the first LLM-based testbench generator for circuit design. GateBench achieves a 41% improvement in the pass@1 ratio compared with the baseline.'
  )
  const benchmark = paper(
    'FooBench: Benchmark-Free Evaluation of Reasoning',
    'We introduce FooBench, an evaluation framework that generates problems. Models such as Qwen2.5-72B achieve average accuracies of 33.6%.'
  )

  it('is the method, not a benchmark', () => {
    expect(extractClaims(tool).find((row) => row.delta === 41)).toMatchObject({model: 'GateBench', benchmark: null})
  })

  it('stays a benchmark when it is an evaluation framework', () => {
    expect(extractClaims(benchmark).find((row) => row.value === 33.6)).toMatchObject({benchmark: 'FooBench'})
  })
})

describe('a method whose name holds a family name', () => {
  it('is named whole (`Cosmos Policy`, not the family `Cosmos`)', () => {
    const policy = paper(
      'Cosmos Policy: Fine-Tuning Video Models for Control',
      'We introduce Cosmos Policy, a simple approach. In our evaluations, Cosmos Policy achieves 97.9% average success rate on LIBERO.'
    )
    expect(extractClaims(policy).find((row) => row.value === 97.9)).toMatchObject({model: 'Cosmos Policy'})
  })
})

describe('a title head with its expansion in parentheses', () => {
  it('names the method, which is then no benchmark (`the Planner in ZRPG`)', () => {
    const framework = paper(
      'ZRPG (Decompose, Retrieve, Plan, Generate): An Agentic Framework for Rebuttal',
      'We present an agentic framework for rebuttals. Notably, the Planner in ZRPG reaches over 97% accuracy in identifying the best direction.'
    )
    expect(extractClaims(framework).find((row) => row.value === 97)).toMatchObject({model: 'ZRPG', benchmark: null})
  })
})

describe('a title head the registry knows as a benchmark', () => {
  it('names the paper’s benchmark (`HellaSwag: Can a Machine …`)', () => {
    const hella = paper(
      'HellaSwag: Can a Machine Really Finish Your Sentence?',
      'We present HellaSwag, a new challenge dataset. Though its questions are trivial for humans (>95% accuracy), state-of-the-art models struggle (<48%).'
    )
    expect(extractClaims(hella).find((row) => row.value === 48)).toMatchObject({benchmark: 'HellaSwag', model: null})
  })

  it('stays the method when the abstract calls it a system (`WebVoyager, an … web agent`)', () => {
    const voyager = paper(
      'WebVoyager: Building an End-to-End Web Agent with Large Multimodal Models',
      'We introduce WebVoyager, an innovative Large Multimodal Model powered web agent. We show that WebVoyager achieves a 55.7% task success rate.'
    )
    expect(extractClaims(voyager).find((row) => row.value === 55.7)).toMatchObject({model: 'WebVoyager'})
  })
})

describe('a title that asks a question after its name', () => {
  it('names the paper’s data set, not its method (`ZetaClimate: Do LLMs …?`)', () => {
    const asks = paper(
      'ZetaClimate: Do LLMs Accurately Assess Human Expert Confidence in Climate Statements?',
      'We introduce a dataset of expert-labeled statements. Using this dataset, we show that recent LLMs can classify expert confidence, with limited (up to 45%) accuracy.'
    )
    expect(extractClaims(asks).find((row) => row.value === 45)).toMatchObject({benchmark: 'ZetaClimate', model: null})
  })
})

describe('an acronym right after `our`', () => {
  it('is the method when the abstract names none otherwise (`Our ZARS runs at …`)', () => {
    const ours = paper(
      'Making Every Frame Count: Continuous Activity Recognition at the Edge',
      'Our ZARS runs at speeds above 30 FPS on edge devices and outperforms all baselines by 1.1% to 70.2% in accuracy.'
    )
    expect(extractClaims(ours).find((row) => row.valueLow === 1.1)).toMatchObject({model: 'ZARS'})
  })
})

describe('a word the abstract says is a model', () => {
  it('is the method (`We introduce Zodex, a GPT language model …`)', () => {
    const zodex = paper(
      'Evaluating Language Models Trained on Code',
      'We introduce Zodex, a GPT language model fine-tuned on public code. Using repeated sampling, we solve 68.1% of our problems.'
    )
    expect(extractClaims(zodex).find((row) => row.value === 68.1)).toMatchObject({model: 'Zodex'})
  })
})

describe('a short title the abstract introduces by its words', () => {
  const title = 'Lattice Flow Samplers'
  const abstract =
    'Sampling is slow. We propose lattice flow samplers, a new family of models that map noise to data in one step. They set a new state-of-the-art FID of 2.91 on CIFAR-10.'

  it('is the method, as the abstract writes it', () => {
    expect(extractClaims(paper(title, abstract)).find((row) => row.value === 2.91)).toMatchObject({model: 'lattice flow samplers'})
  })

  it('is not, when the abstract does not introduce it', () => {
    const other = abstract.replace('We propose lattice flow samplers', 'We study lattice flow samplers')
    expect(extractClaims(paper(title, other)).find((row) => row.value === 2.91)?.model).toBeNull()
  })
})

describe('a title head that names an environment or a suite', () => {
  it.each([
    ['Zeta-Gym: Scalable Task Generation via Environment Inversion', 'Agents trained on it improve by 21.1% on held-out tasks.'],
    ['Zeta-Suite: Massive Human-annotated Demonstrations for Agents', 'Current foundation action models struggle, with a 60% task failure rate.']
  ])('%s is not the method', (title, abstract) => {
    expect(extractClaims(paper(title, abstract))[0]?.model).toBeNull()
  })
})

describe('a name the abstract introduces as what tests something', () => {
  it('is a benchmark, not the method', () => {
    const abstract =
      "We introduce zetaCTX, which tests a model's ability to prove theorems that depend on new definitions. Our file-tuned model improves performance on the standard miniF2F benchmark, achieving a pass rate of 33.61%."
    const claim = extractClaims(paper('zetaCTX: Neural Theorem Proving with Contexts', abstract))[0]
    expect(claim?.model).not.toBe('zetaCTX')
  })
})

describe('a title head the abstract opens with as its task', () => {
  it('names no method', () => {
    const abstract = 'Zeta workload allocation often requires complex configurations. Our system reaches >95% subset accuracy with Qwen9-Max.'
    expect(extractClaims(paper('Zeta Workload Allocation: Semantic Soft Affinity', abstract))[0]?.model).not.toBe('Zeta Workload Allocation')
  })

  it('still names it when the abstract writes it as a name too', () => {
    const abstract = 'Zeta workload allocation often requires complex configurations. We present Zeta Workload Allocation, which reaches >95% subset accuracy.'
    expect(extractClaims(paper('Zeta Workload Allocation: Semantic Soft Affinity', abstract))[0]?.model).toBe('Zeta Workload Allocation')
  })
})

describe('the system a proposed course of action goes through', () => {
  it('is the method', () => {
    const abstract =
      'We propose to address these problems via ZQD^{A}, a parameter-efficient score adaptation model. In our experiments, ZQD^{A} produces more accurate results than current methods, improving from 34.4 to 35.1 MRR.'
    expect(extractClaims(paper('Adapting Neural Link Predictors for Data-Efficient Query Answering', abstract))[0]?.model).toBe('ZQD^{A}')
  })
})

describe('a model named by its size that owns the measure', () => {
  it('is the model', () => {
    const abstract = "With the assistance of the 32B reasoning model, the 1.5B model's accuracy on MATH500 increases from 83.2% to 89.4%."
    expect(extractClaims(paper('Zeta Thinking: Small Models Guided', abstract))[0]?.model).toBe('1.5B model')
  })

  it('is not when another system is named after it', () => {
    const abstract = "Here the 1.5B model's accuracy with Llama-9-8B as its teacher increases from 83.2% to 89.4%."
    expect(extractClaims(paper('T', abstract))[0]?.model).not.toBe('1.5B model')
  })
})

describe('the system right before `from A to B`', () => {
  it.each([
    ['ZetaPlan enhances baseline performances by 4.6x for Qwen9-Max and even more for older models like Qwen9-Mini from 0% to 5%.', 5, 'Qwen9-Mini'],
    ['ZetaRL improves the reward of Llama-9-8B from 1.19 to 1.43.', 1.43, 'Llama-9-8B']
  ])('%s', (abstract, value, model) => {
    expect(extractClaims(paper('T', abstract)).find((claim) => claim.value === value)?.model).toBe(model)
  })

  it('is not a comparator', () => {
    const claims = extractClaims(paper('ZetaRL: Rewards', 'ZetaRL scores higher than Llama-9-8B from 1.19 to 1.43.'))
    expect(claims.find((claim) => claim.value === 1.43)?.model).not.toBe('Llama-9-8B')
  })
})

describe('a model written in LaTeX', () => {
  it.each([
    ['In simulation, $\\pi_{0.5}$ reaches only 21.5% task success under oracle plans.', 'π0.5'],
    ['It improves $\\pi_0$ from 41.6% to 85.7% on ZetaSkill.', 'π0'],
    ['We test OpenVLA and $\\pi_{0.5}$, with +24% success on OpenVLA and +20% on $\\pi_{0.5}$.', 'π0.5']
  ])('%s', (abstract, model) => {
    expect(extractClaims(paper('T', abstract)).at(-1)?.model).toBe(model)
  })
})

describe('a system is not its own comparator', () => {
  it('the names after `compared to`, `respectively`, are the comparators', () => {
    const claims = extractClaims(paper('T', 'Our method achieves average success rate improvements of 23.2% and 16.8% compared to Llama-9-8B and Qwen9-7B-Instruct, respectively.'))
    expect(claims.map((claim) => [claim.model, claim.baseline])).toEqual([
      [null, 'Llama-9-8B'],
      [null, 'Qwen9-7B-Instruct']
    ])
  })

  it('a lone score labelled by the comparator is its own, with no comparator', () => {
    const abstract = 'On 17 benchmarks, pairing a memory with Pythia-9-410M raises its average score from 29.86 to 37.34, surpassing Pythia-9-12B (37.24) with 39% fewer parameters.'
    const claims = extractClaims(paper('Memory at Scale: A Parametric Memory', abstract))
    // (The comparator's own score is its model's, with no comparator.)
    expect(claims.find((claim) => claim.value === 37.24)).toMatchObject({model: 'Pythia-9-12B', baseline: null})
    for (const claim of claims) if (claim.model !== null) expect(claim.model).not.toBe(claim.baseline)
  })
})

describe('a system named in its appositive', () => {
  it('is the subject of the result verb after it', () => {
    const abstract =
      'With our method, named Zeta-Gym, 1,655 tasks are derived. Moreover, our fine-tuned model, named OmegaCoder, achieves absolute improvements of +21.1% (to 46.1%) on Terminal-Bench.'
    expect(extractClaims(paper('Zeta-Gym: Scalable Task Generation', abstract))[0]?.model).toBe('OmegaCoder')
  })
})

describe('the benchmark a paper introduces under its title name', () => {
  it('is the benchmark of `on X` and of later sentences, over a registry name before it', () => {
    const claims = extractClaims(
      paper(
        'ZUBA: Enterprise Computer Use Benchmark',
        'We introduce ZUBA, a benchmark designed to evaluate computer-use agents. Agents strong on related benchmarks like OSWorld only have less than 5% success rate on ZUBA. With demonstrations, success rates can be improved to 50%.'
      )
    )
    expect(claims.map((claim) => claim.benchmark)).toEqual(['ZUBA', 'ZUBA'])
  })

  it('is the benchmark, not the method, when the abstract calls the title name a benchmark', () => {
    const claim = extractClaims(
      paper('MMZ-Life: Piecing Together Real-life Scenes', 'To fill this gap, we introduce MMZ-Life, a comprehensive benchmark of images. Even top models like GPT-5 achieve only 58% accuracy.')
    )[0]
    expect(claim).toMatchObject({benchmark: 'MMZ-Life', model: 'GPT-5', method: null})
  })

  it('is the acronym in the title that the abstract calls the first benchmark', () => {
    const claim = extractClaims(
      paper(
        'Probing the Turning Point (TurnPt) of AI Reasoning: a Frontier Physics Benchmark',
        'We present the TurnPt (Turning Point Test, pronounced "turning point"), the first benchmark designed to test LLMs on research-level physics. The best average accuracy among base models is only 4.0%.'
      )
    )[0]
    expect(claim).toMatchObject({benchmark: 'TurnPt', model: null})
  })
})

describe('a system named after `with`', () => {
  it('is the system when a result verb follows and no other system is named before it', () => {
    const claim = extractClaims(paper('Hybrid Retrieval for Live Test Sets', 'We show that neural re-ranking with ZetaRank improves MAP from 0.523 to 0.797.'))[0]
    expect(claim?.model).toBe('ZetaRank')
  })

  it('is the method applied to a model named before it', () => {
    const claim = extractClaims(paper('ZetaNeg: Temporal Negatives for Retrieval', 'Fine-tuning Contriever with ZetaNeg improves Recall@5 by 7.4 points on Natural Questions.'))[0]
    expect(claim).toMatchObject({model: 'Contriever', method: 'ZetaNeg'})
  })
})

describe('an acronym for a kind of system', () => {
  it('is no method (`Foundation Model (FM)-based agents`)', () => {
    const claim = extractClaims(
      paper(
        'Tool Descriptions Are Smelly',
        'The protocol introduces a specification that defines how Foundation Model (FM)-based agents call tools. Augmenting the descriptions improves task success rates by 5.85 percentage points.'
      )
    )[0]
    expect(claim?.model).toBeNull()
  })
})

describe('an acronym after an expansion joined by `and`', () => {
  it('is the method, not the words before `and`', () => {
    const claim = extractClaims(
      paper('Exploratory Agents via Hybrid RL', 'We propose Zeta Exploratory Memory-Augmented On- and Off-Policy Optimization (ZEMPO), a hybrid RL framework. On ScienceWorld, our method achieves 128.6% improvements over GRPO.')
    )[0]
    expect(claim?.model).toBe('ZEMPO')
  })

  it('is not a parenthesised label far into a clause (`for a user query (Task1)`)', () => {
    const claim = extractClaims(
      paper('Semantic QA over Records', 'This paper proposes a novel approach to semantic QA over EHRs by first identifying the most relevant FHIR resources for a user query (Task1). Fine-tuned LLMs outperform GPT-4 by 0.55% in F1 score.')
    )[0]
    expect(claim?.model).not.toBe('Task1')
  })
})

describe('a name before a noun that looks like a verb', () => {
  it('is no subject (`higher SLO attainment and 3.4x …`)', () => {
    const claims = extractClaims(paper('ZETA: SLO-Driven Scheduling', 'ZETA achieves up to 35x higher SLO attainment and 3.4x advantage in task completion time.'))
    expect(claims.map((claim) => claim.model)).toEqual(['ZETA', 'ZETA'])
  })
})

describe('the name a paper gives its method, in more ways', () => {
  it.each([
    [
      'Griddle: Hierarchical Memory for Agents',
      'Agents jointly introduce costly approximate nearest neighbor (ANN) searching problems. We present Griddle, a multi-tier agentic memory system. Experiments show that it achieves 3.1x higher throughput.',
      'Griddle'
    ],
    [
      'Look Wide, Think Less: Agentic Search',
      'In this work, we propose \\emph{Look Wide, Think Less} (LWTL), a framework for agentic search. We train an agent, achieving 45.1% on GAIA.',
      'LWTL'
    ],
    ['ZK Losses: Direct Optimization', 'To address this, we propose ZK losses, special training objectives. We report gains of up to 8% in acceptance length.', 'ZK losses'],
    [
      'Can We Predict Before Running Agents?',
      'Finally, we instantiate this framework in ZETAAGENT, an agent that predicts then verifies, achieving a 5x acceleration in convergence.',
      'ZETAAGENT'
    ]
  ])('%s', (title, abstract, method) => {
    expect(extractClaims(paper(title, abstract)).at(-1)?.model).toBe(method)
  })
})

describe('a benchmark introduced as a framework for evaluating', () => {
  it('is the benchmark of the results, not their method', () => {
    const claims = extractClaims(
      paper(
        'Zeta Puzzle Bench: A Benchmark for Multi-Step Verifiable Reasoning',
        'We introduce Zeta Puzzle Bench, a framework for evaluating large language model reasoning through pencil puzzles. With iteration, ZetaModel-3 rises from 0.3% to 30.0%.'
      )
    )
    expect(claims).toHaveLength(1)
    expect(claims[0]!.benchmark).toBe('Zeta Puzzle Bench')
    expect(claims[0]!.method).toBeNull()
  })
})

describe('a benchmark the abstract introduces under a title that does not name it', () => {
  const title = 'How Many Instructions Can Models Follow at Once?'
  const abstract =
    'We introduce ZetaScale, a simple benchmark of 500 keyword-inclusion instructions. We evaluate 20 models and find that even the best frontier models only achieve 68% accuracy at the highest density. Fine-tuning raises accuracy on OmegaQA by 4.1%.'

  it('is the last resort of a claim that names no benchmark', () => {
    const claims = extractClaims(paper(title, abstract))
    expect(claims.map((claim) => claim.benchmark)).toEqual(['ZetaScale', 'OmegaQA'])
  })

  it('is not the benchmark of a claim about the method of the same name', () => {
    const claims = extractClaims(
      paper('Omnidirectional Spatial Modeling from Correlated Panoramas', 'We introduce ZetaPano, the first benchmark of correlated panoramas. Experiments show that ZetaPano achieves state-of-the-art performance, with gains of 5.37% overall.')
    )
    expect(claims[0]).toMatchObject({model: 'ZetaPano', benchmark: null})
  })
})

describe('a benchmark of the paper named after a registry benchmark', () => {
  it('is read whole, not as the registry name inside it (`MME` in `Zeta-MME`)', () => {
    const claims = extractClaims(
      paper(
        'Zeta-MME: Evaluating Agentic Multimodal Models',
        'We introduce Zeta-MME, a benchmark for agentic multimodal reasoning. On Zeta-MME, the best model achieves 56.3% overall accuracy.'
      )
    )
    expect(claims.map((claim) => claim.benchmark)).toEqual(['Zeta-MME'])
  })
})

describe('the model a change verb improves', () => {
  it('is the object of `boosting X by N`, not the family named before', () => {
    const claims = extractClaims(
      paper('ZetaGym: Verifiable Environments for Science Agents', 'Training on ZetaGym yields gains across Qwen3 models of varying sizes on ScienceAgentBench, boosting Qwen3-32B by 7.8 absolute points.')
    )
    expect(claims.map((claim) => claim.model)).toEqual(['Qwen3-32B'])
  })
})

describe('a task acronym the abstract defines', () => {
  it('is no method (`Super-resolution (SR)`)', () => {
    const claims = extractClaims(
      paper(
        'Efficient Vision Mamba for MRI Super-Resolution',
        'Super-resolution (SR) can enhance resolution post-scan. We propose a novel SR framework combining state-space models with a channel MLP. For prostate data: SSIM=0.770+-0.049, PSNR=27.15+-2.19 dB.'
      )
    )
    expect(claims.map((claim) => claim.model)).toEqual([null, null])
  })
})

describe('`our design` after the systems it is benchmarked against', () => {
  const nerf = paper(
    'ZetaNeRF: Memory Efficient Volumetric Rendering on Edge Devices',
    'When benchmarked against Jetson XNX, RT-NeRF.Edge and NeuRex.Edge, our design achieves speedups of 95.1$\\times$, 1.5$\\times$ and 10.3$\\times$, respectively.'
  )

  it.each([[95.1], [1.5], [10.3]])('speed-up %s is ZetaNeRF', (delta) => {
    expect(extractClaims(nerf).find((row) => row.delta === delta)).toMatchObject({model: 'ZetaNeRF'})
  })
})

describe('a compound adjective the abstract introduces is no name', () => {
  const rank = paper(
    'Rethinking Lead Scoring with LLM-based Preference Ranking',
    'We introduce an LLM-based discriminative framework for lead scoring. On top of this framework, we propose ZetaRank (Zeta Ranking Optimization). Experiments show a 9.5% sales volume uplift.'
  )

  it('names ZetaRank, not `LLM-based`', () => {
    expect(extractClaims(rank)[0]).toMatchObject({model: 'ZetaRank', delta: 9.5, metric: 'sales volume'})
  })
})

describe('a name glued to its expansion', () => {
  const bird = paper(
    'Better Starts: Bootstrapped Distillation for Reasoning',
    'In this paper, we propose ZETA(Zero-shot Efficient Trace Alignment), a two-stage distillation method. On MATH-500, it improves accuracy from 86.2% to 92.0%.'
  )

  it('names ZETA, not its expansion', () => {
    expect(extractClaims(bird)[0]).toMatchObject({model: 'ZETA', value: 92, baselineValue: 86.2})
  })
})

describe('a title name that starts in lower case or ends in an extension', () => {
  it.each([
    ['zVLA-RL: Dense Rewards for Robot Policies', 'To solve this, we propose \\textbf{zVLA-RL}. Experiments show a success rate of 97.4% on LIBERO.', 'zVLA-RL'],
    ['qi-Flow: Few-Step Generation with Policies', 'On ImageNet, it attains an FID of 2.91.', 'qi-Flow'],
    ['zeta-ranker-v2.5: An Efficient Listwise Reranker', 'zeta-ranker-v2.5 reaches 61.20 nDCG@10 on BEIR.', 'zeta-ranker-v2.5'],
    // (And a capitalised name with a file extension.)
    ['Zetabody.cpp: A Portable Inference Runtime', 'The deployments achieve a success rate of 91.0% on real robots.', 'Zetabody.cpp']
  ])('%s names its method', (title, abstract, model) => {
    expect(extractClaims(paper(title, abstract))[0]).toMatchObject({model})
  })

  it('names a two-word method whose first word is lower case', () => {
    const studio = paper('zeta2zeta Studio: A Platform for Alignment Algorithms', 'We present zeta2zeta Studio, a platform. Internal benchmarks show speedups of up to 900x over the Python version.')
    expect(extractClaims(studio)[0]).toMatchObject({model: 'zeta2zeta Studio', delta: 900})
  })
})

describe('a checkpoint of the method', () => {
  it('is the more specific system', () => {
    const s = paper('z1: Simple Test-Time Scaling', 'Scaling z1-32B with budget forcing goes from 50% to 57% on AIME24.')
    expect(extractClaims(s)[0]).toMatchObject({model: 'z1-32B', method: 'z1', value: 57})
  })

  it('makes a title name a system, even under a title about a corpus', () => {
    const whisper = paper(
      'zetaWhisper: Construction of a Medical Speech Corpus and Whisper Fine-Tuning',
      'Our best system, fully fine-tuned zetaWhisper-Medium, achieves a Word Error Rate (WER) of 23.44%.'
    )
    expect(extractClaims(whisper)[0]).toMatchObject({model: 'zetaWhisper-Medium', benchmark: null, value: 23.44})
  })
})

describe('a name the abstract introduces as a measure', () => {
  it('is not the method', () => {
    const diag = paper(
      'Topology-Aware Training for Bundle Segmentation',
      'To quantify this, we introduce Spill32, a spatial diagnostic measuring pixels outside a tolerance band. In validation, a QuarkNet union raises recall from 0.818 to 0.933.'
    )
    expect(extractClaims(diag)[0]).toMatchObject({model: null, value: 0.933})
  })
})

describe('an acronym of a task or an idea, and a name the paper calls its approach', () => {
  const relations = paper(
    'Peeking inside: Learning for Explainable Extraction',
    'This paper introduces a framework for relation extraction (RE). We call our approach ZetaRE. For example, our reasoning with Qwen2.5-7B-Instruct on One-shot QX29 achieves 24.65% F1.'
  )

  it('names the approach, not the task, nor the data after `on`', () => {
    expect(extractClaims(relations)[0]).toMatchObject({value: 24.65, model: 'ZetaRE'})
  })

  it('leaves an idea the paper introduces unnamed', () => {
    const idea = paper('Scaffolding Amplifies Sycophancy', 'We introduce the concept of agentic sycophancy amplification (ZSA). Scaffolded agents agree with false claims 38.5% more often.')
    expect(extractClaims(idea)[0]).toMatchObject({model: null, delta: 38.5})
  })
})

describe('a challenge the abstract names', () => {
  it('is the benchmark of results that name none', () => {
    const game = paper(
      'Acquire and Repair: A Post-Training Recipe for Game Agents',
      'We study this setting in the QX Playroom Challenge 2026 with a 2B model. Our submission improves public clemscore from 10.67 to 38.92.'
    )
    expect(extractClaims(game)[0]).toMatchObject({benchmark: 'QX Playroom Challenge 2026', value: 38.92})
  })
})

describe('a title that calls its name a system for evaluation', () => {
  it('names the method, not a benchmark', () => {
    const judge = paper('ZQQA: An Agentic Approach for Video Evaluation and Quality Improvement', 'ZQQA achieves absolute improvements of +11.57% on T2V-CompBench.')
    expect(extractClaims(judge)[0]).toMatchObject({model: 'ZQQA', delta: 11.57})
  })

  it('leaves an evaluation framework a benchmark', () => {
    const hunt = paper('ZetaHunt: An Evaluation Framework for Data Propagation in Agents', 'On ZetaHunt, the best agent leaks data in 41.2% of runs.')
    expect(extractClaims(hunt)[0]).toMatchObject({benchmark: 'ZetaHunt', value: 41.2})
  })
})

describe('a two-word acronym the abstract introduces', () => {
  it('names the method when its first word is an acronym', () => {
    const cascade = paper(
      'Cascade Drafting for Even Faster Inference',
      'We introduce Zeta Cascade Drafting (ZC Drafting), a speculative execution algorithm. ZC Drafting achieves up to an 81 percent additional speedup over speculative decoding.'
    )
    expect(extractClaims(cascade)[0]).toMatchObject({model: 'ZC Drafting', delta: 81})
  })

  it('leaves a track of a challenge unnamed', () => {
    const track = paper(
      'ZETA CREST System Description for the QX-M Challenge',
      'This report presents the ZETA CREST system description for Track 1 (Speaker Diarization) of the QX-M challenge. The system achieved a DER of 10.37% on the development set.'
    )
    expect(extractClaims(track)[0]?.model).not.toBe('Speaker Diarization')
  })
})

describe('a method called a framework or an implementation', () => {
  it.each([
    ['Spider-Zense: Intrinsic Risk Sensing for Agent Defense', 'We propose Spider-Zense framework, an event-driven defense framework. Experiments show that Spider-Zense achieves a marginal latency overhead of 8.3%.', 'Spider-Zense'],
    ['Executing as You Generate: Hiding Execution Latency', 'We then present Zeager, a concrete implementation featuring AST-based chunking. Zeager reduces the non-overlapped execution latency by up to 99.9%.', 'Zeager']
  ])('%s names its method', (title, abstract, model) => {
    expect(extractClaims(paper(title, abstract))[0]).toMatchObject({model})
  })
})

describe('a word proposed to do something and used as a name', () => {
  it('is the method', () => {
    const bridge = paper(
      'Generalized Parallel Scaling with Interdependent Generations',
      'We propose Zridge to generate interdependent responses in parallel. With few new parameters, Zridge improves accuracy by up to 50%. Trained once, Zridge scales to any width.'
    )
    expect(extractClaims(bridge)[0]).toMatchObject({model: 'Zridge', delta: 50})
  })
})

describe('a plain word introduced with a long appositive, and a checkpoint with active parameters', () => {
  it('names the method after up to four describing words', () => {
    const orion = paper(
      'Improving LLM Reasoning via Dependency-Aware Query Decomposition',
      'We propose Zorion, a novel and efficient reasoning framework that decomposes queries. Experiments show that Zorion not only delivers up to 4.33x higher token generation speed and 3.42x lower answer latency over the baselines but also improves reasoning quality by up to 18.75%.'
    )
    const claims = extractClaims(orion)
    expect(claims.map((claim) => [claim.model, claim.baseline, claim.delta])).toEqual([
      ['Zorion', 'baselines', 4.33],
      ['Zorion', 'baselines', -3.42],
      ['Zorion', 'baselines', 18.75]
    ])
  })

  it('keeps an audit framework a benchmark', () => {
    const audit = paper('ZetaTRACE: Auditing Deep Research Systems', 'We introduce ZetaTRACE, a novel sociotechnically grounded audit framework. Citation accuracy ranges from 40% to 80% across systems.')
    expect(extractClaims(audit)[0]?.model).not.toBe('ZetaTRACE')
  })

  it('keeps the active parameters of a checkpoint', () => {
    const fold = paper('ZetaFold: Long-Horizon Web Agents', 'With supervised fine-tuning, our ZetaFold-30B-A3B agent achieves 36.2% on BrowseComp.')
    expect(extractClaims(fold)[0]).toMatchObject({model: 'ZetaFold-30B-A3B', value: 36.2})
  })
})

describe('a name between the words that describe it and its kind', () => {
  it('is the method', () => {
    const indicator = paper(
      'Verifying Reasoning Paths via Correlation Matrix Rank',
      'We design a simple, plug-and-play Zelf-Indicator method to reweight candidate reasoning paths. It improves the accuracies on three reasoning benchmarks by more than 8%.'
    )
    expect(extractClaims(indicator)[0]).toMatchObject({model: 'Zelf-Indicator', metric: 'accuracy', delta: 8})
  })
})

describe('a title whose name comes before `for`', () => {
  it('names the method when the abstract uses the word as a name', () => {
    const saarthi = paper(
      'Zaarthi for AGI: Towards Domain-Specific General Intelligence for Formal Verification',
      'We extend Zaarthi with structured rulebooks, so that Zaarthi verifies designs end to end. With them, Zaarthi achieves a 70% improvement in the accuracy of generated assertions.'
    )
    expect(extractClaims(saarthi)[0]).toMatchObject({model: 'Zaarthi', delta: 70})
  })

  it('does not name a common word the abstract does not use as a name', () => {
    const attention = paper('Attention for Long Documents: A Study', 'Sparse attention improves accuracy by 3% on long documents.')
    expect(extractClaims(attention)[0]?.model).not.toBe('Attention')
  })
})

describe('a title that opens with a phrase of what the paper does', () => {
  it.each([
    ['Towards Reliable Zenchmarking: A Contamination-Free Evaluation Framework', 'ZetaGen raises the success rate of GPT-5 from 62.5% to 81.3%.'],
    ['Beyond Z1: Evaluating Coverage in Security Scanners', 'ZetaScan achieved 100% precision on labeled families.'],
    ['Where to Zook: Can Foundation Models Reach a Target Viewpoint?', 'The strongest model reaches only 7.8% success.']
  ])('%s names no benchmark', (title, abstract) => {
    const head = title.slice(0, title.indexOf(':'))
    const claim = extractClaims(paper(title, abstract))[0]
    expect(claim?.benchmark).not.toBe(head)
    expect(claim?.model).not.toBe(head)
  })
})

describe('a method of several capitalised words that the title names', () => {
  const insertion = paper(
    'Beyond Replication: Faster Zero-shot Reranking with Batched Zeta Insertion',
    'Building on these findings, we introduce Batched Zeta Insertion, a novel approach that reuses the first ranking. Experiments show a 28% reduction in query time.'
  )

  it('is the model of the claims that name none', () => {
    expect(extractClaims(insertion).map((claim) => claim.model)).toEqual(['Batched Zeta Insertion'])
  })

  it('is not taken from capitalised words the title does not name', () => {
    const other = paper('Beyond Replication: Faster Zero-shot Reranking', insertion.abstract)
    expect(extractClaims(other).map((claim) => claim.model)).toEqual([null])
  })
})

describe('a title head that names its benchmark with an article and a kind', () => {
  it('names the benchmark without them', () => {
    const pacifist = paper('The ZacifAIst Benchmark: Would an AI Choose to Sacrifice Itself?', 'GPT-5 recorded the lowest P-Score (79.49%).')
    expect(extractClaims(pacifist)[0]?.benchmark).toBe('ZacifAIst')
  })
})

describe('`it` after a sentence that is a label of a system', () => {
  const toolkit = paper(
    'ZetaSpeech: An Open Speech Toolkit',
    'ZetaVAD: An ultra-lightweight voice activity module. On the ZETA-102 benchmark, it achieves 97.57% frame-level F1. ZetaLID: A language identification module. On FLEURS, it achieves 97.18% utterance-level accuracy.'
  )

  it('is the labelled system', () => {
    expect(extractClaims(toolkit).map((claim) => claim.model)).toEqual(['ZetaVAD', 'ZetaLID'])
  })
})

describe('words that describe a system rather than name it', () => {
  it.each([
    ['ZetaBEV: Camera-Only Perception', 'Our YOLOv11-based perception framework achieves 85-90% vehicle detection rates.'],
    ['Zeta Height: Monocular Height Estimation', 'The best method improves its F1HE score by 44.2 percent.']
  ])('%s', (title, abstract) => {
    const [claim] = extractClaims(paper(title, abstract))
    expect(claim).toBeDefined()
    expect(claim!.model ?? '').not.toMatch(/-based$|^F1HE$/u)
  })
})

describe('a method name written before a LaTeX dash', () => {
  it('ends at the dash', () => {
    const halc = paper('Introducing ZALC: A General Pipeline', 'We propose ZALC$-$a general pipeline for prompts. It reaches 81.2% accuracy.')
    const [claim] = extractClaims(halc)
    expect(claim?.model).toBe('ZALC')
    expect(claim?.method ?? null).not.toBe('ZALC$-$a')
  })
})

describe('a paper that introduces a set of items to evaluate on', () => {
  // `a gymnasium of 12 environments for evaluating …` is a benchmark, not the system.
  const gym = paper(
    'ZetaGym: Environments for Agents',
    'We introduce ZetaGym, a gymnasium of 12 environments for evaluating and training agents. All frontier models reach only a 40.2% success rate.'
  )

  it('gives its claims that benchmark and no system', () => {
    expect(extractClaims(gym).find((row) => row.value === 40.2)).toMatchObject({model: null, benchmark: 'ZetaGym'})
  })
})

describe('the best of the systems surveyed, unnamed', () => {
  const bench = paper(
    'ZetaSeeker: Browsing Agents that Verify',
    'We propose ZetaSeeker, a browsing agent, and the OmegaBench benchmark. Even state-of-the-art models achieve only 36% accuracy on OmegaBench. The strongest closed-source system we evaluate reaches 0.855. As a result, the top agent\'s score decreases from 78.80% to 62.20%. Even the strongest model recovers both accounts on only 52.4% of questions.'
  )

  it.each([[36], [0.855], [62.2], [52.4]])('the score %s has no model', (value) => {
    const claim = extractClaims(bench).find((row) => row.value === value)
    expect(claim).toBeDefined()
    expect(claim!.model).toBeNull()
  })

  it('a named best system keeps its name', () => {
    const named = paper('ZetaBench: A Hard Benchmark', 'We introduce ZetaBench. The best model, OmegaLM-7B, achieves only 41.5% on ZetaBench.')
    expect(extractClaims(named).find((row) => row.value === 41.5)?.model).toBe('OmegaLM-7B')
  })
})

describe('a name made an adjective names no system', () => {
  it('`DAG-based topological complexity` is not the subject a later sentence leans on', () => {
    const claims = extractClaims(paper('T', 'ZetaMaze adopts a design: DAG-based topological complexity. PRR plummets by around 37% in these scenarios.'))
    expect(claims).toHaveLength(1)
    expect(claims[0]!.model).toBeNull()
  })
})

describe('the method an abstract introduces, however written', () => {
  it.each([
    ['We developed ZetaPilot, a self-evolving multi-agent system. It achieves a gate pass rate of 89.5% on ZetaLab.', 'ZetaPilot'],
    ['We propose \\emph{ZetaTTA}, a test-time skill synthesis method. Task-specific skills improve ZetaSheet Pass@1 from 0.397 to 0.505.', 'ZetaTTA']
  ])('%s', (abstract, method) => {
    const claims = extractClaims(paper('Skills on the Fly: Adaptive Agents', abstract))
    expect(claims).toHaveLength(1)
    expect(claims[0]!.model).toBe(method)
  })

  it('a method others proposed is not the paper’s', () => {
    const claims = extractClaims(paper('On Agents', 'Prior work proposed OmegaPilot for this. Agents reach a gate pass rate of 89.5% on ZetaLab.'))
    expect(claims[0]!.model).not.toBe('OmegaPilot')
  })
})

describe('the system a score was reached by', () => {
  it.each([
    ['The best average accuracy among base models is only 4.0%, achieved by Qwen9-Max (high).', 4, 'Qwen9-Max'],
    ['The best accuracy is 71.2%, obtained by Kappa-72B.', 71.2, 'Kappa-72B']
  ])('%s', (abstract, value, model) => {
    expect(extractClaims(paper('T', abstract)).find((row) => row.value === value)?.model).toBe(model)
  })
})

describe('two scores, each `for` its system', () => {
  it.each([
    ['Closed models lead overall (e.g., 42.66 for Kappa-70B vs. 30.45 for Omega-9B).', 'Kappa-70B', 'Omega-9B'],
    ['The judge agrees more often: 81.2% for Kappa-72B compared to 64.0% for Omega-8B.', 'Kappa-72B', 'Omega-8B']
  ])('%s', (abstract, model, baseline) => {
    const row = extractClaims(paper('T', abstract))[0]
    expect([row?.model, row?.baseline]).toEqual([model, baseline])
  })
})

describe('an acronym of the problem a method is for', () => {
  it('names no method', () => {
    const abstract = 'In this paper we present a variational algorithm for the Zeta Salesman Problem (ZSP) that reuses circuits. The resulting Ansatz reaches 90% on 5 city cases.'
    const claims = extractClaims(paper('Freeze and Conquer: Reusable Circuits', abstract))
    expect(claims.find((row) => row.value === 90)?.model).not.toBe('ZSP')
  })

  it('a method written before `for` keeps its acronym', () => {
    const abstract = 'We present Retrieval Augmented Generation for Code (RAGC), a new approach. RAGC reaches 90% on ZetaEval.'
    expect(extractClaims(paper('T', abstract)).find((row) => row.value === 90)?.model).toBe('RAGC')
  })
})

describe('the benchmark of a claim from earlier sentences', () => {
  const benchmarkOf = (abstract: string, number: number) => extractClaims(paper('ZetaSQL: Rewards for Text-to-SQL', abstract)).find((row) => row.value === number || row.delta === number)?.benchmark

  it('is a data set named after `the` and describing words (`On the seven-language ZetaSpider dataset`)', () => {
    const abstract = 'On the seven-language ZetaSpider dataset, ZetaSQL improves execution accuracy to 84.2%. ZetaSQL further improves semantic accuracy to 61.3 percent (+5.1 pp).'
    expect(benchmarkOf(abstract, 84.2)).toBe('ZetaSpider')
    expect(benchmarkOf(abstract, 61.3)).toBe('ZetaSpider')
  })

  it('is a data set called one, not a plain word for a part of it (`On the Challenge subset`)', () => {
    const abstract = 'We present ZetaMath. On the Challenge subset, frontier models reach 30.4%.'
    expect(benchmarkOf(abstract, 30.4)).not.toBe('Challenge')
  })

  it.each([
    // (A sentence that opens with its own setting, or a number on kinds of items of its own.)
    ['On the ZetaDock benchmark, ZetaFold reduces median RMSD from 3.1 to 2.2. On unseen sequences, the closed loop raises validity from 87.5% to 98.7%.', 98.7],
    ['On the ZetaDock benchmark, ZetaFold reduces median RMSD from 3.1 to 2.2. It yields improvements of approximately 30% on challenging tasks including folding.', 30]
  ])('is none where the sentence names its own setting: %s', (abstract, number) => {
    expect(benchmarkOf(abstract, number)).toBeNull()
  })

  it('is none for a sentence that opens with an aggregate listing its members (`on three benchmarks -- A, B (OntoNotes), and C -- …`)', () => {
    const abstract = 'Empirically, on three benchmarks -- long-document parsing, role labeling (OntoNotes), and event extraction -- ZetaMem achieves a 62% reduction in peak memory.'
    expect(benchmarkOf(abstract, -62)).toBeNull()
  })

  it('is still the benchmark of kinds of items an earlier sentence gives it (`ZetaEval spans … repository-level tasks`)', () => {
    const abstract = 'We present ZetaEval, a benchmark. ZetaEval spans both function-level and repository-level tasks. The best model reaches 22.7% on function-level tasks and 20.0% on repository-level tasks.'
    expect(extractClaims(paper('ZetaEval: Evaluating Code Generation', abstract)).find((row) => row.value === 20)?.benchmark).toBe('ZetaEval')
  })
})

describe('a title name that starts in lower case', () => {
  it('is the method where the abstract presents it (`presents the zIQ Quark efficient-NPU`)', () => {
    const abstract = 'This paper presents the zIQ Quark efficient-NPU, with a co-designed compiler. Compared to the leading embedded NPU, our solution achieves an average speedup of 1.7x.'
    expect(extractClaims(paper('zIQ Quark: Redefining Edge Inference', abstract))[0]?.model).toBe('zIQ Quark')
  })

  it('is not taken from lower-case words (`we introduce institutional red-teaming`)', () => {
    const abstract = 'We introduce institutional zeta-teaming, a method. Changing only the rule moves mean fatality by 22 to 58 percentage points.'
    expect(extractClaims(paper('Institutional Zeta-Teaming: Rules Shape Safety', abstract))[0]?.model).not.toBe('institutional zeta-teaming')
  })
})

describe('a list of systems, each with its score in parentheses', () => {
  it('names items the registry does not know by their labels, where another label is a known system', () => {
    const abstract = 'Results show that GPT-4o achieves the highest success rate (93.1%), followed by Claude Pro (84.2%), Zeta Advanced (80.9%), and Omega AI (55.0%).'
    const models = extractClaims(paper('Benchmarking LLMs on Calculus', abstract)).map((row) => row.model)
    expect(models).toEqual(['GPT-4o', 'Claude Pro', 'Zeta Advanced', 'Omega AI'])
  })

  it('leaves a measure or a benchmark before the parenthesis alone (`accuracy (91.2%)`)', () => {
    const abstract = 'ZetaNet reaches high accuracy (91.2%), GPT-4o reaches 85.0%, and ZetaLite keeps recall (88.1%).'
    expect(extractClaims(paper('ZetaNet: A Test', abstract)).map((row) => row.model)).not.toContain('accuracy')
  })
})

describe('a change `for` a system inside a parenthesis', () => {
  it('is that system\'s, listed or not', () => {
    const abstract = 'Waterfall collaboration often reduces functional correctness (-31.5% for GPT-4o-mini and -35.2% for DeepSeek-Chat).'
    expect(extractClaims(paper('Process Models for Agents', abstract)).map((row) => row.model)).toEqual(['GPT-4o-mini', 'DeepSeek-Chat'])
  })

  it('is not, for the scores of those compared with (`76.7% vs. 53.3% for X and 24.4% for Y`)', () => {
    const abstract = 'ZetaBot surpasses state-of-the-art models on real robots (76.7% vs. 53.3% for GPT-4o and 24.4% for Claude-3).'
    expect(extractClaims(paper('ZetaBot: One Stream', abstract)).map((row) => row.model)).not.toContain('Claude-3')
  })
})

describe('a name set off by commas after the words for the paper\'s own system', () => {
  it('is the method (`our solution, Zeta Shield, achieves …`)', () => {
    const abstract = 'Our analysis shows that our solution, Zeta Shield, achieves the highest accuracy, with a 95% F1-score in PHI detection, outperforming Azure (90%).'
    expect(extractClaims(paper('Can APIs De-identify Clinical Text?', abstract))[0]?.model).toBe('Zeta Shield')
  })

  it('is the method over a title phrase, also in lower case with capitals inside (`our framework, \\emph{zetaTrace},`)', () => {
    const abstract = 'Our framework, \\emph{zetaTrace}, follows what we call neural crumbs. This approach achieves average AUC scores of 0.84 on popular benchmarks.'
    expect(extractClaims(paper('Neural Crumbs: Membership Inference', abstract))[0]?.model).toBe('zetaTrace')
  })
})

describe('the system whose measure a sentence opens with', () => {
  it('is the subject (`the KV cache size of Llama2-7B is reduced by 92.19%`)', () => {
    const abstract = 'For example, the KV cache size of Llama-2-13B is reduced by 90.6%, with only a 0.4% drop in LongBench performance.'
    expect(extractClaims(paper('Towards Economical Inference', abstract)).map((row) => row.model)).toEqual(['Llama-2-13B', 'Llama-2-13B'])
  })
})

describe('a pair whose scores are each labelled with a system', () => {
  it('gives the value\'s system as the model and the other as the comparator (`from 4.92 (NODE) to 0.26 (UDE)`)', () => {
    const claim = extractClaims(paper('ZetaODE: Learning Demand', 'Inventory RMSE drops from 4.90 (ZNODE) to 0.31 (ZUDE) under AR(1) demand.'))[0]
    expect([claim?.model, claim?.baseline]).toEqual(['ZUDE', 'ZNODE'])
  })
})


describe('`it` after the method introduced with a kind of system', () => {
  // `a novel AI agent` names a kind, not the system `it` means.
  const agent = paper(
    'Theorem Agent: An Agent-based Framework for Formal Proofs',
    'We present Theorem Agent, a novel AI agent for theorem proving that integrates language models with a proof assistant, Lean. Theorem Agent coordinates an informal reasoner and a formal prover. It achieves a 71.4% success rate on the MiniF2F benchmark.'
  )

  it('is the method', () => {
    expect(extractClaims(agent).find((row) => row.value === 71.4)?.model).toBe('Theorem Agent')
  })

  // `3D`, `2D`: dimensions, never a method's name.
  const perception = paper(
    'Sparse 3D Perception for Fruit-Picking Robots: A Two-Stage Approach',
    'We propose a novel 3D perception pipeline for picking robots. Results show the strength of our method, with an F1 score of 93.1% in 2D detection.'
  )

  it('no dimension is a model', () => {
    expect(extractClaims(perception).find((row) => row.value === 93.1)?.model).toBeNull()
  })
})

describe('a name before the verb `scores`', () => {
  it.each([
    ['e.g., Gemini 2.5 Pro scores 88.1% on ChartQA but only 51.2% on ChartQAPro.', 'Gemini 2.5 Pro'],
    ['Llama 3 scores 61.0% on ChartQA.', 'Llama 3']
  ])('%s', (text, model) => {
    const claims = extractClaims(paper('ZetaChart: A Harder Chart Benchmark', text))
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims) expect(claim.model).toBe(model)
  })

  it('not a measure named after a model', () => {
    const [claim] = extractClaims(paper('ZetaGen: Faster Images', 'ZetaGen raises CLIP scores of 0.31 to 0.35 on our prompts.'))
    expect(claim?.model).not.toBe('CLIP')
  })
})

describe('a name that opens in lower case', () => {
  it('is the subject of a result verb', () => {
    const claims = extractClaims(paper('Path Planning for Drones', 'Results show zRRT achieves a 100% success rate with an average runtime of 0.012s.'))
    expect(claims.map((claim) => claim.model)).toEqual(['zRRT', 'zRRT'])
  })

  it('not in the plural, a kind of system', () => {
    const claims = extractClaims(paper('Skipping Layers', 'Native zLLMs achieve up to 18.5% FLOPs reduction.'))
    expect(claims[0]!.model).toBeNull()
  })
})

describe('a number inside the method’s name', () => {
  it('is not a result', () => {
    const claims = extractClaims(
      paper('Zeta Robotics 2.5: Generalist Robots', 'We introduce Zeta Robotics 2.5, a vision-language-action model. First, Zeta Robotics 2.5 learns from many robots and reaches 71.2% on LIBERO.')
    )
    expect(claims.map((claim) => claim.value)).toEqual([71.2])
    expect(claims[0]!.model).toBe('Zeta Robotics 2.5')
  })
})

describe('data a setting comes from', () => {
  it('`ImageNet normalization` names no benchmark', () => {
    const claims = extractClaims(paper('CNNs on Satellite Tiles', 'With matched preprocessing (ImageNet normalization), ZetaNet-B0 reaches 93% test accuracy.'))
    expect(claims[0]!.benchmark).toBeNull()
  })

  it('a score on internal data takes no benchmark from elsewhere', () => {
    const claims = extractClaims(
      paper('Kidney Tumor Triage', 'We evaluate on one internal dataset and two external datasets (KiTS23 and TCGA-KiRC). Our best models achieve F1 = 0.81 on the internal test set.')
    )
    expect(claims[0]!.benchmark).toBeNull()
  })
})

describe('the data a corpus was made from', () => {
  it('is not the benchmark of later scores', () => {
    const claims = extractClaims(
      paper(
        'Arabic Captions with Retrieved Labels',
        'The label bank holds 21K labels translated from the Visual Genome dataset. The results show that ZetaCap achieved the best BLEU-1 (5.34%) and cosine similarity (60.01%).'
      )
    )
    expect(claims.map((claim) => claim.benchmark)).toEqual([null, null])
  })
})

describe('a set of the authors’ own that opens the sentence', () => {
  it('takes no benchmark from earlier sentences', () => {
    const claims = extractClaims(
      paper('Zero-shot Report Labels', 'External validation was conducted using the CT-RATE dataset. On the manually annotated set, ZetaLab achieved the top macro-F1 (0.82).')
    )
    expect(claims[0]!.benchmark).toBeNull()
  })
})

describe('the subject of an absolute phrase', () => {
  it('`with X close behind (0.89)` is X’s score', () => {
    const claims = extractClaims(paper('Zero-shot Report Labels', 'On CT-RATE, Llama-3.1 8B performed best (0.91), with Gemma-3 27B close behind (0.89).'))
    expect(claims.map((claim) => claim.model)).toEqual(['Llama-3.1 8B', 'Gemma-3 27B'])
  })
})

describe('a compound participle before a noun', () => {
  it('`LLM-generated edits` introduces no system', () => {
    const claims = extractClaims(
      paper('Subjectivity in Narrative Claims', 'We introduce LLM-generated edits of summaries as a nuanced evaluation of claims. We show that the rewrite metric yields a 21% absolute improvement in annotator agreement.')
    )
    expect(claims[0]!.model).not.toBe('LLM-generated')
  })
})

describe('an expansion with a dash between its parts', () => {
  it('introduces the acronym after it', () => {
    const claims = extractClaims(
      paper(
        'Multimodal Foundation Model for Activity Analysis',
        'We propose Activity Sensing and Representation Learning - Multimodal Foundation Model (ASRL-MFM), a model of four modalities. Our method achieved an F1-score of 0.6226.'
      )
    )
    expect(claims[0]!.model).toBe('ASRL-MFM')
  })
})

describe('classical learners the registry knows', () => {
  it('`Random Forest achieved …` names the system', () => {
    const claims = extractClaims(paper('Predicting Malignancy from Impedance', 'Results demonstrate that Random Forest achieved the highest predictive accuracy of ~ 90% when configured with a depth of 4.'))
    expect(claims[0]!.model).toBe('Random Forest')
  })

  it('an item of a list of names is no later sentence’s subject', () => {
    const claims = extractClaims(
      paper('Blood Pressure Prediction in the ICU', 'An ensemble combines Gradient Boosting, Random Forest, and XGBoost with 74 features. Internal validation achieved R^2 = 0.86 for systolic pressure.')
    )
    expect(claims[0]!.model).toBeNull()
  })
})

describe('an architecture named in a list of its parts', () => {
  it('`dense GQA, 48 layers` names no benchmark', () => {
    const claims = extractClaims(
      paper('Persistent KV Caches on the Edge', 'Evaluated on two architectures (Gemma 3 12B, dense GQA, 48 layers; Llama 3.1 8B, dense GQA, 32 layers), cache restoration reduces time-to-first-token by up to 120x.')
    )
    expect(claims[0]!.benchmark).toBeNull()
  })
})

describe('a method named in LaTeX in the title', () => {
  it.each([
    ['$Z^2$Net: Fast Retrieval with Two Towers', 'Z2Net'],
    ['$ζ_0$-Tune: Tuning Policies in Place', 'ζ0-Tune']
  ])('`%s` is the method as it reads in plain text', (title, method) => {
    const head = title.slice(0, title.indexOf(':'))
    const claims = extractClaims(paper(title, `We present ${head}, a new approach. Experiments show that ${head} improves recall by 4.1% over prior methods.`))
    expect(claims).toHaveLength(1)
    expect(claims[0]!.model).toBe(method)
  })
})

describe('model families the registry knows', () => {
  it.each([
    ['ZetaAlign raises LLaDA-8B-Instruct to 71.3% on GSM8K.', 'LLaDA-8B-Instruct'],
    ['Trained with ZetaRL, DiffuCoder-7B-Base reaches 67.1% on HumanEval.', 'DiffuCoder-7B-Base']
  ])('%s', (text, model) => {
    const claims = extractClaims(text)
    expect(claims).toHaveLength(1)
    expect(claims[0]!.model).toBe(model)
  })
})

describe('the system of a paper with one claim', () => {
  it.each([
    // A sample size in parentheses after an introduced system is no name.
    ['Lightweight Segmentation for Cardiac Ultrasound', 'We developed a lightweight ZetaNet-S that matches larger models on ZetaSeg (N=240) with a Dice score of 0.91.', 'ZetaNet-S'],
    // A measure the paper names with `called` is not its method.
    ['Leaking Prompts over the Network', 'We define a behavioral metric (called ZLS) to assess similarity, showing that our attack recovers over 70% of the domain knowledge.', null],
    // A title that introduces its system by a verb names it without the verb.
    ['Introducing ZetaDesk: An Assistant for Claims Adjusters', "Results underscore ZetaDesk's effectiveness, achieving an overall accuracy of 91.2% in retrieval tasks.", 'ZetaDesk']
  ])('%s', (title, abstract, model) => {
    const claims = extractClaims(paper(title, abstract))
    expect(claims).toHaveLength(1)
    expect(claims[0]!.model).toBe(model)
  })
})

describe('title heads the abstract does not spell as names', () => {
  it.each([
    // A coined word before the colon, over an abstract that speaks of its
    // own unnamed method, is that method's name.
    [
      'Glimmerlux: Real-time Relighting on Headsets',
      'We introduce a novel method that propagates light by diffusion. Our approach runs on edge devices, achieving speeds as high as 120 fps.',
      'Glimmerlux'
    ],
    // A name with capitals inside counts as a capitalised word of the head.
    [
      'Tswana nlpKit: A Morphological Analyzer for Setswana',
      'This paper presents Tswana nlpKit, an open-source, rule-based pipeline. Evaluation on two corpora yields 91% tagging accuracy.',
      'Tswana nlpKit'
    ]
  ])('%s', (title, abstract, model) => {
    expect(extractClaims(paper(title, abstract))[0]).toMatchObject({model})
  })

  it('a title word over an abstract that presents no method of its own names none', () => {
    const claims = extractClaims(paper('Glimmerlux: Light Effects in Scenes', 'Light effects in scenes are hard to render. Current renderers reach 120 fps on headsets.'))
    expect(claims[0]!.model).toBeNull()
  })
})

describe('title heads that are a clause', () => {
  it('a head the abstract writes in lower case as subject and verb names no method', () => {
    const abstract = 'We study agents on ZetaTasks and find that \\emph{stability amplifies outcomes}. Across runs, Claude achieves the highest accuracy (58%).'
    expect(extractClaims(paper('Stability Amplifies: How Variance Shapes Agents', abstract))[0]).toMatchObject({model: 'Claude', method: null})
  })

  it('a head the abstract writes in lower case as a noun phrase still names the method', () => {
    const abstract = 'We propose the sign estimator for preference data. In simulations, the sign estimator cuts estimation error by nearly 35% on ZetaPanel.'
    expect(extractClaims(paper('The Sign Estimator: Alignment under Heterogeneity', abstract))[0]).toMatchObject({model: 'The Sign Estimator'})
  })
})

describe('benchmarks released under a name', () => {
  it('a name ending in `Benchmark` that the paper releases is its benchmark, not its method', () => {
    const abstract = 'We release ZetaDRG-AI-Benchmark, the first public test-bed of hospital coding rules. In a demonstration, o3 scores 9 out of 9.'
    expect(extractClaims(paper('The ZetaDRG AI Benchmark for Language Models', abstract))[0]).toMatchObject({benchmark: 'ZetaDRG-AI-Benchmark', method: null})
  })
})

describe('title words inside a compound modifier', () => {
  it('`Corpus-Grounded` after the colon does not make the title a benchmark', () => {
    const abstract = 'We introduce ZetaRAG, a novel modular abstraction that splits retrieval pipelines into composable modules. Specifically, it achieves up to a 12% accuracy improvement over fine-tuning-based methods.'
    const [claim] = extractClaims(paper('ZetaRAG: A Modular and Composable RAG for Corpus-Grounded Question Answering', abstract))
    expect(claim).toMatchObject({model: 'ZetaRAG', benchmark: null, delta: 12})
  })
})

describe('a title head that names a measure', () => {
  it('a measure the paper proposes is no method, and its acronym in a parenthesis with a score is used', () => {
    const abstract = 'We propose a calibrated metric, Zeta Classification Accuracy (ZCA), which normalizes generative performance. The model reaches high visual quality (FID 8.93) but low semantic coverage (ZCA 0.27).'
    const claims = extractClaims(paper('Zeta Classification Accuracy: A Calibrated Metric for Generative Models', abstract))
    expect(claims.map((claim) => [claim.model, claim.metric])).toEqual([
      [null, 'FID'],
      [null, 'Zeta Classification Accuracy']
    ])
  })
})

describe('`It` after a sentence about the paper’s own system', () => {
  it('is that system, not a component an older sentence introduced', () => {
    const abstract =
      'Third, we propose a novel online entropy algorithm fused into FlashKernel, enabling fast updates for long sequences. Extensive experiments demonstrate that ZetaMonarch achieves comparable generation quality to full attention. It reduces attention FLOPs by a factor of 14.5.'
    const [claim] = extractClaims(paper('ZetaMonarch: Efficient Video Diffusion Transformers', abstract))
    expect(claim).toMatchObject({model: 'ZetaMonarch', delta: -14.5, unit: 'x'})
  })
})

describe('a system the sentence itself introduces', () => {
  it('owns the results of that sentence, not the paper’s method', () => {
    const abstract =
      'We introduce ZetaTriage, a few-shot approach that achieves 81.2% Macro F1. We also propose ZetaSift, an interpretability technique that finds influential log lines, reducing review effort by 61.5% on our data.'
    const claims = extractClaims(paper('Predicting Job Failures with ZetaTriage', abstract))
    expect(claims.map((claim) => claim.model)).toEqual(['ZetaTriage', 'ZetaSift'])
  })

  it('is not data the sentence introduces', () => {
    const abstract = 'We introduce ZetaVision-Bench, a benchmark of 653 real-world visual questions (0.81% survival from 80K candidates), each paired with a rewrite.'
    const [claim] = extractClaims(paper('What Users Leave Unsaid', abstract))
    expect(claim?.model).not.toBe('ZetaVision-Bench')
  })
})
