import { describe, expect, it } from 'vitest';
import { validateForField } from '../validateForField';

describe('validateForField', () => {
  it('maps a select value onto the visible option text', () => {
    expect(validateForField({ kind: 'select', options: ['Mentaal welbevinden', 'Participatie'] }, 'participatie')).toEqual({ ok: true, value: 'Participatie' });
    expect(validateForField({ kind: 'select', options: ['Participatie'] }, 'Wonen')).toEqual({ ok: false });
  });
  it('normalises decimal commas and enforces min/max', () => {
    expect(validateForField({ kind: 'number', min: 30, max: 45 }, '38,2')).toEqual({ ok: true, value: '38.2' });
    expect(validateForField({ kind: 'number', min: 30, max: 45 }, '382')).toEqual({ ok: false });
    expect(validateForField({ kind: 'number' }, 'hoog')).toEqual({ ok: false });
  });
  it('reads Dutch yes/no for checkboxes and Dutch dates for date fields', () => {
    expect(validateForField({ kind: 'checkbox' }, 'ja')).toEqual({ ok: true, value: true });
    expect(validateForField({ kind: 'checkbox' }, 'misschien')).toEqual({ ok: false });
    expect(validateForField({ kind: 'date' }, '3-4-2024')).toEqual({ ok: true, value: '2024-04-03' });
    expect(validateForField({ kind: 'time' }, '8.30')).toEqual({ ok: true, value: '08:30' });
  });
});
