import { scanCues } from './cueScanner';
import { dotDecimal, formatDotDecimal, parseDutchNumber } from '../dutch';
import { unitForKind, type Measurement, type MeasurementKind, type MeasurementUnit } from './measurement';
import { checkPlausibility } from './plausibility';
import {
  blockingGapWords,
  conditionalWords,
  foreignUnits,
  oxygenAfter,
  thresholdAfter,
  unitSpellings,
  weightChange,
  woundContext,
} from './vocabulary';

/** A measurement before the weak-cue and overlap rules decide whether it stays. */
export interface Candidate {
  measurement: Measurement;
  weak: boolean;
  needsUnit: boolean;
  hasUnit: boolean;
  hasDecimal: boolean;
}

/** Anything after a number that makes it a time, date, range or compound word ("14:30", "12-03", "80-jarige"). */
const notAlone = `(?!\\d|[.,:]\\d|[\\t\\p{Zs}]*[-–/][\\t\\p{Zs}]*\\d|-\\p{L})`;
const valueSources = {
  bloeddruk: `(?<sys>\\d{2,3})(?:[\\t\\p{Zs}]*(?:\\/|over)[\\t\\p{Zs}]*|-)(?<dia>\\d{2,3})(?![.,:]?\\d|\\/\\d|-\\d)`,
  integer: `(?<num>\\d{1,3})${notAlone}`,
  pijnscore: `(?<num>\\d{1,3}(?:[.,]\\d)?)(?:[\\t\\p{Zs}]*(?:\\/|uit|op)[\\t\\p{Zs}]*(?<scale>100|10)(?!\\d))?${notAlone}`,
  number: `(?<num>\\d{1,5}(?:[.,]\\d{1,3})?)${notAlone}`,
};

function valueSourceFor(kind: MeasurementKind): string {
  if (kind === 'bloeddruk' || kind === 'pijnscore') return valueSources[kind];
  if (kind === 'hartfrequentie' || kind === 'ademfrequentie') return valueSources.integer;
  return valueSources.number;
}

/**
 * One filler between cue and value: a colon or bar (a colon may end the line), a bracketed aside, a word,
 * or a time of day ("pols om 14:00 72").
 */
const gapToken =
  `[\\t\\p{Zs}]*(?:[:=|](?:[\\t\\p{Zs}]*\\r?\\n)?|\\([^()\\n]{0,30}\\)|\\p{L}[\\p{L}.'’-]*\\p{N}*(?![\\p{L}\\p{N}])` +
  `|\\d{1,2}[:.]\\d{2}(?:[\\t\\p{Zs}]*u(?:ur)?)?(?![\\p{L}\\p{N}]))`;
const tightGap = `[\\t\\p{Zs}]*(?:[:=|][\\t\\p{Zs}]*)?`;

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
      ? new RegExp(`[\\t\\p{Zs}]*(?:${spellings.map((s) => `(${s.pattern})`).join('|')})(?!\\p{L})`, 'iuy')
      : /(?!)/y;
    return [
      kind,
      {
        free: new RegExp(`(?<gap>(?:${gapToken}){0,4}?)[\\t\\p{Zs}]*${value}`, 'iuy'),
        tight: new RegExp(`${tightGap}${value}`, 'iuy'),
        update: new RegExp(`[\\t\\p{Zs}]*(?:naar|->|→|=>)[\\t\\p{Zs}]*${value}`, 'iuy'),
        unit,
      } satisfies KindParsers,
    ];
  }),
) as Record<MeasurementKind, KindParsers>;

const foreignUnit = new RegExp(`[\\t\\p{Zs}]*(?:${foreignUnits})(?!\\p{L})`, 'iuy');
const previousWord = /(\p{L}+)[\t\p{Zs}]*:?[\t\p{Zs}]*$/u;

/** The line up to `index`, at most 40 characters back. */
export function lineBefore(text: string, index: number): string {
  const from = Math.max(0, index - 40);
  const chunk = text.slice(from, index);
  const newline = chunk.lastIndexOf('\n');
  return newline >= 0 ? chunk.slice(newline + 1) : chunk;
}

/**
 * Context that makes a number at `index` something other than this person's reading: a threshold or
 * goal in front ("bij T 38,5", "streef RR 130/80", "Doel: gewicht 65 kg"), or a wound being measured.
 */
export function contextExcludes(text: string, index: number, kind: MeasurementKind): boolean {
  const before = lineBefore(text, index);
  const word = previousWord.exec(before)?.[1];
  if (word !== undefined && conditionalWords.has(word.toLowerCase())) return true;
  return kind === 'lengte' && woundContext.test(before);
}

/**
 * Gap words that change the meaning, or another kind's firm cue ("pols en saturatie 95%"); cues that
 * need a unit anyway ("in", "uit") are ordinary words here ("NRS in rust 2").
 */
function gapBlocks(gap: string, kind: MeasurementKind): boolean {
  for (const word of gap.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    if (blockingGapWords.has(word)) return true;
  }
  for (const hit of scanCues(gap)) if (hit.cue.kind !== kind && !hit.cue.needsUnit) return true;
  return false;
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
    const n = parseDutchNumber(raw, { thousands: (factor ?? 1) < 1000 }) ?? NaN;
    // Without a unit a small number is a count of cups, not millilitres.
    if (!hasUnit && n < 50) return null;
    return formatDotDecimal(n * (factor ?? 1));
  }
  const n = parseDutchNumber(raw) ?? NaN;
  if (kind === 'lengte' && !hasUnit && n < 3) return formatDotDecimal(n * 100);
  if (factor !== undefined) return formatDotDecimal(n * factor);
  return dotDecimal(raw);
}

function stickyAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

function unitAt(kind: MeasurementKind, text: string, index: number): { end: number; factor?: number } | null {
  const match = stickyAt(parsers[kind].unit, text, index);
  if (!match) return null;
  const spelling = unitSpellings[kind].find((_, i) => match[i + 1] !== undefined);
  return { end: index + match[0].length, factor: spelling?.factor };
}

function unitFor(kind: MeasurementKind, cueText: string, scale: string | undefined): MeasurementUnit {
  if (kind !== 'pijnscore') return unitForKind[kind];
  if (/vas/i.test(cueText) || scale === '100') return 'VAS';
  return 'NRS';
}

export interface ReadOptions {
  /** Filler words may stand between `from` and the value. */
  free: boolean;
  /** The cue as written (decides NRS or VAS). */
  cueText: string;
  /** Where the phrase starts (the cue, or the value itself in a table cell). */
  start: number;
}

/**
 * Reads the value (and unit) of a `kind` starting at `from`, with every guard: doses, durations, counts,
 * times, dates, ranges, thresholds, weight changes, oxygen flow and implausible values read as nothing.
 */
export function readReading(
  text: string,
  kind: MeasurementKind,
  from: number,
  opts: ReadOptions,
): Omit<Candidate, 'weak' | 'needsUnit'> | null {
  const p = parsers[kind];
  const match = stickyAt(opts.free ? p.free : p.tight, text, from);
  if (!match?.groups) return null;
  if (opts.free && gapBlocks(match.groups.gap ?? '', kind)) return null;
  let groups = match.groups;
  let end = from + match[0].length;

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
  const measurementUnit = unitFor(kind, opts.cueText, groups.scale);
  if (!checkPlausibility(kind, value, measurementUnit).ok) return null;
  return {
    measurement: { kind, value, unit: measurementUnit, start: opts.start, end },
    hasUnit: unit !== null || groups.scale !== undefined,
    hasDecimal: /[.,]/.test(groups.num ?? ''),
  };
}
