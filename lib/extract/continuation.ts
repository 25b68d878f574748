import { capitalsOk, cueForWhole, type CueHit } from './cueScanner';
import { unitForKind } from './measurement';
import { notNowReason } from './readingContext';
import { readReading, type Candidate } from './readReading';

/**
 * Values that follow an earlier reading of the same kind without a label of their own: "RR links 150/90,
 * rechts 144/84", "pols in rust 72, bij mobiliseren 88", "Pols resp. 68 en 84", "voor ontbijt 6,1, voor
 * lunch 9.4", "NRS 4 in rust, bij bewegen 7", "NRS: rust 3 / beweging 6". A list item is a separator
 * (comma, semicolon, "en", a spaced dash, a slash before a word, a decimal or a time: "7,5 / 22u 9,1") and at most four filler
 * words before the value, none of them another label.
 */

/** Filler after the previous value ("in rust", "li", "om 10.00"), then the separator. */
const separator =
  /(?<trail>(?:[\t\p{Zs}]*\([^()\n]{0,30}\)|[\t\p{Zs}]+['’]?\p{L}[\p{L}.'’-]*\p{N}*(?![\p{L}\p{N}])|[\t\p{Zs}]+\d{1,2}[:.]\d{2}(?:[\t\p{Zs}]*u(?:ur)?)?(?![\p{L}\p{N}])){0,3}?)(?:[\t\p{Zs}]*[,;](?:[\t\p{Zs}]*en(?!\p{L}))?|[\t\p{Zs}]+(?:en|resp\.?|respectievelijk|[-–])(?![\p{L}])|(?<slash>[\t\p{Zs}]*\/(?=[\t\p{Zs}]*\d{1,2}(?:[.,]\d|[:.]\d{2}|[\t\p{Zs}]*u(?:ur)?(?!\p{L}))))|[\t\p{Zs}]*\/(?=[\t\p{Zs}]*\p{L}))[\t\p{Zs}]*/iuy;

/** No list runs longer than this in a report; it bounds the work on pathological text. */
const maxItems = 12;

function trailBlocks(trail: string): boolean {
  // A trailing qualifier is a plain word ("li", "in rust"), never a label of its own.
  for (const word of trail.match(/\p{L}[\p{L}.'’-]*/gu) ?? []) {
    const hit = cueForWhole(word);
    if (hit && !hit.cue.needsUnit) return true;
  }
  return false;
}

/** The readings that continue `first` (its kind, its cue), left to right. */
export function continuationsOf(
  text: string,
  first: Candidate,
  cueText: string,
  cues: readonly CueHit[],
  cueAt: ReadonlyMap<number, CueHit>,
): Candidate[] {
  const found: Candidate[] = [];
  const kind = first.measurement.kind;
  let previous = first;
  while (found.length < maxItems) {
    separator.lastIndex = previous.measurement.end;
    const sep = separator.exec(text);
    if (!sep || trailBlocks(sep.groups?.trail ?? '')) break;
    // "6,8 / 11,2 / 7,5" is a list; "6 / 10" a score.
    if (sep.groups?.slash !== undefined && !previous.hasDecimal) break;
    const from = previous.measurement.end + sep[0].length;
    // The next item has a label of its own ("RR 128/76, P 80"): it is read from that cue.
    const next = cueAt.get(from);
    if (next && next.cue.kind !== kind && (!next.cue.needsUnit || unitForKind[next.cue.kind] === unitForKind[kind])) break;
    const reading = readReading(text, kind, from, { free: true, cueText, start: from, continuation: true, cues });
    if (!reading) break;
    // "37,1 temp, 80 pols", "3,4, 2 dextro gegeven": a label right after the value is its own, or what was counted.
    const after = reading.measurement.end + (/^[\t\p{Zs}]*/u.exec(text.slice(reading.measurement.end))?.[0].length ?? 0);
    if (cueAt.has(after)) break;
    // A bare count after a unit-less list is too weak to be a reading of its own ("sat 94, 2").
    if (first.needsUnit && !reading.hasUnit) break;
    previous = { ...reading, weak: first.weak, needsUnit: first.needsUnit };
    found.push(previous);
  }
  return found;
}

/** "Glucose 07:30 14,2; … 11:30 9,8": a reading written after a time of day. */
const timeThenValue = /(?<![\p{N}.:,])\d{1,2}[:.]\d{2}(?:[\t\p{Zs}]*u(?:ur)?)?(?![\p{N}])[\t\p{Zs}]*:?[\t\p{Zs}]*/gu;
const endsWithTime = /\d{1,2}[:.]\d{2}(?:[\t\p{Zs}]*u(?:ur)?)?[\t\p{Zs}:]*$/u;

/** How far a series of timed readings may run on the same line. */
const seriesReach = 200;

/**
 * A series of timed readings: when `first` itself was written after a time ("Glucose 07:30 14,2"), later
 * "hh:mm value" on the same line are the same measurement, taken later. The value must look like the
 * first (a decimal when it had one), so "om 14:30 2 tabletten" is not read.
 */
export function timedSeriesOf(text: string, first: Candidate, cueText: string): Candidate[] {
  if (!endsWithTime.test(first.gap)) return [];
  const kind = first.measurement.kind;
  const lineEnd = text.indexOf('\n', first.measurement.end);
  const stop = Math.min(lineEnd < 0 ? text.length : lineEnd, first.measurement.end + seriesReach);
  const found: Candidate[] = [];
  const slice = text.slice(first.measurement.end, stop);
  for (const m of slice.matchAll(timeThenValue)) {
    const start = first.measurement.end + m.index;
    const from = start + m[0].length;
    const reading = readReading(text, kind, from, { free: false, cueText, start });
    if (!reading || reading.hasDecimal !== first.hasDecimal) continue;
    found.push({ ...reading, weak: first.weak, needsUnit: first.needsUnit });
  }
  return found;
}

/** A header line that names the measurement and ends in a colon: "Dagcurve 14-05:", "BG-waarden vandaag:". */
const headerRest = /^[^\n]{0,40}:[\t\p{Zs}]*\r?$/u;
/** A list item's bullet, if any: "- 08:00: 5,9", "• 12.00 8,8". */
const bullet = /[\t\p{Zs}]*(?:[-–•*·][\t\p{Zs}]*)?/uy;
/** No list under a header runs longer than this. */
const maxLines = 24;

/**
 * Readings listed under a header line that names them, one per line:
 * "Dagcurve 14-05:\n07:30 nuchter 8,1\n11:30 vm 12,4\n…", "BG-waarden vandaag:\n- 08:00: 5,9\n- 12:00: 8,8".
 * Only when the header itself holds no value and is of now; the list ends at the first line without one.
 */
export function listUnderHeader(text: string, hit: CueHit, cues: readonly CueHit[]): Candidate[] {
  let lineEnd = text.indexOf('\n', hit.end);
  if (lineEnd < 0 || !headerRest.test(text.slice(hit.end, lineEnd))) return [];
  // "BG gisteren:", "Glucose streefwaarden:": the header says the list is not of now.
  if (notNowReason(text, lineEnd) !== null) return [];
  const kind = hit.cue.kind;
  const weak = Boolean(hit.cue.weak) || !capitalsOk(hit);
  const found: Candidate[] = [];
  while (found.length < maxLines && lineEnd >= 0) {
    bullet.lastIndex = lineEnd + 1;
    const from = lineEnd + 1 + (bullet.exec(text)?.[0].length ?? 0);
    lineEnd = text.indexOf('\n', from);
    const reading = readReading(text, kind, from, { free: true, cueText: hit.text, start: from, continuation: true, cues });
    if (!reading || (lineEnd >= 0 && reading.valueStart > lineEnd)) break;
    if (hit.cue.needsUnit && !reading.hasUnit) break;
    found.push({ ...reading, weak, needsUnit: Boolean(hit.cue.needsUnit) });
  }
  return found;
}

/** Where a sentence starts: after a full stop, question or exclamation mark, or a line break. */
const sentenceStart = /(?:[.!?][\t\p{Zs}]+|\n[\t\p{Zs}]*)(?=[\p{L}\p{N}])/gu;
/**
 * What makes a sentence a follow-up of the reading before it: a later moment ("Na 30 min", "Om 10 uur",
 * "11:30", "Half uur later"), a measuring again ("opnieuw", "nog eens", "ter controle") or another
 * circumstance ("bij lopen erger").
 */
const followUpMarker =
  /(?<!\p{L})(?:na|later|daarna|nadien|vervolgens|uiteindelijk|opnieuw|nogmaals|nog[\t\p{Zs}]+eens|weer|herhaald|herhaling|controle|om|bij|erger|minder|beter)(?!\p{L})|\d{1,2}[:.]\d{2}|\d{1,2}[\t\p{Zs}]*(?:u|uur)(?!\p{L})/iu;
/** How far back the reading a sentence follows up may stand. */
const followUpReach = 300;
/** How many kinds of earlier readings, nearest first, a follow-up may be read as. */
const followUpKinds = 3;

/**
 * Sentences without a label that follow up an earlier reading: "Vingerprik 2,9! … Na 15 min 4,1. Na 30 min
 * 5,8", "Glucose 4,3 … Half uur later nog eens gemeten: 6,1", "pijn een 7 in rust. Bij lopen erger, een 9".
 * The sentence's lead must say it is a later moment, a new measuring or another circumstance; its value
 * is read as the kind of a reading shortly before it (nearest first) and must look like that one (a
 * decimal when it had one, or its own unit) and end its phrase. `readings` are the cue readings found.
 */
export function followUpsOf(text: string, readings: readonly Candidate[], cues: readonly CueHit[]): Candidate[] {
  if (readings.length === 0) return [];
  const before = [...readings].sort((a, b) => a.measurement.end - b.measurement.end);
  const found: Candidate[] = [];
  for (const m of text.matchAll(sentenceStart)) {
    const from = m.index + m[0].length;
    const earlier = readingsBefore(text, before, found, from);
    if (earlier.length === 0) continue;
    for (const previous of earlier) {
      const reading = readReading(text, previous.measurement.kind, from, {
        free: true,
        followUp: true,
        continuation: true,
        endsPhrase: true,
        cueText: '',
        start: from,
        cues,
      });
      if (!reading || !followUpMarker.test(reading.gap)) continue;
      if (previous.needsUnit && !reading.hasUnit) continue;
      if (!reading.hasUnit && reading.hasDecimal !== previous.hasDecimal) continue;
      found.push({ ...reading, weak: previous.weak, needsUnit: previous.needsUnit });
      break;
    }
  }
  return found;
}

/** The latest reading of each kind that ends shortly before `from` (no blank line between), nearest first. */
function readingsBefore(text: string, sorted: readonly Candidate[], followUps: readonly Candidate[], from: number): Candidate[] {
  const floor = Math.max(from - followUpReach, text.lastIndexOf('\n\n', from) + 1);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.measurement.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const latest = followUps.at(-1);
  const pool = latest && latest.measurement.end <= from ? [latest] : [];
  for (let i = lo - 1; i >= 0 && sorted[i]!.measurement.end >= floor; i--) pool.push(sorted[i]!);
  pool.sort((a, b) => b.measurement.end - a.measurement.end);
  const kinds = new Set<string>();
  const result: Candidate[] = [];
  for (const c of pool) {
    if (c.measurement.end < floor || kinds.has(c.measurement.kind)) continue;
    kinds.add(c.measurement.kind);
    result.push(c);
    if (result.length === followUpKinds) break;
  }
  return result;
}
