import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuditCollector, type AuditCollector } from '../../docs/scripts/audit-collector.mjs';
import { startTestLlmServer, type TestLlmServer } from '../llm-server/server.mjs';
import { openAndRead, startE2e, type E2eEnv } from './fixtures';
import { EXTENSION_DIR, setTestPolicy, setUserSettings } from './harness';

// Servers as an admin meets them: one that works; one that refuses the extension's Origin itself (Ollama
// outside OLLAMA_ORIGINS) on a host the extension may reach; the same kind on 127.0.0.2, where the test build
// has no host permission, so the browser's CORS check refuses it; and a port where nothing listens.
let env: E2eEnv;
let refusing: TestLlmServer;
let foreign: TestLlmServer;
let collector: AuditCollector | null = null;
let options: Page;

const row = (name: string) => options.getByTestId(`diag-endpoint-${name}`);
const attrs = async (name: string) => {
  const r = row(name);
  return { state: await r.getAttribute('data-state'), reachable: await r.getAttribute('data-reachable'), cors: await r.getAttribute('data-cors'), permission: await r.getAttribute('data-permission') };
};
const source = (path: string) => options.getByTestId('diag-settings').locator(`tr[data-path="${path}"]`).getAttribute('data-source');

beforeAll(async () => {
  [refusing, foreign] = await Promise.all([
    startTestLlmServer({ allowOrigins: ['chrome-extension://een-andere-extensie'] }),
    startTestLlmServer({ host: '127.0.0.2', allowOrigins: ['chrome-extension://een-andere-extensie'] }),
  ]);
  env = await startE2e({ llm: await startTestLlmServer({ models: ['test-model', 'whisper-1'] }) });
  options = await env.ext.context.newPage();
});
afterAll(async () => {
  await env?.close();
  await Promise.all([refusing?.close(), foreign?.close(), collector?.close()]);
});

const openOptions = async () => {
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.getByTestId('diagnostics').waitFor();
};

describe('admin diagnostics view in real Chromium', () => {
  it('shows the version, the user and its source, and every setting with where it came from', async () => {
    await setTestPolicy(env.ext, { userIdFrom: 'policy', userId: 'm.devries', lockedSettings: ['language'] });
    await openOptions();
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string };
    await expect(options.getByTestId('diag-version').textContent()).resolves.toContain(`Dossierhulp ${manifest.version}`);
    await expect(options.getByTestId('diag-version').textContent()).resolves.toContain(env.ext.extensionId);
    await expect(options.getByTestId('diag-identity').getAttribute('data-source')).resolves.toBe('policy');
    await expect(options.getByTestId('diag-identity').textContent()).resolves.toMatch(/m\.devries · bron: beleid/);
    await expect.poll(() => source('endpoint.baseURL')).toBe('user'); // startE2e saved it as the user
    await expect(source('userId')).resolves.toBe('policy');
    await expect(source('endpoint.timeoutMs')).resolves.toBe('default');
    await expect(options.getByTestId('diag-settings').locator('tr[data-path="language"]').textContent()).resolves.toMatch(/standaard · vergrendeld/);
  });

  it('a working AI server: host access, reachable, CORS ok, its models', async () => {
    await setUserSettings(env.ext, { transcription: { baseURL: env.llm.url, model: 'whisper-1' } });
    await openOptions();
    await expect.poll(() => attrs('chat')).toEqual({ state: 'checked', reachable: 'true', cors: 'ok', permission: 'true' });
    await expect(row('chat').textContent()).resolves.toContain('test-model, whisper-1');
    await expect.poll(() => attrs('transcription')).toEqual({ state: 'checked', reachable: 'true', cors: 'ok', permission: 'true' });
  });

  it('tells a server that refuses the extension, a browser CORS refusal and an unreachable server apart', async () => {
    // Chat: refused by the server itself (host access granted, so the browser lets the 403 through).
    // Transcription: on a host without host access, refused by the browser's CORS check.
    await setUserSettings(env.ext, { endpoint: { baseURL: refusing.url }, transcription: { baseURL: foreign.url } });
    await openOptions();
    await expect.poll(() => attrs('chat')).toEqual({ state: 'checked', reachable: 'true', cors: 'origin-refused', permission: 'true' });
    await expect(row('chat').textContent()).resolves.toMatch(/OLLAMA_ORIGINS/);
    await expect.poll(() => attrs('transcription')).toEqual({ state: 'checked', reachable: 'true', cors: 'refused', permission: 'false' });
    await expect(row('transcription').getByRole('button', { name: 'toegang geven' }).isVisible()).resolves.toBe(true);

    await setUserSettings(env.ext, { endpoint: { baseURL: 'http://127.0.0.1:9/v1' } });
    await expect.poll(() => attrs('chat'), { timeout: 15_000 }).toEqual({ state: 'checked', reachable: 'false', cors: 'unknown', permission: 'true' });
  });

  it('sends nothing, and so no key, to an endpoint outside the allowlist', async () => {
    await options.goto('about:blank'); // no options page checking the endpoint while the policy is not there yet
    await setUserSettings(env.ext, { endpoint: { baseURL: env.llm.url, apiKey: 'geheime-sleutel' }, transcription: { baseURL: '' } });
    await setTestPolicy(env.ext, { allowedEndpointOrigins: ['https://ai.zorg.example'] });
    env.llm.reset();
    await openOptions();
    await expect.poll(() => attrs('chat')).toMatchObject({ state: 'not-allowed' });
    await options.getByRole('button', { name: 'Verbinding testen' }).click();
    await options.getByRole('alert').first().waitFor();
    await options.waitForTimeout(300);
    expect(env.llm.requests).toEqual([]);
    await setTestPolicy(env.ext, null);
    await setUserSettings(env.ext, { endpoint: { apiKey: '' } });
  });

  it('shows the forwarding state: queued while the collector is down, sent after "Nu versturen"', async () => {
    collector = await startAuditCollector({ port: 0 });
    const url = collector.url;
    await collector.close();
    await setTestPolicy(env.ext, { auditForwarding: { url } });
    await openAndRead(env, 'dossier.html'); // one 'read' event, queued
    await openOptions();
    const forwarding = options.getByTestId('diag-forwarding');
    await expect.poll(() => forwarding.getAttribute('data-enabled')).toBe('true');
    await expect.poll(() => options.getByTestId('diag-queued').textContent(), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => options.getByTestId('diag-last-error').textContent(), { timeout: 10_000 }).toMatch(/collector niet bereikbaar/);
    await expect(forwarding.textContent()).resolves.toContain(url);

    collector = await startAuditCollector({ port: Number(new URL(url).port) });
    await options.getByRole('button', { name: 'Nu versturen' }).click();
    await expect.poll(() => options.getByTestId('diag-queued').textContent(), { timeout: 10_000 }).toBe('0');
    await expect(options.getByTestId('diag-last-success').textContent()).resolves.not.toBe('—');
    expect(collector.received.map((e) => e.type)).toEqual(['read']);
    await setTestPolicy(env.ext, null);
  });
});
