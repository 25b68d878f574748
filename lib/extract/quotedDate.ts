import { findDates, type DateMatch } from '../privacy/dates';

/**
 * Calendar dates in grounding. A date field takes "2025-11-20" while the carer wrote "20 november 2025",
 * "20-11-25" or "di 20-11": the numbers differ, the date does not. We reuse the pseudonymiser's date
 * recogniser on purpose: the quote is checked against the text as it was sent, and exactly the dates it
 * recognises were shifted there, so a date it does not recognise could not be compared reliably anyway.
 */

/** A date in a value, with day and year, and where it is written. */
export type ValueDate = DateMatch & { day: number; year: number };

/** The year as written has two digits ("20-11-25", "20 nov. '25"): compare it without the century. */
function shortYear(d: DateMatch): boolean {
  return (d.format.kind === 'dmy' && d.format.yearDigits === 2) || (d.format.kind === 'text' && d.format.year === 'yy');
}

/**
 * Full calendar dates (day, month and year) written in a value: "2025-11-20", "20-11-2025",
 * "20 november 2025". Dates without a day or year are left to the number rule, so "NRS 3/10" stays a score.
 * @example datesInValue('2025-11-20T22:15') // [{ day: 20, month: 11, year: 2025, start: 0, end: 10, … }]
 */
export function datesInValue(value: string): ValueDate[] {
  return findDates(value).filter((d): d is ValueDate => d.day !== undefined && d.year !== undefined);
}

/**
 * Whether `text` writes the same calendar date as `date`, in any format the recogniser knows. A date
 * without a year in the text ("di 20-11", "20 november") matches on day and month; a two-digit year
 * matches the last two digits of the year. Weekday names are not checked.
 * @example quotesDate('op 20 november 2025 om 22:15', { day: 20, month: 11, year: 2025 }) // true
 */
export function quotesDate(text: string, date: ValueDate): boolean {
  return findDates(text).some((d) => {
    if (d.day !== date.day || d.month !== date.month) return false;
    if (d.year === undefined) return true;
    return shortYear(d) || shortYear(date) ? d.year % 100 === date.year % 100 : d.year === date.year;
  });
}
