import type { Language } from './catalogue';

/**
 * How numbers, dates, times and sizes are SHOWN, per UI language: Dutch uses a decimal comma, a dot
 * between thousands and dd-mm-jjjj dates. Only for display: what is filled into the ECD follows the
 * field's own format, and reading Dutch input is lib/dutch's job.
 *
 * @example formatNumber(38.2, 'nl') // '38,2'
 * @example formatDate('2025-03-05T09:07:00Z', 'nl') // '05-03-2025' (in the browser's time zone)
 * @example formatBytes(6120, 'nl') // '6,1 kB'
 */
const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DATE_SEPARATOR: Record<Language, string> = { nl: '-', en: '/' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 1.234 and 38,2 in Dutch; 1,234 and 38.2 in English. At most `maximumFractionDigits` (default 3) decimals. */
export function formatNumber(value: number, language: Language, options: { maximumFractionDigits?: number } = {}): string {
  const digits = options.maximumFractionDigits ?? 3;
  const id = `${language} ${digits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: digits });
    numberFormats.set(id, format);
  }
  return format.format(value);
}

const two = (n: number) => String(n).padStart(2, '0');
const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

/** dd-mm-jjjj (Dutch) or dd/mm/yyyy (English), in local time. */
export function formatDate(value: Date | string | number, language: Language): string {
  const d = toDate(value);
  const sep = DATE_SEPARATOR[language];
  return `${two(d.getDate())}${sep}${two(d.getMonth() + 1)}${sep}${d.getFullYear()}`;
}

/** 24-hour hh:mm, in local time. */
export function formatTime(value: Date | string | number): string {
  const d = toDate(value);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Date and time: '05-03-2025 09:07'. */
export function formatDateTime(value: Date | string | number, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value)}`;
}

/** A size in bytes, kB or MB (1 kB = 1000 bytes, as the browser's download list counts). */
export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1000) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, language, { maximumFractionDigits: 1 })} kB`;
  return `${formatNumber(bytes / 1_000_000, language, { maximumFractionDigits: 1 })} MB`;
}

/** A recording time as mm:ss (minutes keep counting past 59). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${two(Math.floor(whole / 60))}:${two(whole % 60)}`;
}

/** The formatters for one language, as `useT()` hands them to components. */
export function displayFormat(language: Language) {
  return {
    number: (value: number) => formatNumber(value, language),
    date: (value: Date | string | number) => formatDate(value, language),
    time: formatTime,
    dateTime: (value: Date | string | number) => formatDateTime(value, language),
    bytes: (bytes: number) => formatBytes(bytes, language),
    duration: formatDuration,
  };
}
export type DisplayFormat = ReturnType<typeof displayFormat>;
