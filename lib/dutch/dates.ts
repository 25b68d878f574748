/**
 * Dutch dates: reading them, finding them in running text and writing them. One grammar for the whole
 * extension, so "12-3-67" or "31-02-2025" means the same in the page reader, the review, the templates and
 * the model's answers.
 *
 * Formats read: 12-03-2025, 12-3-25, 12/03/2025, 12.03.2025, 2025-03-12 (also with "T14:30"), 12 maart 2025,
 * 12 mrt, 12 mrt. '25, a weekday in front ("di 12-3", "dinsdag 12 maart"), a time after ("12-03-2025 14:30",
 * "om 9.05 uur") and vandaag / gisteren / eergisteren. Day-month without a year in digits ("12-3", "12/03")
 * only as the whole text or after a weekday: in running text "13-11" is too often a score or a range.
 *
 * Years: a two-digit year is the latest year ending in those digits that is not after the reference year
 * (see yearFromTwoDigits: in 2026, "67" is 1967 and "27" is 1927), and a date without a year is the latest such
 * day that is not after the reference date ("20 december", read on 14 March 2025, is 20-12-2024). Care records
 * look back: birth dates, reports, admissions.
 */
import {
  addDays, calendarDateOf, isCalendarDate, MONTH_NAMES, MONTH_SHORT_FORMS, monthNumber, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES,
  wordAlternation, yearFromTwoDigits, type CalendarDate,
} from './calendar';
import { TIME_OF_DAY } from './times';

/** A date read from Dutch text. */
export interface DutchDate extends CalendarDate {
  /** False when the text has no year and the year came from the reference date. */
  yearWritten: boolean;
  /** The time written after the date, if any. */
  hour?: number;
  minute?: number;
}

const WEEKDAY = String.raw`(?:${wordAlternation([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS])})\.?,?\s+`;
const MONTH_WORD = `(?:${wordAlternation([...MONTH_NAMES, ...MONTH_SHORT_FORMS])})`;
const TIME_AFTER = String.raw`(?:,?\s*(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?`;

/**
 * Where a date is written in running text (with an optional weekday and time): a numeric date with a year,
 * ISO, or a day with a month name. Not global: use `new RegExp(DATE_MENTION, 'giu')` to scan.
 */
export const DATE_MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${WEEKDAY})?(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}|\d{1,2}\s+${MONTH_WORD}\.?(?:\s+\d{4})?)${TIME_AFTER}(?![\p{L}\p{N}])`,
  'iu',
);

/** The first date mention in a text, as written, or null. */
export function findDateMention(text: string): { text: string; index: number } | null {
  const match = DATE_MENTION.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}

// Groups: 1 weekday; ISO 2 year 3 month 4 day; numeric 5 day 6 separator 7 month 8 year; words 9 day 10 month 11 year;
// time 12 hour 13 minute.
const DATE_EXPRESSION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${WEEKDAY})?(?:([12]\d{3})-(\d{1,2})-(\d{1,2})` +
    String.raw`|(\d{1,2})([-/.])(\d{1,2})(?:\6([12]\d{3}|\d{2}))?(?![-/.]?\d)` +
    String.raw`|(\d{1,2})\s+(${MONTH_WORD})\.?(?!\p{L})(?:\s+([12]\d{3}|['’]\d{2})(?!\d))?)` +
    String.raw`(?!\d)(?:(?:T|,?\s*(?:om\s+)?)${TIME_OF_DAY}(?!\d)(?:\s*uur)?)?`,
  'giu',
);
const RELATIVE_DAY = new RegExp(String.raw`^\s*(vandaag|gisteren|eergisteren)(?!\p{L})(?:,?\s*(?:om\s+)?${TIME_OF_DAY}(?!\d)(?:\s*uur)?)?`, 'iu');
const DAYS_BACK: Record<string, number> = { vandaag: 0, gisteren: 1, eergisteren: 2 };
/** "do 20-11-2025 21:40": the usual report date, read with one regex before the general one. */
const USUAL_DATE = new RegExp(
  String.raw`^(?:\p{L}{2,9}\.?,?\s+)?(\d{1,2})-(\d{1,2})-([12]\d{3})(?:,?\s*(?:om\s+)?${TIME_OF_DAY}(?!\d)(?:\s*uur)?)?\s*$`,
  'iu',
);

function withTime(date: DutchDate, hour: string | undefined, minute: string | undefined): DutchDate {
  if (hour !== undefined && minute !== undefined) {
    date.hour = Number(hour);
    date.minute = Number(minute);
  }
  return date;
}

/** The latest year in which day-month is a real day not after the reference. */
function latestYearOf(month: number, day: number, reference: CalendarDate): number | null {
  for (let year = reference.year; year > reference.year - 8; year--) {
    if (!isCalendarDate(year, month, day)) continue;
    if (year < reference.year || month < reference.month || (month === reference.month && day <= reference.day)) return year;
  }
  return null;
}

function fullYear(written: string, reference: CalendarDate): number {
  const digits = written.replace(/^['’]/, '');
  return digits.length === 2 ? yearFromTwoDigits(Number(digits), reference.year) : Number(digits);
}

function dateOf(day: number, month: number, year: string | undefined, reference: CalendarDate): DutchDate | null {
  if (year === undefined) {
    const latest = latestYearOf(month, day, reference);
    return latest === null ? null : { year: latest, month, day, yearWritten: false };
  }
  const full = fullYear(year, reference);
  return isCalendarDate(full, month, day) ? { year: full, month, day, yearWritten: true } : null;
}

/** The date one match stands for, or null when it names no real day or is a bare day-month in running text. */
function readMatch(m: RegExpExecArray, reference: CalendarDate, whole: boolean): DutchDate | null {
  let date: DutchDate | null;
  if (m[2] !== undefined) date = dateOf(Number(m[4]), Number(m[3]), m[2], reference);
  else if (m[5] !== undefined) {
    // "12-3" means a date only as the whole text or after a weekday; "12.3" never (a decimal, a time).
    if (m[8] === undefined && (m[6] === '.' || (!whole && m[1] === undefined))) return null;
    date = dateOf(Number(m[5]), Number(m[7]), m[8], reference);
  } else {
    const month = monthNumber(m[10]!);
    date = month === undefined ? null : dateOf(Number(m[9]), month, m[11], reference);
  }
  return date && withTime(date, m[12], m[13]);
}

function relativeDay(text: string, reference: CalendarDate): { date: DutchDate; end: number } | null {
  const m = RELATIVE_DAY.exec(text);
  if (!m) return null;
  const day = addDays(reference, -DAYS_BACK[m[1]!.toLowerCase()]!);
  return { date: withTime({ ...day, yearWritten: false }, m[2], m[3]), end: m[0].length };
}

/**
 * The first date in a text (a report's date line, a field value with words around it), or null.
 * @param reference the date "now" for two-digit years, dates without a year and "gisteren"; default today
 * @example firstDutchDate('do 20-11-2025 21:40') // { year: 2025, month: 11, day: 20, yearWritten: true, hour: 21, minute: 40 }
 * @example firstDutchDate('Rapportage 12 mrt', new Date(2025, 5, 1)) // { year: 2025, month: 3, day: 12, yearWritten: false }
 */
export function firstDutchDate(text: string, reference: Date = new Date()): DutchDate | null {
  const ref = calendarDateOf(reference);
  const usual = USUAL_DATE.exec(text);
  if (usual) {
    const date = dateOf(Number(usual[1]), Number(usual[2]), usual[3], ref);
    if (date) return withTime(date, usual[4], usual[5]);
  }
  const relative = relativeDay(text, ref);
  if (relative) return relative.date;
  const trimmed = text.trim();
  const start = text.indexOf(trimmed);
  DATE_EXPRESSION.lastIndex = 0;
  for (let m = DATE_EXPRESSION.exec(text); m; m = DATE_EXPRESSION.exec(text)) {
    const whole = m.index === start && m[0].length === trimmed.length;
    const date = readMatch(m, ref, whole);
    if (date) return date;
  }
  return null;
}

/**
 * A text that is a date (a field value, a model's answer), or null: nothing but an optional weekday, the date
 * and an optional time. "31-02-2025" is null.
 * @example parseDutchDate('3-4-67', new Date(2026, 0, 1)) // { year: 1967, month: 4, day: 3, yearWritten: true }
 */
export function parseDutchDate(text: string, reference: Date = new Date()): DutchDate | null {
  const ref = calendarDateOf(reference);
  const trimmed = text.trim();
  const relative = relativeDay(trimmed, ref);
  if (relative) return relative.end === trimmed.length ? relative.date : null;
  DATE_EXPRESSION.lastIndex = 0;
  const m = DATE_EXPRESSION.exec(trimmed);
  if (!m || m.index !== 0 || m[0].length !== trimmed.length) return null;
  return readMatch(m, ref, true);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function partsOf(date: CalendarDate | Date): CalendarDate {
  return date instanceof Date ? calendarDateOf(date) : date;
}

/** dd-mm-jjjj, as Dutch ECDs show a date. */
export function formatDutchDate(date: CalendarDate | Date): string {
  const { year, month, day } = partsOf(date);
  return `${pad2(day)}-${pad2(month)}-${year}`;
}

/** yyyy-mm-dd: the value of an `<input type=date>` and what the model is asked for. */
export function formatIsoDate(date: CalendarDate | Date): string {
  const { year, month, day } = partsOf(date);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The shape of formatIsoDate's output (no calendar check: that is parseDutchDate's). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
