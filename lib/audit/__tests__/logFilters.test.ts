import { describe, expect, it } from 'vitest';
import { logFilters } from '../logFilters';

describe('logFilters', () => {
  it('reads Dutch dates as whole local days', () => {
    const { filters, invalid } = logFilters({ type: 'fill', from: '21-11-2025', to: '22 nov 2025' });
    expect(invalid).toEqual([]);
    expect(filters).toEqual({ type: 'fill', from: new Date(2025, 10, 21, 0, 0, 0, 0), to: new Date(2025, 10, 22, 23, 59, 59, 999) });
  });

  it('says which box holds no date instead of guessing', () => {
    expect(logFilters({ type: '', from: '11/21', to: 'morgen?' }).invalid).toEqual(['from', 'to']);
    expect(logFilters({ type: '', from: '', to: '' })).toEqual({ filters: {}, invalid: [] });
  });

  it('knows vandaag', () => {
    const today = new Date(2025, 10, 21, 15, 0);
    expect(logFilters({ type: '', from: 'vandaag', to: '' }, today).filters.from).toEqual(new Date(2025, 10, 21));
  });
});
