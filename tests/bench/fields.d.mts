import type { Results } from './results.mjs';
export function benchFields(env: unknown, options?: { sizes?: number[]; runs?: number; fillRuns?: (size: number) => number }): Promise<void>;
export function recordFields(
  results: Results,
  size: number,
  m: {
    scan: number;
    scanCpu: number;
    naive: number;
    naiveCpu: number;
    fill: number;
    fillCpu: number;
    cold: number;
    found: number;
    labelsRight: number;
    fillOk: number;
  },
): void;
