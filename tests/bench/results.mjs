// Collects benchmark figures and renders them: bench/results.json ({ name: { value, unit } }) and a markdown table.
import { round } from './stats.mjs';

/**
 * A figure store. `record` keeps insertion order, so the table reads in the order the benchmarks ran.
 * `target` is a human-readable goal ('≤ 50 ms') and `met` whether this run reached it (undefined: no target).
 */
export function createResults() {
  /** @type {{ name: string, value: number, unit: string, target?: string, met?: boolean, note?: string }[]} */
  const rows = [];
  return {
    rows,
    /**
     * @param {string} name e.g. 'read.readPage.10000.medianMs'
     * @param {number} value
     * @param {string} unit
     * @param {{ target?: string, met?: boolean, note?: string }} [extra]
     */
    record(name, value, unit, extra = {}) {
      if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`${name}: value must be a number, got ${value}`);
      const existing = rows.findIndex((r) => r.name === name);
      const row = { name, value, unit, ...extra };
      if (existing >= 0) rows[existing] = row;
      else rows.push(row);
      return row;
    },
    /** Each figure as `{ value, unit }`, values rounded to 3 significant digits (more for large numbers). */
    toJson() {
      return Object.fromEntries(rows.map((r) => [r.name, { value: round(r.value, 3), unit: r.unit }]));
    },
    /** Targets that were set and missed. */
    missed() {
      return rows.filter((r) => r.met === false);
    },
  };
}

const cell = (s) => String(s).replace(/\|/g, '\\|');

/** Formats a value for the table: thousands separated by a thin space, 3 significant digits below 1000. */
export function formatValue(value) {
  const r = round(value, 3);
  if (Math.abs(r) >= 1000) return Math.round(r).toLocaleString('en-US').replace(/,/g, ' ');
  return String(r);
}

/** The table a person reads: metric | value | unit | target | met (✓ / ✗ / empty when there is no target). */
export function toMarkdown(rows) {
  const lines = ['| metric | value | unit | target | met |', '|---|---:|---|---|:---:|'];
  for (const r of rows) {
    const met = r.met === undefined ? '' : r.met ? '✓' : '✗';
    const name = r.note ? `${r.name} (${r.note})` : r.name;
    lines.push(`| ${cell(name)} | ${formatValue(r.value)} | ${cell(r.unit)} | ${cell(r.target ?? '')} | ${met} |`);
  }
  return lines.join('\n');
}
