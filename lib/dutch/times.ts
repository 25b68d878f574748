/**
 * Times of day as Dutch carers write them: "14:30", "14.30", "9.05 uur", "om 21:40".
 */

/** An hour:minute of a valid time, as a regex fragment with two groups (hour, minute). */
export const TIME_OF_DAY = String.raw`([01]?\d|2[0-3])[:.]([0-5]\d)`;

/** The value of an `<input type=time>` without seconds: what the model is asked for. */
export const ISO_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface TimeOfDay {
  hour: number;
  minute: number;
  second?: number;
}

const WHOLE_TIME = new RegExp(String.raw`^\s*(?:om\s+)?${TIME_OF_DAY}(?::([0-5]\d))?\s*(?:uur|u)?\s*$`, 'i');

/**
 * Reads a text that is a time of day: "14.30", "9:05 uur", "14:30:15". Null for anything else, also for
 * "25:00" or "14:75".
 * @example parseTime('9.05 uur') // { hour: 9, minute: 5 }
 */
export function parseTime(text: string): TimeOfDay | null {
  const m = WHOLE_TIME.exec(text);
  if (!m) return null;
  const time: TimeOfDay = { hour: Number(m[1]), minute: Number(m[2]) };
  if (m[3] !== undefined) time.second = Number(m[3]);
  return time;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "09:05" (or "09:05:30" with seconds): the value of an `<input type=time>`. */
export function formatIsoTime(time: TimeOfDay): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}${time.second === undefined ? '' : `:${pad2(time.second)}`}`;
}

/** The time at the end of a date text ("do 20-11-2025 21:40", "20 nov, om 9.05 uur"). */
const TRAILING_TIME = /[,\s]+(?:om\s+)?(\d{1,2}[:.]\d{2}(?:\s*uur)?)$/;

/**
 * Splits a date text into the day and the time written after it, so reports can be grouped by day.
 * @example splitTrailingTime('do 20-11-2025 21:40') // { day: 'do 20-11-2025', time: '21:40' }
 */
export function splitTrailingTime(text: string): { day: string; time: string } {
  // The leftmost match leaves the shortest day in front of the time.
  const m = TRAILING_TIME.exec(text);
  return m ? { day: text.slice(0, m.index), time: m[1]! } : { day: text, time: '' };
}
