#!/usr/bin/env node
// Static server for the sandbox ECD (no dependencies). Serves tests/sandbox/ with /spa/ mapped to spa/dist/
// and /kits/ to kits/dist/ (the component-kit pages).
// Used by the e2e tests, `npm run demo` and benchmarks; any other static web server works as well.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SANDBOX_DIR = fileURLToPath(new URL('.', import.meta.url));
const SPA_DIST = join(SANDBOX_DIR, 'spa', 'dist');
const KITS_DIST = join(SANDBOX_DIR, 'kits', 'dist');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside base, or null when it would escape it (../, encoded slashes, NUL). */
function safeJoin(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(base);
  const full = resolve(root, '.' + normalize('/' + decoded));
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function fileAt(path) {
  if (!path) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      const indexInfo = await stat(index).catch(() => null);
      if (indexInfo?.isFile()) return { path: index, size: indexInfo.size };
    }
  } catch {
    // missing: fall through
  }
  return null;
}

/** Finds the file for a request path; SPA routes under /spa/ fall back to the SPA's index.html. */
async function lookup(pathname) {
  if (pathname === '/spa' || pathname.startsWith('/spa/')) {
    const rest = pathname.slice('/spa'.length) || '/';
    const hit = await fileAt(safeJoin(SPA_DIST, rest));
    if (hit) return hit;
    // A client-side route (no file extension) gets the app; a missing asset stays a 404.
    if (!extname(rest)) return fileAt(join(SPA_DIST, 'index.html'));
    return null;
  }
  if (pathname === '/kits' || pathname.startsWith('/kits/')) {
    // The component-kit pages are built by Vite; their sources (kits/*.html, kits/*/) are not served.
    return fileAt(safeJoin(KITS_DIST, pathname.slice('/kits'.length) || '/'));
  }
  return fileAt(safeJoin(SANDBOX_DIR, pathname));
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // The sandbox is read-only: a POST here means a form was really submitted, which tests treat as a failure.
    send(res, 405, 'Oefenomgeving: alleen lezen (GET/HEAD).', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://sandbox.local');
  const pathname = url.pathname;
  if (pathname === '/spa') {
    send(res, 301, '', { Location: '/spa/' + url.search });
    return;
  }
  const hit = await lookup(pathname);
  if (!hit) {
    const spaMissing = pathname.startsWith('/spa/') && !(await fileAt(join(SPA_DIST, 'index.html')));
    const kitsMissing = pathname.startsWith('/kits/') && !(await fileAt(join(KITS_DIST, 'index.html')));
    send(res, 404, spaMissing || kitsMissing
      ? 'De oefen-app is nog niet gebouwd. Voer eerst `npm run build:sandbox` uit.'
      : `Niet gevonden: ${pathname}`);
    return;
  }
  // A directory without trailing slash would break relative links; redirect like every static host does.
  if (hit.path.endsWith(sep + 'index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html') && !pathname.startsWith('/spa/') && !pathname.startsWith('/kits/')) {
    send(res, 301, '', { Location: pathname + '/' + url.search });
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(hit.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': hit.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(hit.path).pipe(res);
}

/**
 * Starts the sandbox server. Port 0 picks a free port.
 * @example
 *   const sandbox = await startSandboxServer();
 *   await page.goto(new URL('dossier.html', sandbox.url).href);
 *   await sandbox.close();
 * @param {{ port?: number; host?: string }} [options]
 * @returns {Promise<{ url: string; port: number; close(): Promise<void> }>}
 */
export function startSandboxServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, `Serverfout in de oefenomgeving: ${error?.message ?? error}`);
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${urlHost}:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            // Keep-alive connections from a browser would otherwise hold close() open.
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[i + 1];
    if (flag === '--port' || flag === '--host') {
      if (inline === undefined) i++;
      if (flag === '--port') options.port = Number(value);
      else options.host = value;
    }
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) {
    throw new Error(`Ongeldige poort: ${argv.join(' ')}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const sandbox = await startSandboxServer(parseArgs(process.argv.slice(2)));
  console.log(`Oefen-ECD (fictieve gegevens) draait op ${sandbox.url}`);
  console.log('Stoppen: Ctrl+C.');
  const stop = () => sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
