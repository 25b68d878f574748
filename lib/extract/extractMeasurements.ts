import { dotDecimal, formatDotDecimal, parseDutchNumber } from '../dutch';
import { continuationsOf, followUpsOf, listUnderHeader, timedSeriesOf } from './continuation';
import { capitalsOk, cueForWhole, scanCues, type CueHit } from './cueScanner';
import { unitForKind, type Measurement, type MeasurementKind } from './measurement';
import { checkPlausibility } from './plausibility';
import { notNowReason, reasonAfter, type NotNowReason } from './readingContext';
import { barePressureCandidates, pressureHalvesCandidates } from './readPressure';
import { contextExcludes, lineBefore, readReading, type Candidate } from './readReading';
import { resultCandidates } from './readResult';
import { inlineTableCandidates, tableCandidates } from './readTable';
import { labValueWords, otherNumberLabels } from './vocabulary';

// Numbers whose unit alone says what they are ("38,5 graden", "135/85 mmHg", "172 cm lang").
const numberStart = `(?<![\\p{L}\\p{N}.,/:-])`;
const unitOnly = {
  bloeddruk: new RegExp(
    `${numberStart}(\\d{2,3})[\\t\\p{Zs}]*\\/[\\t\\p{Zs}]*(\\d{2,3})[\\t\\p{Zs}]*(?:mm[\\t\\p{Zs}]*hg|mm\\/hg|mm\\[hg\\])(?!\\p{L})`,
    'giu',
  ),
  temperatuur: new RegExp(
    `${numberStart}(\\d{2}(?:[.,]\\d{1,2})?)[\\t\\p{Zs}]*(?:(°[\\t\\p{Zs}]*c|℃|graden[\\t\\p{Zs}]*(?:celsius|c)|celsius)|°|graden)(?!\\p{L})`,
    'giu',
  ),
  // "38,4 axillair", "37,9 rect.": a decimal with where it was taken.
  temperatureSite: new RegExp(
    `${numberStart}(\\d{2}[.,]\\d)[\\t\\p{Zs}]*(?:°[\\t\\p{Zs}]*c?[\\t\\p{Zs}]*)?(?:rectaal|rect\\.|tympanisch|tymp\\.|axillair|ax\\.|oraal|in[\\t\\p{Zs}]+het[\\t\\p{Zs}]+oor)(?!\\p{L})`,
    'giu',
  ),
  // "65,3 kg gewogen", "72 kilo zwaar".
  gewicht: new RegExp(`${numberStart}(\\d{1,3}(?:[.,]\\d{1,2})?)[\\t\\p{Zs}]*(?:kg|kilo)[\\t\\p{Zs}]+(?:gewogen|zwaar)(?!\\p{L})`, 'giu'),
  bmi: new RegExp(`${numberStart}(\\d{1,2}(?:[.,]\\d{1,2})?)[\\t\\p{Zs}]*kg\\/m(?:2|²|\\^2)`, 'giu'),
  lengte: new RegExp(`${numberStart}(\\d{1,3}(?:[.,]\\d{1,2})?)[\\t\\p{Zs}]*(cm|m|meter|mtr)[\\t\\p{Zs}]+lang(?!\\p{L})`, 'giu'),
  // "las de meter af: 6,2 mmol/l"; not "71 mmol/mol" (HbA1c).
  glucose: new RegExp(`${numberStart}(\\d{1,2}(?:[.,]\\d)?)[\\t\\p{Zs}]*mmol(?:[\\t\\p{Zs}]*\\/[\\t\\p{Zs}]*l(?:iter)?)?(?![\\p{L}\\/])`, 'giu'),
  volume: new RegExp(
    `${numberStart}(\\d{1,5}(?:[.,]\\d{1,3})?)[\\t\\p{Zs}]*(ml|cc|l|ltr|liter)[\\t\\p{Zs}]+(?:(?:vocht|water|thee|koffie|drinken)[\\t\\p{Zs}]+)?` +
      `(gedronken|ingenomen|urine|diurese|geplast|uitgeplast)(?!\\p{L})`,
    'giu',
  ),
};

/** "Pols resp. 68 en 84": "resp." right after another cue is "respectively". */
function isRespectively(text: string, hit: { text: string; start: number }): boolean {
  if (!/^resp\.$/i.test(hit.text)) return false;
  const word = /(\S+?):?[\t\p{Zs}]*$/u.exec(lineBefore(text, hit.start))?.[1];
  return word !== undefined && cueForWhole(word) !== null;
}

/**
 * Readings after a cue word ("RR 135/85", "pols 72", "T 38,2"), each with the values that continue it
 * ("RR links 150/90, rechts 144/84").
 */
function cueCandidates(text: string, hits: CueHit[]): Candidate[] {
  const found: Candidate[] = [];
  const silent: Candidate[] = [];
  const cueAt = new Map(hits.map((h) => [h.start, h]));
  for (const hit of hits) {
    const { cue } = hit;
    const upperOk = capitalsOk(hit);
    if (!upperOk && cue.upper === 'drop') continue;
    if (isRespectively(text, hit)) continue;
    if (contextExcludes(text, hit.start, cue.kind)) continue;
    if (cue.notAfter && new RegExp(`(?:${cue.notAfter})`, 'iu').test(lineBefore(text, hit.start).slice(-25))) continue;
    const reading = readReading(text, cue.kind, hit.end, {
      free: Boolean(cue.free),
      cueText: hit.text,
      start: hit.start,
      endsPhrase: cue.endsPhrase,
      cues: hits,
    });
    // "Dagcurve:\n07:30 6,1\n11:30 9,4": a header names the readings on the lines below it.
    if (!reading || text.slice(hit.end, reading.valueStart).includes('\n')) found.push(...listUnderHeader(text, hit, hits));
    if (!reading) {
      if (cue.free && !cue.weak && !cue.needsUnit && notNowReason(text, hit.end) === null) silent.push(silentCue(hit));
      continue;
    }
    const first = { ...reading, weak: Boolean(cue.weak) || !upperOk, needsUnit: Boolean(cue.needsUnit) };
    found.push(first, ...continuationsOf(text, first, hit.text, hits, cueAt), ...timedSeriesOf(text, first, hit.text));
  }
  const followUps = followUpsOf(text, [...found, ...silent], hits);
  return [...found, ...followUps.flatMap((f) => [f, ...continuationsOf(text, f, '', hits, cueAt)])];
}

/**
 * A cue word without a value of its own ("Weging 3x daags afgesproken."): the sentence after it may give the
 * values, each with the kind's unit ("Vandaag: 07u 68,2 kg, 13u 70,1 kg"). It stands in for a reading that
 * only a follow-up with a unit may continue.
 */
function silentCue(hit: CueHit): Candidate {
  const { kind } = hit.cue;
  return {
    measurement: { kind, value: '', unit: unitForKind[kind], start: hit.start, end: hit.end },
    weak: false,
    needsUnit: true,
    hasUnit: false,
    hasDecimal: false,
    valueStart: hit.start,
    gap: '',
  };
}

/** A number that opens a list item (line start, colon, comma, semicolon, sentence end) and may be followed by a unit. */
const itemValueBeforeCue = /(?:^|[,;:]|[.!?][\t\p{Zs}])[\t\p{Zs}]*(?<value>\d{1,3}(?:[.,]\d{1,2}|[\t\p{Zs}]*\/[\t\p{Zs}]*\d{2,3})?)[^\d\n,;:]{0,12}$/u;
/**
 * Readings written value first, label after: "Ochtendronde: 95% sat, 18 AF, 37,1 temp, 76 pols, 128/74 bloeddruk".
 * The value must open a list item and the label must have no value of its own after it, so "pols 72" and
 * "om 14:00 2 tabletten" are never read backwards. A glucose needs its decimal: "2 dextro" is a count.
 */
function valueBeforeCueCandidates(text: string, hits: CueHit[]): Candidate[] {
  const found: Candidate[] = [];
  for (const hit of hits) {
    if (hit.cue.needsUnit || !capitalsOk(hit)) continue;
    const forward = { free: Boolean(hit.cue.free), cueText: hit.text, start: hit.start, endsPhrase: hit.cue.endsPhrase, cues: hits };
    if (readReading(text, hit.cue.kind, hit.end, forward)) continue;
    const before = lineBefore(text, hit.start);
    const item = itemValueBeforeCue.exec(before);
    if (!item?.groups?.value) continue;
    const valueStart = hit.start - before.length + item.index + item[0].indexOf(item.groups.value);
    if (contextExcludes(text, valueStart, hit.cue.kind)) continue;
    const reading = readReading(text, hit.cue.kind, valueStart, { free: false, cueText: hit.text, start: valueStart });
    if (!reading || text.slice(reading.measurement.end, hit.start).trim() !== '') continue;
    if (hit.cue.kind === 'glucose' && !reading.hasDecimal) continue;
    found.push({ ...reading, measurement: { ...reading.measurement, end: hit.end }, weak: Boolean(hit.cue.weak), needsUnit: false });
  }
  return found;
}

/**
 * "Kalium 3,9 mmol/l", "ketonen gemeten: 0,6 mmol", "Lithiumspiegel 0,8 mmol/l": a lab value among the few
 * words before a number.
 */
function labBefore(text: string, index: number): boolean {
  const words = lineBefore(text, index).toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
  return words.slice(-4).some((w) => labValueWords.has(w) || otherNumberLabels.has(w) || /spiegel$/.test(w));
}

/** Readings told by their unit or a trailing word, with no cue in front. */
function unitOnlyCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (kind: MeasurementKind, value: string, start: number, end: number, decimal: boolean) => {
    if (contextExcludes(text, start, kind) || !checkPlausibility(kind, value).ok) return;
    found.push({
      measurement: { kind, value, unit: unitForKind[kind], start, end },
      weak: false,
      needsUnit: false,
      hasUnit: true,
      hasDecimal: decimal,
      valueStart: start,
      gap: '',
    });
  };
  for (const m of text.matchAll(unitOnly.bloeddruk)) {
    add('bloeddruk', `${Number(m[1])}/${Number(m[2])}`, m.index, m.index + m[0].length, false);
  }
  for (const m of text.matchAll(unitOnly.temperatuur)) {
    const raw = m[1] ?? '';
    const decimal = /[.,]/.test(raw);
    // "hoofdeinde 30 graden" is an angle: a bare degree sign needs a decimal or an explicit Celsius.
    if (!decimal && m[2] === undefined) continue;
    add('temperatuur', dotDecimal(raw), m.index, m.index + m[0].length, decimal);
  }
  for (const m of text.matchAll(unitOnly.temperatureSite)) {
    add('temperatuur', dotDecimal(m[1] ?? ''), m.index, m.index + m[0].length, true);
  }
  for (const m of text.matchAll(unitOnly.gewicht)) {
    add('gewicht', dotDecimal(m[1] ?? ''), m.index, m.index + m[0].length, /[.,]/.test(m[1] ?? ''));
  }
  for (const m of text.matchAll(unitOnly.bmi)) {
    add('bmi', dotDecimal(m[1] ?? ''), m.index, m.index + m[0].length, true);
  }
  for (const m of text.matchAll(unitOnly.glucose)) {
    if (labBefore(text, m.index)) continue;
    add('glucose', dotDecimal(m[1] ?? ''), m.index, m.index + m[0].length, /[.,]/.test(m[1] ?? ''));
  }
  for (const m of text.matchAll(unitOnly.lengte)) {
    const n = parseDutchNumber(m[1] ?? '') ?? NaN;
    const cm = /^c/i.test(m[2] ?? '') ? n : n * 100;
    add('lengte', formatDotDecimal(cm), m.index, m.index + m[0].length, false);
  }
  for (const m of text.matchAll(unitOnly.volume)) {
    const raw = m[1] ?? '';
    const litres = /^l/i.test(m[2] ?? '');
    const n = parseDutchNumber(raw, { thousands: !litres }) ?? NaN;
    const kind = /gedronken|ingenomen/i.test(m[3] ?? '') ? 'vochtinname' : 'uitscheiding';
    add(kind, formatDotDecimal(litres ? n * 1000 : n), m.index, m.index + m[0].length, false);
  }
  return found;
}

/** Same line and at most 40 characters apart. */
function near(text: string, a: Measurement, b: Measurement): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start - first.end > 40) return false;
  return !text.slice(first.end, second.start).includes('\n');
}

/** Longer than any phrase a cue can start: where the search for a near measurement may begin. */
const maxPhrase = 400;

/** Is any of `sorted` (by start) near `m`? Binary search keeps long pages fast. */
function anyNear(text: string, sorted: Measurement[], m: Measurement): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < m.start - maxPhrase) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.start <= m.end + 40; i++) {
    if (near(text, sorted[i]!, m)) return true;
  }
  return false;
}

/** A measurement found in text, with why it is not the client's reading of now (if it is not). */
export interface Reading {
  measurement: Measurement;
  notNow: NotNowReason | null;
}

/** Drops the operands of each sum or subtraction: the readings of its kind on its line before it. */
function withoutOperands(candidates: Candidate[], text: string): Candidate[] {
  const results = resultCandidates(text);
  if (results.length === 0) return candidates;
  const byStart = [...candidates].sort((a, b) => a.measurement.start - b.measurement.start);
  const operands = new Set<Candidate>();
  for (const r of results) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.measurement.start < r.operandsFrom) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < byStart.length && byStart[i]!.measurement.start < r.measurement.start; i++) {
      if (byStart[i]!.measurement.kind === r.measurement.kind) operands.add(byStart[i]!);
    }
  }
  return [...candidates.filter((c) => !operands.has(c)), ...results];
}

/**
 * Every measurement in the text, including readings that are not the client's of now (earlier, planned,
 * a goal, someone else's), each marked with why. For grounding: a quoted "vorige week 1,72 m" still
 * supports 172, while only current readings can contradict a value. Results are in text order and never
 * overlap.
 */
export function readMeasurements(text: string): Reading[] {
  const hits = [...scanCues(text)];
  const pressureCues = hits.filter((h) => h.cue.kind === 'bloeddruk').map((h) => h.start);
  const candidates = withoutOperands(
    [
      ...cueCandidates(text, hits),
      ...valueBeforeCueCandidates(text, hits),
      ...unitOnlyCandidates(text),
      ...pressureHalvesCandidates(text),
      ...barePressureCandidates(text, pressureCues),
      ...inlineTableCandidates(text, hits),
    ],
    text,
  );
  const tables = tableCandidates(text);

  // A weak cue ("p 72", "BG 12") counts with a unit, a decimal, or a firm measurement next to it.
  const strong = [...candidates, ...tables]
    .filter((c) => !c.weak && !c.needsUnit)
    .map((c) => c.measurement)
    .sort((a, b) => a.start - b.start);
  const kept = [...candidates, ...tables].filter((c) => {
    if (c.needsUnit) return c.hasUnit;
    if (!c.weak) return true;
    return c.hasUnit || c.hasDecimal || anyNear(text, strong, c.measurement);
  });
  const inTable = new Set(tables);

  // Earliest start wins; at the same start the longer phrase ("NRS pijn 7" over "pijn 7").
  kept.sort((a, b) => a.measurement.start - b.measurement.start || b.measurement.end - a.measurement.end);
  const result: Reading[] = [];
  let lastEnd = -1;
  for (const c of kept) {
    if (c.measurement.start < lastEnd) continue;
    // A flowsheet row carries its own date; its cells are read as they stand.
    const notNow = inTable.has(c) ? null : (notNowReason(text, c.valueStart) ?? reasonAfter(text, c.measurement.end));
    result.push({ measurement: c.measurement, notNow });
    lastEnd = c.measurement.end;
  }
  return result;
}

/**
 * Finds vital signs and other nursing measurements in Dutch report text, deterministically: a cue
 * ("RR", "pols", "T", "sat", "gew", …), a telling unit ("mmHg", "graden", "kg/m2") or a flowsheet
 * column header is required, and doses, times, dates, counts, thresholds ("bij T > 38,5") and
 * implausible values are left out. Values that continue a reading without their own label count too
 * ("RR links 150/90, rechts 144/84"), and a sum's result stands for its operands ("… = 2200 ml").
 * Only this client's readings of now are returned: not earlier ones ("eergisteren temp 38,9"), planned
 * ones, goals and ranges ("RR-doel onder 130/80") or someone else's ("haar man had 190/110").
 * Values are normalised (see measurementSchema); results are in text order and never overlap.
 * @example extractMeasurements('RR 128/76, P 80, T 36,9, sat 97%')
 * // bloeddruk 128/76 mmHg, hartfrequentie 80 /min, temperatuur 36.9 °C, saturatie 97 %
 */
export function extractMeasurements(text: string): Measurement[] {
  return readMeasurements(text)
    .filter((r) => r.notNow === null)
    .map((r) => r.measurement);
}
