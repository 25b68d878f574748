#!/usr/bin/env node
// npm run bench: Dossierhulp's cost in real headless Chromium, always side by side with a baseline in the same run.
// Prints a markdown table (metric | value | unit | target | met) and writes bench/results.json ({ name: { value, unit } }).
//
//   npm run bench                                  builds the extension (into a temp folder) and runs everything
//   npm run bench -- --only=reading,fields         only some sections (reading, fields, privacy, measurements, memory, overhead, context, size)
//   npm run bench -- --extension-dir=.output/chrome-mv3-test   use an existing build instead of building
//   npm run bench -- --quick                       fewer runs (a smoke test of the benchmark itself, not for figures)
//
// Chromium: /usr/bin/chromium or CHROME_PATH. Progress goes to stderr, the table to stdout. See bench/README.md.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_PATH, launchChromium } from '../bench/browser.mjs';
import { bundleExtractForNode, bundlePage, bundlePrivacy, bundlePrivacyForNode, bundleReadability } from '../bench/bundle.mjs';
import { buildExtension } from '../bench/buildExtension.mjs';
import { benchContext } from '../bench/context.mjs';
import { benchFields } from '../bench/fields.mjs';
import { benchMeasurements } from '../bench/measurements.mjs';
import { benchMemory } from '../bench/memory.mjs';
import { benchExtensionLargeRead, benchOverhead } from '../bench/overhead.mjs';
import { benchPrivacy } from '../bench/privacy.mjs';
import { benchReading } from '../bench/reading.mjs';
import { createResults, toMarkdown } from '../bench/results.mjs';
import { benchSize } from '../bench/size.mjs';
import { startTestLlmServer } from '../llm-server/server.mjs';
import { startSandboxServer } from '../sandbox/serve.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SECTIONS = ['reading', 'fields', 'privacy', 'measurements', 'memory', 'overhead', 'context', 'size'];

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only')?.split(',').map((s) => s.trim()) ?? SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Choose from ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const quick = process.argv.includes('--quick');
const wants = (s) => only.includes(s);

const started = performance.now();
const startLoad = loadavg()[0];
const results = createResults();
const log = (s) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}`);
const failures = [];

/** Runs one section; a failing section is reported and the others still run. */
async function section(name, fn) {
  try {
    await fn();
  } catch (error) {
    failures.push(name);
    console.error(`✗ ${name} failed: ${error instanceof Error ? error.stack : error}`);
  }
}

const needsExtension = wants('overhead') || wants('context') || wants('size');
let extensionDir = arg('extension-dir') ? resolve(ROOT, arg('extension-dir')) : null;
if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No manifest.json in ${extensionDir}: build it first (npm run build:test) or leave out --extension-dir.`);
  process.exit(2);
}
const buildDir = needsExtension && !extensionDir ? mkdtempSync(join(tmpdir(), 'dossierhulp-bench-build-')) : null;

const sandbox = await startSandboxServer();
const llm = await startTestLlmServer();
try {
  log(`Chromium ${CHROME_PATH}, ${cpus().length} CPUs, load average ${startLoad.toFixed(2)}${quick ? ', QUICK mode' : ''}`);

  // Build and bundle before anything is timed: both use every core.
  const toModule = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const [bundles, privacyModule, extractModule] = await Promise.all([
    Promise.all([bundlePage(), bundleReadability(), bundlePrivacy()]).then(([page, readability, privacy]) => ({ page, readability, privacy })),
    bundlePrivacyForNode().then(toModule),
    wants('measurements') ? bundleExtractForNode().then(toModule) : null,
    buildDir
      ? buildExtension(buildDir).then((b) => {
          extensionDir = b.dir;
          log(`extension built in ${(b.ms / 1000).toFixed(1)} s`);
        }, (error) => {
          failures.push('build');
          console.error(`✗ extension build failed; overhead and size are skipped.\n${error.message}`);
        })
      : null,
  ]);
  const keyFacts = JSON.parse(readFileSync(join(ROOT, 'tests/sandbox/key-facts.json'), 'utf8')).facts;

  if (wants('reading') || wants('fields') || wants('privacy') || wants('memory')) {
    const browser = await launchChromium();
    const env = { context: browser.context, sandboxUrl: sandbox.url, bundles, privacyModule, keyFacts, results, log };
    try {
      if (wants('reading')) {
        await section('reading', () =>
          benchReading(env, quick ? { sizes: [100, 1000, 10000], runs: () => 2 } : {}),
        );
      }
      if (wants('fields')) await section('fields', () => benchFields(env, quick ? { runs: 2, fillRuns: () => 1 } : {}));
      if (wants('privacy')) await section('privacy', () => benchPrivacy(env, quick ? { runs: 2, warmChars: 100_000 } : {}));
      if (wants('memory')) await section('memory', () => benchMemory(env));
    } finally {
      await browser.close();
    }
  }

  if (wants('measurements')) {
    await section('measurements', () => benchMeasurements({ extractModule, results, log }, quick ? { runs: 2, warmChars: 100_000 } : {}));
  }

  if ((wants('overhead') || wants('context')) && extensionDir) {
    const browser = await launchChromium({ extensionDir });
    const env = { context: browser.context, worker: browser.worker, extensionId: browser.extensionId, sandboxUrl: sandbox.url, llm, results, log, pageBundle: bundles.page, keyFacts };
    try {
      if (wants('overhead')) {
        await section('overhead', async () => {
          await benchOverhead(env, quick ? { runs: 2 } : {});
          await benchExtensionLargeRead(env, quick ? { runs: 1 } : {});
        });
      }
      if (wants('context')) await section('context', () => benchContext(env, quick ? { summarySizes: [1000, 3000] } : {}));
    } finally {
      await browser.close();
    }
  }

  if (wants('size') && extensionDir) await section('size', () => benchSize({ extensionDir, results, log }));
} finally {
  await Promise.all([sandbox.close(), llm.close()]);
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
}

const totalSeconds = (performance.now() - started) / 1000;
results.record('bench.totalSeconds', totalSeconds, 's', { target: '< 300 s', met: totalSeconds < 300 });
results.record('bench.loadAverage1m', startLoad, '', { note: `at start, ${cpus().length} CPUs` });

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results.toJson(), null, 2) + '\n');

console.log(`\n## Dossierhulp benchmark, ${new Date().toISOString().slice(0, 10)}${quick ? ' (QUICK: too few runs for real figures)' : ''}\n`);
console.log(toMarkdown(results.rows));
const missed = results.missed();
console.log(`\nTargets: ${results.rows.filter((r) => r.met !== undefined).length - missed.length} met, ${missed.length} missed${missed.length ? ` (${missed.map((r) => r.name).join(', ')})` : ''}.`);
console.log(`Total run time: ${totalSeconds.toFixed(1)} s. Results: bench/results.json`);
if (failures.length) {
  console.log(`Failed sections: ${failures.join(', ')} (see stderr).`);
  process.exit(1);
}
