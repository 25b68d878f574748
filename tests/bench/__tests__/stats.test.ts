import { describe, expect, it } from 'vitest';
import { estimateTokens, median, round } from '../stats.mjs';

describe('median', () => {
  it('takes the middle value of an odd sample, in any order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3])).toBe(3);
  });
  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is not moved by one outlier (a GC pause)', () => {
    expect(median([10, 11, 12, 10, 900])).toBe(11);
  });
  it('does not reorder the caller’s array', () => {
    const sample = [3, 1, 2];
    median(sample);
    expect(sample).toEqual([3, 1, 2]);
  });
  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('round', () => {
  it('keeps three significant digits for small values and integers for large ones', () => {
    expect(round(0.012345)).toBe(0.0123);
    expect(round(12.345)).toBe(12.3);
    expect(round(1234.5)).toBe(1235);
    expect(round(0)).toBe(0);
  });
});

describe('estimateTokens', () => {
  it('counts four characters per token, rounding up', () => {
    expect(estimateTokens(8)).toBe(2);
    expect(estimateTokens(9)).toBe(3);
    expect(estimateTokens(0)).toBe(0);
  });
});
