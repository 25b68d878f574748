import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../schema';
import { permissionOriginsFor, sendPolicyFor } from '../sendPolicy';

const settings = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });
const endpoint = (baseURL: string, provider: Settings['endpoint']['provider'] = 'openai-compatible') => ({ ...defaultSettings().endpoint, baseURL, provider });

describe('sendPolicyFor', () => {
  it('lets requests go to the endpoint origin only', () => {
    expect(sendPolicyFor(settings({ endpoint: endpoint('https://llm.zorg.example/v1') })).allowedOrigins).toEqual(['https://llm.zorg.example']);
  });
  it("allows nothing when the organisation's allowlist does not cover the saved endpoint", () => {
    const policy = sendPolicyFor(settings({ endpoint: endpoint('https://elders.example/v1'), allowedEndpointOrigins: ['https://llm.zorg.example'] }));
    expect(policy.allowedOrigins).toEqual([]);
  });
  it('the on-device model sends nothing anywhere', () => {
    expect(sendPolicyFor(settings({ endpoint: endpoint('', 'built-in') })).allowedOrigins).toEqual([]);
  });
  it('pseudonymises unless this endpoint is excepted', () => {
    expect(sendPolicyFor(settings({ endpoint: endpoint('http://localhost:11434/v1') })).pseudonymize).toBe(true);
    expect(
      sendPolicyFor(settings({ endpoint: endpoint('http://localhost:11434/v1'), pseudonymizeByEndpoint: { 'http://localhost:11434': false } })).pseudonymize,
    ).toBe(false);
  });
});

describe('permissionOriginsFor', () => {
  it('asks for the chat and transcription hosts and the enabled ECD sites, once each', () => {
    const s = settings({
      endpoint: endpoint('https://llm.zorg.example/v1'),
      transcription: { ...defaultSettings().transcription, baseURL: 'https://llm.zorg.example/whisper/v1' },
      enabledSites: ['https://ecd.zorg.example/*'],
    });
    expect(permissionOriginsFor(s)).toEqual(['https://llm.zorg.example/*', 'https://ecd.zorg.example/*']);
  });
  it('asks for no host for the on-device model or an empty transcription address', () => {
    expect(permissionOriginsFor(settings({ endpoint: endpoint('', 'built-in') }))).toEqual([]);
  });
});
