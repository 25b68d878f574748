import { describe, expect, it } from 'vitest';
import { datesInValue, quotesDate } from '../quotedDate';

describe('datesInValue', () => {
  it('finds full dates with their place in the value', () => {
    expect(datesInValue('2025-11-20T22:15')).toMatchObject([{ day: 20, month: 11, year: 2025, start: 0, end: 10 }]);
    expect(datesInValue('Gevallen op 20-11-2025')).toMatchObject([{ day: 20, month: 11, year: 2025, start: 12, end: 22 }]);
  });

  it('leaves dates without a day or year, and scores, to the number rule', () => {
    expect(datesInValue('op 20 november')).toEqual([]);
    expect(datesInValue('november 2025')).toEqual([]);
    expect(datesInValue('NRS 3/10')).toEqual([]);
    expect(datesInValue('142/88')).toEqual([]);
  });
});

describe('quotesDate', () => {
  const [date] = datesInValue('2025-11-20');

  it('matches the same calendar date however it is written', () => {
    for (const text of ['20-11-2025', '20/11/25', "20 nov. '25", '20 november 2025', 'di 20-11', '2025-11-20', 'op 20 november']) {
      expect(quotesDate(text, date!)).toBe(true);
    }
  });

  it('does not match another day, month or year, or bare numbers', () => {
    for (const text of ['21-11-2025', '20-10-2025', '20 november 2024', "20 nov. '24", '11-20-2025', '20 11 2025', 'om 20:11 uur']) {
      expect(quotesDate(text, date!)).toBe(false);
    }
  });
});
