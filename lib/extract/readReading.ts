import { dotDecimal, formatDotDecimal, parseDutchNumber } from '../dutch';
import { cueForWhole, scanCues, type CueHit } from './cueScanner';
import { unitForKind, type Measurement, type MeasurementKind, type MeasurementUnit } from './measurement';
import { checkPlausibility } from './plausibility';
import {
  blockingGapWords,
  changeVerbs,
  comparatorWords,
  conditionalWords,
  goalWord,
  negations,
  otherMeasureWord,
  otherNumberLabels,
  shiftWords,
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
  /** Where the value itself starts: the clause before it says whether it is the client's, now. */
  valueStart: number;
  /** The words between cue and value, as written. */
  gap: string;
}

/**
 * Anything after a number that makes it a time, date, range or compound word ("14:30", "12-03", "80-jarige"),
 * an ordinal ("1e zak") or a duration ("24 uur", "20 min"): those are read past as filler. A dash before a time starts the next
 * item of a list, not a range ("8,9 - 11.30 12,4"), and so does a slash before a decimal or a time ("6,8 / 11,2",
 * "14,2 / 16:30 17,6", "17,3 / 22u 12,9").
 */
const duration = `(?:uur|uurs|u|h|min(?:uten|uut)?|kwartier)(?![\\p{L}\\p{N}])`;
const notAlone =
  `(?!\\d|[.,:]\\d|[\\t\\p{Zs}]*[-–][\\t\\p{Zs}]*\\d(?!\\d?[.:]\\d\\d[\\t\\p{Zs}])|[\\t\\p{Zs}]*\\/[\\t\\p{Zs}]*\\d(?!\\d?[.,:]\\d|\\d?[\\t\\p{Zs}]*u(?:ur)?(?!\\p{L}))|-\\p{L}|(?:e|ste|de)(?![\\p{L}\\p{N}])|[\\t\\p{Zs}]*${duration})`;
/**
 * A time of day is no value: "07.30 8,9" (a time in front of the value) and "om 12.00", "tot 20.00"
 * (after a preposition) are read past as filler.
 */
const notATime =
  `(?!\\d{1,2}[.:]\\d{2}[\\t\\p{Zs}]+\\d)` +
  `(?!(?<=(?<!\\p{L})(?:om|tot|vanaf|sinds|rond|voor|na|tussen|van|tegen)[\\t\\p{Zs}]+)\\d{1,2}[.:]\\d{2}(?!\\d))`;
const valueSources = {
  bloeddruk: `(?<sys>\\d{2,3})(?:[\\t\\p{Zs}]*(?:\\/|over)[\\t\\p{Zs}]*|-)(?<dia>\\d{2,3})(?![.,:]?\\d|\\/\\d|-\\d)`,
  integer: `(?<num>\\d{1,3})${notAlone}`,
  // "7/10", "7 uit 10", "een 4 op een schaal van 0 tot 10": the scale is part of the score.
  pijnscore: `${notATime}(?<num>\\d{1,3}(?:[.,]\\d)?)(?:(?:[\\t\\p{Zs}]*(?:\\/|uit|op)|[\\t\\p{Zs}]+op[\\t\\p{Zs}]+een[\\t\\p{Zs}]+schaal[\\t\\p{Zs}]+van[\\t\\p{Zs}]+[01][\\t\\p{Zs}]*(?:tot|-|–))[\\t\\p{Zs}]*(?<scale>100|10)(?!\\d))?${notAlone}`,
  number: `${notATime}(?<num>\\d{1,5}(?:[.,]\\d{1,3})?)${notAlone}`,
  // "sat met 2 l/min 94%": the flow is read past, never taken for the saturation.
  saturatie: `${notATime}(?<num>\\d{1,3}(?:[.,]\\d)?)${notAlone}(?![\\t\\p{Zs}]*(?:l|liter|ltr|lpm)(?!\\p{L}))`,
};

function valueSourceFor(kind: MeasurementKind): string {
  if (kind === 'bloeddruk' || kind === 'pijnscore' || kind === 'saturatie') return valueSources[kind];
  if (kind === 'hartfrequentie' || kind === 'ademfrequentie') return valueSources.integer;
  return valueSources.number;
}

/** A word of filler; an article goes with its noun ("naar de stoel"), a slash joins two ("hoesten/mobiliseren"). */
const gapWord = `(?:(?:de|het|een)[\\t\\p{Zs}]+)?["“„]?['’]?\\p{L}[\\p{L}.'’-]*(?:\\/\\p{L}[\\p{L}.'’-]*)*\\p{N}*(?![\\p{L}\\p{N}])`;
/** "2x gemeten", "3 keer", "1e zak", "2de meting": a count or an ordinal, never the value. */
const countOrOrdinal = `\\d{1,2}(?:[\\t\\p{Zs}]*(?:x|×|keer|maal)|e|ste|de)(?![\\p{L}\\p{N}])`;
/** "met 2 l/min", "bij 3 liter O2", "2L O2", "O2 2 l": an oxygen flow before a saturation. */
const oxygenFlow = `(?:(?:o[2₂]|zuurstof)[\\t\\p{Zs}]+)?\\d{1,2}(?:[.,]\\d)?[\\t\\p{Zs}]*(?:l|liter|ltr|lpm)(?:[\\t\\p{Zs}]*(?:\\/|per)[\\t\\p{Zs}]*min(?:uut)?)?(?:[\\t\\p{Zs}]*o[2₂])?(?![\\p{L}\\p{N}])`;
/** How long a bracketed aside between label and value may be: "(blind gewogen, dhr. ziet het getal niet)". */
const asideLength = 60;
/** "22-06u", "7-15 uur", "22:00-06:00": the hours a total was collected over. */
const timeRange =
  `\\d{1,2}(?:[:.]\\d{2})?[\\t\\p{Zs}]*[-–][\\t\\p{Zs}]*\\d{1,2}(?:[:.]\\d{2})?[\\t\\p{Zs}]*(?:u|uur|h)(?![\\p{L}\\p{N}])` +
  `|\\d{1,2}[:.]\\d{2}[\\t\\p{Zs}]*[-–][\\t\\p{Zs}]*\\d{1,2}[:.]\\d{2}(?![\\p{L}\\p{N}])`;
/**
 * One filler between cue and value: a colon or bar (a colon may end the line), a bracketed aside, a word
 * ("'s avonds" too), a time of day ("pols om 14:00 72"), a duration ("Diurese 24 uur 1600 ml") or span of hours ("diurese 22-06u 900
 * ml"), a count or
 * ordinal ("Diurese: 1e zak 400 ml") or an oxygen flow ("sat met 2 liter 94%").
 */
const gapToken =
  `[\\t\\p{Zs}]*(?:[:=|](?:[\\t\\p{Zs}]*\\r?\\n)?|\\([^()\\n]{0,${asideLength}}\\)|${gapWord}` +
  `|${timeRange}|\\d{1,2}[:.]\\d{2}(?:[\\t\\p{Zs}]*u(?:ur)?)?(?![\\p{L}\\p{N}])|\\d{1,3}(?:[\\t\\p{Zs}]*|-)${duration}|${countOrOrdinal}|${oxygenFlow})`;
/**
 * A longer lead-in for cues that take filler words: up to a colon ("gewogen thuis op eigen weegschaal:
 * 67,8 kg", "Temp gemeten met de oorthermometer, na twee pogingen: 38.3", "Sensor (Libre) afgelezen:
 * 12,7"), or any words when a unit follows the value ("Ademhalingen geteld, 24 per min"). No digits but
 * times, counts and ordinals, and no sentence end.
 */
const looseChar = `(?:[^\\d\\n;!?:()]|\\d{1,2}[:.]\\d{2}(?!\\d)|${countOrOrdinal}|\\([^()\\d\\n]{0,${asideLength}}\\))`;
/** A sentence end inside a lead-in (tested without the i flag, under which \p{Lu} matches any letter). */
const sentenceInGap = /[.!?][\t\p{Zs}]+\p{Lu}/u;
/** A list item never reads past a full stop ("…, mw. wat zweterig. 06.00u 6,8"), but "ca." and "mw." are no stop. */
const stopInGap = /(?<!(?<!\p{L})(?:ca|resp|li|re|mw|mevr|dhr|pt|incl|excl|i\.v\.m|o\.a))[.!?][\t\p{Zs}]/iu;
/** How the body lay or which side was taken, right after a short abbreviation: "P liggend 70", "RR re: 140/85". */
const postureOrSide = `(?:liggend|staand|zittend|links|rechts|li|re|in[\\t\\p{Zs}]+rust|rust)(?![\\p{L}\\p{N}])`;
/**
 * A short abbreviation takes a colon, an aside on how it was measured ("P (li) 72", "uit (urine) 400 ml") or a
 * posture or side ("P staand 84").
 */
const tightGap = `[\\t\\p{Zs}]*(?:\\([^()\\n]{0,20}\\)[\\t\\p{Zs}]*)?(?:${postureOrSide}[\\t\\p{Zs}]*)?(?:[:=|][\\t\\p{Zs}]*)?`;

interface KindParsers {
  free: RegExp;
  /** Filler words with commas between them: the lead of a sentence that follows up a reading. */
  lead: RegExp;
  tight: RegExp;
  /** Up to a colon, then a few filler words. */
  colon: RegExp;
  /** Any words; kept only with a unit. */
  loose: RegExp;
  /** "van 39 naar 37,5": the later value is the reading. */
  update: RegExp;
  unit: RegExp;
}

const kinds = Object.keys(unitForKind) as MeasurementKind[];
type ValueParsers = Omit<KindParsers, 'unit'>;
// Kinds that read the same shape of value share its regexes: four sets to compile instead of twelve.
const byValue = new Map<string, ValueParsers>();
function valueParsers(value: string): ValueParsers {
  let found = byValue.get(value);
  if (!found) {
    found = {
      free: new RegExp(`(?<gap>(?:${gapToken}){0,4}?)[\\t\\p{Zs}]*${value}`, 'iuy'),
      lead: new RegExp(`(?<gap>(?:${gapToken}|[\\t\\p{Zs}]*,){1,6}?)[\\t\\p{Zs}]*${value}`, 'iuy'),
      tight: new RegExp(`(?<gap>${tightGap})${value}`, 'iuy'),
      colon: new RegExp(`(?<gap>${looseChar}{1,70}?:(?:${gapToken}){0,3}?)[\\t\\p{Zs}]*${value}`, 'iuy'),
      loose: new RegExp(`(?<gap>${looseChar}{1,70}?)[\\t\\p{Zs}]*${value}`, 'iuy'),
      // "van 39,2 vannacht naar 37,6": a word or two may stand before "naar".
      update: new RegExp(`[\\t\\p{Zs}]*(?:\\p{L}+[\\t\\p{Zs}]+){0,2}?(?:naar|->|→|=>)[\\t\\p{Zs}]*${value}`, 'iuy'),
    };
    byValue.set(value, found);
  }
  return found;
}
const parsers = Object.fromEntries(
  kinds.map((kind) => {
    const spellings = unitSpellings[kind];
    const unit = spellings.length
      ? new RegExp(`[\\t\\p{Zs}]*(?:${spellings.map((s) => `(${s.pattern})`).join('|')})(?!\\p{L})`, 'iuy')
      : /(?!)/y;
    return [kind, { ...valueParsers(valueSourceFor(kind)), unit } satisfies KindParsers];
  }),
) as Record<MeasurementKind, KindParsers>;

const foreignUnit = new RegExp(`[\\t\\p{Zs}]*(?:${foreignUnits})(?!\\p{L})`, 'iuy');
const letter = /\p{L}/u;
const blank = /[\t\p{Zs}]/u;

/** The word right before the end of `chunk`, over spaces and one colon ("bij T", "Doel: gewicht"). */
function wordBefore(chunk: string): { word: string; index: number } | null {
  let i = chunk.length;
  while (i > 0 && blank.test(chunk[i - 1]!)) i--;
  if (chunk[i - 1] === ':') i--;
  while (i > 0 && blank.test(chunk[i - 1]!)) i--;
  const end = i;
  while (i > 0 && letter.test(chunk[i - 1]!)) i--;
  return i < end ? { word: chunk.slice(i, end), index: i } : null;
}

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
  const previous = wordBefore(before);
  const word = previous?.word.toLowerCase();
  // "na 20 min BG 4,8": minutes, not a minimum.
  const minutes = word === 'min' && /\d[\t\p{Zs}]*$/u.test(before.slice(0, previous!.index));
  if (word !== undefined && conditionalWords.has(word) && !minutes) return true;
  return kind === 'lengte' && woundContext.test(before);
}

const articles = new Set(['de', 'het', 'een']);
/**
 * "na 20 min", "2 l/min", "tot 20.00", "tot nu toe", "2e zak": minutes, flows, times and ordinals, not a
 * minimum, a bound or a label ("e" for insulin units).
 */
const harmlessInGap = /\d{1,2}(?:e|ste|de)(?!\p{L})|\d[\t\p{Zs}]*min(?:uten|uut)?(?!\p{L})|(?:\/|per)[\t\p{Zs}]*min(?:uut)?(?!\p{L})|(?<!\p{L})tot[\t\p{Zs}]+(?:\d{1,2}[.:]\d{2}|nu(?:[\t\p{Zs}]+toe)?)(?!\p{L})/giu;
/** "Pols resp. 68 en 84": "resp." right after a cue means respectively, not respiration. */
const respectively = /^[\t\p{Zs}]*(?:resp\.|respectievelijk)/iu;
const abbreviation = /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{N}]*(?![\p{L}])/gu;
const aside = /\([^()]*\)/g;

/**
 * Gap words that change the meaning: a goal or negation anywhere ("streef", "niet"), a comparator right
 * before the value ("onder 130/80", "bij 38,5"; "onder begeleiding: 6,1" and "bij lopen 5" qualify), or
 * another kind's firm cue ("pols en saturatie 95%"); cues that need a unit anyway ("in", "uit") are
 * ordinary words here ("NRS in rust 2"). A continuation ("…, staand 120/75") reads past no other label at
 * all: no cue, no capitals abbreviation ("MEWS"), no "kamer".
 */
function gapBlocks(gap: string, kind: MeasurementKind, continuation: boolean, cuesIn: () => Iterable<CueHit>): boolean {
  if (/[<>≤≥]/.test(gap)) return true;
  if (!/\p{L}/u.test(gap)) return false;
  const body = gap.replace(respectively, '');
  const wordsOf = (part: string) =>
    (part.replace(harmlessInGap, ' ').toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !articles.has(w));
  const words = wordsOf(body.replace(aside, ' '));
  for (const [i, word] of words.entries()) {
    if (blockingGapWords.has(word) || goalWord.test(word) || otherMeasureWord.test(word)) return true;
    // "pols liep op tot 120", "temp gedaald tot 37,5": where a change ended, not a bound.
    if (comparatorWords.has(word) && i === words.length - 1 && !(word === 'tot' && changeVerbs.has(words[i - 1] ?? ''))) return true;
    if (continuation && otherNumberLabels.has(word)) return true;
  }
  // An aside qualifies how it was measured ("glucose (vingerprik, niet nuchter) 10,3"): only a goal blocks.
  for (const word of wordsOf((body.match(aside) ?? []).join(' '))) {
    if ((blockingGapWords.has(word) && !negations.has(word)) || goalWord.test(word)) return true;
  }
  const respStart = gap.length - body.length;
  for (const hit of cuesIn()) {
    if (hit.cue.kind === kind || hit.end <= respStart) continue;
    // "Vocht: uit 1100 ml": what goes out is never an intake.
    if (kind === 'vochtinname' && hit.cue.kind === 'uitscheiding') return true;
    // "in"/"uit" are words, except between the volumes of a fluid balance ("in 1800 ml, uit 1400 ml").
    if (!hit.cue.needsUnit || (continuation && unitForKind[hit.cue.kind] === unitForKind[kind])) return true;
  }
  if (continuation) {
    for (const m of body.matchAll(abbreviation)) {
      // "diurese ND 380 ml, VD 520 ml": a shift is when, not another label.
      if (shiftWords.has(m[0].toLowerCase())) continue;
      const hit = cueForWhole(m[0]);
      if (!hit || hit.cue.kind !== kind) return true;
    }
  }
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
  // "2.850 gram" is two thousand eight hundred and fifty grams.
  const n = parseDutchNumber(raw, { thousands: factor !== undefined && factor < 1 }) ?? NaN;
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

/** The next value of a list, with the unit it shares with the one before it. */
const nextListValue = /[\t\p{Zs}]*(?:[\/,;+]|en(?!\p{L}))[\t\p{Zs}]*(?:\p{L}+[\t\p{Zs}]*:?[\t\p{Zs}]*)?\d{1,5}(?:[.,]\d{1,3})?/iuy;

/** The unit of the value right after `index` in a list ("in 1650 / uit 1100 ml"), for the value before it. */
function sharedUnitAfter(kind: MeasurementKind, text: string, index: number): { end: number; factor?: number } | null {
  const next = stickyAt(nextListValue, text, index);
  const unit = next ? unitAt(kind, text, index + next[0].length) : null;
  return unit ? { end: index, factor: unit.factor } : null;
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
  /** The value follows an earlier one of the same kind ("…, staand 120/75"): stricter about the gap. */
  continuation?: boolean;
  /** The cue is a plain word ("pijn"): the value must end the phrase ("pijn bij lopen 5," not "pijn aan 3 tenen"). */
  endsPhrase?: boolean;
  /** A sentence with no cue that follows up a reading ("Na 30 min 5,8."): a lead of filler, or up to a colon. */
  followUp?: boolean;
  /** The text's cues in order (scanCues), when known: saves scanning each gap again. */
  cues?: readonly CueHit[];
}

/** The cues inside a gap starting at `from`, relative to the gap: from the text's cue list, or scanned. */
function* cuesWithin(gap: string, from: number, cues: readonly CueHit[] | undefined): Iterable<CueHit> {
  if (!cues) {
    yield* scanCues(gap);
    return;
  }
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const end = from + gap.length;
  for (let i = lo; i < cues.length && cues[i]!.start < end; i++) {
    const hit = cues[i]!;
    if (hit.end <= end) yield { ...hit, start: hit.start - from, end: hit.end - from };
  }
}

/** What may follow a plain-word cue's value: the end of the phrase or a qualifier of the next one. */
const phraseEnd = /^(?:[\t\p{Zs}]*(?:$|[,.;:)!?\n/"”↑↓↗↘]|->|→)|[\t\p{Zs}]+(?:in|bij|na|tijdens|en|daarna|nu|vandaag|nrs|vas)(?!\p{L}))/iu;

/** The ways a value may follow its cue, most specific first; a lead-in is tried only where one can be. */
function attempts(p: KindParsers, opts: ReadOptions, ahead: string): { re: RegExp; needsUnit: boolean }[] {
  if (!opts.free) return [{ re: p.tight, needsUnit: false }];
  if (opts.followUp) {
    const found = [{ re: p.lead, needsUnit: false }];
    if (ahead.includes(':')) found.push({ re: p.colon, needsUnit: false });
    return found;
  }
  if (opts.continuation) return [{ re: p.free, needsUnit: false }];
  const found = [{ re: p.free, needsUnit: false }];
  if (ahead.includes(':')) found.push({ re: p.colon, needsUnit: false });
  found.push({ re: p.loose, needsUnit: true });
  return found;
}

/** Longer than any lead-in (`looseChar{1,70}`) with its value: how far `attempts` looks ahead. */
const leadInReach = 90;

/** Where the value starts in a match: its first digit after the gap (a gap ends before the value's spaces). */
function valueIndex(match: RegExpExecArray): number {
  const skip = match.groups?.gap?.length ?? 0;
  const digit = /\d/.exec(match[0].slice(skip));
  return match.index + skip + (digit?.index ?? 0);
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
  const ahead = text.slice(from, from + leadInReach);
  // Every way of reading needs a digit within reach; most cue words in a report have none.
  if (!/\d/.test(ahead)) return null;
  for (const attempt of attempts(parsers[kind], opts, ahead)) {
    const match = stickyAt(attempt.re, text, from);
    if (!match?.groups) continue;
    const reading = readMatch(text, kind, from, match, opts);
    if (reading && (!attempt.needsUnit || reading.hasUnit)) return reading;
  }
  return null;
}

function readMatch(
  text: string,
  kind: MeasurementKind,
  from: number,
  match: RegExpExecArray,
  opts: ReadOptions,
): Omit<Candidate, 'weak' | 'needsUnit'> | null {
  const p = parsers[kind];
  const gap = match.groups?.gap ?? '';
  const cuesIn = () => cuesWithin(gap, from, opts.cues);
  if (opts.free && (gapBlocks(gap, kind, Boolean(opts.continuation), cuesIn) || sentenceInGap.test(gap))) return null;
  if (!opts.free && gap.includes('(') && gapBlocks(gap, kind, false, cuesIn)) return null;
  if (opts.continuation && stopInGap.test(gap)) return null;
  let groups = match.groups ?? {};
  const valueStart = valueIndex(match);
  let end = from + match[0].length;

  let unit = unitAt(kind, text, end);
  if (unit) end = unit.end;
  const update = stickyAt(p.update, text, end);
  // "3,1 → 20 gram glucose" is a dose given after the reading, not a new reading.
  const updateEnd = update ? end + update[0].length : end;
  const later = update ? unitAt(kind, text, updateEnd) : null;
  if (update?.groups && (later || !stickyAt(foreignUnit, text, updateEnd))) {
    // The change is read in the context of its start: in "van 39,2 gisteravond naar 37,8" the
    // "gisteravond" is the earlier value's, so valueStart stays at the first value.
    groups = update.groups;
    end = later?.end ?? updateEnd;
    unit = later ?? unit;
  }
  // "in 1650 / uit 1100 ml", "300 en 250 ml": a fluid's unit may stand after the next value only.
  if (!unit && (kind === 'vochtinname' || kind === 'uitscheiding')) unit = sharedUnitAfter(kind, text, end);
  if (!unit && stickyAt(foreignUnit, text, end)) return null;
  const rest = text.slice(end, end + 40);
  if (thresholdAfter.test(rest)) return null;
  if (kind === 'gewicht' && weightChange.test(rest)) return null;
  if ((kind === 'vochtinname' || kind === 'uitscheiding') && oxygenAfter.test(rest)) return null;
  if (opts.endsPhrase && !phraseEnd.test(rest)) return null;

  const value = normalise(kind, groups, unit?.factor, unit !== null);
  if (value === null) return null;
  const measurementUnit = unitFor(kind, opts.cueText, groups.scale);
  if (!checkPlausibility(kind, value, measurementUnit).ok) return null;
  return {
    measurement: { kind, value, unit: measurementUnit, start: opts.start, end },
    hasUnit: unit !== null || groups.scale !== undefined,
    hasDecimal: /[.,]/.test(groups.num ?? ''),
    valueStart,
    gap,
  };
}
