import { dotDecimal, formatNumber } from './dutchNumber';
import { unitForKind, type Measurement, type MeasurementKind, type MeasurementUnit } from './measurement';
import { checkPlausibility } from './plausibility';
import {
  blockingGapWords,
  conditionalWords,
  cues,
  foreignUnits,
  oxygenAfter,
  thresholdAfter,
  unitSpellings,
  weightChange,
  woundContext,
  type Cue,
} from './vocabulary';

/** A measurement before the weak-cue and overlap rules decide whether it stays. */
interface Candidate {
  measurement: Measurement;
  weak: boolean;
  needsUnit: boolean;
  hasUnit: boolean;
  hasDecimal: boolean;
}

// ---- compiled once ----------------------------------------------------------------------------

const orderedCues = [...cues].sort((a, b) => b.pattern.length - a.pattern.length);
const cueScanner = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${orderedCues.map((c) => `(${c.pattern})`).join('|')})(?!\\p{L})`,
  'giu',
);

/** Anything after a number that makes it a time, date, range or compound word ("14:30", "12-03", "80-jarige"). */
const notAlone = `(?!\\d|[.,:]\\d|[ \\t]*[-–/][ \\t]*\\d|-\\p{L})`;
const valueSources = {
  bloeddruk: `(?<sys>\\d{2,3})(?:[ \\t]*(?:\\/|over)[ \\t]*|-)(?<dia>\\d{2,3})(?![.,:]?\\d|\\/\\d|-\\d)`,
  integer: `(?<num>\\d{1,3})${notAlone}`,
  pijnscore: `(?<num>\\d{1,3}(?:[.,]\\d)?)(?:[ \\t]*(?:\\/|uit|op)[ \\t]*(?<scale>100|10)(?!\\d))?${notAlone}`,
  number: `(?<num>\\d{1,5}(?:[.,]\\d{1,3})?)${notAlone}`,
};

function valueSourceFor(kind: MeasurementKind): string {
  if (kind === 'bloeddruk' || kind === 'pijnscore') return valueSources[kind];
  if (kind === 'hartfrequentie' || kind === 'ademfrequentie') return valueSources.integer;
  return valueSources.number;
}

/** One filler word, a bracketed aside or a colon between cue and value; a colon may end the line. */
const gapToken = `[ \\t]*(?:[:=](?:[ \\t]*\\r?\\n)?|\\([^()\\n]{0,30}\\)|\\p{L}[\\p{L}.'’-]*\\d*(?![\\p{L}\\p{N}]))`;
const tightGap = `[ \\t]*(?:[:=][ \\t]*)?`;

interface KindParsers {
  free: RegExp;
  tight: RegExp;
  /** "van 39 naar 37,5": the later value is the reading. */
  update: RegExp;
  unit: RegExp;
}

const kinds = Object.keys(unitForKind) as MeasurementKind[];
const parsers = Object.fromEntries(
  kinds.map((kind) => {
    const value = valueSourceFor(kind);
    const spellings = unitSpellings[kind];
    const unit = spellings.length
      ? new RegExp(`[ \\t]*(?:${spellings.map((s) => `(${s.pattern})`).join('|')})(?!\\p{L})`, 'iuy')
      : /(?!)/y;
    return [
      kind,
      {
        free: new RegExp(`(?<gap>(?:${gapToken}){0,4}?)[ \\t]*${value}`, 'iuy'),
        tight: new RegExp(`${tightGap}${value}`, 'iuy'),
        update: new RegExp(`[ \\t]*(?:naar|->|→|=>)[ \\t]*${value}`, 'iuy'),
        unit,
      } satisfies KindParsers,
    ];
  }),
) as Record<MeasurementKind, KindParsers>;

const foreignUnit = new RegExp(`[ \\t]*(?:${foreignUnits})(?!\\p{L})`, 'iuy');
const previousWord = /(\p{L}+)[ \t]*$/u;
const cueByGroup = new Map(orderedCues.map((c, i) => [i + 1, c]));
/** Its own instance: the gap check runs while the main scan is paused mid-text. */
const gapCueScanner = new RegExp(cueScanner.source, 'giu');

// Numbers whose unit alone says what they are ("38,5 graden", "135/85 mmHg", "172 cm lang").
const numberStart = `(?<![\\p{L}\\p{N}.,/:-])`;
const unitOnly = {
  bloeddruk: new RegExp(
    `${numberStart}(\\d{2,3})[ \\t]*\\/[ \\t]*(\\d{2,3})[ \\t]*(?:mm[ \\t]*hg|mm\\/hg|mm\\[hg\\])(?!\\p{L})`,
    'giu',
  ),
  temperatuur: new RegExp(
    `${numberStart}(\\d{2}(?:[.,]\\d{1,2})?)[ \\t]*(?:(°[ \\t]*c|℃|graden[ \\t]*(?:celsius|c)|celsius)|°|graden)(?!\\p{L})`,
    'giu',
  ),
  bmi: new RegExp(`${numberStart}(\\d{1,2}(?:[.,]\\d{1,2})?)[ \\t]*kg\\/m(?:2|²|\\^2)`, 'giu'),
  lengte: new RegExp(`${numberStart}(\\d{1,3}(?:[.,]\\d{1,2})?)[ \\t]*(cm|m|meter|mtr)[ \\t]+lang(?!\\p{L})`, 'giu'),
  volume: new RegExp(
    `${numberStart}(\\d{1,5}(?:[.,]\\d{1,3})?)[ \\t]*(ml|cc|l|ltr|liter)[ \\t]+(?:(?:vocht|water|thee|koffie|drinken)[ \\t]+)?` +
      `(gedronken|ingenomen|urine|diurese|geplast|uitgeplast)(?!\\p{L})`,
    'giu',
  ),
};

// ---- rules ------------------------------------------------------------------------------------

/** The line up to `index`, at most 40 characters back. */
function lineBefore(text: string, index: number): string {
  const from = Math.max(0, index - 40);
  const chunk = text.slice(from, index);
  const newline = chunk.lastIndexOf('\n');
  return newline >= 0 ? chunk.slice(newline + 1) : chunk;
}

/** "bij T 38,5", "streef RR 130/80": a threshold or goal, not a reading. */
function isConditional(text: string, index: number): boolean {
  const word = previousWord.exec(lineBefore(text, index))?.[1];
  return word !== undefined && conditionalWords.has(word.toLowerCase());
}

/** Gap words that change the meaning, or that are another kind's cue ("pols en saturatie 95%"). */
function gapBlocks(gap: string, kind: MeasurementKind): boolean {
  for (const word of gap.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    if (blockingGapWords.has(word)) return true;
  }
  for (const match of gap.matchAll(gapCueScanner)) {
    const cue = cueFor(match);
    if (cue && cue.kind !== kind) return true;
  }
  return false;
}

function cueFor(match: RegExpMatchArray): Cue | undefined {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return cueByGroup.get(i);
  return undefined;
}

/** Turns the written number and unit into the zib value, or null if the number is not a reading. */
function normalise(
  kind: MeasurementKind,
  groups: Record<string, string | undefined>,
  factor: number | undefined,
  hasUnit: boolean,
): string | null {
  if (kind === 'bloeddruk') return `${Number(groups.sys)}/${Number(groups.dia)}`;
  const raw = groups.num;
  if (raw === undefined) return null;
  if (kind === 'vochtinname' || kind === 'uitscheiding') {
    // "1.500 ml" is fifteen hundred; "1,5 L" one and a half litres.
    const thousands = /^\d{1,3}\.\d{3}$/.test(raw) && (factor ?? 1) < 1000;
    const n = thousands ? Number(raw.replace('.', '')) : Number(raw.replace(',', '.'));
    // Without a unit a small number is a count of cups, not millilitres.
    if (!hasUnit && n < 50) return null;
    return formatNumber(n * (factor ?? 1));
  }
  const n = Number(raw.replace(',', '.'));
  if (kind === 'lengte' && !hasUnit && n < 3) return formatNumber(n * 100);
  if (factor !== undefined) return formatNumber(n * factor);
  return dotDecimal(raw);
}

function unitAt(kind: MeasurementKind, text: string, index: number): { end: number; factor?: number } | null {
  const re = parsers[kind].unit;
  re.lastIndex = index;
  const match = re.exec(text);
  if (!match) return null;
  const spelling = unitSpellings[kind].find((_, i) => match[i + 1] !== undefined);
  return { end: index + match[0].length, factor: spelling?.factor };
}

function stickyAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/** Reads value, unit and guards after a cue; null when what follows is not a reading of its kind. */
function readAfterCue(text: string, cue: Cue, cueText: string, start: number, cueEnd: number): Candidate | null {
  const kind = cue.kind;
  const upperOk = !cue.upper || cueText === cueText.toUpperCase();
  if (!upperOk && cue.upper === 'drop') return null;
  if (isConditional(text, start)) return null;
  if (kind === 'lengte' && woundContext.test(lineBefore(text, start))) return null;

  const p = parsers[kind];
  let match = stickyAt(cue.free ? p.free : p.tight, text, cueEnd);
  if (!match?.groups) return null;
  if (cue.free && gapBlocks(match.groups.gap ?? '', kind)) return null;
  let groups = match.groups;
  let end = cueEnd + match[0].length;

  let unit = unitAt(kind, text, end);
  if (unit) end = unit.end;
  const update = stickyAt(p.update, text, end);
  if (update?.groups) {
    groups = update.groups;
    end += update[0].length;
    const later = unitAt(kind, text, end);
    if (later) {
      unit = later;
      end = later.end;
    }
  }
  if (!unit && stickyAt(foreignUnit, text, end)) return null;
  const rest = text.slice(end, end + 40);
  if (thresholdAfter.test(rest)) return null;
  if (kind === 'gewicht' && weightChange.test(rest)) return null;
  if ((kind === 'vochtinname' || kind === 'uitscheiding') && oxygenAfter.test(rest)) return null;

  const value = normalise(kind, groups, unit?.factor, unit !== null);
  if (value === null) return null;
  const measurementUnit = unitFor(kind, cueText, groups.scale);
  if (!checkPlausibility(kind, value, measurementUnit).ok) return null;
  return {
    measurement: { kind, value, unit: measurementUnit, start, end },
    weak: Boolean(cue.weak) || !upperOk,
    needsUnit: Boolean(cue.needsUnit),
    hasUnit: unit !== null || groups.scale !== undefined,
    hasDecimal: /[.,]/.test(groups.num ?? ''),
  };
}

function unitFor(kind: MeasurementKind, cueText: string, scale: string | undefined): MeasurementUnit {
  if (kind !== 'pijnscore') return unitForKind[kind];
  if (/vas/i.test(cueText) || scale === '100') return 'VAS';
  return 'NRS';
}

/** Measurements told by their unit or a trailing word, with no cue in front. */
function unitOnlyCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (kind: MeasurementKind, value: string, start: number, end: number, decimal: boolean) => {
    if (isConditional(text, start)) return;
    if (kind === 'lengte' && woundContext.test(lineBefore(text, start))) return;
    if (!checkPlausibility(kind, value).ok) return;
    found.push({
      measurement: { kind, value, unit: unitForKind[kind], start, end },
      weak: false,
      needsUnit: false,
      hasUnit: true,
      hasDecimal: decimal,
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
  for (const m of text.matchAll(unitOnly.bmi)) {
    add('bmi', dotDecimal(m[1] ?? ''), m.index, m.index + m[0].length, true);
  }
  for (const m of text.matchAll(unitOnly.lengte)) {
    const n = Number((m[1] ?? '').replace(',', '.'));
    const cm = /^c/i.test(m[2] ?? '') ? n : n * 100;
    add('lengte', formatNumber(cm), m.index, m.index + m[0].length, false);
  }
  for (const m of text.matchAll(unitOnly.volume)) {
    const raw = m[1] ?? '';
    const litres = /^l/i.test(m[2] ?? '');
    const n = !litres && /^\d{1,3}\.\d{3}$/.test(raw) ? Number(raw.replace('.', '')) : Number(raw.replace(',', '.'));
    const kind = /gedronken|ingenomen/i.test(m[3] ?? '') ? 'vochtinname' : 'uitscheiding';
    add(kind, formatNumber(litres ? n * 1000 : n), m.index, m.index + m[0].length, false);
  }
  return found;
}

/** Same line and at most 40 characters apart. */
function near(text: string, a: Measurement, b: Measurement): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start - first.end > 40) return false;
  return !text.slice(first.end, second.start).includes('\n');
}

/**
 * Finds vital signs and other nursing measurements in Dutch report text, deterministically: a cue
 * ("RR", "pols", "T", "sat", "gew", …) or a telling unit ("mmHg", "graden", "kg/m2") is required, and
 * doses, times, dates, counts, thresholds ("bij T > 38,5") and implausible values are left out.
 * Values are normalised (see measurementSchema); results are in text order and never overlap.
 * @example extractMeasurements('RR 128/76, P 80, T 36,9, sat 97%')
 * // bloeddruk 128/76 mmHg, hartfrequentie 80 /min, temperatuur 36.9 °C, saturatie 97 %
 */
export function extractMeasurements(text: string): Measurement[] {
  const candidates: Candidate[] = [];
  cueScanner.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = cueScanner.exec(text)) !== null) {
    const cue = cueFor(match);
    if (!cue) continue;
    const start = match.index;
    const cueEnd = start + match[0].length;
    const candidate = readAfterCue(text, cue, match[0], start, cueEnd);
    if (candidate) candidates.push(candidate);
  }
  candidates.push(...unitOnlyCandidates(text));

  const strong = candidates.filter((c) => !c.weak && !c.needsUnit).map((c) => c.measurement);
  const kept = candidates.filter((c) => {
    if (c.needsUnit) return c.hasUnit;
    if (!c.weak) return true;
    return c.hasUnit || c.hasDecimal || strong.some((s) => s !== c.measurement && near(text, s, c.measurement));
  });

  // Earliest start wins; at the same start the longer phrase ("NRS pijn 7" over "pijn 7").
  kept.sort((a, b) => a.measurement.start - b.measurement.start || b.measurement.end - a.measurement.end);
  const result: Measurement[] = [];
  let lastEnd = -1;
  for (const { measurement } of kept) {
    if (measurement.start < lastEnd) continue;
    result.push(measurement);
    lastEnd = measurement.end;
  }
  return result;
}
