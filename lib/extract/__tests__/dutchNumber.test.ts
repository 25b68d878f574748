import { describe, expect, it } from 'vitest';
import { numbersIn } from '../dutchNumber';

describe('numbersIn', () => {
  it('reads each number once', () => {
    expect(numbersIn('142')).toEqual([[142]]);
    expect(numbersIn('142/88')).toEqual([[142], [88]]);
    expect(numbersIn('RR 135/85, P 88')).toEqual([[135], [85], [88]]);
  });

  it('gives a decimal its readings and splits a dotted date', () => {
    expect(numbersIn('38,2')).toEqual([[38.2]]);
    expect(numbersIn('1.500 ml')).toEqual([[1500, 1.5]]);
    expect(numbersIn('12.03.2024')).toEqual([[12], [3], [2024]]);
    expect(numbersIn('geen getal')).toEqual([]);
  });
});
