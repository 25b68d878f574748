import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAuditCollector, type AuditCollector } from '../../docs/scripts/audit-collector.mjs';

// The minimal collector the admin guide offers (docs/scripts/audit-collector.mjs), as an admin would run it.
const dir = mkdtempSync(join(tmpdir(), 'collector-'));
let collector: AuditCollector | null = null;
afterEach(async () => {
  await collector?.close();
  collector = null;
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(collector!.url, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson', Authorization: 'Bearer t', ...headers }, body });

describe('docs/scripts/audit-collector.mjs', () => {
  it('keeps each eventId once, also across a restart, and acknowledges only what is on disk', async () => {
    const file = join(dir, 'audit.ndjson');
    collector = await startAuditCollector({ port: 0, file, token: 't' });
    expect((await post('{"eventId":"a","type":"read"}\n{"eventId":"b","type":"send"}\n')).status).toBe(204);
    expect((await post('{"eventId":"b","type":"send"}\n')).status).toBe(204); // sent again: its answer was lost
    await collector.close();
    collector = await startAuditCollector({ port: 0, file, token: 't' });
    expect((await post('{"eventId":"a","type":"read"}\n{"eventId":"c","type":"fill"}\n')).status).toBe(204);
    expect(readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).eventId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a wrong token, lines that are not JSON and events without an id', async () => {
    collector = await startAuditCollector({ port: 0, token: 't' });
    expect((await post('{"eventId":"a"}\n', { Authorization: 'Bearer fout' })).status).toBe(401);
    expect((await post('geen json\n')).status).toBe(400);
    expect((await post('{"type":"read"}\n')).status).toBe(400);
    expect(collector.received).toEqual([]);
  });

  it('answers CORS for the extension origin it is given, and for no other', async () => {
    const origin = 'chrome-extension://knjnalaaihnpahegbfkcbhedkjccefal';
    collector = await startAuditCollector({ port: 0, allowOrigin: origin });
    const preflight = await fetch(collector.url, { method: 'OPTIONS', headers: { Origin: origin } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await fetch(collector.url, { method: 'OPTIONS', headers: { Origin: 'https://elders.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
