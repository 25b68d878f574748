import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n';
import { endpointConfigSchema } from '../../settings/endpoint';
import { failureFacts, reachedServer } from '../failureFacts';
import { llmErrorCodeSchema } from '../llmError';

const endpoint = endpointConfigSchema.parse({ baseURL: 'https://llm.zorg.example:8443/v1', model: 'qwen', apiKey: 'sk-geheim', timeoutMs: 45_000 });

describe('failureFacts', () => {
  it('names status, host and model, never the key or the path', () => {
    const facts = failureFacts({ code: 'unauthorized', status: 401, detail: 'Incorrect API key provided.' }, endpoint);
    expect(facts).toEqual({ code: 'unauthorized', status: 401, host: 'llm.zorg.example:8443', model: 'qwen', detail: 'Incorrect API key provided.' });
    expect(JSON.stringify(facts)).not.toContain('sk-geheim');
  });

  it('gives the configured time-out for a timeout, in seconds', () => {
    expect(failureFacts({ code: 'timeout' }, endpoint).timeoutSeconds).toBe(45);
    expect(failureFacts({ code: 'unreachable' }, endpoint).timeoutSeconds).toBeUndefined();
  });

  it('has no host for the browser model', () => {
    expect(failureFacts({ code: 'not-supported' }, { ...endpoint, provider: 'built-in' })).toEqual({ code: 'not-supported' });
  });
});

describe('reachedServer', () => {
  it('is true only when the server got the request', () => {
    expect(reachedServer({ code: 'unreachable' })).toBe(false);
    expect(reachedServer({ code: 'egress-blocked' })).toBe(false);
    expect(reachedServer({ code: 'cancelled' })).toBe(false);
    expect(reachedServer({ code: 'cors-origin', status: 403 })).toBe(true);
    expect(reachedServer({ code: 'unauthorized', status: 401 })).toBe(true);
    expect(reachedServer({ code: 'invalid-output' })).toBe(true);
    expect(reachedServer({ code: 'timeout' })).toBe(true);
  });
});

describe('messages in two layers', () => {
  const { nl, en } = catalogues;
  it('every code has a plain sentence for the nurse and a fix for the admin, in both languages', () => {
    for (const code of llmErrorCodeSchema.options) {
      for (const c of [nl, en]) {
        expect(c.llmError[code].length, code).toBeGreaterThan(30);
        expect(c.llmErrorAdmin[code].length, code).toBeGreaterThan(15);
      }
    }
  });

  it('the nurse layer has no commands, protocol names or status codes; the admin layer has the server-side fix', () => {
    for (const code of llmErrorCodeSchema.options) {
      expect(nl.llmError[code], code).not.toMatch(/ollama|CORS|OLLAMA_ORIGINS|`|5xx|40[134]|429|JSON|schema|base-?URL|token/i);
      expect(nl.llmError[code], code).not.toMatch(/hieronder/);
    }
    // How to start Ollama goes with a refused connection (nothing listens), not with every failure.
    expect(nl.llmErrorAdmin['connection-refused']).toContain('ollama serve');
    expect(nl.llmErrorAdmin['cors-origin']).toContain('OLLAMA_ORIGINS=chrome-extension://*');
    // The time-out setting it points to exists (Instellingen → AI-server → Time-out).
    expect(nl.llmErrorAdmin.timeout).toContain(nl.settings.timeout);
  });
});
