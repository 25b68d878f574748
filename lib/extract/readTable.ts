import { capitalsOk, cueForWhole, type CueHit } from './cueScanner';
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

/** The words of a line, each a cell: a flowsheet whose columns are lined up with spaces. */
function wordsOf(line: string, offset: number): Cell[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** Columns of a space-aligned flowsheet that hold no measurement: when it was taken. */
const whenColumn = /^(?:tijd(?:stip)?|uur|datum|dag|moment):?$/i;

/**
 * "tijd    RR      P    sat  T": a header of a space-aligned flowsheet. Every word is a column (a cue or a
 * when-column) and at least two name measurements, so a line of prose never is one.
 */
function isSpacedHeader(cells: Cell[]): boolean {
  const columns = cells.map((c) => columnOf(c.text));
  return columns.filter(Boolean).length >= 2 && cells.every((c, i) => columns[i] || whenColumn.test(c.text));
}

/** "T (°C)", "Pols [/min]", "RR:" → the column's kind, if the header is a cue and nothing else. */
function columnOf(header: string): Column | null {
  const bare = header.replace(/\s*[([][^)\]]{0,15}[)\]]\s*$/, '').replace(/:$/, '').trim();
  const hit = bare ? cueForWhole(bare) : null;
  if (!hit || (!capitalsOk(hit) && hit.cue.upper === 'drop')) return null;
  return { kind: hit.cue.kind, cueText: hit.text };
}

/**
 * Measurements in a flowsheet rendered as text: a header row of cue words ("Datum | RR | Pols | T (°C)", or
 * lined up with spaces: "tijd  RR  P  sat") followed by rows of values ("-" for none). The phrase of each
 * measurement is its cell.
 */
export function tableCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  let columns: (Column | null)[] | null = null;
  let spaced = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    let cells = cellsOf(line, offset);
    // A line without cell separators is a row of a space-aligned flowsheet under its header, or that header.
    if (!cells) {
      const words = wordsOf(line, offset);
      spaced = (spaced && columns !== null) || isSpacedHeader(words);
      if (spaced) cells = words;
    } else spaced = false;
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

/** How the cells of an inline row are split, per head separator; a comma list is too ambiguous to read. */
const cellSeparators: Record<string, RegExp | undefined> = {
  '-': /[\t\p{Zs}]*[-–][\t\p{Zs}]*/u,
  '–': /[\t\p{Zs}]*[-–][\t\p{Zs}]*/u,
  '|': /[\t\p{Zs}]*\|[\t\p{Zs}]*/u,
  '/': /[\t\p{Zs}]*\/[\t\p{Zs}]*/u,
};

/** Cue words listed as column heads in running text: "(RR - P - sat)", "RR/P/T:", "RR | pols | T". */
const headSeparator = /^[\t\p{Zs}]*([-–|,/])[\t\p{Zs}]*$/u;
const rowSeparator = /[\t\p{Zs}]*[;,][\t\p{Zs}]*/uy;
/** After the heads, a lead-in without digits up to the colon ("elk kwartier het eerste uur:"). */
const leadIn = /[\t\p{Zs})]*(?:[^\d\n.;:]{0,60}:)?[\t\p{Zs}]*/uy;

interface InlineHead {
  columns: Column[];
  separator: string;
  end: number;
}

/** Runs of two or more cue words of different kinds joined by one separator. */
function inlineHeads(text: string, hits: CueHit[]): InlineHead[] {
  const heads: InlineHead[] = [];
  let run: { columns: Column[]; separator: string | null; end: number } | null = null;
  const close = () => {
    if (run && run.separator && run.columns.length >= 2 && new Set(run.columns.map((c) => c.kind)).size === run.columns.length) {
      heads.push({ columns: run.columns, separator: run.separator, end: run.end });
    }
    run = null;
  };
  for (const hit of hits) {
    if (!capitalsOk(hit) && hit.cue.upper === 'drop') continue;
    const column = { kind: hit.cue.kind, cueText: hit.text };
    const between = run ? headSeparator.exec(text.slice(run.end, hit.start)) : null;
    if (run && between && (run.separator === null || run.separator === between[1])) {
      run.columns.push(column);
      run.separator = between[1] ?? null;
      run.end = hit.end;
      continue;
    }
    close();
    run = { columns: [column], separator: null, end: hit.end };
  }
  close();
  return heads;
}

/**
 * Measurements listed under column heads in running text: "Controles (RR - P - sat) elk kwartier:
 * 110/65 - 88 - 97%; 115/68 - 84 - 98%". Each row holds one value per head, in order, split by the heads'
 * separator; rows are split by ";" or ",". A row that does not fit ends the table.
 * `hits` are the text's cues (scanCues), shared with the other readers.
 */
export function inlineTableCandidates(text: string, hits: CueHit[]): Candidate[] {
  const found: Candidate[] = [];
  for (const head of inlineHeads(text, hits)) {
    leadIn.lastIndex = head.end;
    const lead = leadIn.exec(text);
    if (!lead) continue;
    let pos = head.end + lead[0].length;
    const cellSplit = cellSeparators[head.separator];
    for (;;) {
      const rowEnd = /[;\n]|,(?!\d)|\.(?:[\t\p{Zs}]|$)/u.exec(text.slice(pos, pos + 120));
      const row = text.slice(pos, rowEnd ? pos + rowEnd.index : Math.min(text.length, pos + 120));
      const cells = cellSplit ? row.split(cellSplit) : [];
      if (cells.length !== head.columns.length) break;
      let cellStart = pos;
      const rowFound: Candidate[] = [];
      for (const [i, cell] of cells.entries()) {
        const at = text.indexOf(cell, cellStart);
        const column = head.columns[i]!;
        const reading = readReading(cell, column.kind, 0, { free: false, cueText: column.cueText, start: 0 });
        if (!reading || /\d/.test(cell.slice(reading.measurement.end))) break;
        const shift = (n: number) => n + at;
        rowFound.push({
          ...reading,
          measurement: { ...reading.measurement, start: at, end: shift(reading.measurement.end) },
          valueStart: shift(reading.valueStart),
          weak: false,
          needsUnit: false,
        });
        cellStart = at + cell.length;
      }
      if (rowFound.length !== cells.length) break;
      found.push(...rowFound);
      pos += row.length;
      rowSeparator.lastIndex = pos;
      const sep = rowSeparator.exec(text);
      if (!sep || text[pos] === '.' || text[pos] === '\n') break;
      pos += sep[0].length;
    }
  }
  return found;
}
