#!/usr/bin/env node
// npm run build:test: the test build of the extension for Chrome and Firefox, side by side (two cores).
// It is the production build plus host access to 127.0.0.1 and localhost (the sandbox ECD and the test
// servers), written to .output/chrome-mv3-test and .output/firefox-mv3-test; see wxt.config.ts.
//   node tests/scripts/build-test.mjs [chrome] [firefox]   (default: both)
import { runWxt } from '../../packaging/runWxt.mjs';

const started = performance.now();
const env = { DOSSIERHULP_TEST_BUILD: '1' };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
const builds = { chrome: ['build'], firefox: ['build', '-b', 'firefox', '--mv3'] };
const unknown = wanted.filter((browser) => !Object.hasOwn(builds, browser));
if (unknown.length) {
  console.error(`build-test: unknown browser ${unknown.join(', ')}; use chrome and/or firefox.`);
  process.exit(2);
}
try {
  await Promise.all(wanted.map((browser) => runWxt(builds[browser], env)));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Test build ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${wanted.map((b) => `.output/${b}-mv3-test`).join(', ')}`);
