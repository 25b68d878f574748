import type { Results } from './results.mjs';
export interface ReadingMeasurement {
  /** Wall-time median, ms. */
  median: number;
  /** Main-thread CPU median, ms: what the targets are judged on. */
  cpu: number;
  cold: number;
  chars: number;
  /** 0..1 */
  recall: number;
  missing: string[];
}
export const READERS: Record<'innerText' | 'readPage' | 'readability', { script: string | null; run: () => string }>;
export function benchReading(env: unknown, options?: { sizes?: number[]; runs?: (size: number, reader: string) => number }): Promise<unknown>;
/** Records the reading figures and targets; `out[reader][size]`. */
export function recordReading(results: Results, out: Record<string, Record<number, ReadingMeasurement>>, sizes: number[]): void;
