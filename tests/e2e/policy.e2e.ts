import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../lib/i18n/locales/nl';
import { EXTENSION_ID } from '../../lib/settings/extension-key';
import { answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { managedPolicySkipReason, writeManagedPolicy, type ManagedPolicy } from './managedPolicy';

// A real managed policy, read by Chromium from /etc/chromium/policies/managed (Linux), for our stable ID.
const skipReason = managedPolicySkipReason();
if (skipReason) console.warn(`policy e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('managed policy in real Chromium', () => {
  let env: E2eEnv;
  let policy: ManagedPolicy | undefined;
  beforeAll(async () => {
    // The policy points at the test server, so start it first, then write the policy, then the browser.
    const { startTestLlmServer } = await import('../llm-server/server.mjs');
    const llm = await startTestLlmServer();
    policy = await writeManagedPolicy('dossierhulp-policy-e2e.json', {
      '3rdparty': {
        extensions: {
          [EXTENSION_ID]: {
            endpoint: { provider: 'openai-compatible', baseURL: llm.url, model: 'beleid-model' },
            allowedEndpointOrigins: [llm.origin],
            enforcePseudonymization: true,
            userId: 'beleid-gebruiker',
            lockedSettings: ['language'],
            // Fits Chrome's schema (a string list) but is no match pattern: our own check must warn.
            ecdSites: ['ecd.voorbeeld.nl'],
          },
        },
      },
    });
    env = await startE2e({ configure: false, llm });
  });
  afterAll(async () => {
    try {
      await env?.close();
    } finally {
      policy?.remove();
    }
  });

  it('uses the policy endpoint for suggestions', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor();
    const chat = env.llm.requests.find((r) => r.path.endsWith('/chat/completions'));
    expect(chat?.body.model).toBe('beleid-model');
  });

  it('shows managed settings as locked and warns the admin about the invalid value', async () => {
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    const baseUrl = options.getByLabel('Adres van de server').first();
    await expect(baseUrl.inputValue()).resolves.toBe(env.llm.url);
    expect(await baseUrl.isDisabled()).toBe(true);
    expect(await options.getByText('Beheerd door uw organisatie').count()).toBeGreaterThan(0);
    expect(await options.getByLabel('Taal').isDisabled()).toBe(true);
    await expect(options.getByTestId('policy-warnings').textContent()).resolves.toContain('ecdSites');
  });

  it('refuses an endpoint the organisation does not allow', async () => {
    const result = await env.ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { dossierhulp: { saveUserSettings(p: unknown): Promise<{ ok: boolean; code?: string }> } }).dossierhulp;
      return api.saveUserSettings({ transcription: { baseURL: 'http://127.0.0.1:9/v1' } });
    });
    expect(result).toMatchObject({ ok: false, code: 'endpoint-not-allowed' });
    const locked = await env.ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { dossierhulp: { saveUserSettings(p: unknown): Promise<{ ok: boolean; code?: string }> } }).dossierhulp;
      return api.saveUserSettings({ endpoint: { baseURL: 'http://127.0.0.1:9/v1' } });
    });
    expect(locked).toMatchObject({ ok: false, code: 'locked' });
  });
});

describe.skipIf(skipReason !== null)('"Verbinding testen" under the organisation\'s allowlist (real Chromium)', () => {
  let env: E2eEnv;
  let policy: ManagedPolicy | undefined;
  beforeAll(async () => {
    // Only the allowlist is managed: the endpoint stays the user's to type, and the test server is not on it.
    policy = await writeManagedPolicy('dossierhulp-policy-e2e.json', {
      '3rdparty': { extensions: { [EXTENSION_ID]: { allowedEndpointOrigins: ['https://ai.zorg.example'] } } },
    });
    env = await startE2e({ configure: false });
  });
  afterAll(async () => {
    try {
      await env?.close();
    } finally {
      policy?.remove();
    }
  });

  it('refuses a non-allowed endpoint: the egress message, and no request (so no API key) reaches it', async () => {
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    const baseUrl = options.getByLabel('Adres van de server').first();
    await baseUrl.fill(env.llm.url);
    await options.getByLabel('API-sleutel').first().fill('sk-geheim-123');
    await options.getByRole('button', { name: 'Verbinding testen' }).click();
    // Refused before any request, with the address that is not on the list.
    const refused = nl.settingsMessage['endpoint-not-allowed'].replace('{{origin}}', new URL(env.llm.url).origin);
    await expect.poll(async () => (await options.getByRole('alert').allTextContents()).join('\n')).toContain(refused);
    expect(env.llm.requests).toHaveLength(0);
    expect(await options.getByTestId('connection-ok').count()).toBe(0);
  });
});
