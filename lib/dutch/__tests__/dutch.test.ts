import { describe, expect, it } from 'vitest';
import type { FieldKind } from '../../page/types';
import {
  findDateMention, firstDutchDate, formatDecimalComma, numbersIn, formatDutchDate, formatIsoDate, isCalendarDate, parseDutchBoolean, parseDutchDate,
  parseDutchNumber, parseTime, sameFieldValue, splitTrailingTime, yearFromTwoDigits, type ValueKind,
} from '../index';

const reference = new Date(2026, 2, 14, 10, 0); // za 14-03-2026, 10:00 local time
const iso = (text: string, read = parseDutchDate) => {
  const d = read(text, reference);
  return d ? `${formatIsoDate(d)}${d.hour === undefined ? '' : ` ${d.hour}:${String(d.minute).padStart(2, '0')}`}` : null;
};

describe('dates: one table for every format', () => {
  // [text, what parseDutchDate reads (the whole text is the date), why]
  const table: [string, string | null, string][] = [
    ['14-03-2025', '2025-03-14', 'dd-mm-jjjj'],
    ['4-3-2025', '2025-03-04', 'd-m-jjjj'],
    ['04/03/2025', '2025-03-04', 'slashes'],
    ['04.03.2025', '2025-03-04', 'dots'],
    ['2025-03-04', '2025-03-04', 'ISO'],
    ['2025-03-04T09:15', '2025-03-04 9:15', 'ISO with a time'],
    ['04-03-2025 14.30', '2025-03-04 14:30', 'a time after, with a dot'],
    ['do 20-11-2025 om 21:40 uur', '2025-11-20 21:40', 'weekday, "om", "uur"'],
    ['4 maart 2025', '2025-03-04', 'month name'],
    ['4 Mrt. 2025', '2025-03-04', 'abbreviation with a dot, any case'],
    ['4 sept 2025', '2025-09-04', 'other short forms'],
    ["12 mrt '25", '2025-03-12', 'apostrophe year'],
    ['dinsdag 4 maart 2025', '2025-03-04', 'weekday name'],
    // Two-digit years: the latest year ending in those digits that is not after the reference year (2026).
    ['3-4-67', '1967-04-03', 'birth date with a two-digit year lies in the past'],
    ['14-03-26', '2026-03-14', 'this year'],
    ['01-01-27', '1927-01-01', 'a year after the reference year is a century back'],
    ['04-03-25', '2025-03-04', 'last year'],
    // No year: the latest such day not after the reference date.
    ['12 mrt', '2026-03-12', 'month name without a year, earlier this year'],
    ['20 december', '2025-12-20', 'without a year, later in the year: last year'],
    ['14/03', '2026-03-14', 'dd/mm as the whole text: today'],
    ['di 12-3', '2026-03-12', 'weekday and d-m'],
    ['29 februari', '2024-02-29', '29 februari without a year: the last leap year'],
    ['vandaag 08:12', '2026-03-14 8:12', 'relative words'],
    ['gisteren', '2026-03-13', ''],
    ['eergisteren', '2026-03-12', ''],
    // The calendar check: rejected by every caller.
    ['31-02-2025', null, 'no 31 februari'],
    ['29-02-2025', null, 'not a leap year'],
    ['2025-13-01', null, 'no month 13'],
    ['31 april 2025', null, 'april has 30 days'],
    ['00-01-2025', null, 'no day 0'],
    ['12-03-2025 25:00', null, 'the text is more than a date: a time that does not exist'],
    // Not dates.
    ['', null, ''],
    ['geen datum', null, ''],
    ['4 smarch 2025', null, 'not a month'],
    ['8.30', null, 'a time, not 8 March'],
    ['1.5', null, 'a decimal, not 1 May'],
    ['12 maarten', null, 'a word starting with a month'],
    ['12-03-20245', null, 'too many digits'],
  ];
  it.each(table)('%j → %s (%s)', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  // Report dates as the templates' day filter reads them (reference: vrijdag 14-03-2025).
  it.each([
    ['14-03-2025', '2025-03-14'],
    ['4-3-2025', '2025-03-04'],
    ['04/03/2025', '2025-03-04'],
    ['04.03.2025 14:30', '2025-03-04'],
    ['04-03-25', '2025-03-04'],
    ['2025-03-04T09:15', '2025-03-04'],
    ['4 maart 2025', '2025-03-04'],
    ['di 4 mrt 2025 om 09:15', '2025-03-04'],
    ['dinsdag 4 maart', '2025-03-04'],
    ['20 december', '2024-12-20'],
    ['Vandaag 08:12', '2025-03-14'],
    ['gisteren', '2025-03-13'],
    ['eergisteren 22:00', '2025-03-12'],
    ['31-02-2025', null],
    ['2025-13-01', null],
    ['geen datum', null],
    ['', null],
    ['4 smarch 2025', null],
  ])('report date %j → %s', (text, expected) => {
    const d = firstDutchDate(text, new Date(2025, 2, 14, 10, 0));
    expect(d ? formatIsoDate(d) : null).toBe(expected);
  });

  it('finds the first date in a text; d-m needs a weekday there', () => {
    expect(iso('Rapportage 12 mrt 2025, door FY', firstDutchDate)).toBe('2025-03-12');
    expect(iso('pijnscore 13-11, bij de controle', firstDutchDate)).toBeNull();
    expect(iso('controle di 17-3', firstDutchDate)).toBe('2025-03-17');
    expect(iso('31-02-2025, verplaatst naar 03-03-2025', firstDutchDate)).toBe('2025-03-03');
    expect(iso('Vandaag 08:12', firstDutchDate)).toBe('2026-03-14 8:12');
  });

  it('finds date mentions in running text as written (numeric dates need a year)', () => {
    expect(findDateMention('Gezien op do 20-11-2025 21:40 door de arts')).toEqual({ text: 'do 20-11-2025 21:40', index: 10 });
    expect(findDateMention('score 13-11')).toBeNull();
    expect(findDateMention('op 12 mrt.')?.text).toBe('12 mrt.');
  });

  it('states the two-digit-year rule and the calendar check once', () => {
    expect([67, 26, 27, 0, 99].map((yy) => yearFromTwoDigits(yy, 2026))).toEqual([1967, 2026, 1927, 2000, 1999]);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2025, 2, 29)).toBe(false);
    expect(isCalendarDate(undefined, 2, 29)).toBe(true);
  });

  it('writes dd-mm-jjjj for people and ISO for fields', () => {
    expect(formatDutchDate({ year: 2025, month: 3, day: 4 })).toBe('04-03-2025');
    expect(formatDutchDate(reference)).toBe('14-03-2026');
    expect(formatIsoDate({ year: 2025, month: 3, day: 4 })).toBe('2025-03-04');
  });
});

describe('times', () => {
  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['9.05 uur', { hour: 9, minute: 5 }],
    ['14:30:15', { hour: 14, minute: 30, second: 15 }],
    ['25:00', null],
    ['14:75', null],
    ['half drie', null],
  ])('%j → %j', (text, expected) => {
    expect(parseTime(text)).toEqual(expected);
  });

  it('splits the time off a date', () => {
    expect(splitTrailingTime('do 20-11-2025 21:40')).toEqual({ day: 'do 20-11-2025', time: '21:40' });
    expect(splitTrailingTime('20 nov, om 9.05 uur')).toEqual({ day: '20 nov', time: '9.05 uur' });
    expect(splitTrailingTime('20-11-2025')).toEqual({ day: '20-11-2025', time: '' });
  });
});

describe('numbers', () => {
  const table: [string, { thousands?: boolean; unit?: boolean }, number | null][] = [
    ['38,2', {}, 38.2],
    ['38.2', {}, 38.2],
    ['172', {}, 172],
    ['-2', {}, -2],
    ['\u22122,5', {}, -2.5],
    ['+1,5', {}, 1.5],
    ['1.600', {}, 1.6],
    ['1.600', { thousands: true }, 1600],
    ['1.600.000', { thousands: true }, 1_600_000],
    ['1.600,5', {}, 1600.5],
    ['1,500', { thousands: true }, 1.5],
    ['72,5 kg', { unit: true }, 72.5],
    ['94%', { unit: true }, 94],
    ['72,5 kg', {}, null],
    ['1e3', {}, null],
    ['12,3,4', {}, null],
    ['', {}, null],
    ['hoog', {}, null],
  ];
  it.each(table)('%j %j → %s', (text, options, expected) => {
    expect(parseDutchNumber(text, options)).toBe(expected);
  });

  it('reads every number in a text once, with the readings it may have', () => {
    expect(numbersIn('142')).toEqual([[142]]);
    expect(numbersIn('142/88')).toEqual([[142], [88]]);
    expect(numbersIn('RR 135/85, P 88')).toEqual([[135], [85], [88]]);
    expect(numbersIn('38,2')).toEqual([[38.2]]);
    expect(numbersIn('1.500 ml')).toEqual([[1500, 1.5]]);
    expect(numbersIn('12.03.2024')).toEqual([[12], [3], [2024]]);
    expect(numbersIn('geen getal')).toEqual([]);
  });

  it('displays with a decimal comma', () => {
    expect(formatDecimalComma(38.2)).toBe('38,2');
    expect(formatDecimalComma(0.1 + 0.2)).toBe('0,3');
  });
});

describe('booleans: one word list', () => {
  const table: [string | boolean, boolean | null][] = [
    ...['ja', 'Ja ', 'JA', 'waar', 'wel', 'aan', 'aangevinkt', 'x', '1', 'true', 'yes', 'on', 'checked'].map((w): [string, boolean] => [w, true]),
    ...['nee', 'onwaar', 'niet', 'uit', 'niet  aangevinkt', '0', 'false', 'no', 'off', 'unchecked'].map((w): [string, boolean] => [w, false]),
    ['', null],
    ['misschien', null],
    [true, true],
  ];
  it.each(table)('%j → %s', (value, expected) => {
    expect(parseDutchBoolean(value)).toBe(expected);
  });
});

describe('sameFieldValue', () => {
  const table: [ValueKind, string | boolean, string | boolean, boolean][] = [
    ['number', '38,2', '38.2', true],
    ['number', '38.0', '38', true],
    ['number', '38,2 °C', '38.2', true],
    ['number', '', '0', false],
    ['number', '', '', true],
    ['text', '38,2', '38.2', true],
    ['select', '  Met   HULP ', 'met hulp', true],
    ['radio', 'Geïnformeerd', 'geinformeerd', true],
    ['text', 'Goed geslapen', 'goed  geslapen', true],
    ['text', 'goed', 'slecht', false],
    ['date', '12-03-2025', '2025-03-12', true],
    ['date', '12 maart 2025', '12/3/2025', true],
    ['date', '12-03-2025', '13-03-2025', false],
    ['date', '2025-03-12T14:30', '12-03-2025 14.30', true],
    ['time', '9.05', '09:05', true],
    ['checkbox', true, 'ja', true],
    ['checkbox', false, 'nee', true],
    ['checkbox', false, true, false],
    ['checkbox', false, '', false],
  ];
  it.each(table)('%s: %j vs %j → %s', (kind, a, b, expected) => {
    expect(sameFieldValue(kind, a, b, reference)).toBe(expected);
    expect(sameFieldValue(kind, b, a, reference)).toBe(expected);
  });

  it('knows every kind a scanned field can have', () => {
    const kinds: ValueKind[] = [] as FieldKind[];
    expect(kinds).toEqual([]);
  });
});
