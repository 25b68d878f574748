/** Dutch month names and abbreviations → month number. */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maart: 3, mar: 3, apr: 4, april: 4, mei: 5,
  jun: 6, juni: 6, jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\\.?,?\\s+';
const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?';
const TIME = '(?:,?\\s*(?:om\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*uur)?)?';
// Numeric dates need a year: "13-11" alone is too often something else (a score, a range).
const DATE_SOURCE =
  `(?:${WEEKDAY})?(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?!\\d)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)${TIME}`;

/** Matches one Dutch date (with optional weekday and time). Not global: use `new RegExp(DATE_RE, 'gi')` to scan. */
export const DATE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE_SOURCE}(?![\\p{L}\\p{N}])`, 'iu');

/** The first Dutch date in a text, as written, or null. */
export function findDate(text: string): { text: string; index: number } | null {
  const match = DATE_RE.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}

interface DateParts {
  year: number | null;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** "do 20-11-2025 21:40", "20-11-2025": the usual shape, read with one regex (the general path needs three). */
const USUAL_DATE = /^(?:\p{L}{2,9}\.?,?\s+)?(\d{1,2})-(\d{1,2})-(\d{4})(?:,?\s*(?:om\s+)?(\d{1,2})[:.](\d{2})(?:\s*uur)?)?\s*$/iu;

function parseDate(text: string): DateParts | null {
  const usual = USUAL_DATE.exec(text);
  if (usual) {
    const hour = usual[4] ? Number(usual[4]) : 0;
    const minute = usual[5] ? Number(usual[5]) : 0;
    return { year: Number(usual[3]), month: Number(usual[2]), day: Number(usual[1]), hour, minute };
  }
  // Sorting 10,000 reports parses 10,000 dates: numbers need no lower-casing, only month names do.
  const time = /(\d{1,2})[:.](\d{2})(?:\s*uur)?\s*$/i.exec(text);
  const hour = time ? Number(time[1]) : 0;
  const minute = time ? Number(time[2]) : 0;
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour, minute };
  m = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/.exec(text);
  if (m) {
    const y = Number(m[3]);
    return { year: m[3]!.length === 2 ? 2000 + y : y, month: Number(m[2]), day: Number(m[1]), hour, minute };
  }
  m = /(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?/.exec(text.toLowerCase());
  const month = m ? MONTHS[m[2]!] : undefined;
  if (m && month) return { year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]), hour, minute };
  return null;
}

/**
 * A number that sorts dates chronologically (yyyymmddhhmm); dates without a year are placed in the current
 * year. NaN when the text holds no date.
 */
export function dateSortKey(text: string, now: Date = new Date()): number {
  const p = parseDate(text);
  if (!p) return Number.NaN;
  const year = p.year ?? now.getFullYear();
  return ((year * 100 + p.month) * 100 + p.day) * 10000 + p.hour * 100 + p.minute;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Dutch or ISO date as yyyy-mm-dd (the value of input type=date), or null. */
export function toIsoDate(text: string): string | null {
  const p = parseDate(text.trim());
  if (!p || p.year === null || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return null;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "14.30", "9:05 uur" → "14:30", "09:05" (the value of input type=time), or null. */
export function toIsoTime(text: string): string | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:uur)?\s*$/i.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}${m[3] ? `:${m[3]}` : ''}`;
}
