import { foldForMatch, formatIsoDate, formatIsoTime, parseDutchBoolean, parseDutchDate, parseDutchNumber, parseTime } from '../dutch';
import type { ScannedField } from '../page/types';

export type FieldValueCheck = { ok: true; value: string | boolean } | { ok: false };

/**
 * Checks a proposed value against what the field can hold and normalises it to the field's own form
 * (option text, dot decimal, ISO date, HH:MM). The schema already asks for this; models do not always listen.
 * A date needs its year written and must exist ("31-02-2025" does not).
 */
export function validateForField(field: Pick<ScannedField, 'kind' | 'options' | 'min' | 'max'>, raw: string | boolean): FieldValueCheck {
  if (field.kind === 'checkbox') {
    const value = parseDutchBoolean(raw);
    return value === null ? { ok: false } : { ok: true, value };
  }
  const text = String(raw).trim();
  if (text === '') return { ok: false };
  if (field.kind === 'select' || field.kind === 'radio' || (field.kind === 'combobox' && field.options?.length)) {
    const option = field.options?.find((o) => foldForMatch(o) === foldForMatch(text));
    return option !== undefined ? { ok: true, value: option } : { ok: false };
  }
  if (field.kind === 'number') {
    const number = parseDutchNumber(text);
    if (number === null) return { ok: false };
    if (field.min !== undefined && number < field.min) return { ok: false };
    if (field.max !== undefined && number > field.max) return { ok: false };
    return { ok: true, value: String(number) };
  }
  if (field.kind === 'date') {
    const date = parseDutchDate(text);
    if (!date?.yearWritten) return { ok: false };
    // A time written with the date stays: a datetime-local field takes it.
    const time = date.hour === undefined || date.minute === undefined ? '' : `T${formatIsoTime({ hour: date.hour, minute: date.minute })}`;
    return { ok: true, value: formatIsoDate(date) + time };
  }
  if (field.kind === 'time') {
    const time = parseTime(text);
    return time ? { ok: true, value: formatIsoTime(time) } : { ok: false };
  }
  return { ok: true, value: text };
}
