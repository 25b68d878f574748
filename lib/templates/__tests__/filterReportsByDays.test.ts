import { describe, expect, it } from 'vitest';
import { filterReportsByDays } from '../filterReportsByDays';

const today = new Date(2025, 2, 14, 10, 0); // vrijdag 14-03-2025, 10:00 local time

describe('filterReportsByDays', () => {
  const reports = [
    { date: '14-03-2025 08:00', text: 'vandaag' },
    { date: '13-03-2025', text: 'gisteren' },
    { date: '07-03-2025', text: 'precies 7 dagen terug' },
    { date: '06-03-2025', text: 'te oud' },
    { date: '15-03-2025', text: 'toekomst' },
    { text: 'zonder datum' },
    { date: 'onleesbaar', text: 'onleesbaar' },
    { date: '10 mrt 2025', text: 'maandag' },
  ];

  it('keeps the reports from today minus N days up to today, in order', () => {
    expect(filterReportsByDays(reports, 7, today).map((r) => r.text)).toEqual(['vandaag', 'gisteren', 'precies 7 dagen terug', 'maandag']);
  });

  it('0 days is today only; a long period includes everything dated and not in the future', () => {
    expect(filterReportsByDays(reports, 0, today).map((r) => r.text)).toEqual(['vandaag']);
    expect(filterReportsByDays(reports, 365, today)).toHaveLength(5);
  });
});
