export interface ResultRow {
  name: string;
  value: number;
  unit: string;
  /** Human-readable goal, e.g. '≤ 50 kB'. */
  target?: string;
  /** Whether this run reached the target; undefined when there is none. */
  met?: boolean;
  note?: string;
}
export interface Results {
  rows: ResultRow[];
  /** Adds a figure, or replaces the one with the same name; throws when value is not a number. */
  record(name: string, value: number, unit: string, extra?: { target?: string; met?: boolean; note?: string }): ResultRow;
  /** The bench/results.json shape. */
  toJson(): Record<string, { value: number; unit: string }>;
  missed(): ResultRow[];
}
export function createResults(): Results;
export function formatValue(value: number): string;
export function toMarkdown(rows: ResultRow[]): string;
