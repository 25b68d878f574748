import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../../lib/audit/auditor';
import { AppDB } from '../../lib/db/app-db';
import { DEMO_MODEL as LIB_DEMO_MODEL } from '../../lib/settings/demo';
import { endpointConfigSchema } from '../../lib/settings/endpoint';
import { defaultSettings } from '../../lib/settings/schema';
import type { SendPolicy } from '../../lib/settings/sendPolicy';
import { prepareDraft } from '../../lib/pipeline';
import { createFillSession } from '../../lib/session/fillSession';
import { localTabTransport } from '../../lib/session/tabTransport';
import { agentsOf, jsdomFrames } from '../../lib/session/__tests__/jsdomFrames';
import { builtinTemplates } from '../../lib/templates';
import { DEMO_MODEL, demoAnswer } from '../llm-server/demoModel.mjs';
import { startTestLlmServer, type TestLlmServer } from '../llm-server/server.mjs';

// Two pages with different fields and values: the demo model answers each from what it is sent.
const pageA = `<header><h1>Mw. A. Jansen</h1></header>
  <article><time>21-11-2025</time><p>Ochtendzorg. RR 135/85, P 88 reg., sat 94%. T 38,2. NRS 6.</p></article>
  <form><label for="pols">Pols (/min)</label><input id="pols" type="number" min="20" max="250">
  <label for="sat">Saturatie (%)</label><input id="sat" type="number">
  <label for="temp">Temperatuur (°C)</label><input id="temp" type="number" step="0.1">
  <label for="opm">Opmerking</label><input id="opm"></form>`;
const pageB = `<header><h1>Dhr. B. de Vries</h1></header>
  <article><p>Avond. Bloeddruk 118/72. Gewicht 80,5 kg.</p></article>
  <form><label for="sys">Bloeddruk systolisch</label><input id="sys" type="number">
  <label for="dia">Bloeddruk diastolisch</label><input id="dia" type="number">
  <label for="gew">Gewicht (kg)</label><input id="gew" type="number" step="0.1"></form>`;

let llm: TestLlmServer;
let policy: SendPolicy;
beforeAll(async () => {
  llm = await startTestLlmServer({ models: [DEMO_MODEL] });
  llm.setHandler(demoAnswer);
  policy = { endpoint: endpointConfigSchema.parse({ baseURL: llm.url, model: DEMO_MODEL }), allowedOrigins: [llm.origin], pseudonymize: true, language: 'nl' };
});
afterAll(() => llm.close());

async function suggestOn(html: string) {
  const db = new AppDB(`demo-${Math.random()}`);
  await db.open();
  const frames = jsdomFrames({ 0: { html } });
  const session = createFillSession({
    transport: localTabTransport(agentsOf(frames)),
    auditor: createAuditor({ db, settings: () => defaultSettings(), salt: async () => 'zout' }),
  });
  session.setTab(1);
  await session.read();
  await session.suggest(policy, '');
  return { session, value: (id: string) => (frames.get(0)!.doc.getElementById(id) as HTMLInputElement).value };
}

describe('the demo model', () => {
  it('is named as the panel expects', () => {
    expect(DEMO_MODEL).toBe(LIB_DEMO_MODEL);
  });

  it('answers from the measurements in the sent text, for the fields in the schema, grounded', async () => {
    const a = await suggestOn(pageA);
    const items = a.session.getState().review!.items;
    expect(items.map((i) => [i.label, i.suggested, i.grounded])).toEqual([
      ['Pols (/min)', '88', true],
      ['Saturatie (%)', '94', true],
      ['Temperatuur (°C)', '38.2', true],
    ]);
    a.session.acceptAll();
    await a.session.fill();
    expect([a.value('pols'), a.value('sat'), a.value('temp')]).toEqual(['88', '94', '38.2']);

    const b = await suggestOn(pageB);
    expect(b.session.getState().review!.items.map((i) => [i.label, i.suggested, i.grounded])).toEqual([
      ['Bloeddruk systolisch', '118', true],
      ['Bloeddruk diastolisch', '72', true],
      ['Gewicht (kg)', '80.5', true],
    ]);
  });

  it('writes a labelled SOEP draft from the notes and measurements it receives', async () => {
    const soep = builtinTemplates.find((t) => t.kind === 'soep')!;
    const outcome = await prepareDraft({ template: soep, tab: null, notes: 'Mw. Jansen had pijn, NRS 6. RR 140/90.', policy }).run();
    expect(outcome.ok).toBe(true);
    const text = outcome.ok ? outcome.text : '';
    expect(text).toMatch(/^\[Demomodel — geen echte AI\]/);
    expect(text).toMatch(/^O: .*RR 140\/90/m);
    // S is the notes themselves, without the data fence around them.
    expect(text).toMatch(/^S: Mw\. Jansen had pijn, NRS 6\./m);
    // Names were pseudonymised on the way out and restored on the way back.
    expect(text).toContain('Jansen');
  });
});
