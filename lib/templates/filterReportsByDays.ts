import { parseDutchDate } from './parseDutchDate';

/**
 * The reports dated from `today` minus `days` up to and including `today` (so 7 days on a Monday reaches
 * back to last Monday), in their original order. Reports without a readable date, or dated after today,
 * are left out: they cannot be placed in the period.
 *
 * @example filterReportsByDays(snapshot.reports, 7, new Date())
 */
export function filterReportsByDays<R extends readonly { date?: string }[]>(reports: R, days: number, today: Date): R[number][] {
  const end = dayNumber(todayIso(today));
  const start = end - Math.max(0, Math.floor(days));
  return reports.filter((report) => {
    const iso = report.date ? parseDutchDate(report.date, today) : null;
    if (!iso) return false;
    const n = dayNumber(iso);
    return n >= start && n <= end;
  });
}

function todayIso(today: Date): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
