/**
 * Dutch date recognition and format-preserving shifting. The words and rules (month and weekday names, the
 * two-digit-year rule, the calendar check) are lib/dutch's; what is the pseudonymiser's own is finding every
 * date span in running text (also "op 12/3", "maart '24") and writing a shifted date in the original's format.
 *
 * Dates are pseudonymised by moving every date of a session by the same number of days
 * (a multiple of 7, so weekdays stay right) and writing the result in the same format as
 * the original ("12 mrt '24" stays "d mmm 'yy"). Intervals ("3 dagen later") and weekday
 * relations survive, so the model can still reason about time; restore() shifts back.
 */

import {
  addDays, isCalendarDate, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SHORT_FORMS, monthNumber, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, wordAlternation,
  yearFromTwoDigits,
} from '../dutch';

const MONTHS: readonly string[] = MONTH_NAMES;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Abbreviations only in lower case: "Jan" and "Mei" capitalised are names far more often.
const MONTH_WORD = `(?:${wordAlternation([...MONTHS, ...MONTHS.map(cap), ...MONTH_SHORT_FORMS])})`;
const WEEKDAY = wordAlternation([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);
// A unit is a whole word: "sinds 26-2 dagelijks" is a date, "2-3 dagen" a range.
const UNIT_AFTER = String.raw`(?!\s*(?:(?:dagen|dag|weken|week|wk|maanden|maand|mnd|jaar|jr|uur|u|min|minuten|sec|keer|x|mg|mcg|µg|ml|l|kg|g|cm|mm|E|IE|eenheden|stuks|tabl|punten|pnt)(?![\p{L}])|%|°))`;

export type DateFormat =
  | { kind: 'iso'; padDay: boolean; padMonth: boolean }
  | { kind: 'dmy'; sep: string; padDay: boolean; padMonth: boolean; yearDigits: 2 | 4 }
  | { kind: 'dm'; sep: string; padDay: boolean; padMonth: boolean }
  | { kind: 'text'; monthStyle: 'full' | 'abbr'; monthCap: boolean; monthDot: boolean; year: 'none' | 'yyyy' | 'yy' }
  | { kind: 'monthYear'; monthStyle: 'full' | 'abbr'; monthCap: boolean; monthDot: boolean; year: 'yyyy' | 'yy' };

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** A day whose month is written only after it ("van 11 tot 19 januari"): replaced by a placeholder, never shifted. */
  dayOnly?: true;
  day?: number;
  month: number;
  /** Full year; absent when the text has none. */
  year?: number;
  format: DateFormat;
}

const isoRe = /(?<![\d/.-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const dmyRe = /(?<![\d/.,-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[-/.]\d)/g;
const dmRe = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${WEEKDAY})\.?|op|d\.d\.|dd\.?|vanaf|van|sinds|tot|t\/m|tm|per|datum:?|en met|uiterlijk|vóór|verwacht|gepland|afspraak|controle)\s+(\d{1,2})([-/])(\d{1,2})(?![\d]|[-/.]\d)${UNIT_AFTER}`,
  'giu',
);
// A bare day-month without a cue word: "21/10 N: goed geslapen", "Lab 4-4: Hb 7,6", "(2-9)". Not after score and
// count words ("NRS 3/10", "kracht 4/5", "groep 7-8"), not before units ("2-3 dagen"), not "24/7".
// ("2-3/week": a rate per unit.)
const bareDmRe = new RegExp(String.raw`(?<![\p{L}\d/.,:+\-–])(\d{1,2})([-/])(\d{1,2})(?![\d\p{L}]|[-/.,:]\d|\/\p{L})${UNIT_AFTER}`, 'gu');
const countBefore =
  /(?:(?<![a-zà-ÿ])dag(?:en)?|postoperatief|wisselend|wisselt|varieert|pacslac|4at|cam|dos|pijn|pijnscore|nrs|vas|score|scoort|scoorde|kracht|mrc|gcs|emv|apgar|ratio|verhouding|schema|stand|stadium|fase|graad|groep|klas|kamer|bed|nr|nummer|route|lijn|bus|stap|niveau|categorie|cyclus|kuur|dosis|dosering|tabl|tablet|tabletten|maal|gravida|para|visus|cijfer|punten|tussen|ca|circa|ongeveer|rond|hb|inr|ph|painad|moca|must|snaq|barthel|katz|mmse|honos|bmi|ediz|cat)\.?\s*:?\s*$/i;
// "van 11 tot 19 januari", "13 en 29 juli", "22-24 november": the first day takes the month written after it.
// "za 16 en zo 17 nov": a weekday may stand before the second day.
const DAY_LINK = String.raw`(?:-|–|\s*(?:tot en met|tot|t\/m|en)\s*)(?:(?:${WEEKDAY})\.?\s+)?`;
const dayBeforeDateRe = new RegExp(String.raw`(?<![\p{L}\d/.,:-])(\d{1,2})(?=${DAY_LINK}\d{1,2}\s+${MONTH_WORD}(?![\p{L}]))`, 'gu');
const dayLinkToMonthRe = new RegExp(String.raw`^${DAY_LINK}\d{1,2}\s+(${MONTH_WORD})`, 'u');
const textRe = new RegExp(
  String.raw`(?<![\d])(\d{1,2})\s+(${MONTH_WORD})(\.?)(?:\s+('\d{2}|’\d{2}|(?:19|20)\d{2}))?(?![\p{L}\d])`,
  'gu',
);
const monthYearRe = new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_WORD})(\.?)\s+('\d{2}|’\d{2}|(?:19|20)\d{2})(?![\p{L}\d])`, 'gu');
// "Humalog 10-10-12" is an insulin schedule, not 10 October 2012.
const doseScheduleBefore = /(?:insuline|humalog|novorapid|novomix|lantus|levemir|humuline|humulin|apidra|fiasp|actrapid|toujeo|tresiba|insulatard|schema)\s*$/i;

const validDay = (d: number, m: number, y?: number) => isCalendarDate(y, m, d);

/** "2024", "24", "'24" → the full year; two digits by lib/dutch's rule (the latest such year up to `referenceYear`). */
function fullYear(written: string, referenceYear: number): number {
  const digits = written.replace(/^['’]/, '');
  return digits.length === 4 ? Number(digits) : yearFromTwoDigits(Number(digits), referenceYear);
}

function monthFormat(word: string, dot: string) {
  const lower = word.toLowerCase();
  return {
    monthStyle: (MONTHS.includes(lower) ? 'full' : 'abbr') as 'full' | 'abbr',
    monthCap: /^\p{Lu}/u.test(word),
    monthDot: dot === '.',
  };
}

/**
 * Finds every date in `text`, longest match first where forms overlap.
 * @param referenceYear the year two-digit years are read against (see lib/dutch yearFromTwoDigits)
 */
export function findDates(text: string, referenceYear = new Date().getFullYear()): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(isoRe)) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    if (!validDay(+d, +mo, +y)) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      day: +d,
      month: +mo,
      year: +y,
      format: { kind: 'iso', padDay: d.length === 2, padMonth: mo.length === 2 },
    });
  }
  for (const m of text.matchAll(dmyRe)) {
    const [, d, sep, mo, y] = m as unknown as [string, string, string, string, string];
    const year = fullYear(y, referenceYear);
    if (!validDay(+d, +mo, year)) continue;
    if (y.length === 2 && doseScheduleBefore.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      day: +d,
      month: +mo,
      year,
      format: { kind: 'dmy', sep, padDay: d.length === 2, padMonth: mo.length === 2, yearDigits: y.length === 4 ? 4 : 2 },
    });
  }
  for (const m of text.matchAll(dmRe)) {
    const [whole, d, sep, mo] = m as unknown as [string, string, string, string];
    if (!validDay(+d, +mo)) continue;
    const inner = `${d}${sep}${mo}`;
    const start = m.index + whole.lastIndexOf(inner);
    found.push({
      start,
      end: start + inner.length,
      text: inner,
      day: +d,
      month: +mo,
      format: { kind: 'dm', sep, padDay: d.length === 2, padMonth: mo.length === 2 },
    });
  }
  for (const m of text.matchAll(bareDmRe)) {
    const [whole, d, sep, mo] = m as unknown as [string, string, string, string];
    if (!validDay(+d, +mo) || whole === '24/7') continue;
    // "4-5 blikjes", "1-2 sachets": a rising pair before a lower-case word is a range.
    const listStart = /(?:^|\n)[ \t]*[-–•*][ \t]*$/.test(text.slice(Math.max(0, m.index - 6), m.index));
    if (sep === '-' && +d < +mo && !listStart && /^ \p{Ll}/u.test(text.slice(m.index + whole.length, m.index + whole.length + 2))) continue;
    // "INR 12/2: 2,8", "Hb 4-4: 7,6": a lab value's date, with the value after a colon.
    const labDate = /(?:hb|inr|ph|crp|glucose|lab)\.?\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) && /^:\s*\d/.test(text.slice(m.index + whole.length, m.index + whole.length + 4));
    // A leading zero ("beddenstand 08-01") is how dates are written, not scores or counts.
    const zeroPadded = /^0/.test(d) || /^0/.test(mo);
    if (!labDate && !zeroPadded && countBefore.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    found.push({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      day: +d,
      month: +mo,
      format: { kind: 'dm', sep, padDay: d.length === 2, padMonth: mo.length === 2 },
    });
  }
  for (const m of text.matchAll(dayBeforeDateRe)) {
    const day = +(m[1] ?? 0);
    if (day < 1 || day > 31) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).match(dayLinkToMonthRe);
    const month = after ? monthNumber(after[1] ?? '') : undefined;
    if (!month) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], day, month, dayOnly: true, format: { kind: 'dm', sep: '-', padDay: false, padMonth: false } });
  }
  for (const m of text.matchAll(textRe)) {
    const [, d, word, dot, y] = m as unknown as [string, string, string, string, string | undefined];
    const month = monthNumber(word);
    if (!month) continue;
    const year = y ? fullYear(y, referenceYear) : undefined;
    if (!validDay(+d, month, year)) continue;
    // "29 februari." ends a sentence; only an abbreviation owns its period.
    const dropDot = dot === '.' && !y && MONTHS.includes(word.toLowerCase());
    const whole = dropDot ? m[0].slice(0, -1) : m[0];
    found.push({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      day: +d,
      month,
      year,
      format: { kind: 'text', ...monthFormat(word, dropDot ? '' : dot), year: !y ? 'none' : y.length === 4 ? 'yyyy' : 'yy' },
    });
  }
  for (const m of text.matchAll(monthYearRe)) {
    const [, word, dot, y] = m as unknown as [string, string, string, string];
    const month = monthNumber(word);
    // Not after a day number: "31 april 1925" is no date at all, not "april 1925".
    if (!month || /\d\s{1,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      month,
      year: fullYear(y, referenceYear),
      format: { kind: 'monthYear', ...monthFormat(word, dot), year: y.length === 4 ? 'yyyy' : 'yy' },
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

// Any numeric day-month, whatever stands around it ("3-4", "12.03"): what restore must be able to tell apart.
const looseDmRe = /(?<![\d/.,-])(\d{1,2})([-/.])(\d{1,2})(?![\d]|[-/.]\d)/g;

/**
 * Everything in `text` that reads as a date: findDates' dates plus every numeric day-month in any context
 * ("3-4 keer", "score 12-3"). Pseudonymisation never shifts a date onto a day one of these leaves
 * unshifted, and restore reads model output with the same scanner, so restore cannot turn a date the
 * recogniser missed into another date.
 */
export function findDateLikes(text: string, referenceYear = new Date().getFullYear(), dates = findDates(text, referenceYear)): DateMatch[] {
  const taken = new Uint8Array(text.length);
  for (const d of dates) taken.fill(1, d.start, d.end);
  const out = [...dates];
  for (const m of text.matchAll(looseDmRe)) {
    const [whole, d, sep, mo] = m as unknown as [string, string, string, string];
    if (!validDay(+d, +mo) || taken.subarray(m.index, m.index + whole.length).some((x) => x === 1)) continue;
    out.push({ start: m.index, end: m.index + whole.length, text: whole, day: +d, month: +mo, format: { kind: 'dm', sep, padDay: d.length === 2, padMonth: mo.length === 2 } });
  }
  return out.sort((a, b) => a.start - b.start);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function monthText(month: number, f: { monthStyle: 'full' | 'abbr'; monthCap: boolean; monthDot: boolean }): string {
  const full = MONTHS[month - 1] ?? '';
  let word = f.monthStyle === 'full' ? full : (MONTH_ABBREVIATIONS[month - 1] ?? '');
  if (f.monthCap) word = cap(word);
  // "mei" has no abbreviation, so "mei." would look odd.
  if (f.monthDot && f.monthStyle === 'abbr' && word.toLowerCase() !== 'mei') word += '.';
  return word;
}

/** Writes a date in the format a recognised date was written in (the shifted date looks like the original). */
export function writeInFormat(parts: { day?: number; month: number; year?: number }, format: DateFormat): string {
  const { day = 1, month, year = 2024 } = parts;
  const d = (pad: boolean) => (pad ? pad2(day) : String(day));
  const m = (pad: boolean) => (pad ? pad2(month) : String(month));
  switch (format.kind) {
    case 'iso':
      return `${year}-${m(format.padMonth)}-${d(format.padDay)}`;
    case 'dmy':
      return `${d(format.padDay)}${format.sep}${m(format.padMonth)}${format.sep}${format.yearDigits === 4 ? year : pad2(year % 100)}`;
    case 'dm':
      return `${d(format.padDay)}${format.sep}${m(format.padMonth)}`;
    case 'text': {
      const y = format.year === 'yyyy' ? ` ${year}` : format.year === 'yy' ? ` '${pad2(year % 100)}` : '';
      return `${day} ${monthText(month, format)}${y}`;
    }
    case 'monthYear':
      return `${monthText(month, format)} ${format.year === 'yyyy' ? year : `'${pad2(year % 100)}`}`;
  }
}

/**
 * Moves a date by `days` (month-only dates by the nearest whole number of months).
 * Dates without a year are taken to lie in `referenceYear`; with `inverse` the given date
 * is a shifted one and the result is the date in `referenceYear` it came from, so shifting
 * and shifting back are exact. Returns null for a date that cannot exist (29 februari in a
 * common year).
 */
export function shiftDate(
  parts: { day?: number; month: number; year?: number },
  days: number,
  referenceYear: number,
  inverse = false,
): { day?: number; month: number; year?: number } | null {
  const { day, month, year } = parts;
  if (day === undefined) {
    if (year === undefined) return null;
    const months = Math.round(days / 30.4375);
    const index = year * 12 + (month - 1) + months;
    return { month: (index % 12) + 1, year: Math.floor(index / 12) };
  }
  const move = (y: number) => addDays({ year: y, month, day }, days);
  if (year === undefined) {
    const candidates = inverse ? [referenceYear, referenceYear - 1, referenceYear + 1] : [referenceYear];
    for (const y of candidates) {
      if (!validDay(day, month, y)) continue;
      const t = move(y);
      if (!inverse || t.year === referenceYear) return { day: t.day, month: t.month };
    }
    return null;
  }
  return move(year);
}
