import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/app-db';
import { defaultSettings, type Settings } from '../../settings/schema';
import { createAuditor } from '../auditor';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`auditor-test-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

describe('createAuditor', () => {
  it('records the user id with where it came from', async () => {
    const settings: Settings = { ...defaultSettings(), userId: 'm.devries@zorg.example' };
    await createAuditor({ db, settings: () => settings, salt: async () => 'z', userIdSource: () => 'profile' }).record({ type: 'read' });
    expect((await db.audit.toArray())[0]).toMatchObject({ userId: 'm.devries@zorg.example', userIdSource: 'profile' });
  });

  it('without a source given: typed by the user, or none', async () => {
    await createAuditor({ db, settings: () => ({ ...defaultSettings(), userId: 'zelf' }), salt: async () => 'z' }).record({ type: 'read' });
    await createAuditor({ db, settings: () => defaultSettings(), salt: async () => 'z' }).record({ type: 'read' });
    expect((await db.audit.toArray()).map((e) => e.userIdSource)).toEqual(['manual', 'none']);
  });

  it('queues for the collector only when policy forwards, and then tells the background', async () => {
    let told = 0;
    let settings: Settings = defaultSettings();
    const auditor = createAuditor({ db, settings: () => settings, salt: async () => 'z', onQueued: () => told++ });
    await auditor.record({ type: 'read' });
    expect([await db.outbox.count(), told]).toEqual([0, 0]);
    settings = { ...settings, auditForwarding: { url: 'https://logs.zorg.example/', headers: {}, batchSize: 100 } };
    await auditor.record({ type: 'read' });
    expect([await db.outbox.count(), told]).toEqual([1, 1]);
  });
});
