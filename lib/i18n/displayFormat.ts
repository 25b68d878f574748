import { formatDecimalComma, formatDotDecimal, formatDutchDate, formatIsoTime } from '../dutch';
import type { Language } from './catalogue';

/**
 * How numbers, dates, times and sizes are SHOWN, per UI language. Dutch follows lib/dutch (decimal comma,
 * no thousands dots, which lib/dutch would read as decimals; dd-mm-jjjj). Only for display: what is filled
 * into the ECD follows the field's own format (lib/dutch, lib/page).
 *
 * @example formatNumber(38.2, 'nl') // '38,2'
 * @example formatDate('2025-03-05T09:07:00Z', 'nl') // '05-03-2025' (in the browser's time zone)
 * @example formatBytes(6120, 'nl') // '6,1 kB'
 */
export function formatNumber(value: number, language: Language): string {
  return language === 'nl' ? formatDecimalComma(value) : formatDotDecimal(value);
}

const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

/** dd-mm-jjjj (Dutch) or dd/mm/yyyy (English), in local time. */
export function formatDate(value: Date | string | number, language: Language): string {
  const dutch = formatDutchDate(toDate(value));
  return language === 'nl' ? dutch : dutch.replaceAll('-', '/');
}

/** 24-hour hh:mm, in local time. */
export function formatTime(value: Date | string | number): string {
  const d = toDate(value);
  return formatIsoTime({ hour: d.getHours(), minute: d.getMinutes() });
}

/** Date and time: '05-03-2025 09:07'. */
export function formatDateTime(value: Date | string | number, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value)}`;
}

/** A size in B, kB or MB with one decimal (1 kB = 1000 bytes, as the browser's download list counts). */
export function formatBytes(bytes: number, language: Language): string {
  const oneDecimal = (n: number) => formatNumber(Math.round(n * 10) / 10, language);
  if (bytes < 1000) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1_000_000) return `${oneDecimal(bytes / 1000)} kB`;
  return `${oneDecimal(bytes / 1_000_000)} MB`;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/;

/**
 * A field's value as the panel shows it: a number field's "38.2" as 38,2, a date field's "2025-11-21" as
 * 21-11-2025 (Dutch). Anything else, and anything not in the field's own form (what the nurse is typing),
 * is shown as it is. Display only: the value filled into the page keeps the field's own format.
 *
 * @example formatFieldValue('number', '38.2', 'nl') // '38,2'
 * @example formatFieldValue('date', '2025-11-21', 'nl') // '21-11-2025'
 */
export function formatFieldValue(kind: string, value: string, language: Language): string {
  if (kind === 'number' && PLAIN_NUMBER.test(value.trim())) return formatNumber(Number(value), language);
  if (kind === 'date') {
    const m = ISO_DATE_TIME.exec(value.trim());
    if (m) {
      const date = language === 'nl' ? `${m[3]}-${m[2]}-${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
      return m[4] ? `${date} ${m[4]}` : date;
    }
  }
  return value;
}

/** A recording time as mm:ss (minutes keep counting past 59). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const pad2 = (n: number) => String(n).padStart(2, '0');
  return `${pad2(Math.floor(whole / 60))}:${pad2(whole % 60)}`;
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
    fieldValue: (kind: string, value: string) => formatFieldValue(kind, value, language),
  };
}
export type DisplayFormat = ReturnType<typeof displayFormat>;
