import { describe, expect, it } from 'vitest';
import { auditForwardingSchema, collectorUrlProblem, isLoopbackHost } from '../auditForwarding';
import { resolveSettings } from '../resolve';
import { defaultSettings } from '../schema';
import { forwardingPolicyFor, sendPolicyFor } from '../sendPolicy';
import { isLocked } from '../settingPaths';

describe('collector URL', () => {
  it.each(['https://logs.zorg.example/dossierhulp', 'https://logs.zorg.example:8443/in?token=x', 'http://127.0.0.1:8514/', 'http://localhost:9000/in', 'http://[::1]:9000/'])(
    'accepts %s',
    (url) => expect(collectorUrlProblem(url)).toBeNull(),
  );
  it.each([
    ['http://logs.zorg.example/in', /https is required/],
    ['ftp://logs.zorg.example/', /https/],
    ['logs.zorg.example', /https/],
    ['https://user:secret@logs.zorg.example/', /headers/],
  ])('refuses %s', (url, reason) => expect(collectorUrlProblem(url)).toMatch(reason));

  it('knows loopback hosts', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '[::1]', 'a.localhost'].every(isLoopbackHost)).toBe(true);
    expect(['128.0.0.1', 'localhost.zorg.example', '10.0.0.1', '127.0.0.1.nip.io'].some(isLoopbackHost)).toBe(false);
  });
});

describe('auditForwardingSchema', () => {
  it('fills in headers and batch size', () => {
    expect(auditForwardingSchema.parse({ url: 'https://logs.zorg.example/in' })).toEqual({ url: 'https://logs.zorg.example/in', headers: {}, batchSize: 100 });
  });
  it('refuses headers the browser or the forwarder owns, bad names and line breaks in values', () => {
    for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Bad Name': 'x' }, { Authorization: 'a\r\nX-Evil: 1' }]) {
      expect(auditForwardingSchema.safeParse({ url: 'https://logs.zorg.example/in', headers }).success).toBe(false);
    }
    expect(auditForwardingSchema.safeParse({ url: 'https://logs.zorg.example/in', headers: { Authorization: 'Splunk 1234' } }).success).toBe(true);
  });
  it('keeps the batch size between 1 and 1000', () => {
    for (const batchSize of [0, 1001, 2.5]) expect(auditForwardingSchema.safeParse({ url: 'https://l.example/', batchSize }).success).toBe(false);
  });
});

describe('audit forwarding in settings', () => {
  const policy = { auditForwarding: { url: 'https://logs.zorg.example/dossierhulp', headers: { Authorization: 'Bearer t' }, batchSize: 50 } };

  it('comes from policy only: a user value is ignored and the path is locked', () => {
    const user = resolveSettings(defaultSettings(), { auditForwarding: { url: 'https://evil.example/' } }, {});
    expect(user.settings.auditForwarding).toBeNull();
    expect(isLocked(user.locked, 'auditForwarding')).toBe(true);
    const managed = resolveSettings(defaultSettings(), {}, policy);
    expect(managed.settings.auditForwarding).toEqual(policy.auditForwarding);
    expect(managed.sources.auditForwarding).toBe('policy');
  });

  it('an invalid forwarding policy is ignored with a warning, the rest of the policy applies', () => {
    const r = resolveSettings(defaultSettings(), {}, { auditForwarding: { url: 'http://logs.zorg.example/' }, userId: 'm' });
    expect(r.settings.auditForwarding).toBeNull();
    expect(r.settings.userId).toBe('m');
    expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'auditForwarding', code: 'invalid-value' }));
  });

  it('the collector origin joins the forwarding egress lock only when policy sets it, and never the chat one', () => {
    expect(forwardingPolicyFor(defaultSettings())).toBeNull();
    const settings = resolveSettings(defaultSettings(), {}, policy).settings;
    expect(forwardingPolicyFor(settings)).toEqual({
      url: 'https://logs.zorg.example/dossierhulp',
      headers: { Authorization: 'Bearer t' },
      batchSize: 50,
      allowedOrigins: ['https://logs.zorg.example'],
    });
    expect(sendPolicyFor(settings).allowedOrigins).not.toContain('https://logs.zorg.example');
  });
});

describe('AI transparency mark in settings', () => {
  it('is off by default and comes from policy only', () => {
    expect(resolveSettings(defaultSettings(), { aiTransparencyMark: 'zelf' }, {}).settings.aiTransparencyMark).toBeNull();
    expect(resolveSettings(defaultSettings(), {}, { aiTransparencyMark: { enabled: false, template: 'x' } }).settings.aiTransparencyMark).toBeNull();
  });
  it('enabled: the default template unless the policy gives one', () => {
    expect(resolveSettings(defaultSettings(), {}, { aiTransparencyMark: { enabled: true } }).settings.aiTransparencyMark).toBe(
      'Opgesteld met AI-ondersteuning, gecontroleerd door {gebruiker}',
    );
    expect(resolveSettings(defaultSettings(), {}, { aiTransparencyMark: { enabled: true, template: 'AI-concept, nagekeken door {gebruiker}' } }).settings.aiTransparencyMark).toBe(
      'AI-concept, nagekeken door {gebruiker}',
    );
  });
});
