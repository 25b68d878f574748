import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../auditEvent';
import { createTranslator } from '../../i18n';
import { exportAuditCsv, exportAuditJson } from '../exportAudit';

const events: AuditEvent[] = [
  {
    id: 1,
    eventId: '0b9c5f3e-2d4a-4c1b-9e8f-7a6b5c4d3e2f',
    at: '2025-03-01T09:00:00.000Z',
    type: 'fill',
    userId: 'm.devries',
    userIdSource: 'profile',
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
    eventId: '1c0d6e4f-3e5b-4d2c-8f9a-8b7c6d5e4f30',
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
    else if (ch === ';') {
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
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('opens in Dutch Excel: a byte order mark and semicolons', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]!.split(';').length).toBe(rows[0]!.length);
    expect(csv).toContain('Cliënt');
  });

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

  it('names each event by its id and says where the user came from', () => {
    const header = rows[0]!;
    expect(rows[1]![header.indexOf('Gebeurtenis-ID')]).toBe('0b9c5f3e-2d4a-4c1b-9e8f-7a6b5c4d3e2f');
    expect(rows[1]![header.indexOf('Bron gebruiker')]).toBe('browserprofiel');
    expect(rows[2]![header.indexOf('Bron gebruiker')]).toBe('');
  });

  it('defuses spreadsheet formulas coming from page text', () => {
    const header = rows[0]!;
    expect(rows[2]![header.indexOf('Verzonden tekst')]).toBe('\'=HYPERLINK("https://evil.test")\nregel 2');
  });

  it('speaks the language of the translate function it is given', () => {
    const english = parseCsv(exportAuditCsv(events, createTranslator('en')).slice(1));
    expect(english[0]).toContain('Time (UTC)');
    expect(english[1]![english[0]!.indexOf('Event')]).toBe('filled');
  });
});

describe('exportAuditJson', () => {
  it('round-trips the events', () => {
    expect(JSON.parse(exportAuditJson(events))).toEqual(events);
  });
});
