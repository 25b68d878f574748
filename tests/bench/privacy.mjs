// Privacy benchmark: pseudonymize() throughput on Dutch report text, in Chromium (the real target: the side
// panel runs it) and in Node (for comparison with unit-test timings).
import { evaluateOverheadMs, mainThreadClock } from './browser.mjs';
import { CLIENT_NAME, dutchReportText } from './privacyText.mjs';
import { median } from './stats.mjs';

export const PRIVACY_SIZES = [
  { label: '10kB', bytes: 10_000 },
  { label: '100kB', bytes: 100_000 },
  { label: '1MB', bytes: 1_000_000 },
];

// The two functions below are self-contained: they are also sent into the page as source text.

/**
 * The first call (cold JIT, lexicons not yet built: what one suggestion in a new panel pays), then JIT warm-up
 * on `warmChars` characters of the same text in total (work, not wall time, so a busy machine warms as much as
 * an idle one). A new session per call, as the pipeline does.
 */
function warmPseudonymize(api, text, knownNames, warmChars) {
  const once = () => api.pseudonymize(text, { knownNames, session: api.createPseudonymSession() });
  const t0 = performance.now();
  const first = once();
  const coldMs = performance.now() - t0;
  for (let done = text.length; done < warmChars; done += text.length) once();
  return { coldMs, entities: first.entities.length };
}

/** One sample: calls until ≥ 20 ms have passed (the page clock is coarse); wall ms per call and the call count. */
function samplePseudonymize(api, text, knownNames) {
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    api.pseudonymize(text, { knownNames, session: api.createPseudonymSession() });
    n++;
    elapsed = performance.now() - t0;
  } while (elapsed < 20);
  return { perCall: elapsed / n, n };
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, bundles: Record<string,string>, privacyModule: any,
 *   results: ReturnType<import('./results.mjs').createResults>, log: (s: string) => void }} env
 */
export async function benchPrivacy(env, options = {}) {
  const runs = options.runs ?? 5;
  const warmChars = options.warmChars ?? 2_000_000;
  const page = await env.context.newPage();
  await page.setContent('<!doctype html><title>privacy bench</title>');
  await page.addScriptTag({ content: env.bundles.privacy });
  const cdp = await env.context.newCDPSession(page);
  const clock = await mainThreadClock(cdp);
  const overhead = await evaluateOverheadMs(page, clock);
  const knownNames = [CLIENT_NAME];

  for (const { label, bytes } of PRIVACY_SIZES) {
    const text = dutchReportText(bytes);
    const actualBytes = new TextEncoder().encode(text).length;

    // Chromium: the text is sent once; each sample is its own evaluate so its CPU time can be read.
    await page.evaluate((t) => (globalThis.__benchText = t), text);
    const warmBrowser = await page.evaluate(
      ({ source, knownNames, warmChars }) => new Function('api', 'k', 'w', `return (${source})(api, globalThis.__benchText, k, w)`)(globalThis.DHPrivacy, knownNames, warmChars),
      { source: warmPseudonymize.toString(), knownNames, warmChars },
    );
    const browser = { wall: [], cpu: [] };
    for (let i = 0; i < runs; i++) {
      const before = await clock();
      const r = await page.evaluate(
        ({ source, knownNames }) => new Function('api', 'k', `return (${source})(api, globalThis.__benchText, k)`)(globalThis.DHPrivacy, knownNames),
        { source: samplePseudonymize.toString(), knownNames },
      );
      browser.wall.push(r.perCall);
      browser.cpu.push(Math.max(0, (await clock()) - before - overhead) / r.n);
    }

    // Node: process CPU time (user + system) per sample.
    const warmNode = warmPseudonymize(env.privacyModule, text, knownNames, warmChars);
    const node = { wall: [], cpu: [] };
    for (let i = 0; i < runs; i++) {
      const before = process.cpuUsage();
      const r = samplePseudonymize(env.privacyModule, text, knownNames);
      const used = process.cpuUsage(before);
      node.wall.push(r.perCall);
      node.cpu.push((used.user + used.system) / 1000 / r.n);
    }

    for (const [where, warm, s] of [['chromium', warmBrowser, browser], ['node', warmNode, node]]) {
      const wallMs = median(s.wall);
      const cpuMs = median(s.cpu);
      const mbPerS = actualBytes / 1e6 / (cpuMs / 1000);
      const isTarget = where === 'chromium';
      const key = `privacy.pseudonymize.${where}.${label}`;
      env.results.record(`${key}.medianMs`, wallMs, 'ms', { note: `wall, warm; ${warm.entities} identifiers` });
      env.results.record(`${key}.cpuMs`, cpuMs, 'ms', { note: where === 'node' ? 'process CPU' : 'main-thread CPU' });
      if (label === PRIVACY_SIZES[0].label) {
        // Only the first size meets a cold JIT and unbuilt lexicons.
        env.results.record(`${key}.firstCallMs`, warm.coldMs, 'ms', { note: 'wall, first call in a fresh page/module' });
      }
      env.results.record(`${key}.throughput`, mbPerS, 'MB/s', { note: 'on CPU time', ...(isTarget ? { target: '≥ 1 MB/s', met: mbPerS >= 1 } : {}) });
      env.log(`privacy ${where} ${label}: ${wallMs.toFixed(1)} ms wall / ${cpuMs.toFixed(1)} ms CPU (first ${warm.coldMs.toFixed(1)}), ${mbPerS.toFixed(2)} MB/s, ${warm.entities} identifiers`);
    }
  }
  await page.evaluate(() => delete globalThis.__benchText);
  await cdp.detach();
  await page.close();
}
