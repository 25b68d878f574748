import { describe, expect, it } from 'vitest';
import { filterReportsByDays } from '../filterReportsByDays';
import { parseDutchDate } from '../parseDutchDate';

const today = new Date(2025, 2, 14, 10, 0); // vrijdag 14-03-2025, 10:00 local time

describe('parseDutchDate', () => {
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
    ['20 december', '2024-12-20'], // no year, would be in the future: last year
    ['Vandaag 08:12', '2025-03-14'],
    ['gisteren', '2025-03-13'],
    ['eergisteren 22:00', '2025-03-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDutchDate(text, today)).toBe(iso);
  });

  it.each(['31-02-2025', '2025-13-01', 'geen datum', '', '4 smarch 2025'])('rejects %j', (text) => {
    expect(parseDutchDate(text, today)).toBeNull();
  });
});

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
