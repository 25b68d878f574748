import type { ScannedField } from './types';

/** Limits for fields that set none themselves, per kind: a value, a line of text, a report. */
const LIMIT_BY_KIND: Record<ScannedField['kind'], number> = {
  number: 32,
  date: 32,
  time: 16,
  checkbox: 32,
  text: 500,
  select: 500,
  radio: 500,
  combobox: 500,
  textarea: 10_000,
  richtext: 10_000,
};

/**
 * The longest value a field may be given: its own maxlength, else a sane limit for its kind. A longer
 * suggestion is refused before review (and said so), never cut off or filled.
 * @example maxValueLength({ kind: 'textarea', maxLength: 4000 }) // 4000
 */
export function maxValueLength(field: Pick<ScannedField, 'kind' | 'maxLength'>): number {
  return field.maxLength ?? LIMIT_BY_KIND[field.kind];
}
