/**
 * The Dutch calendar words and the rules that turn written day, month and year into a real date: month and
 * weekday names, the two-digit-year rule and the calendar check. Everything that reads or recognises a Dutch
 * date (lib/dutch/dates.ts, the pseudonymiser's recogniser) takes its words and rules from here.
 */

export const MONTH_NAMES = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** The usual abbreviation of each month ("mei" has none, so it is itself). */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** Other short forms carers write: "febr", "sept", and "mar", "maa", "oct" (English habits, typing fast). */
const OTHER_SHORT_FORMS: readonly (readonly [string, number])[] = [['febr', 2], ['mar', 3], ['maa', 3], ['sept', 9], ['oct', 10]];

/** Every short spelling of a month that is not also its full name ("mei" is left out). */
export const MONTH_SHORT_FORMS: readonly string[] = [
  ...MONTH_ABBREVIATIONS.filter((a) => !(MONTH_NAMES as readonly string[]).includes(a)),
  ...OTHER_SHORT_FORMS.map(([form]) => form),
];

const MONTH_BY_WORD = new Map<string, number>([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...MONTH_ABBREVIATIONS.map((abbr, i) => [abbr, i + 1] as const),
  ...OTHER_SHORT_FORMS,
]);

/** 1–12 for a Dutch month name or short form in any case ("Maart", "mrt", "sept"), else undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase());
}

export const WEEKDAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export const WEEKDAY_ABBREVIATIONS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;

/** A regex alternation of words, longest first, so "sept" is tried before "sep" and "maart" before "maa". */
export function wordAlternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Whether day, month and year name a real day: "31-02-2025" and "29-02-2025" do not. Without a year, any year
 * may be meant, so 29 februari counts.
 * @example isCalendarDate(2024, 2, 29) // true
 */
export function isCalendarDate(year: number | undefined, month: number, day: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2024, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The full year a two-digit year means: **the latest year ending in those two digits that is not after the
 * reference year.** A care record's dates are almost all in the past (birth dates, reports, admissions), so a
 * birth date "…-67" is 1967, never 2067. In 2026: "67" → 1967, "26" → 2026, "27" → 1927.
 * @example yearFromTwoDigits(67, 2026) // 1967
 */
export function yearFromTwoDigits(twoDigits: number, referenceYear: number): number {
  return referenceYear - (((referenceYear - twoDigits) % 100) + 100) % 100;
}

/** A day in the calendar, months and days counted from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The local calendar day of a Date (what a person in the browser calls "today"). */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Days since 1970-01-01 of a calendar day, for comparing and counting days without time zones. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/** The calendar day `days` after `date` (before, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date((dayNumber(date) + days) * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
