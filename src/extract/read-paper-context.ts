import {countNameMarks} from './count-name-marks.js'
import {checkpointSuffix} from './checkpoint-suffix.js'
import {genericAcronym} from './generic-acronym.js'
import {latexEmphasis} from './latex-emphasis.js'
import {isNounPhrase} from './resolve/is-noun-phrase.js'

/** What a per-paper pass learns before the sentences are read. */
export interface PaperContext {
  /** The paper's method (`DRPO`, `EMPO`), or null. */
  method: string | null
  /** The benchmark the paper introduces (`BeyondBench`), or null. */
  benchmark: string | null
  /**
   * A benchmark the abstract introduces (`we introduce IFScale, a benchmark
   * of …`) when neither the title nor the method names it: only the last
   * resort of a claim that names no benchmark, never read into sentences.
   */
  fallbackBenchmark?: string | null
}

const describedFor = /^(?:[a-z][a-z-]*\s){1,5}for\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,4}\s?$/u
const introduce =
  /\b(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|(?<=\b[Ww]e\s)(?:demonstrate|proposed|introduced|presented|developed|designed|built|created)|called|named|dubbed|termed|coined|release|releases|instantiate|instantiates)\s(?:(?:a|an|the|our|this|it|in|novel|new|simple|general|unified|lightweight|yet|effective|efficient|robust|scalable|principled|practical|solution|strategy|technique|paradigm|algorithm|system|pipeline|recipe|framework|method|approach|model|family|series|suite|benchmark|called|named|dubbed|termed)\s){0,6}((?:[^\s,;:.]|\.(?=\d)){2,40})/gu
const proposeVia = /\b[Ww]e\s(?:propose|aim|seek|set out)\sto\s[a-z]+\s(?:[a-z-]+\s){0,6}?(?:via|with|using|through)\s([^\s,;]{2,40}),\s(?:a|an)\s/u
// `PlanBench, a benchmark of …` right after an introducing verb: the paper's benchmark.
// (`the CritPt (Complex Research …), the first benchmark designed to …` too.)
// (Or a number of items to evaluate on: `VisGym, a gymnasium of 17 environments for evaluating …`.)
const benchmarkAppositive = /^(\S{1,40}?)(?:\s\([^()]{1,160}\))?,?\s(?:a|an|the first|the)\s(?:\S+\s){0,3}(?:benchmark|dataset|corpus|suite|testbed|leaderboard)\b|^(\S{1,40}?),\s(?:which|that)\s(?:tests|evaluates|measures|assesses|probes)\s(?:a|an|the|whether|how)\b|^(\S{1,40}?),\s(?:a|an)\s(?:[a-z-]+\s){0,2}[a-z-]+\sof\s[\d,]+\s(?:[a-z-]+\s){0,2}[a-z-]+s\sfor\s(?:evaluating|benchmarking|assessing|testing|measuring)\b/iu
// `Mokav, a novel execution-driven tool`: what the name is said to be (not
// `an evaluation framework` or `a framework for evaluating …`, which are benchmarks).
const methodAppositive =
  /^,?\s(?:a|an|the first|the)\s(?:(?!evaluation|benchmarking|testing|audit)[\w-]+\s){0,4}(?:tool|method|framework|approach|model|system|technique|algorithm|agent|pipeline|architecture|generator|workflow|toolkit|compiler|solver|planner|implementation|engine|runtime|scheduler|protocol)\b(?!\s(?:for|to)\s(?:evaluat|benchmark|test|assess|measur|prob))|^\s(?:framework|method|model|system|approach|agent|pipeline|algorithm|architecture),/iu
const measureAppositive = /^\S{1,40}?,\s(?:a|an|the)\s(?:[\w-]+\s){0,3}(?:metric|measure|diagnostic|score|index|criterion|statistic)\b/iu
// (`Cascade Speculative Drafting (CS Drafting)`, `(FEF NCL)`: two words when
// the first is an acronym, not `Track 1 (Speaker Diarization)`.)
const parenthesised = /\(([^\s(),;]{2,25}|\p{Lu}{2,8}\s\p{Lu}[^\s(),;]{1,15})\)/u
// The head word of a measure's name, ending a title's head of several words.
const measureTitleHead = /\s(?:Accuracy|Score|Rate|Error|Index|Ratio)$/u
// (`KMMLU: Measuring Massive Multitask …`, `BABILong: Testing the Limits of …`.)
// (Not the first part of a compound modifier: `RAG for Corpus-Grounded QA`.)
const benchmarkTitle = /\b(?:benchmark|benchmarking|dataset|corpus|suite|arena|leaderboard|evaluation|evaluating|measuring|testing|assessing|auditing)\b(?!-)/iu
// (A genre, not a name: `Replication Study: Federated …`, `Case Study: …`.)
const genericHead = /^(?:technical report|survey|position|a survey|review|tutorial|(?:an?\s)?(?:replication|case|empirical|pilot|user|comparative|systematic)\s(?:study|review)|position paper|perspective|commentary|short paper|extended abstract|white paper|vision paper)$/iu

// A name by its shape (not an acronym for a kind of system: `a large
// language model (LLM)-based user agent` introduces no system called LLM): two capitals or digits (`EMPO`, `MathNeuro`, `T5`), or
// joined parts (`Scaf-GRPO`, `COS(M+O)S`, `o1-preview`).
function isName(word: string): boolean {
  if (genericAcronym.test(word)) return false
  // (`(N=500)`, `(k=3)`: a setting or a sample's size, not a name.)
  if (/[=<>≤≥]/u.test(word)) return false
  if (word.length < 2 || word.length > 40 || !/\p{Lu}/u.test(word) || !/^[\p{L}\p{N}]/u.test(word)) return false
  const marks = countNameMarks(word)
  // `Fine-tuning` is a word; `Scaf-GRPO`, `COS(M+O)S` are names.
  return marks >= 2 || (/[-+(]/u.test(word) && /\p{Lu}/u.test(word.slice(1))) || /^\p{Lu}\p{Ll}+\.(?:cpp|js|py|rs|jl|ai)$/u.test(word)
}

// `The PacifAIst Benchmark`: the name a title head gives a benchmark, without
// its article and the word for what it is.
function benchmarkName(head: string): string {
  const bare = head.replace(/^The\s/u, '').replace(/\s(?:Benchmark|Dataset|Corpus|Suite)$/u, '')
  return bare !== head && isName(bare) ? bare : head
}

function titleHead(written: string): string | null {
  // (`$A^3$: …`, `$A^2Flow:$ …`, `$π_0$-EqM: …`: a name written in LaTeX, as it
  // reads in plain text, `A3`, `A2Flow`, `π0-EqM`.)
  const title = written.includes('$') ? written.replace(/\$([^$]{1,40})\$/gu, '$1').replace(/[{}]|[_^](?=[\p{L}\p{N}])/gu, '') : written
  const colon = title.indexOf(':')
  if (colon < 1) return null
  // (`DRPG (Decompose, Retrieve, Plan, Generate): …`: the name without its expansion.)
  // (`Introducing Axlerod: …`: the name without the verb that presents it.)
  const head = title.slice(0, colon).trim().replace(/\s?\([^()]{4,120}\)$/u, '').replace(/^(?:Introducing|Presenting|Meet)\s(?=\S)/u, '')
  if (genericHead.test(head)) return null
  const words = head.split(/\s+/u)
  if (words.length === 1) return /^[\p{Lu}\p{N}]/u.test(head) || lowerName.test(head) ? head : null
  if (words.length > 3) return null
  // `Scaf-GRPO Training`, `Speculative Thinking`, `Shona spaCy`: capitalised
  // words (or names with capitals inside), the first and last not a function word.
  const capitalised = words.every(
    (word, index) =>
      /^[\p{Lu}\p{N}(]/u.test(word) ||
      lowerName.test(word) ||
      (index > 0 && /^v\d[\d.]*$/u.test(word)) ||
      (index > 0 && index < words.length - 1 && /^(?:of|in|for|and|the|to|on|via)$/u.test(word))
  )
  return capitalised ? head : null
}

// A name that starts in lower case has capitals or digits inside
// (`dVLA-RL`, `pi-Flow`, `myMediWhisper`, `string2string`,
// `jina-reranker-v3.5`).
// An abstract that speaks of its own system without naming it.
const ownWork = /\b(?:[Ww]e\s(?:introduce|propose|present|develop|design)\s(?:a|an)\s|[Oo]ur\s(?:method|approach|framework|system|model|pipeline|technique|algorithm)\b)/u

const lowerName = /^\p{Ll}+(?:-\p{Ll}+)*-?[\p{Lu}\p{N}][\p{L}\p{N}.+-]*$/u

const callOurs = /\b[Ww]e\s(?:call|name|dub|term)\s(?:our|this|the)\s(?:(?:new|proposed)\s)?(?:approach|method|framework|model|system|technique|algorithm|pipeline|agent|architecture)\s([\p{L}\p{N}][\p{L}\p{N}.+-]{1,40}?)(?=[,;:]|\.(?:\s|$))/u

const compoundAdjective = /-(?:based|driven|powered|guided|aware|free|level|scale|style|like|centric|specific|agnostic|augmented|enhanced|generated|assisted|written|annotated|synthesized)$/iu

const kindThenName = /^\s(?:[a-z-]+\s){0,2}(?:algorithm|framework|method|model|approach|system|pipeline|agent|architecture|technique),\s(?:called\s|named\s)?(\p{Lu}[\p{L}\p{N}.+-]{1,30})(?=[,;:]|\s|\.(?:\s|$))/u

const namedKind =
  /\b(?:[Ww]e|paper|work)\s(?:\w+\s)?(?:propose|introduce|present|develop|design)\s(?:a|an|our)\s(?:[a-z][a-z-]*,?\s){1,4}(\p{Lu}[\p{L}\p{N}-]*)\s(?:method|framework|approach|algorithm|technique)\b/u

function introducedName(abstract: string, head: string | null, title = ''): string | null {
  // `We call our approach CogRE`: the paper naming its own system.
  const called = abstract.includes(' call') ? callOurs.exec(abstract)?.[1] : undefined
  if (called !== undefined && isName(called)) return called
  // `We propose to address these problems via CQD^{A}, a … model`: the system
  // a proposed course of action goes through.
  const via = abstract.includes(' to ') ? proposeVia.exec(abstract)?.[1] : undefined
  if (via !== undefined && isName(via)) return via
  for (const match of abstract.matchAll(introduce)) {
    const rest = abstract.slice(match.index + match[0].length - match[1]!.length, match.index + 240)
    // `we introduce PlanBench, a benchmark of …` introduces a benchmark, not the
    // method; `we introduce Excess32, a spatial diagnostic measuring …` a measure.
    if (benchmarkAppositive.test(rest) || measureAppositive.test(rest)) continue
    // (`a behavioral metric (called OBELS)`: the name of a measure, not of the method.)
    if (/^(?:called|named|dubbed|termed)\s/u.test(match[0]) && /\b(?:metric|measure|score|index|criterion|statistic)\s\(?$/iu.test(abstract.slice(Math.max(0, match.index - 20), match.index))) continue
    const stop = rest.search(/[.;]\s/u)
    const clause = stop > 0 ? rest.slice(0, stop) : rest
    // The capitalised words that follow: `EMPO`, `AI GameStore`, `Decoupled
    // Reward Policy Optimization (DRPO)`.
    const words: string[] = []
    // (`HALC$-$a general pipeline`: a LaTeX dash ends the name.)
    const written = clause.replace(/\$-{1,3}\$/gu, ' ').split(/\s+/u)
    for (const [index, word] of written.entries()) {
      // (A parenthesis the name closes is not the name's: `(called OBELS)`.)
      const bare = word.includes('(') ? word.replace(/[,:;]$|['’]s$/u, '') : word.replace(/\)?[,:;]$|['’]s$|\)$/u, '')
      // (`On- and Off-Policy Optimization (EMPO$^2$)`: a joining word between
      // capitalised ones belongs to the expansion, not to the name.)
      // (Or a dash between its parts: `Activity Understanding and Representations
      // Alignment - Multimodal Foundation Model (AURA-MFM)`.)
      const joining = words.length > 0 && /^(?:and|of|for|via|with|-|–|—)$/u.test(bare) && /^\p{Lu}/u.test(written[index + 1] ?? '') && /\(/u.test(clause.slice(0, 120))
      if (joining) {
        words.push(bare)
        continue
      }
      if (!/^[\p{Lu}\p{N}]/u.test(bare) || words.length >= 10) break
      // (`BIRD(Bootstrapped Iterative …)`: a name glued to its expansion.)
      const glued = /^([^()]+)\(\p{Lu}/u.exec(bare)
      if (glued) {
        words.push(glued[1]!)
        break
      }
      // (`an LLM-based discriminative framework`: a compound adjective before
      // a lower-case noun names no system; inside a name it is a word of it,
      // `Memory-Augmented On- and Off-Policy Optimization (EMPO$^2$)`.)
      if (words.length === 0 && compoundAdjective.test(bare) && /^\p{Ll}/u.test(written[index + 1] ?? '')) break
      words.push(bare)
      if (bare !== word) break
    }
    // (`we present a Vision-Language Model (VLM)-based automatic … construction`:
    // words made an adjective name the kind of system it uses, not it.)
    if (words.length > 0 && /^\s?(?:\([^()]{1,12}\))?-(?:based|driven|powered|guided|enabled)\b/u.test(clause.slice(clause.indexOf(words.at(-1)!) + words.at(-1)!.length))) continue
    // (`agents jointly introduce … nearest neighbor (ANN) searching`: an
    // acronym counts only where the paper itself introduces something.)
    const ownVoice = /^(?:called|named|dubbed|termed|coined)\s/u.test(match[0]) || /\b(?:we|paper|work|study|article|report|and)\s(?:\w+\s){0,2}$/iu.test(abstract.slice(Math.max(0, match.index - 30), match.index))
    const acronym = ownVoice ? parenthesised.exec(clause.slice(0, 160)) : null
    const paren = clause.indexOf('(')
    // `eRror-Injected Self-Editing (RISE)`: a short comma-free run up to the acronym.
    // (`a framework for relation extraction (RE)`, `the concept of agentic
    // sycophancy amplification (ASA)`: the acronym of a task or an idea, in
    // lower-case words, names no system; `a mixture of horizons (MoH)` does.)
    // (Nor a problem named after a lower-case description: `a variational
    // algorithm for the Traveling Salesman Problem (TSP)`.)
    const lead = clause.slice(0, paren)
    const task = acronym !== null && paren > 0 && (/\b(?:for|(?:concept|notion|phenomenon|problem|task|setting)\sof)\s(?:[a-z-]+\s){0,4}[a-z-]+\s?$/u.test(lead) || describedFor.test(lead))
    const expansion =
      acronym !== null &&
      !task &&
      ((words.length > 0 && paren <= words.join(' ').length + 2) ||
        (paren > 0 && paren <= 60 && !lead.includes(',')) ||
        // (`\emph{Search More, Think Less} (SMTL)`: capitalised words, commas and all.)
        /^(?:\\[a-z]+\{)?\p{Lu}[\p{L}-]*(?:,?\s\p{Lu}[\p{L}-]*){0,5}\}?\s?$/u.test(lead))
    // (`… bidirectional Mamba blocks (Vim)`: a capitalised word the abstract
    // goes on using as a name counts too.)
    // (`Foundation Model (FM)-based agents`: an acronym of a kind of system.)
    if (expansion && clause[acronym.index + acronym[0].length] !== '-' && (isName(acronym[1]!) || usedAsName(abstract, acronym[1]!))) return acronym[1]!
    // (`we propose LK losses, …` under `LK Losses: …`: the title's name as the abstract writes it.)
    // (`presents the eIQ Neutron efficient-NPU` under `eIQ Neutron: …`: a
    // name that starts in lower case is no capitalised word, but the title's.)
    if (words.length <= 1 && head !== null && head.includes(' ') && clause.toLowerCase().startsWith(head.toLowerCase()) && /^[\s,.;:)-]|^$/u.test(clause.slice(head.length, head.length + 1)) && (words.length === 1 || /\p{Lu}/u.test(clause.slice(0, head.length)))) return clause.slice(0, head.length)
    // (`a novel NL-PE algorithm, PEBOL, which …`: the name set off after the
    // kind of system is the system's; the one before it names its task.)
    const named = words.length === 1 ? kindThenName.exec(clause.slice(clause.indexOf(words[0]!) + words[0]!.length))?.[1] : undefined
    if (named !== undefined && isName(named)) return named
    if (words.length === 1 && isName(words[0]!)) return words[0]!
    // (`we propose Bridge to generate …`, and Bridge again later: a word
    // proposed to do something, and used as a name, is one.)
    if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) && /^\s?to\s[a-z]+/u.test(clause.slice(words[0]!.length)) && usedAsName(abstract, words[0]!)) return words[0]!
    // (`We introduce Codex, a GPT language model …`: a word said to be a system is a name.)
    if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) && methodAppositive.test(clause.slice(words[0]!.length))) return words[0]!
    // (`a novel jailbreak attack called Crescendo`: a word given as a name is one, whatever its shape.)
    if (words.length === 1 && /^(?:called|named|dubbed|termed|coined)\s/u.test(match[0]) && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!)) return words[0]!
    // (`we introduce Reward Forcing, a novel framework` under `Reward Forcing: …`.)
    if (words.length > 1 && head !== null && words.join(' ').replace(/[,.]$/u, '').toLowerCase() === head.toLowerCase()) return head
    if (words.length > 1 && words.length <= 5 && !words.includes('and') && words.some((word) => isName(word))) return words.join(' ').replace(/[,.]$/u, '')
    // (`we introduce Setwise Insertion, a novel approach` under `… with Setwise
    // Insertion`: capitalised words said to be a system, which the title names.)
    const phrase = words.join(' ').replace(/[,.]$/u, '')
    if (words.length > 1 && words.length <= 4 && !words.includes('and') && title.includes(phrase) && methodAppositive.test(clause.slice(phrase.length))) return phrase
    if (words.length === 0 && match[1] && isName(match[1]) && !compoundAdjective.test(match[1].replace(/[,:;]$/u, ''))) return match[1]
  }
  // `we design a simple, plug-and-play Self-Indicator method`: a name between
  // the words that describe it and the kind of system it is.
  const kind = abstract.includes(' method') || abstract.includes(' framework') ? namedKind.exec(abstract) : null
  if (kind && isName(kind[1]!)) return kind[1]!
  // `SparseVideoNav introduces …`, `CiteTracer is a …`: a name as a sentence's subject.
  for (const match of abstract.matchAll(subjectName)) {
    const name = match[1]!.replace(/[.,]$/u, '')
    if (isName(name) && !/^\p{Lu}+s$/u.test(name)) return name
  }
  return null
}

// `we propose Mokav, a novel execution-driven tool`.
function introducesAsMethod(abstract: string, name: string): boolean {
  const at = abstract.indexOf(name)
  if (at === -1) return false
  return introducing.test(abstract.slice(Math.max(0, at - 40), at)) && methodAppositive.test(abstract.slice(at + name.length, at + name.length + 80))
}

// The verbs by which an abstract brings in its own method.
const introducingVerbs = '(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs)'
const introducing = new RegExp(`\\b${introducingVerbs}\\s(?:\\w+\\s)?$`, 'u')

// `we introduce ZR-Bench, a maze benchmark`: the benchmark by its own name.
// (Benchmarks are also built or constructed, which methods are not said to be.)
const introduceBenchmark = /\b(?:introduce|introduces|present|presents|propose|proposes|release|releases|construct|constructs|build|builds)\s(?:the\s|a\s|an\s)?(?:new\s)?/gu

function introducedBenchmark(abstract: string): string | null {
  for (const match of abstract.matchAll(introduceBenchmark)) {
    const found = benchmarkAppositive.exec(abstract.slice(match.index + match[0].length, match.index + match[0].length + 120))
    const name = found?.[1] ?? found?.[2] ?? found?.[3]
    if (name !== undefined && isName(name)) return name
  }
  return null
}

// A capitalised word (`Vim`) written at least twice more with its capital
// inside sentences, as a name is.
function usedAsName(abstract: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,12}$/u.test(word)) return false
  let count = 0
  for (const _ of abstract.matchAll(new RegExp(`[\\p{Ll},]\\s${word}\\b`, 'gu'))) count++
  return count >= 2
}

const subjectName =
  /(?:^|[.!?]\s)([\p{Lu}][\p{L}\p{N}.+-]{1,30})\s(?:introduces|is|presents|proposes|uses|combines|achieves|leverages|learns|extends|enables|reaches|outperforms|improves|delivers|attains|sets|employs|builds|trains|generates|reduces|consists)\b/gu

// Whether an abstract that writes the phrase in lower case (opening with it
// in sentence case, as the task it is about: `Cluster workload allocation
// often requires …`) also writes it as a name, with its second word's capital.
function writtenAsName(abstract: string, phrase: string): boolean {
  const [first = '', second] = phrase.split(/\s+/u)
  if (second === undefined || !/^\p{Lu}/u.test(second)) return true
  if (abstract.includes(`${first} ${second[0]!}`)) return true
  // (Not a clause written in lower case, subject and verb: `consistency
  // amplifies outcomes` under `Consistency Amplifies: …`; `the sign
  // estimator` is still a name.)
  const words = `${first.toLowerCase()} ${second.toLowerCase()}`
  if (/[^su]s$/u.test(words) && abstract.toLowerCase().includes(words) && !isNounPhrase(words)) return false
  return !abstract.trimStart().startsWith(`${first} ${second[0]!.toLowerCase()}`)
}

// Whether the abstract writes the phrase, allowing a changed middle word
// (`Step Guided Reasoning` written `Step Guidance Reasoning`).
function usesPhrase(abstract: string, phrase: string): boolean {
  const lower = abstract.toLowerCase()
  const words = phrase.toLowerCase().split(/\s+/u)
  if (lower.includes(phrase.toLowerCase())) return true
  const first = words[0]!
  const last = words.at(-1)!
  let tries = 0
  for (let at = lower.indexOf(first); at !== -1 && tries < 50; at = lower.indexOf(first, at + 1), tries++) {
    const end = lower.slice(at + first.length, at + phrase.length + 12).indexOf(last)
    if (end !== -1) return true
  }
  return false
}

/**
 * The per-paper pass: the method's name (what the abstract introduces —
 * `we propose EMPO`, `… (DRPO)` — or the title's head before its colon, else
 * the name it gives its own model: `our model s1-32B`) and,
 * for papers that introduce a benchmark or data set, its name. A title head
 * that `isBenchmark` knows (`HellaSwag: Can a Machine …`) names the paper's
 * benchmark, unless the abstract calls it a system (`WebVoyager, an … web
 * agent`).
 *
 * @example
 * readPaperContext('DRPO: Efficient Reasoning', 'We propose DRPO, which …')
 * // {method: 'DRPO', benchmark: null}
 */
export function readPaperContext(title: string, written: string, isBenchmark: (name: string) => boolean = () => false): PaperContext {
  // (`We propose \\emph{SkillTTA}, a …`: the name as it reads, without its LaTeX emphasis.)
  const abstract = written.includes('\\') ? written.replace(latexEmphasis, '$1') : written
  const head = titleHead(title)
  if (head !== null && isBenchmark(head) && !introducesAsMethod(abstract, head)) return {method: null, benchmark: head}
  // `we introduce MMR-Life, a comprehensive benchmark …` under `MMR-Life: …`,
  // or `the CritPt (…), the first benchmark` under `… (CritPt) …`: the title's
  // name is the benchmark the paper introduces.
  const introducedBench = introducedBenchmark(abstract)
  if (introducedBench !== null && (introducedBench === head || title.includes(`(${introducedBench})`))) return {method: null, benchmark: introducedBench}
  const introduced = introducedName(abstract, head, title)
  // `we introduce VR-Bench`, `RecBench`, `we release X-AI-Benchmark`: a name like a benchmark's is the
  // benchmark the paper introduces, not its method.
  // (Not one the abstract calls a tool: `AutoBench, the first LLM-based testbench generator`.)
  if (introduced && /(?:bench(?:mark)?|eval|arena)$/iu.test(introduced) && !introducesAsMethod(abstract, introduced)) return {method: null, benchmark: introduced}
  const afterColon = title.slice(title.indexOf(':') + 1)
  // (`Mokav: … Differential Testing`, where the abstract calls Mokav a tool:
  // a method that tests, not a benchmark.)
  const namedMethod = head !== null && introducesAsMethod(abstract, head)
  // (`ClimateX: Do LLMs Accurately Assess …?`: a question after the colon asks
  // what the named data set shows.)
  const asks = /^\s?(?:Do|Does|Can|Are|Is|How|What|Which)\s[^?]{5,120}\?\s?$/u.test(afterColon)
  // (`VQQA: An Agentic Approach for Video Evaluation`, `APRES: An Agentic
  // Paper Revision and Evaluation System`: a system that evaluates is a method.)
  // (Not `MCPHunt: An Evaluation Framework for …`, a benchmark.)
  const systemTitle = /^\s?(?:An?|The)\s(?!(?:Unified\s|Open\s|Comprehensive\s|Scalable\s)?(?:Evaluation|Evaluating|Benchmark|Benchmarking|Testing|Assessment)\b)(?:[\p{L}-]+\s){0,5}(?:Approach|Framework|Method|System|Agent|Pipeline|Tool|Toolkit|Library|Architecture|Algorithm|Technique|Recipe)\b/u.test(afterColon)
  // (`fine-tuned myMediWhisper-Medium`: a name with a checkpoint is a system.)
  const checkpointed = head !== null && findCheckpoint(abstract, head)
  // (Not a phrase that says what the paper does: `Towards Reliable
  // Benchmarking: …`, `Purifying Multimodal Retrieval: …`.)
  const phrase = head !== null && /^(?:Towards?|Beyond|Rethinking|Revisiting|Purifying|Improving|Enhancing|Understanding|Evaluating|Benchmarking|Measuring|Exploring|Bridging|Unlocking|Boosting|Mitigating|Probing|Assessing|Auditing|On|When|Why|How|What|Where|Which|Who)\s/u.test(head)
  if (head && !phrase && !namedMethod && !checkpointed && !systemTitle && (/bench|eval|corpus|dataset|gym$|env$|suite$/iu.test(head) || benchmarkTitle.test(afterColon) || asks)) {
    // (`we introduce AI GameStore` in a paper titled `AI Gamestore: …` names the benchmark again.)
    return {method: introduced && introduced.toLowerCase() !== head.toLowerCase() ? introduced : null, benchmark: introducedBenchmark(abstract) ?? benchmarkName(head)}
  }
  // A one-word name before the colon (`DRPO:`, `CW-BASS v2:`) is the method;
  // a longer head (`Speculative Thinking:`) only when the abstract names none.
  const first = head?.split(/\s+/u)[0] ?? ''
  // (Or a coined word the abstract never writes, `Hybrelighter: …` over `We
  // introduce a novel method …`: not an English word the abstract would use.)
  const coined = head !== null && /^\p{Lu}\p{Ll}{5,}$/u.test(head) && !/ing$/u.test(head) && !abstract.toLowerCase().includes(head.toLowerCase()) && ownWork.test(abstract)
  const nameHead = head !== null && (head.split(/\s+/u).length === 1 || /^\S+ v?\d[\d.]*$/u.test(head)) && (isName(first) || lowerName.test(first) || coined)
  if (nameHead) return {method: head, benchmark: namedMethod ? introducedBenchmark(abstract) : null}
  // A phrase before the colon (`Speculative Thinking:`) names the method only
  // when the abstract uses it as a name too.
  // (As a name: with its capitals, not `Cluster workload allocation often requires …`.)
  // (Not the name of a measure the paper proposes: `Relative Classification Accuracy: …`.)
  const measureName = head !== null && measureTitleHead.test(head)
  const used = head !== null && !phrase && !measureName && usesPhrase(abstract, head) && writtenAsName(abstract, head)
  // (`Saarthi for AGI: …`: the name before `for`, when the abstract uses it as one.)
  const lead = head === null ? undefined : /^(\p{Lu}[\p{L}\p{N}.-]{2,30})\s(?:for|with)\s/u.exec(head)?.[1]
  const leadName = lead !== undefined && (isName(lead) || usedAsName(abstract, lead)) ? lead : null
  return {method: introduced ?? appositiveName(abstract) ?? (used ? head : null) ?? leadName ?? titleSubject(title, abstract) ?? introducedTitle(title, abstract) ?? ownModel(abstract), benchmark: namedChallenge(abstract), fallbackBenchmark: introducedBench}
}

// `Consistency Models` over `we propose consistency models, a new family of
// models`: a short title without a colon that the abstract introduces by its
// words is the method's name, as the abstract writes it.
function introducedTitle(title: string, abstract: string): string | null {
  const words = title.trim().split(/\s+/u)
  if (title.includes(':') || words.length < 2 || words.length > 4 || !words.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return null
  const phrase = words.join(' ').toLowerCase()
  const lower = abstract.toLowerCase()
  for (const match of lower.matchAll(introducesPhrase)) {
    const at = match.index + match[0].length
    const after = lower[at + phrase.length] ?? ''
    if (lower.startsWith(phrase, at) && !/[\p{L}\p{N}-]/u.test(after)) return abstract.slice(at, at + phrase.length)
  }
  return null
}

const introducesPhrase = new RegExp(`\\b${introducingVerbs}\\s(?:the\\s|a\\s|an\\s)?`, 'gu')

// `Muon is Scalable for LLM Training`: a capitalised word the title says
// something of is the method when the abstract writes it with its capital
// inside a sentence too (`… indicate that Muon achieves …`).
function titleSubject(title: string, abstract: string): string | null {
  const word = /^([\p{Lu}][\p{Ll}\p{N}-]{2,30})\s(?:is|are)\s/u.exec(title)?.[1]
  return word !== undefined && new RegExp(`[\\p{Ll},]\\s${word}\\b`, 'u').test(abstract) ? word : null
}

/**
 * `our model s1-32B exceeds …`: the name an abstract gives its own system
 * (global: read with `matchAll`).
 *
 * @example
 * [...'Our model Zeta-7B wins.'.matchAll(ownName)][0]?.[1] // 'Zeta-7B'
 */
export const ownName = /\b[Oo]ur (?:final |resulting |best )?(?:model|method|system|agent|approach),?\s([\p{L}\p{N}][\p{L}\p{N}.+-]{1,30})/gu

// `our solution, Healthcare NLP, achieves …`: a name set off by commas
// after the words for the paper's own system, whatever its shape.
// (Or one that starts in lower case, with capitals inside: `our framework, memTrace,`.)
const ownAppositive = /\b[Oo]ur\s(?:proposed\s)?(?:model|method|system|agent|approach|solution|framework|tool|pipeline),\s(\p{Lu}[\p{L}\p{N}.+-]{1,30}(?:\s\p{Lu}[\p{L}\p{N}.+-]{1,20}){0,2}|\p{Ll}+[\p{Lu}\p{N}][\p{L}\p{N}.+-]{0,30}),\s/u

function appositiveName(abstract: string): string | null {
  const appositive = abstract.includes('our ') || abstract.includes('Our ') ? ownAppositive.exec(abstract)?.[1] : undefined
  return appositive !== undefined && !genericAcronym.test(appositive) ? appositive : null
}

function ownModel(abstract: string): string | null {
  const name = abstract.matchAll(ownName).next().value?.[1]?.replace(/[.,;:]$/u, '')
  if (name !== undefined && /\d/u.test(name) && /\p{L}/u.test(name)) return name
  // `Our CARS runs at >30 FPS`: an acronym right after `our` is the system's name.
  const acronym = /\b[Oo]ur\s(\p{Lu}[\p{Lu}\p{N}-]{2,15})(?![\p{L}\p{N}])/u.exec(abstract)?.[1]
  return acronym !== undefined && !genericAcronym.test(acronym) && !/^\p{Lu}+s$/u.test(acronym) ? acronym : null
}

function findCheckpoint(abstract: string, name: string): boolean {
  for (let at = abstract.indexOf(name); at !== -1; at = abstract.indexOf(name, at + name.length)) {
    if (!/[\p{L}\p{N}]/u.test(abstract[at - 1] ?? '') && checkpointSuffix.test(abstract.slice(at + name.length, at + name.length + 40))) return true
  }
  return false
}

// `We study this setting in the LM Playschool Challenge`: a capitalised name
// that calls itself a challenge, a competition or a shared task.
const challenge = /\b(?:in|on|at|to)\s(?:the\s)?((?:\p{Lu}[\p{L}\p{N}-]*\s){1,4}(?:Challenge|Competition|Shared Task|Leaderboard)(?:\s(?:19|20)\d{2}\b)?)/u

function namedChallenge(abstract: string): string | null {
  return abstract.includes('Challenge') || abstract.includes('Competition') || abstract.includes('Shared Task') || abstract.includes('Leaderboard') ? (challenge.exec(abstract)?.[1] ?? null) : null
}
