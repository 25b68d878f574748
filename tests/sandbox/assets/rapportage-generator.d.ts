/** Types for rapportage-generator.js (plain ES module so the browser loads it without a build step). */

/** One generated or fixed report, in the markup order of dossier.html. */
export interface Rapportage {
  /** Sortable local timestamp, e.g. "2025-11-20T21:40". */
  iso: string;
  /** As shown on the page, e.g. "do 20-11-2025 21:40". */
  date: string;
  author: string;
  role: string;
  topic: string;
  lines: string[];
}

export const DEFAULT_COUNT: number;
export const DEFAULT_SEED: number;
export const MAX_COUNT: number;
/** The three newest reports (fixed), newest first; their facts are listed in key-facts.json. */
export const LATEST_REPORTS: Rapportage[];
export function mulberry32(seed: number): () => number;
/** `count` reports (capped at MAX_COUNT), newest first, deterministic for `seed`. */
export function generateRapportages(count?: number, seed?: number): Rapportage[];
