const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maart: 3, mar: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const RELATIVE: Record<string, number> = { vandaag: 0, gisteren: 1, eergisteren: 2 };

/**
 * Reads a date as Dutch ECDs show it and returns it as ISO `YYYY-MM-DD`, or null.
 * Understands 12-03-2025, 12-3-25, 12/03/2025, 12.03.2025, 2025-03-12, "12 maart 2025", "ma 12 mrt",
 * a trailing time ("12-03-2025 14:30"), and vandaag / gisteren / eergisteren (relative to `today`).
 * A day and month without a year is taken in the year of `today`, or the year before if that would
 * lie in the future.
 *
 * @example parseDutchDate('di 4 mrt 2025 om 09:15') // '2025-03-04'
 */
export function parseDutchDate(text: string, today: Date = new Date()): string | null {
  const t = text.trim().toLowerCase();
  const relative = /^(vandaag|gisteren|eergisteren)\b/.exec(t);
  if (relative) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - RELATIVE[relative[1]!]!);
    return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  let m = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/.exec(t);
  if (m) return valid(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /\b(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?\b/.exec(t);
  if (m && MONTHS[m[2]!] !== undefined) {
    const month = MONTHS[m[2]!]!;
    const day = Number(m[1]);
    if (m[3]) return valid(Number(m[3]), month, day);
    const year = today.getFullYear();
    const thisYear = valid(year, month, day);
    return thisYear && thisYear > iso(year, today.getMonth() + 1, today.getDate()) ? valid(year - 1, month, day) : thisYear;
  }
  return null;
}

function fullYear(text: string): number {
  // Two-digit years in a care record are this century.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function valid(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? iso(year, month, day) : null;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
