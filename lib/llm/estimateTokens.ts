import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';

/**
 * Margin over cl100k_base for the model families the organisation may run. Measured with
 * `node tests/scripts/token-margin.mjs` on Dutch sandbox text (1,000 generated reports as readPage writes
 * them, 179,496 chars; cl100k gives 2.45 chars/token, so chars/4 undercounts Dutch by 1.6×):
 *
 * | tokenizer | tokens ÷ cl100k (reports / page / prompt) |
 * |---|---|
 * | Llama 3 (128k vocab) | 0.999 / 0.999 / 0.996 |
 * | Gemma 3 | 1.033 / 0.977 / 0.895 |
 * | Qwen 3 | 1.112 / 1.080 / 0.998 |
 * | Mistral 7B (32k sentencepiece) | 1.182 / 1.143 / 1.126 |
 * | o200k (GPT-4o, for reference) | 0.854 / 0.856 / 0.797 |
 *
 * 1.2 covers the worst measured family (Mistral's 1.18) with a little room; for Llama 3 it wastes about
 * 17% of the window, which is the price of not knowing the model's tokenizer.
 */
export const TOKEN_MARGIN = 1.2;

/** Tokens of `text` in cl100k_base (GPT-4 / Llama 3 count alike), without the margin. */
export function countCl100kTokens(text: string): number {
  return text ? countTokens(text) : 0;
}

/**
 * Tokens a model will see for `text`, for budgeting: counted with a real BPE tokenizer (gpt-tokenizer,
 * cl100k_base) times TOKEN_MARGIN for other model families. An estimate that errs on the high side: a
 * budget built on it keeps a request inside the window.
 *
 * @example estimateTokens('RR 152/88, P 92 reg., sat 96%.') // 18 (15 cl100k tokens × 1.2 = 18)
 */
export function estimateTokens(text: string): number {
  return text ? Math.ceil(countTokens(text) * TOKEN_MARGIN) : 0;
}
