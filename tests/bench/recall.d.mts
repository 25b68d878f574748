export interface KeyFact {
  id: string;
  keywords: string[][];
}
/** Lower case, NFC, every whitespace run (NBSP included) as one space. */
export function normalizeForRecall(text: string): string;
/** A fact is recalled when every keyword group has an alternative in the normalised text. */
export function recallFacts(text: string, facts: KeyFact[]): { found: string[]; missing: string[]; recall: number };
