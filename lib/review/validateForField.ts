import type { ScannedField } from '../page/types';

export type FieldValueCheck = { ok: true; value: string | boolean } | { ok: false };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Checks a proposed value against what the field can hold and normalises it to the field's own form
 * (option text, dot decimal, ISO date). The schema already asks for this; models do not always listen.
 */
export function validateForField(field: Pick<ScannedField, 'kind' | 'options' | 'min' | 'max'>, raw: string | boolean): FieldValueCheck {
  if (field.kind === 'checkbox') {
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    const v = norm(raw);
    if (['ja', 'true', 'waar', 'yes', 'aan'].includes(v)) return { ok: true, value: true };
    if (['nee', 'false', 'onwaar', 'no', 'uit'].includes(v)) return { ok: true, value: false };
    return { ok: false };
  }
  const text = String(raw).trim();
  if (text === '') return { ok: false };
  if (field.kind === 'select' || field.kind === 'radio' || (field.kind === 'combobox' && field.options?.length)) {
    const option = field.options?.find((o) => norm(o) === norm(text));
    return option !== undefined ? { ok: true, value: option } : { ok: false };
  }
  if (field.kind === 'number') {
    const number = Number(text.replace(',', '.'));
    if (!Number.isFinite(number)) return { ok: false };
    if (field.min !== undefined && number < field.min) return { ok: false };
    if (field.max !== undefined && number > field.max) return { ok: false };
    return { ok: true, value: String(number) };
  }
  if (field.kind === 'date') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (iso) return { ok: true, value: text };
    if (dutch) return { ok: true, value: `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` };
    return { ok: false };
  }
  if (field.kind === 'time') {
    const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
    return m ? { ok: true, value: `${m[1]!.padStart(2, '0')}:${m[2]}` } : { ok: false };
  }
  return { ok: true, value: text };
}
