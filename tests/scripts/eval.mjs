#!/usr/bin/env node
// npm run eval [-- options]: runs tests/eval/cases through the real suggestion pipeline (see tests/eval/README.md).
//
// The pipeline is TypeScript (lib/**), so this script loads tests/eval/cli.ts through Vite's module runner:
// the same transform Vitest uses for the unit tests, in this process, with no build step, no temp files
// and no test-runner output around the report. Node packages (jsdom, ai, zod) load natively.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  resolve: { alias: { '@/': `${root}/` } },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});

let code = 2;
try {
  const { main } = await vite.ssrLoadModule('/tests/eval/cli.ts');
  code = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  code = 2;
} finally {
  await vite.close();
}
process.exit(code);
