import { unitForKind } from './measurement';
import { checkPlausibility } from './plausibility';
import type { Candidate } from './readReading';
import { pressureHalves } from './vocabulary';

/**
 * Blood pressures written without a cue of their own. "sys/dia" is a shape no other reading has, so once a
 * report is about blood pressure, later pressures need no label: "BD gemeten aan beide armen. Links:
 * 176/94. Rechts: 170/90.", "Hier 2x gemeten: 148/94 en 144/92", "Na staan 82/50 en pols 104". Dates,
 * scores and fractions do not pass (the systolic must be 50 or more and above the diastolic).
 */

const barePressure =
  /(?<![\p{L}\p{N}.,/:-])(\d{2,3})[\t\p{Zs}]*\/[\t\p{Zs}]*(\d{2,3})(?![\p{N}]|[.,]\d|[\t\p{Zs}]*\/[\t\p{Zs}]*\d)(?:[\t\p{Zs}]*(?:mm[\t\p{Zs}]*hg|mm\/hg|mm\[hg\]))?/giu;

/** A line with cell separators is a flowsheet row: only its column header says what a cell is. */
function inTableLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return /[|\t]/.test(text.slice(start, end < 0 ? text.length : end));
}

/** How far back a blood-pressure cue keeps a report "about blood pressure". */
const cueReach = 300;

function candidate(value: string, start: number, end: number, hasUnit: boolean, weak = false): Candidate | null {
  if (!checkPlausibility('bloeddruk', value).ok) return null;
  return {
    measurement: { kind: 'bloeddruk', value, unit: unitForKind.bloeddruk, start, end },
    weak,
    needsUnit: false,
    hasUnit,
    hasDecimal: false,
    valueStart: start,
    gap: '',
  };
}

/**
 * Pressures that stand alone. Within `cueReach` after a blood-pressure cue (`cueStarts`, ascending) they
 * are firm; elsewhere weak, kept only next to another measurement ("Vandaag 135/85, pols 72").
 */
export function barePressureCandidates(text: string, cueStarts: number[]): Candidate[] {
  const found: Candidate[] = [];
  let next = 0;
  let lastCue = -Infinity;
  for (const m of text.matchAll(barePressure)) {
    while (next < cueStarts.length && cueStarts[next]! < m.index) lastCue = cueStarts[next++]!;
    if (inTableLine(text, m.index)) continue;
    const weak = m.index - lastCue > cueReach;
    const c = candidate(`${Number(m[1])}/${Number(m[2])}`, m.index, m.index + m[0].length, /hg/i.test(m[0]), weak);
    if (c) found.push(c);
  }
  return found;
}

/** "bovendruk 126, onderdruk 78", "Bloeddruk systolisch 95, diastolisch 55": one pressure from two halves. */
export function pressureHalvesCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(pressureHalves)) {
    const c = candidate(`${Number(m[1])}/${Number(m[2])}`, m.index, m.index + m[0].length, /hg/i.test(m[0]));
    if (c) found.push(c);
  }
  return found;
}
