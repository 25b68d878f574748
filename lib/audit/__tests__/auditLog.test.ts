import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/app-db';
import { purgeExpiredAudit, queryAudit, recordAuditEvent } from '../auditLog';
import { hashClientRef } from '../clientHash';

let db: AppDB;
let n = 0;
const hash = (ref: string) => hashClientRef(ref, 'test-salt');

beforeEach(async () => {
  db = new AppDB(`audit-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('recordAuditEvent', () => {
  it('stores origin and path without query or hash, and the endpoint as a host', async () => {
    const event = await recordAuditEvent(
      db,
      {
        type: 'send',
        userId: 'm.devries',
        responsibleUserId: 'teamleider-3',
        url: 'https://ecd.zorg.nl/clienten/rapportage?clientnr=123456#regel-4',
        clientHash: await hash('fingerprint-1'),
        endpointHost: 'https://user:pw@ai.zorg.nl:8443/v1/chat/completions',
        bytes: 2048,
        pseudonymizedCount: 5,
      },
      { logPayloads: false },
    );
    expect(event.id).toBeTypeOf('number');
    expect(event.origin).toBe('https://ecd.zorg.nl');
    expect(event.path).toBe('/clienten/rapportage');
    expect(event.endpointHost).toBe('ai.zorg.nl:8443');
    const [stored] = await db.audit.toArray();
    expect(JSON.stringify(stored)).not.toContain('123456');
    expect(JSON.stringify(stored)).not.toContain('pw');
  });

  it('strips a query from a separately given path too', async () => {
    const event = await recordAuditEvent(
      db,
      { type: 'read', userId: 'u', origin: 'https://ecd.zorg.nl/x?y=1', path: '/dossier?bsn=999999990', clientHash: '' },
      { logPayloads: false },
    );
    expect([event.origin, event.path]).toEqual(['https://ecd.zorg.nl', '/dossier']);
  });

  it('keeps the payload only when logPayloads is on', async () => {
    const base = { type: 'send' as const, userId: 'u', url: 'https://ecd.zorg.nl/a', clientHash: '', payload: 'Cliënt [NAAM-1] viel.' };
    const off = await recordAuditEvent(db, base, { logPayloads: false });
    const on = await recordAuditEvent(db, base, { logPayloads: true });
    expect(off).not.toHaveProperty('payload');
    expect(on.payload).toBe('Cliënt [NAAM-1] viel.');
    const stored = await db.audit.toArray();
    expect(stored.filter((e) => 'payload' in e)).toHaveLength(1);
  });

  it('does not store fields that are not in the schema (e.g. values)', async () => {
    const input = { type: 'fill' as const, userId: 'u', url: 'https://e.nl/', clientHash: '', fields: ['Bloeddruk'], values: ['120/80'] };
    const event = await recordAuditEvent(db, input, { logPayloads: true });
    expect(event).not.toHaveProperty('values');
    expect(event.fields).toEqual(['Bloeddruk']);
  });

  it('refuses an invalid event instead of losing it silently', async () => {
    await expect(
      recordAuditEvent(db, { type: 'read', userId: 'u', url: 'https://e.nl/', clientHash: 'not-a-hash' }, { logPayloads: false }),
    ).rejects.toThrow();
    await expect(
      recordAuditEvent(db, { type: 'stolen' as never, userId: 'u', clientHash: '' }, { logPayloads: false }),
    ).rejects.toThrow();
    expect(await db.audit.count()).toBe(0);
  });
});

describe('queryAudit and purgeExpiredAudit', () => {
  async function seed() {
    const a = await hash('client-a');
    const b = await hash('client-b');
    const rows = [
      { at: '2025-01-01T08:00:00.000Z', type: 'read', userId: 'u1', clientHash: a },
      { at: '2025-01-01T08:05:00.000Z', type: 'send', userId: 'u1', clientHash: a },
      { at: '2025-02-10T12:00:00.000Z', type: 'fill', userId: 'u2', clientHash: b },
      { at: '2025-03-01T09:00:00.000Z', type: 'send', userId: 'u2', clientHash: b },
      { at: '2025-03-02T09:00:00.000Z', type: 'export', userId: 'u1', clientHash: '' },
    ] as const;
    for (const row of rows) await recordAuditEvent(db, { ...row, url: 'https://ecd.zorg.nl/d' }, { logPayloads: false });
    return { a, b };
  }

  it('filters by period, type, client and user, oldest first', async () => {
    const { a, b } = await seed();
    expect((await queryAudit(db)).map((e) => e.type)).toEqual(['read', 'send', 'fill', 'send', 'export']);
    expect((await queryAudit(db, { type: 'send' })).map((e) => e.at)).toEqual([
      '2025-01-01T08:05:00.000Z',
      '2025-03-01T09:00:00.000Z',
    ]);
    expect((await queryAudit(db, { clientHash: a })).map((e) => e.type)).toEqual(['read', 'send']);
    expect((await queryAudit(db, { from: '2025-02-01', to: new Date('2025-03-01T09:00:00Z') })).map((e) => e.type)).toEqual([
      'fill',
      'send',
    ]);
    expect((await queryAudit(db, { userId: 'u2', type: ['fill', 'export'], clientHash: b })).map((e) => e.type)).toEqual(['fill']);
    expect(await queryAudit(db, { limit: 2 })).toHaveLength(2);
  });

  it('deletes only what is older than the retention', async () => {
    await seed();
    // 20 days before 5 March is 13 February: the two January events and the one of 10 February go.
    const deleted = await purgeExpiredAudit(db, 20, new Date('2025-03-05T00:00:00Z'));
    expect(deleted).toBe(3);
    expect((await queryAudit(db)).map((e) => e.at)).toEqual(['2025-03-01T09:00:00.000Z', '2025-03-02T09:00:00.000Z']);
    await expect(purgeExpiredAudit(db, 0)).rejects.toThrow();
  });
});

describe('recordAuditEvent: event ids and the forwarding outbox', () => {
  const input = { type: 'read' as const, userId: 'u', url: 'https://ecd.zorg.nl/x', clientHash: '' };

  it('gives every event its own uuid, once', async () => {
    const a = await recordAuditEvent(db, input, { logPayloads: false });
    const b = await recordAuditEvent(db, input, { logPayloads: false });
    expect(a.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.eventId).not.toBe(b.eventId);
    expect((await db.audit.get(a.id!))?.eventId).toBe(a.eventId);
  });

  it('with forward, writes the log and the outbox together, or neither', async () => {
    const event = await recordAuditEvent(db, input, { logPayloads: false, forward: true });
    const [queued] = await db.outbox.toArray();
    expect(queued).toMatchObject({ eventId: event.eventId, event: { type: 'read', eventId: event.eventId } });
    expect(queued!.event).not.toHaveProperty('id');
    // The same eventId twice breaks the outbox's unique index: the local row is rolled back with it.
    await expect(recordAuditEvent(db, { ...input, eventId: event.eventId }, { logPayloads: false, forward: true })).rejects.toThrow();
    expect(await db.audit.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });
});
