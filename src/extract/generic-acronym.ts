/**
 * Acronyms of kinds of systems, techniques and tasks (`LLM`, `RAG`, `OCR`,
 * `SOTA`): they name no one system, so neither the paper's method nor the
 * subject of a result.
 *
 * @example
 * genericAcronym.test('RAG') // true
 * genericAcronym.test('EMPO') // false
 */
export const genericAcronym = /^(?:LLM|VLM|MLLM|LMM|LM|SLM|AI|ML|NLP|RL|SFT|DPO|GNN|CNN|RNN|DNN|VLA|API|GPU|ASR|TTS|QA|VQA|MoE|KV|CoT|ICL|RAG|SR|OCR|NER|MT|NMT|SMT|LSTM|MLP|GAN|VAE|KG|IR|CV|SOTA|SoTA|PEFT|[1-6]D|[3-6]G)s?$/u

/**
 * The training recipes among them (`SFT`, `DPO`, `RL`): no method's name,
 * but a result's subject names the variant trained with one (`DPO further
 * improves to 5.17%`).
 *
 * @example
 * trainingRecipe.test('DPO') // true
 */
export const trainingRecipe = /^(?:SFT|DPO|RL)$/u
