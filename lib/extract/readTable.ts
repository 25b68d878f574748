import { capitalsOk, cueForWhole } from './cueScanner';
import type { MeasurementKind } from './measurement';
import { readReading, type Candidate } from './readReading';

interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Column {
  kind: MeasurementKind;
  cueText: string;
}

const separator = /\||\t/g;

/** The trimmed cells of a line with '|' or tab separators, or null for an ordinary line. */
function cellsOf(line: string, offset: number): Cell[] | null {
  if (!/[|\t]/.test(line)) return null;
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: offset + from + lead, end: offset + from + lead + text.length });
  };
  for (const match of line.matchAll(separator)) {
    push(match.index);
    from = match.index + 1;
  }
  push(line.length);
  return cells;
}

/** "T (°C)", "Pols [/min]", "RR:" → the column's kind, if the header is a cue and nothing else. */
function columnOf(header: string): Column | null {
  const bare = header.replace(/\s*[([][^)\]]{0,15}[)\]]\s*$/, '').replace(/:$/, '').trim();
  const hit = bare ? cueForWhole(bare) : null;
  if (!hit || (!capitalsOk(hit) && hit.cue.upper === 'drop')) return null;
  return { kind: hit.cue.kind, cueText: hit.text };
}

/**
 * Measurements in a flowsheet rendered as text: a header row of cue words ("Datum | RR | Pols | T (°C)")
 * followed by rows of values. The phrase of each measurement is its cell.
 */
export function tableCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  let columns: (Column | null)[] | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line, offset);
    offset += line.length + 1;
    if (!cells || cells.length < 2) {
      columns = null;
      continue;
    }
    const header = cells.map((c) => columnOf(c.text));
    // A header names at least one measurement and holds no readings (digits only inside cue words, as in SpO2).
    if (header.some(Boolean) && cells.every((c, i) => header[i] || !/\d/.test(c.text))) {
      columns = header;
      continue;
    }
    if (!columns || columns.length !== cells.length) {
      columns = null;
      continue;
    }
    cells.forEach((cell, i) => {
      const column = columns?.[i];
      if (!column || !cell.text) return;
      const reading = readReading(text, column.kind, cell.start, { free: false, cueText: column.cueText, start: cell.start });
      if (!reading || reading.measurement.end > cell.end) return;
      // The cell must hold one reading: nothing numeric may follow it ("72 / 80", "37,2 om 14:00").
      if (/\d/.test(text.slice(reading.measurement.end, cell.end))) return;
      found.push({ ...reading, weak: false, needsUnit: false });
    });
  }
  return found;
}
