import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestLlmServer, type RecordedRequest, type TestLlmServer } from '../../../tests/llm-server/server.mjs';
import { createAuditor } from '../../audit/auditor';
import { queryAudit } from '../../audit/auditLog';
import { AppDB } from '../../db/app-db';
import { defaultSettings, type Settings } from '../../settings/schema';
import type { SendPolicy } from '../../settings/sendPolicy';
import { endpointConfigSchema } from '../../settings/endpoint';
import { createFillSession } from '../fillSession';
import { localTabTransport } from '../tabTransport';
import { agentsOf, jsdomFrames } from './jsdomFrames';

const page = `<header><h1>Mw. A. Jansen</h1><p>Geboortedatum 14-03-1938 · Cliëntnr. 20481375</p></header>
  <section><h2>Rapportages</h2><article><time>21-11-2025</time><p>Ochtendzorg. RR 135/85, P 88 reg., sat 94%. Gew: 72,9 kg.</p></article></section>
  <form><label for="pols">Pols (/min)</label><input id="pols" type="number">
  <label for="sat">Saturatie (%)</label><input id="sat" type="number">
  <label for="gewicht">Gewicht (kg)</label><input id="gewicht" type="number" step="0.1" value="71.5"></form>`;

/** A model that answers by label from the request's own schema, as a real model has to. */
function answerByLabel(byLabel: Record<string, { value: unknown; quote: string }>) {
  return (request: RecordedRequest) => {
    const properties = (request.body?.response_format?.json_schema?.schema?.properties ?? {}) as Record<string, { description?: string; anyOf?: { description?: string }[] }>;
    const json: Record<string, unknown> = {};
    for (const [prop, sub] of Object.entries(properties)) {
      const description = sub.description ?? sub.anyOf?.map((s) => s.description ?? '').join(' ') ?? '';
      json[prop] = Object.entries(byLabel).find(([label]) => description.includes(label))?.[1] ?? null;
    }
    return { json };
  };
}

let llm: TestLlmServer;
let db: AppDB;
let n = 0;
let policy: SendPolicy;
const settings: Settings = { ...defaultSettings(), userId: 'v.devries' };
beforeAll(async () => {
  llm = await startTestLlmServer();
  policy = { endpoint: endpointConfigSchema.parse({ baseURL: llm.url, model: 'test-model' }), allowedOrigins: [llm.origin], pseudonymize: true, language: 'nl' };
});
afterAll(() => llm.close());
beforeEach(async () => {
  llm.reset();
  db = new AppDB(`session-test-${++n}`);
  await db.open();
});

const setup = () => {
  const frames = jsdomFrames({ 0: { html: page } });
  const auditor = createAuditor({ db, settings: () => settings, salt: async () => 'zout' });
  const session = createFillSession({ transport: localTabTransport(agentsOf(frames)), auditor });
  session.setTab(5);
  const value = (id: string) => (frames.get(0)!.doc.getElementById(id) as HTMLInputElement).value;
  return { session, frames, value };
};

describe('fill session: read → suggest → review → fill → undo, end to end against the test model server', () => {
  it('suggests through the real pipeline, fills only what was accepted, never twice, and undoes', async () => {
    const { session, value } = setup();
    await session.read();
    llm.enqueue(
      answerByLabel({
        'Pols (/min)': { value: 88, quote: 'P 88 reg.' },
        'Saturatie (%)': { value: 94, quote: 'sat 94%' },
        'Gewicht (kg)': { value: 72.9, quote: 'Gew: 72,9 kg' },
      }),
    );
    await session.suggest(policy, '');
    const { review, sent, failure } = session.getState();
    expect(failure).toBeNull();
    expect(sent).toBe(true);
    // The request left pseudonymised: the client's name never reached the model.
    expect(llm.requests[0]!.rawBody).not.toContain('Jansen');
    expect(review!.items.map((i) => [i.label, i.suggested, i.grounded, i.overwrite])).toEqual([
      ['Pols (/min)', '88', true, false],
      ['Saturatie (%)', '94', true, false],
      ['Gewicht (kg)', '72.9', true, true],
    ]);
    expect(review!.items[0]!.quoteSource).toEqual({ date: '21-11-2025', author: undefined });

    session.acceptAll();
    expect(session.pendingFills().map((r) => r.ref.key)).toEqual(['#pols', '#sat']); // the overwrite waits
    await session.fill();
    expect([value('pols'), value('sat'), value('gewicht')]).toEqual(['88', '94', '71.5']);
    expect(session.getState().fill!.last).toEqual({ filled: 2, total: 2 });
    expect(session.getState().review!.items.map((i) => session.isFilled(i))).toEqual([true, true, false]);

    session.confirmOverwrite({ frameId: 0, key: '#gewicht' }, true);
    // Only the newly confirmed overwrite goes out the second time.
    expect(session.pendingFills().map((r) => r.ref.key)).toEqual(['#gewicht']);
    await session.fill();
    expect(value('gewicht')).toBe('72.9');
    // The panel's counts: this fill alone (as its Logboek line) and everything filled on this read.
    expect(session.getState().fill!.last).toEqual({ filled: 1, total: 1 });
    expect(session.getState().fill!.results.filter((r) => r.ok)).toHaveLength(3);
    await session.fill();
    expect(session.getState().notice).toEqual({ code: 'fill.allDone' });

    await session.undo();
    expect([value('pols'), value('sat'), value('gewicht')]).toEqual(['', '', '71.5']);

    // The log says what the panel did: 2 then 1 fields filled, each accepted once, then 3 restored.
    const events = await queryAudit(db);
    expect(events.map((e) => [e.type, e.outcome ?? '', e.count ?? null, e.total ?? null, e.accepted ?? null])).toEqual([
      ['read', '', null, null, null],
      ['send', '', null, null, null],
      ['outcome', 'suggested', 3, null, null],
      ['outcome', '', null, null, 2],
      ['fill', 'filled', 2, 2, null],
      ['outcome', '', null, null, 1],
      ['fill', 'filled', 1, 1, null],
      ['undo', 'undone', 3, 3, null],
    ]);
    expect(events.every((e) => e.userId === 'v.devries' && e.clientHash.length === 64)).toBe(true);
  });

  it('a dropped answer is not reported as "nothing found": what was rejected comes along', async () => {
    const { session } = setup();
    await session.read();
    llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 'heel snel', quote: 'P 88 reg.' } }));
    await session.suggest(policy, '');
    const { review } = session.getState();
    expect(review!.items).toEqual([]);
    expect(review!.rejected).toMatchObject([{ label: 'Pols (/min)', reason: 'invalid-value' }]);
  });

  it('an unreachable model: a failure, nothing sent, nothing to fill', async () => {
    const { session } = setup();
    await session.read();
    await session.suggest({ ...policy, endpoint: { ...policy.endpoint, baseURL: 'http://127.0.0.1:9/v1' }, allowedOrigins: ['http://127.0.0.1:9'] }, '');
    const state = session.getState();
    expect(state.failure?.code).toBe('unreachable');
    expect(state.review).toBeNull();
    // Nothing reached a server, so the panel does not say the text "was sent".
    expect(state.sent).toBe(false);
  });

  it('a page without fields to fill asks nothing of the model', async () => {
    const frames = jsdomFrames({ 0: { html: '<header><h1>Mw. A. Jansen</h1></header><article><p>Rustige nacht.</p></article>' } });
    const auditor = createAuditor({ db, settings: () => settings, salt: async () => 'zout' });
    const session = createFillSession({ transport: localTabTransport(agentsOf(frames)), auditor });
    session.setTab(5);
    await session.read();
    await session.suggest(policy, '');
    expect(session.getState().notice).toEqual({ code: 'fields.noFields' });
    expect(llm.requests).toHaveLength(0);
  });

  it('suggestions of an earlier read cannot be filled after the page was read again with another client', async () => {
    const { session, frames, value } = setup();
    await session.read();
    llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
    await session.suggest(policy, '');
    session.acceptAll();
    frames.get(0)!.doc.querySelector('h1')!.textContent = 'Dhr. B. de Vries';
    await session.fill();
    expect(session.getState().fill!.results).toMatchObject([{ ok: false, error: 'stale' }]);
    expect(value('pols')).toBe('');
  });

  it("an inserted draft carries the organisation's AI mark, and the log says so", async () => {
    const frames = jsdomFrames({ 0: { html: '<header><h1>Mw. A. Jansen</h1></header><form><label for="r">Rapportage</label><textarea id="r"></textarea></form>' } });
    const auditor = createAuditor({ db, settings: () => settings, salt: async () => 'zout' });
    const template = 'Opgesteld met AI-ondersteuning, gecontroleerd door {gebruiker}';
    const session = createFillSession({ transport: localTabTransport(agentsOf(frames)), auditor, transparencyMark: () => ({ template, userId: 'v.devries' }) });
    session.setTab(5);
    const tab = await session.read();
    const field = tab!.fields.find((f) => f.label === 'Rapportage')!;
    expect(session.transparencyMarkFor()).toBe('Opgesteld met AI-ondersteuning, gecontroleerd door v.devries');
    const result = await session.insertText({ frameId: field.frameId, key: field.key }, 'S: pijn.\nP: arts gebeld.', '');
    expect(result?.ok).toBe(true);
    expect((frames.get(0)!.doc.getElementById('r') as HTMLTextAreaElement).value).toBe(
      'S: pijn.\nP: arts gebeld.\n\nOpgesteld met AI-ondersteuning, gecontroleerd door v.devries',
    );
    const [fill] = await queryAudit(db, { type: 'fill' });
    expect(fill).toMatchObject({ outcome: 'inserted', marked: true, userId: 'v.devries' });
  });

  it('without a mark in policy, the draft goes in as it is', async () => {
    const frames = jsdomFrames({ 0: { html: '<form><label for="r">Rapportage</label><textarea id="r"></textarea></form>' } });
    const auditor = createAuditor({ db, settings: () => settings, salt: async () => 'zout' });
    const session = createFillSession({ transport: localTabTransport(agentsOf(frames)), auditor, transparencyMark: () => ({ template: null, userId: 'v' }) });
    session.setTab(5);
    const tab = await session.read();
    const field = tab!.fields[0]!;
    await session.insertText({ frameId: field.frameId, key: field.key }, 'Tekst.', '');
    expect((frames.get(0)!.doc.getElementById('r') as HTMLTextAreaElement).value).toBe('Tekst.');
    expect((await queryAudit(db, { type: 'fill' }))[0]).not.toHaveProperty('marked');
  });

  it('a choice with no way back to "nothing chosen" is filled only after its own confirmation, and its undo is refused saying what it holds', async () => {
    const html = page
      .replace('sat 94%.', 'sat 94%. Temperatuur rectaal gemeten.')
      .replace('</form>', `<span id="ml">Meetplaats temperatuur</span><div role="radiogroup" aria-labelledby="ml">
        <label class="opt"><input type="radio" value="oraal"> Oraal</label><label class="opt"><input type="radio" value="rectaal"> Rectaal</label></div></form>`);
    const frames = jsdomFrames({ 0: { html } });
    const doc = frames.get(0)!.doc;
    // A framework that keeps the choice in its model (it binds each option's value itself) and shows it by class.
    const inputs = Array.from(doc.querySelectorAll('input[type=radio]')) as HTMLInputElement[];
    const bound = new Map(inputs.map((i) => [i, i.value]));
    let model = '';
    inputs.forEach((i) => i.addEventListener('change', () => {
      model = bound.get(i)!;
      inputs.forEach((o) => ((o.checked = bound.get(o) === model), o.closest('label')!.classList.toggle('is-checked', o.checked)));
    }));
    const auditor = createAuditor({ db, settings: () => settings, salt: async () => 'zout' });
    const session = createFillSession({ transport: localTabTransport(agentsOf(frames)), auditor });
    session.setTab(5);
    await session.read();
    llm.enqueue(answerByLabel({ 'Meetplaats temperatuur': { value: 'Rectaal', quote: 'Temperatuur rectaal gemeten' } }));
    await session.suggest(policy, '');
    const [item] = session.getState().review!.items;
    expect(item).toMatchObject({ label: 'Meetplaats temperatuur', suggested: 'Rectaal', noEmptyChoice: true, noEmptyChoiceConfirmed: false });

    session.acceptAll();
    expect(session.pendingFills()).toEqual([]);
    await session.fill();
    expect(session.getState().notice).toEqual({ code: 'fill.onlyNoEmptyChoice' });
    expect(model).toBe('');

    session.confirmNoEmptyChoice(item!.field, true);
    await session.fill();
    expect(model).toBe('rectaal');
    await session.undo();
    expect(model).toBe('rectaal');
    const state = session.getState();
    expect(state.notice).toEqual({ code: 'fill.undoPartial', count: 1 });
    expect(state.notUndone!.results).toMatchObject([{ key: item!.field.key, ok: false, error: 'cannot-clear', value: 'Rectaal' }]);
    const undo = (await queryAudit(db)).find((e) => e.type === 'undo');
    expect([undo?.count, undo?.total]).toEqual([0, 1]);
  });

  it('a failing audit write is shown, and the flow goes on', async () => {
    const { session } = setup();
    await db.delete(); // the log cannot be written any more
    const tab = await session.read();
    expect(tab).not.toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(session.getState().notice).toEqual({ code: 'audit.failed' });
  });
});
