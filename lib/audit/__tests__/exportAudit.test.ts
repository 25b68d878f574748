import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../auditEvent';
import { createTranslator } from '../../i18n';
import { exportAuditCsv, exportAuditJson } from '../exportAudit';

const events: AuditEvent[] = [
  {
    id: 1,
    at: '2025-03-01T09:00:00.000Z',
    type: 'fill',
    userId: 'm.devries',
    origin: 'https://ecd.zorg.nl',
    path: '/rapportage',
    clientHash: 'a'.repeat(64),
    fields: ['Bloeddruk, systolisch', 'Opmerking "arts"'],
    accepted: 2,
    edited: 0,
    rejected: 1,
  },
  {
    id: 2,
    at: '2025-03-01T09:01:00.000Z',
    type: 'send',
    userId: 'm.devries',
    origin: 'https://ecd.zorg.nl',
    path: '/rapportage',
    clientHash: '',
    payload: '=HYPERLINK("https://evil.test")\nregel 2',
  },
];

/** Minimal RFC 4180 reader, to check that what we write reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('exportAuditCsv', () => {
  const csv = exportAuditCsv(events, createTranslator('nl'));
  const rows = parseCsv(csv);

  it('has a Dutch header row and one row per event, CRLF separated', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Tijdstip (UTC)');
    expect(rows[0]).toContain('Verantwoordelijke gebruiker');
    expect(rows[0]).toContain('Cliënt (gehasht)');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it('quotes commas, quotes and line breaks so they read back unchanged', () => {
    const header = rows[0]!;
    const fields = rows[1]![header.indexOf('Velden')];
    expect(fields).toBe('Bloeddruk, systolisch; Opmerking "arts"');
    expect(rows[1]![header.indexOf('Gebeurtenis')]).toBe('ingevuld');
    expect(rows[1]![header.indexOf('Afgewezen')]).toBe('1');
  });

  it('defuses spreadsheet formulas coming from page text', () => {
    const header = rows[0]!;
    expect(rows[2]![header.indexOf('Verzonden tekst')]).toBe('\'=HYPERLINK("https://evil.test")\nregel 2');
  });

  it('speaks the language of the translate function it is given', () => {
    const english = parseCsv(exportAuditCsv(events, createTranslator('en')));
    expect(english[0]).toContain('Time (UTC)');
    expect(english[1]![english[0]!.indexOf('Event')]).toBe('filled');
  });
});

describe('exportAuditJson', () => {
  it('round-trips the events', () => {
    expect(JSON.parse(exportAuditJson(events))).toEqual(events);
  });
});
