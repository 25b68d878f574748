import { describe, expect, it } from 'vitest';
import { CLIENT_NAME, dutchReportText } from '../privacyText.mjs';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('dutchReportText', () => {
  it.each([10_000, 100_000, 1_000_000])('gives at least %i bytes, overshooting by less than one report', (size) => {
    const text = dutchReportText(size);
    expect(bytes(text)).toBeGreaterThanOrEqual(size);
    const lastReport = text.slice(text.lastIndexOf('\n\n') + 2);
    expect(bytes(text) - size).toBeLessThan(bytes(lastReport) + 2);
  });

  it('is made of the identifiers a pseudonymiser has to find', () => {
    const text = dutchReportText(10_000);
    expect(text.startsWith(CLIENT_NAME)).toBe(true);
    for (const identifier of ['276401839', '7415 BK', '0570-612345', 'e.hoekstra@voorbeeld.nl', '09-11-1935', 'Jolanda Meijer']) {
      expect(text).toContain(identifier);
    }
    // Dates in every report, as a page shows them.
    expect(text.match(/\b\d{2}-\d{2}-\d{4} \d{2}:\d{2}\b/g)!.length).toBeGreaterThan(40);
  });

  it('is deterministic', () => {
    expect(dutchReportText(20_000)).toBe(dutchReportText(20_000));
  });
});
