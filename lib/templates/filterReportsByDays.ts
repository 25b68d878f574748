import { calendarDateOf, dayNumber, firstDutchDate } from '../dutch';

/**
 * The reports dated from `today` minus `days` up to and including `today` (so 7 days on a Monday reaches
 * back to last Monday), in their original order. Reports without a readable date, or dated after today,
 * are left out: they cannot be placed in the period.
 *
 * @example filterReportsByDays(snapshot.reports, 7, new Date())
 */
export function filterReportsByDays<R extends readonly { date?: string }[]>(reports: R, days: number, today: Date): R[number][] {
  const end = dayNumber(calendarDateOf(today));
  const start = end - Math.max(0, Math.floor(days));
  return reports.filter((report) => {
    const date = report.date ? firstDutchDate(report.date, today) : null;
    if (!date) return false;
    const n = dayNumber(date);
    return n >= start && n <= end;
  });
}
