import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n';
import { AppDB } from '../app-db';
import {
  addScreenToCollection,
  clearCollection,
  getCollection,
  purgeExpiredCollections,
  removeScreenFromCollection,
} from '../collections';

let db: AppDB;
let n = 0;
const screen = (url: string, text = `tekst van ${url}`) => ({
  clientFingerprint: 'fp-jansen',
  clientLabel: 'J.',
  url,
  title: `Scherm ${url}`,
  text,
});

beforeEach(async () => {
  db = new AppDB(`collections-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('record overview (collections)', () => {
  it('starts an overview for the client of the first screen and adds screens in order', async () => {
    const first = await addScreenToCollection(db, screen('https://ecd.nl/a'), new Date('2025-03-01T09:00:00Z'));
    expect(first).toMatchObject({ ok: true, replaced: false });
    await addScreenToCollection(db, {
      ...screen('https://ecd.nl/b'),
      blocks: [{ ref: 'r1', kind: 'report', text: 'Rapportage' }],
    });
    const collection = await getCollection(db);
    expect(collection?.id).toBe('fp-jansen');
    expect(collection?.screens.map((s) => s.url)).toEqual(['https://ecd.nl/a', 'https://ecd.nl/b']);
    expect(collection?.screens[1]?.blocks?.[0]?.text).toBe('Rapportage');
    expect(collection?.createdAt).toBe('2025-03-01T09:00:00.000Z');
  });

  it('replaces the earlier capture of the same URL', async () => {
    await addScreenToCollection(db, screen('https://ecd.nl/a', 'oud'));
    await addScreenToCollection(db, screen('https://ecd.nl/b'));
    const again = await addScreenToCollection(db, screen('https://ecd.nl/a', 'nieuw'));
    expect(again).toMatchObject({ ok: true, replaced: true });
    const collection = await getCollection(db);
    expect(collection?.screens.map((s) => [s.url, s.text])).toEqual([
      ['https://ecd.nl/a', 'nieuw'],
      ['https://ecd.nl/b', 'tekst van https://ecd.nl/b'],
    ]);
  });

  it('refuses a screen of another client while an overview is open', async () => {
    await addScreenToCollection(db, screen('https://ecd.nl/a'));
    const other = await addScreenToCollection(db, { ...screen('https://ecd.nl/c'), clientFingerprint: 'fp-pietersen', clientLabel: 'P.' });
    expect(other).toEqual({ ok: false, code: 'other-client', activeClientLabel: 'J.' });
    expect((await getCollection(db))?.screens).toHaveLength(1);
    expect(createTranslator('nl')('collection.other-client', { client: 'J.' })).toContain('(J.)');
  });

  it('refuses a screen without an identified client', async () => {
    expect(await addScreenToCollection(db, { ...screen('https://ecd.nl/a'), clientFingerprint: '' })).toEqual({ ok: false, code: 'no-client' });
    expect(await getCollection(db)).toBeUndefined();
  });

  it('after clearing, a new client can start', async () => {
    await addScreenToCollection(db, screen('https://ecd.nl/a'));
    await clearCollection(db);
    const other = await addScreenToCollection(db, { ...screen('https://ecd.nl/c'), clientFingerprint: 'fp-pietersen' });
    expect(other.ok).toBe(true);
    expect((await getCollection(db))?.id).toBe('fp-pietersen');
  });

  it('removes single screens and drops the overview with its last screen', async () => {
    await addScreenToCollection(db, screen('https://ecd.nl/a'));
    await addScreenToCollection(db, screen('https://ecd.nl/b'));
    expect((await removeScreenFromCollection(db, 'https://ecd.nl/a'))?.screens.map((s) => s.url)).toEqual(['https://ecd.nl/b']);
    expect(await removeScreenFromCollection(db, 'https://ecd.nl/b')).toBeUndefined();
    expect(await getCollection(db)).toBeUndefined();
  });

  it('purges an overview left untouched longer than the retention', async () => {
    await addScreenToCollection(db, screen('https://ecd.nl/a'), new Date('2025-03-01T09:00:00Z'));
    expect(await purgeExpiredCollections(db, 7, new Date('2025-03-05T09:00:00Z'))).toBe(0);
    expect(await purgeExpiredCollections(db, 7, new Date('2025-03-09T09:00:00Z'))).toBe(1);
  });
});
