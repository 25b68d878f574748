#!/usr/bin/env node
// A minimal collector for Dossierhulp's central audit log (docs/admin.md, chapter 12): it takes POSTed
// JSON lines (application/x-ndjson), keeps each event once by its eventId, and appends it to a file, one
// JSON object per line, ready for any log platform that reads files (Filebeat, Fluent Bit, Splunk UF,
// Graylog Sidecar). It listens on 127.0.0.1 only: put a reverse proxy with HTTPS in front of it (nginx
// example in the guide). The e2e tests run this very file as their collector.
//
//   node docs/scripts/audit-collector.mjs --port 8514 --out /var/log/dossierhulp/audit.ndjson \
//        --token "$(cat /etc/dossierhulp/collector-token)" --allow-origin chrome-extension://<id>

import { createServer } from 'node:http';
import { appendFile, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const MAX_BODY = 5 * 1024 * 1024;

/**
 * Starts the collector. Resolves once it listens.
 * @param {import('./audit-collector.d.mts').AuditCollectorOptions} [options]
 * @returns {Promise<import('./audit-collector.d.mts').AuditCollector>}
 */
export async function startAuditCollector({ host = '127.0.0.1', port = 8514, file, token, allowOrigin } = {}) {
  /** @type {Record<string, unknown>[]} */
  const received = [];
  /** @type {Record<string, unknown>[]} */
  const stored = [];
  const seen = new Set(file ? await idsIn(file) : []);
  let writing = Promise.resolve();

  const server = createServer((req, res) => {
    const cors = allowOrigin && req.headers.origin === allowOrigin
      ? { 'Access-Control-Allow-Origin': allowOrigin, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type, authorization', 'Access-Control-Max-Age': '600', Vary: 'Origin' }
      : {};
    const answer = (status, text = '') => {
      res.writeHead(status, { ...cors, ...(text ? { 'Content-Type': 'text/plain; charset=utf-8' } : {}) });
      res.end(text);
    };
    if (req.method === 'OPTIONS') return answer(204);
    if (req.method !== 'POST') return answer(405, 'POST JSON lines here');
    if (token && req.headers.authorization !== `Bearer ${token}`) return answer(401, 'Wrong or missing Authorization header');
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      /** @type {Record<string, unknown>[]} */
      let events;
      try {
        events = Buffer.concat(chunks).toString('utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
      } catch {
        return answer(400, 'Every line must be one JSON object');
      }
      if (!events.every((event) => event && typeof event.eventId === 'string')) return answer(400, 'Every event needs an eventId');
      received.push(...events);
      // Idempotent: an event sent again (its acknowledgement was lost) is kept once.
      const fresh = events.filter((event) => !seen.has(event.eventId));
      for (const event of fresh) seen.add(event.eventId);
      stored.push(...fresh);
      writing = writing.then(() => (file && fresh.length ? appendFile(file, fresh.map((e) => `${JSON.stringify(e)}\n`).join('')) : undefined));
      // Acknowledge only once the events are on disk: 2xx tells the browser it may forget them.
      writing.then(() => answer(204), (error) => answer(500, `Could not write: ${error.message}`));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/dossierhulp`,
    port: actualPort,
    received,
    stored,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    }),
  };
}

/** @param {string} file */
async function idsIn(file) {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line).eventId);
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const collector = await startAuditCollector({
    host: arg('host') ?? '127.0.0.1',
    port: Number(arg('port') ?? 8514),
    file: arg('out') ?? 'dossierhulp-audit.ndjson',
    token: arg('token') ?? process.env.DOSSIERHULP_COLLECTOR_TOKEN,
    allowOrigin: arg('allow-origin'),
  });
  console.log(`Dossierhulp audit collector on ${collector.url}, writing to ${arg('out') ?? 'dossierhulp-audit.ndjson'}`);
}
