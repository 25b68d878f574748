import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatDuration, formatFieldValue, formatNumber, formatTime } from '../displayFormat';

describe('display formatting', () => {
  it.each([
    [38.2, '38,2', '38.2'],
    [0.1 + 0.2, '0,3', '0.3'],
    [1234, '1234', '1234'],
    [1234.5, '1234,5', '1234.5'],
    [-3, '-3', '-3'],
  ])('number %s: nl %s, en %s', (value, nl, en) => {
    expect(formatNumber(value, 'nl')).toBe(nl);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('dates as dd-mm-jjjj (Dutch) and dd/mm/yyyy (English), times as hh:mm, in local time', () => {
    const d = new Date(2025, 2, 5, 9, 7, 30);
    expect(formatDate(d, 'nl')).toBe('05-03-2025');
    expect(formatDate(d, 'en')).toBe('05/03/2025');
    expect(formatTime(d)).toBe('09:07');
    expect(formatDateTime(d, 'nl')).toBe('05-03-2025 09:07');
    expect(formatDate(d.toISOString(), 'nl')).toBe('05-03-2025');
  });

  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [6120, '6,1 kB'],
    [1000, '1 kB'],
    [1_250_000, '1,3 MB'],
  ])('size %s bytes: %s', (bytes, shown) => {
    expect(formatBytes(bytes, 'nl')).toBe(shown);
  });

  it('durations as mm:ss, past an hour too', () => {
    expect([0, 9.99, 61, 600, 3725, -1].map(formatDuration)).toEqual(['00:00', '00:09', '01:01', '10:00', '62:05', '00:00']);
  });

  it('field values: a number with a decimal comma, an ISO date as dd-mm-jjjj, anything else as it is', () => {
    expect(formatFieldValue('number', '38.2', 'nl')).toBe('38,2');
    expect(formatFieldValue('number', '38.2', 'en')).toBe('38.2');
    expect(formatFieldValue('number', '71.5', 'nl')).toBe('71,5');
    // What the nurse is typing is left alone.
    expect(formatFieldValue('number', '38,', 'nl')).toBe('38,');
    expect(formatFieldValue('date', '2025-11-21', 'nl')).toBe('21-11-2025');
    expect(formatFieldValue('date', '2025-11-21T09:30', 'nl')).toBe('21-11-2025 09:30');
    expect(formatFieldValue('date', '21-11', 'nl')).toBe('21-11');
    expect(formatFieldValue('text', '38.2', 'nl')).toBe('38.2');
    expect(formatFieldValue('time', '09:30', 'nl')).toBe('09:30');
  });
});
