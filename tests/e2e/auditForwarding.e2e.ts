import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAuditCollector, type AuditCollector } from '../../docs/scripts/audit-collector.mjs';
import { startSandboxServer } from '../sandbox/serve.mjs';
import { startTestLlmServer, type TestLlmServer } from '../llm-server/server.mjs';
import { answerByLabel } from './fixtures';
import { launchWithExtension, localAuditEvents, openPanel, setTestPolicy, setUserSettings, type ExtensionBrowser } from './harness';

type Status = { enabled: boolean; queued: number; failures: number; sentTotal: number; lastSuccessAt?: string; lastError?: { code: string } };

/** A port nothing listens on yet: the collector's, while it is down. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const status = (ext: ExtensionBrowser) =>
  ext.worker.evaluate(() => (globalThis as unknown as { dossierhulp: { forwardingStatus(): Promise<unknown> } }).dossierhulp.forwardingStatus()) as Promise<Status>;

const profile = mkdtempSync(join(tmpdir(), 'dossierhulp-forwarding-'));
const out = join(profile, 'collected.ndjson');
let ext: ExtensionBrowser | null = null;
let llm: TestLlmServer | null = null;
let sandbox: Awaited<ReturnType<typeof startSandboxServer>> | null = null;
let collector: AuditCollector | null = null;

afterAll(async () => {
  await ext?.close();
  await Promise.all([llm?.close(), sandbox?.close(), collector?.close()]);
  rmSync(profile, { recursive: true, force: true });
});

describe('central audit forwarding in real Chromium', () => {
  it('collector down during a flow, browser restarted, collector up: every event arrives exactly once, by id', async () => {
    const port = await freePort();
    [llm, sandbox] = await Promise.all([startTestLlmServer(), startSandboxServer()]);
    ext = await launchWithExtension([], { profile });
    const TOKEN = 'e2e-collector-token';
    await setTestPolicy(ext, {
      auditForwarding: { url: `http://127.0.0.1:${port}/dossierhulp`, headers: { Authorization: `Bearer ${TOKEN}` }, batchSize: 4 },
      userIdFrom: 'policy',
      userId: 'e2e.verpleegkundige',
      aiTransparencyMark: { enabled: true },
    });
    await setUserSettings(ext, { endpoint: { provider: 'openai-compatible', baseURL: llm.url, model: 'test-model', apiKey: '' } });

    // The flow, with the collector down: read → suggest → fill, then a draft inserted into the record.
    const page = await ext.context.newPage();
    await page.goto(new URL('dossier.html', sandbox.url).href);
    const panel = await openPanel(ext, page);
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await panel.getByTestId('client').waitFor();
    // The panel always says that what it proposes is AI-made and must be checked.
    await expect(panel.locator('footer').textContent()).resolves.toMatch(/door AI gemaakt\. Controleer elke waarde/);
    llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();

    llm.enqueue({ text: 'S: Mw. voelt zich grieperig.\nO: T 38,2.\nE: Koorts.\nP: Huisarts gebeld.', chunks: 3 });
    await panel.getByRole('tab', { name: 'Schrijven' }).click();
    await panel.getByLabel('Sjabloon').selectOption({ label: 'SBAR-overdracht' });
    await panel.getByLabel(/Uw eigen korte notities/).fill('koortsig, huisarts gebeld');
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toMatch(/Huisarts gebeld/);
    await expect(panel.getByText(/Door AI gemaakt concept — lees het na/).isVisible()).resolves.toBe(true);
    const MARK = 'Opgesteld met AI-ondersteuning, gecontroleerd door e2e.verpleegkundige';
    await expect(panel.getByTestId('insert-mark').textContent()).resolves.toContain(MARK);
    await panel.getByRole('button', { name: 'Invoegen', exact: true }).click();
    await panel.getByText('Ingevoegd.').waitFor();
    // The mark is appended by the fill session, in the record itself.
    await expect(page.getByTestId('rap-tekst').inputValue()).resolves.toBe(`S: Mw. voelt zich grieperig.\nO: T 38,2.\nE: Koorts.\nP: Huisarts gebeld.\n\n${MARK}`);

    const local = await localAuditEvents(ext);
    expect(local.map((e) => e.type)).toEqual(expect.arrayContaining(['read', 'send', 'outcome', 'fill']));
    expect(local.length).toBeGreaterThanOrEqual(7);
    // Nothing reached the collector, and the extension knows it could not.
    await expect.poll(async () => (await status(ext!)).lastError?.code, { timeout: 10_000 }).toBe('unreachable');
    expect((await status(ext)).queued).toBe(local.length);

    // Restart the browser on the same profile: the queue is on disk, not in memory.
    await ext.close();
    ext = await launchWithExtension([], { profile });
    const afterRestart = await status(ext);
    expect(afterRestart).toMatchObject({ enabled: true, queued: local.length, sentTotal: 0 });

    // The collector comes up (the same script admins can run); the backoff alarm delivers the queue.
    collector = await startAuditCollector({ port, file: out, token: TOKEN });
    await expect.poll(() => collector!.received.length, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(local.length);
    await expect.poll(async () => (await status(ext!)).queued, { timeout: 5_000 }).toBe(0);

    const ids = collector.received.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length); // none twice
    expect([...ids].sort()).toEqual(local.map((e) => e.eventId).sort()); // none lost, none extra
    expect(ids).toEqual(local.map((e) => e.eventId)); // oldest first
    const written = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line).eventId);
    expect(written).toEqual(ids);

    // Each line carries who did it and where that id came from; the insert says it was marked.
    for (const event of collector.received) expect(event).toMatchObject({ userId: 'e2e.verpleegkundige', userIdSource: 'policy', app: 'dossierhulp' });
    expect(collector.received.find((e) => e.type === 'fill' && e.outcome === 'inserted')).toMatchObject({ marked: true });
    expect(JSON.stringify(collector.received)).not.toContain('Heijden');
    const final = await status(ext);
    expect(final).toMatchObject({ queued: 0, failures: 0, sentTotal: local.length });
    expect(final.lastSuccessAt).toBeTruthy();

    // Nothing more arrives later: what was acknowledged is never sent again.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(collector.received.length).toBe(local.length);
  });
});
