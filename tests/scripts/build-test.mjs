#!/usr/bin/env node
// npm run build:test: the test build of the extension for Chrome and Firefox, side by side (two cores).
// It is the production build plus host access to 127.0.0.1 and localhost (the sandbox ECD and the test
// servers), written to .output/chrome-mv3-test and .output/firefox-mv3-test; see wxt.config.ts.
import { runWxt } from '../../packaging/runWxt.mjs';

const started = performance.now();
const env = { DOSSIERHULP_TEST_BUILD: '1' };
try {
  await Promise.all([runWxt(['build'], env), runWxt(['build', '-b', 'firefox', '--mv3'], env)]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Test build ready in ${((performance.now() - started) / 1000).toFixed(1)} s: .output/chrome-mv3-test, .output/firefox-mv3-test`);
