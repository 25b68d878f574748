import { scanCues } from './cueScanner';
import type { MeasurementKind } from './measurement';
import { clauseStart } from './readingContext';
import { readReading, type Candidate } from './readReading';
import { resultWords } from './vocabulary';

/**
 * Arithmetic in a report: "intake iv 1500 ml + oraal 700 ml = 2200 ml", "58,9 kg incl. tilband (tilband
 * 1,4 kg), dus 57,5 kg", "gewogen met rolstoel 78 kg, rolstoel 15 kg, netto 63 kg". The client's value is
 * the result after "=", "dus" or "netto"; the operands before it on the same line are not readings.
 */

/** How far back operands of a result may stand (on the same line). */
const operandReach = 200;

export interface ResultCandidate extends Candidate {
  /** Readings of the same kind that start from here up to the result are its operands. */
  operandsFrom: number;
}

const fluids: MeasurementKind[] = ['vochtinname', 'uitscheiding'];
/** Right after "totaal": the cue that names what was added up ("totaal ingenomen 1550 ml"). */
const wordsAfter = /(?:[\t\p{Zs}]*[:]?[\t\p{Zs}]*\p{L}[\p{L}.-]*){1,2}/uy;

/**
 * The kinds a result may be, most likely first: the sentence's cues before it, nearest first, then those
 * right after it. "netto" falls back to a weight; "totaal", "samen" and "opgeteld" are only ever a fluid total.
 */
function kindsFor(text: string, index: number, word: string): MeasurementKind[] {
  const kinds: MeasurementKind[] = [];
  const from = clauseSentenceStart(text, index);
  const hits = [...scanCues(text.slice(from, index))].reverse();
  wordsAfter.lastIndex = index + word.length;
  const after = wordsAfter.exec(text)?.[0] ?? '';
  hits.push(...scanCues(after));
  for (const hit of hits) if (!kinds.includes(hit.cue.kind)) kinds.push(hit.cue.kind);
  if (/netto/i.test(word) && !kinds.includes('gewicht')) kinds.push('gewicht');
  if (!/totaal|samen|opgeteld/i.test(word)) return kinds;
  // A bare "Totaal 350 ml" under a list adds up what the list's header named ("Drinklijst:").
  const listed = [...scanCues(text.slice(operandsStart(text, index, word), from))].reverse().map((h) => h.cue.kind);
  return [...new Set([...kinds, ...listed])].filter((k) => fluids.includes(k));
}

/** The sentence start before `index`, reaching over brackets ("(tilband 1,4 kg), dus 57,5 kg"). */
function clauseSentenceStart(text: string, index: number): number {
  let start = clauseStart(text, index);
  // Inside or after a bracket the sentence goes on before it.
  while (start > 0 && text[start - 1] === '(') start = clauseStart(text, start - 1);
  return start;
}

/** A day's fluid total may stand under the portions it adds up, one per line, as far back as the paragraph goes. */
const listTotalReach = 600;

/**
 * Where the operands of a result start: on its own line, or for a fluid total ("Totaal ingenomen 975 ml") the
 * portions listed above it in the same paragraph ("08:00 thee 150 ml\n10:00 koffie 125 ml\n…").
 */
function operandsStart(text: string, index: number, word: string): number {
  if (/totaal|samen|opgeteld/i.test(word)) return Math.max(text.lastIndexOf('\n\n', index) + 1, index - listTotalReach);
  return Math.max(text.lastIndexOf('\n', index) + 1, index - operandReach);
}

/** Results of sums and subtractions, each with a unit (a bare "= 4" is not a reading). */
export function resultCandidates(text: string): ResultCandidate[] {
  const found: ResultCandidate[] = [];
  for (const m of text.matchAll(resultWords)) {
    const after = m.index + m[0].length;
    for (const kind of kindsFor(text, m.index, m[0])) {
      const reading = readReading(text, kind, after, { free: true, cueText: m[0], start: m.index, continuation: true });
      if (!reading?.hasUnit) continue;
      found.push({ ...reading, weak: false, needsUnit: false, operandsFrom: operandsStart(text, m.index, m[0]) });
      break;
    }
  }
  return found;
}
