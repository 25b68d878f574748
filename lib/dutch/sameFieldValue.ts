import { parseDutchBoolean } from './booleans';
import { parseDutchDate } from './dates';
import { foldForMatch } from './fold';
import { parseDutchNumber } from './numbers';
import { parseTime } from './times';

/** The kinds of field a value can be for (lib/page's FieldKind; kept here so this module imports nothing). */
export type ValueKind = 'text' | 'textarea' | 'number' | 'date' | 'time' | 'select' | 'radio' | 'checkbox' | 'combobox' | 'richtext';

function sameNumber(a: string, b: string): boolean | undefined {
  const x = parseDutchNumber(a, { unit: true });
  const y = parseDutchNumber(b, { unit: true });
  return x === null || y === null ? undefined : x === y;
}

function sameDate(a: string, b: string, reference: Date | undefined): boolean | undefined {
  const x = parseDutchDate(a, reference);
  const y = parseDutchDate(b, reference);
  if (!x || !y) return undefined;
  return x.year === y.year && x.month === y.month && x.day === y.day && x.hour === y.hour && x.minute === y.minute;
}

function sameTime(a: string, b: string): boolean | undefined {
  const x = parseTime(a);
  const y = parseTime(b);
  return !x || !y ? undefined : x.hour === y.hour && x.minute === y.minute && (x.second ?? 0) === (y.second ?? 0);
}

/**
 * Whether two values of a field are the same value as far as a person is concerned. The one equality for
 * field values: review (is a suggestion an overwrite?), the fill's refusal of fields changed since review, and
 * reading a filled value back.
 * - checkbox, or a boolean on either side: the same yes/no (true == "ja");
 * - number: the same number (38,2 == 38.2 == "38.2 °C");
 * - date: the same day, in any Dutch format (12-03-2025 == 2025-03-12 == "12 maart 2025"), and the same time if any;
 * - time: the same time (9.05 == 09:05);
 * - anything else, and values that do not read as their kind: the same text folded (case, accents and spacing
 *   do not matter), or the same number ("38,2" in a text field is "38.2").
 * @param reference "now" for dates with a two-digit year or none; default today
 * @example sameFieldValue('number', '38,2', '38.2') // true
 */
export function sameFieldValue(kind: ValueKind, a: string | boolean, b: string | boolean, reference?: Date): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean' || kind === 'checkbox') {
    const x = parseDutchBoolean(a);
    const y = parseDutchBoolean(b);
    if (x !== null && y !== null) return x === y;
    if (typeof a === 'boolean' || typeof b === 'boolean') return false;
  }
  const byKind = kind === 'number' ? sameNumber(a, b) : kind === 'date' ? sameDate(a, b, reference) : kind === 'time' ? sameTime(a, b) : undefined;
  if (byKind !== undefined) return byKind;
  return foldForMatch(a) === foldForMatch(b) || sameNumber(a, b) === true;
}
