import { describe, expect, it } from 'vitest';
import { meterLevel } from '../meter';

describe('meterLevel', () => {
  it('maps -60..0 dBFS onto 0..1 and clamps outside that range', () => {
    expect(meterLevel(1)).toBe(1);
    expect(meterLevel(0.1)).toBeCloseTo(2 / 3, 6); // -20 dBFS
    expect(meterLevel(0.001)).toBeCloseTo(0, 6); // -60 dBFS
    expect(meterLevel(0.00001)).toBe(0);
    expect(meterLevel(0)).toBe(0);
    expect(meterLevel(Number.NaN)).toBe(0);
    expect(meterLevel(3)).toBe(1);
  });

  it('is monotonic, so louder speech always moves the bar further', () => {
    const levels = [0.002, 0.01, 0.03, 0.1, 0.3].map(meterLevel);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels).size).toBe(levels.length);
  });
});
