// Memory benchmark: the JS heap that reading a 10,000-report dossier costs, measured over CDP.
import { openSandboxPage } from './browser.mjs';

const MB = 1e6;

/** Used JS heap of the page's isolate after a full GC (the isolate holds the page world and every isolated world). */
export async function usedHeapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first only finalised
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Sum of the sampling heap profiler's samples: an estimate of bytes allocated, including what GC already freed. */
function sampledBytes(profile) {
  return (profile.samples ?? []).reduce((sum, s) => sum + s.size, 0);
}

/**
 * Measures one reader in the page world of a fresh `groot-dossier.html?rapportages=N`:
 * - loadedBytes: heap added by loading the bundle (code and module state), after GC;
 * - allocatedBytes: everything the call allocated (sampling heap profiler with collected objects, ±sampling error);
 * - peakBytes: heap in use right after the call, before any forced GC (a lower bound on the peak);
 * - retainedBytes: heap still in use after GC while the result is kept (what the snapshot costs to hold);
 * - residualBytes: heap still in use after the result is dropped and GC ran (caches that live as long as the page).
 */
async function measureReader(env, size, script, expression) {
  const page = await openSandboxPage(env.context, new URL(`groot-dossier.html?rapportages=${size}`, env.sandboxUrl).href);
  const cdp = await env.context.newCDPSession(page);
  const base = await usedHeapAfterGc(cdp);
  if (script) await page.addScriptTag({ content: script });
  const loaded = await usedHeapAfterGc(cdp);
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 8192,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await page.evaluate(`window.__benchResult = ${expression}; undefined`);
  const peak = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  const retained = await usedHeapAfterGc(cdp);
  await page.evaluate('delete window.__benchResult');
  const after = await usedHeapAfterGc(cdp);
  await cdp.detach();
  await page.close();
  return {
    loadedBytes: loaded - base,
    allocatedBytes: sampledBytes(profile),
    peakBytes: peak - loaded,
    retainedBytes: retained - loaded,
    residualBytes: after - loaded,
  };
}

/**
 * readPage (bundled lib/page, injected into the page world) next to innerText on the largest dossier.
 * @param {{ context: import('playwright-core').BrowserContext, sandboxUrl: string, bundles: Record<string,string>,
 *   results: ReturnType<import('./results.mjs').createResults>, log: (s: string) => void }} env
 */
export async function benchMemory(env, options = {}) {
  const size = options.size ?? 10000;
  // innerText is no baseline here: Blink hands its string to V8 as an external string, outside the JS heap.
  const readers = { readPage: [env.bundles.page, 'DH.readPage(document)'] };
  for (const [name, [script, expression]] of Object.entries(readers)) {
    const t0 = performance.now();
    const m = await measureReader(env, size, script, expression);
    env.results.record(`memory.${name}.bundleLoadedMB`, m.loadedBytes / MB, 'MB', { note: 'heap after loading lib/page' });
    env.results.record(`memory.${name}.${size}.allocatedMB`, m.allocatedBytes / MB, 'MB', { note: 'sampled, incl. garbage' });
    env.results.record(`memory.${name}.${size}.peakMB`, m.peakBytes / MB, 'MB', { note: 'in use right after the call, before GC' });
    env.results.record(`memory.${name}.${size}.retainedMB`, m.retainedBytes / MB, 'MB', { note: 'result kept, after GC' });
    env.results.record(`memory.${name}.${size}.residualMB`, m.residualBytes / MB, 'MB', { note: 'result dropped, after GC' });
    env.log(
      `memory ${name} ${size}: loaded ${(m.loadedBytes / MB).toFixed(2)} MB, allocated ${(m.allocatedBytes / MB).toFixed(1)} MB, ` +
        `peak ${(m.peakBytes / MB).toFixed(1)} MB, retained ${(m.retainedBytes / MB).toFixed(1)} MB, residual ${(m.residualBytes / MB).toFixed(2)} MB (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }
}
