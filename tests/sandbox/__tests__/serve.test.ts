import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../serve.mjs';

const DIST = fileURLToPath(new URL('../spa/dist/', import.meta.url));

/** Raw GET that keeps the path exactly as written (fetch would normalise ../). */
function rawGet(server: SandboxServer, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startSandboxServer', () => {
  let server: SandboxServer;

  beforeAll(async () => {
    // The SPA fallback needs a built index.html; create a stand-in only when no build exists yet.
    if (!existsSync(DIST + 'index.html')) {
      mkdirSync(DIST, { recursive: true });
      writeFileSync(DIST + 'index.html', '<!doctype html><title>spa</title>');
    }
    server = await startSandboxServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on a free port and returns a base URL with a trailing slash', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(new URL('dossier.html', server.url).pathname).toBe('/dossier.html');
  });

  it('serves pages, styles, scripts and JSON with their content types and without caching', async () => {
    const cases: [string, string][] = [
      ['/dossier.html', 'text/html'],
      ['/assets/sandbox.css', 'text/css'],
      ['/assets/widgets.js', 'text/javascript'],
      ['/assets/rapportage-generator.js', 'text/javascript'],
      ['/key-facts.json', 'application/json'],
    ];
    for (const [path, type] of cases) {
      const res = await rawGet(server, path);
      expect(res.status, path).toBe(200);
      expect(String(res.headers['content-type']), path).toContain(type);
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
  });

  it('serves index.html for / and answers HEAD without a body', async () => {
    const root = await rawGet(server, '/');
    expect(root.status).toBe(200);
    expect(root.body).toContain('Oefenomgeving Zorgdossier');
    const head = await rawGet(server, '/dossier.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
  });

  it('maps /spa/ to spa/dist and falls back to the SPA index for client-side routes only', async () => {
    const redirect = await rawGet(server, '/spa');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/spa/');
    const spa = await rawGet(server, '/spa/');
    const route = await rawGet(server, '/spa/client-c');
    expect(spa.status).toBe(200);
    expect(route.status).toBe(200);
    expect(route.body).toBe(spa.body);
    const missingAsset = await rawGet(server, '/spa/assets/does-not-exist.js');
    expect(missingAsset.status).toBe(404);
  });

  it('refuses paths outside the sandbox folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/spa/../../package.json', '/%00dossier.html']) {
      const res = await rawGet(server, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('"dependencies"');
    }
  });

  it('rejects writes: a real POST means a form was submitted', async () => {
    const res = await rawGet(server, '/dossier.html', 'POST');
    expect(res.status).toBe(405);
  });

  it('closes even while a keep-alive connection is open', async () => {
    const other = await startSandboxServer();
    const res = await fetch(new URL('dossier.html', other.url), { headers: { connection: 'keep-alive' } });
    await res.text();
    await expect(Promise.race([other.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('timeout'), 3000))])).resolves.toBe('closed');
  });
});
