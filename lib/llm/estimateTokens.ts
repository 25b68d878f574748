/**
 * Rough token count for budgeting: about four characters per token for Dutch and English text.
 * Deliberately simple; budgets keep a margin for the error.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
