import { describe, expect, it } from 'vitest';
import { createResults, formatValue, toMarkdown } from '../results.mjs';

describe('createResults', () => {
  it('writes the results.json shape: name → { value, unit }', () => {
    const r = createResults();
    r.record('read.readPage.10000.medianMs', 1234.5678, 'ms', { target: '≤ 5×', met: false, note: 'x' });
    r.record('size.contentScript.gzip', 37.512, 'kB');
    expect(r.toJson()).toEqual({
      'read.readPage.10000.medianMs': { value: 1235, unit: 'ms' },
      'size.contentScript.gzip': { value: 37.5, unit: 'kB' },
    });
  });

  it('replaces a figure recorded twice under the same name, keeping its place', () => {
    const r = createResults();
    r.record('a', 1, 'ms');
    r.record('b', 2, 'ms');
    r.record('a', 3, 'ms');
    expect(r.rows.map((row) => [row.name, row.value])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('refuses a value that is not a number, so a broken measurement cannot slip into the JSON', () => {
    const r = createResults();
    expect(() => r.record('x', Number.NaN, 'ms')).toThrow(/number/);
    expect(() => r.record('x', undefined as unknown as number, 'ms')).toThrow(/number/);
  });

  it('lists the missed targets only', () => {
    const r = createResults();
    r.record('ok', 1, 'ms', { target: '< 2', met: true });
    r.record('bad', 3, 'ms', { target: '< 2', met: false });
    r.record('none', 3, 'ms');
    expect(r.missed().map((row) => row.name)).toEqual(['bad']);
  });
});

describe('toMarkdown', () => {
  it('prints metric, value, unit, target and ✓/✗, escaping pipes', () => {
    const r = createResults();
    r.record('fields.scan', 31.04, 'ms', { target: '< 50 ms', met: true });
    r.record('size.panel', 419.4, 'kB', { target: '≤ 350 kB', met: false, note: 'a|b' });
    r.record('plain', 2, '×');
    const lines = toMarkdown(r.rows).split('\n');
    expect(lines[0]).toBe('| metric | value | unit | target | met |');
    expect(lines[2]).toBe('| fields.scan | 31 | ms | < 50 ms | ✓ |');
    expect(lines[3]).toBe('| size.panel (a\\|b) | 419 | kB | ≤ 350 kB | ✗ |');
    expect(lines[4]).toBe('| plain | 2 | × |  |  |');
  });

  it('groups thousands for readability', () => {
    expect(formatValue(1777030)).toBe('1 777 030');
    expect(formatValue(0.00777)).toBe('0.00777');
  });
});
