import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One connection attempt the browser made to a host that is not on loopback. */
export interface EgressAttempt {
  /** 'http' for a proxied plain request, 'connect' for a TLS/WebSocket tunnel. */
  via: 'http' | 'connect';
  host: string;
  url: string;
  at: number;
}

export interface EgressRecorder {
  /** Pass to Chromium: `--proxy-server=<this>`; loopback bypasses a proxy by default, so only foreign hosts come here. */
  proxyArg: string;
  attempts: EgressAttempt[];
  close(): Promise<void>;
}

/**
 * A recording proxy: every request the browser process makes to a non-loopback host (pages, the
 * extension's service worker and panel, prefetches) arrives here, is recorded and refused. It is a
 * second net under Playwright's request events, which do not see every context of an extension.
 *
 * @example
 * const egress = await startEgressRecorder();
 * const ext = await launchWithExtension([egress.proxyArg]);
 * // … later: expect(egress.attempts).toEqual([]);
 */
export async function startEgressRecorder(): Promise<EgressRecorder> {
  const attempts: EgressAttempt[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    let host = req.headers.host ?? '';
    try {
      host = new URL(url).host || host;
    } catch {
      // not an absolute URL: keep the Host header
    }
    attempts.push({ via: 'http', host, url, at: Date.now() });
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end('egress refused by the test proxy');
  });
  server.on('connect', (req, socket) => {
    attempts.push({ via: 'connect', host: req.url ?? '', url: `connect://${req.url ?? ''}`, at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxyArg: `--proxy-server=http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
