import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/app-db';
import { discardDraft, getDrafts, markDraftUsed, purgeExpiredDrafts, saveDraft } from '../drafts';

let db: AppDB;
let n = 0;
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const day = (d: number) => new Date(Date.UTC(2025, 2, d, 9));

beforeEach(async () => {
  db = new AppDB(`drafts-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('drafts', () => {
  it('saves a new draft open, with an expiry of now + retention', async () => {
    const draft = await saveDraft(db, { clientHash: A, kind: 'notes', text: 'Mw. at goed.' }, { retentionDays: 7, now: day(1) });
    expect(draft).toMatchObject({ status: 'open', kind: 'notes', createdAt: day(1).toISOString(), expiresAt: day(8).toISOString() });
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.drafts.get(draft.id)).toEqual(draft);
  });

  it('updates in place, keeps createdAt and extends the expiry', async () => {
    const first = await saveDraft(db, { clientHash: A, kind: 'dictation', text: 'een' }, { retentionDays: 7, now: day(1) });
    const second = await saveDraft(db, { id: first.id, clientHash: A, kind: 'dictation', text: 'een twee', templateId: 'soep' }, { retentionDays: 7, now: day(5) });
    expect(second).toMatchObject({ id: first.id, text: 'een twee', templateId: 'soep', createdAt: first.createdAt, expiresAt: day(12).toISOString() });
    expect(await db.drafts.count()).toBe(1);
  });

  it('never moves a draft to another client', async () => {
    const draft = await saveDraft(db, { clientHash: A, kind: 'notes', text: 'x' }, { retentionDays: 7 });
    await expect(saveDraft(db, { id: draft.id, clientHash: B, kind: 'notes', text: 'y' }, { retentionDays: 7 })).rejects.toThrow(
      /another client/,
    );
    expect((await db.drafts.get(draft.id))?.text).toBe('x');
  });

  it('lists open, unexpired drafts per client, newest first', async () => {
    await saveDraft(db, { clientHash: A, kind: 'notes', text: 'oud' }, { retentionDays: 2, now: day(1) });
    await saveDraft(db, { clientHash: A, kind: 'generated', text: 'nieuw' }, { retentionDays: 7, now: day(2) });
    await saveDraft(db, { clientHash: B, kind: 'transcript', text: 'ander' }, { retentionDays: 7, now: day(2) });
    expect((await getDrafts(db, A, day(2))).map((d) => d.text)).toEqual(['nieuw', 'oud']);
    expect((await getDrafts(db, A, day(4))).map((d) => d.text)).toEqual(['nieuw']);
    expect(await getDrafts(db, undefined, day(2))).toHaveLength(3);
  });

  it('discards, and deletes a draft once it is used', async () => {
    const one = await saveDraft(db, { clientHash: A, kind: 'suggestions', text: '1' }, { retentionDays: 7 });
    const two = await saveDraft(db, { clientHash: A, kind: 'notes', text: '2' }, { retentionDays: 7 });
    await discardDraft(db, one.id);
    expect((await markDraftUsed(db, two.id))?.text).toBe('2');
    expect(await markDraftUsed(db, two.id)).toBeUndefined();
    expect(await db.drafts.count()).toBe(0);
  });

  it('purges what has expired and nothing else', async () => {
    await saveDraft(db, { clientHash: A, kind: 'notes', text: 'kort' }, { retentionDays: 1, now: day(1) });
    await saveDraft(db, { clientHash: A, kind: 'notes', text: 'lang' }, { retentionDays: 7, now: day(1) });
    expect(await purgeExpiredDrafts(db, day(3))).toBe(1);
    expect((await db.drafts.toArray()).map((d) => d.text)).toEqual(['lang']);
  });

  it('refuses a retention below one day', async () => {
    await expect(saveDraft(db, { clientHash: A, kind: 'notes', text: 'x' }, { retentionDays: 0 })).rejects.toThrow();
  });
});

describe('generated drafts', () => {
  it('each template keeps its own draft, with its notes; an interrupted one is recoverable', async () => {
    const { notesChangedSince } = await import('../draft');
    const { generatedDrafts, saveGeneratedText, startGeneratedDraft } = await import('../draftStore');
    const { isInterrupted } = await import('../writeGeneratedDraft');
    const timing = { retentionDays: 7 };
    const soep = await startGeneratedDraft(db, { clientHash: A, templateId: 'soep-rapportage', sourceNotes: 'pijn li heup', scope: 'page' }, timing);
    await saveGeneratedText(db, soep, 'S: pijn', 'open', timing);
    const summary = await startGeneratedDraft(db, { clientHash: A, templateId: 'dossiersamenvatting-arts', sourceNotes: '', scope: 'overview' }, timing);
    await saveGeneratedText(db, summary, 'Samenvatting tot zo', 'writing', timing);
    const all = await generatedDrafts(db, A);
    expect(all.map((d) => [d.templateId, d.scope, d.text])).toEqual([
      ['dossiersamenvatting-arts', 'overview', 'Samenvatting tot zo'],
      ['soep-rapportage', 'page', 'S: pijn'],
    ]);
    // Nobody in this page is writing the summary any more: it was interrupted, and it is kept.
    expect(isInterrupted(all[0]!)).toBe(true);
    const kept = await saveGeneratedText(db, all[0]!, all[0]!.text, 'open', timing);
    expect(isInterrupted(kept)).toBe(false);
    expect(notesChangedSince(all[1]!, 'pijn li heup ')).toBe(false);
    expect(notesChangedSince(all[1]!, 'pijn li heup, NRS 6')).toBe(true);
    expect(notesChangedSince(all[0]!, 'iets anders')).toBe(false);
  });
});
