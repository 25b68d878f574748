// Privacy benchmark: pseudonymize() throughput on Dutch report text, in Chromium (the real target: the side
// panel runs it) and in Node (for comparison with unit-test timings).
import { CLIENT_NAME, dutchReportText } from './privacyText.mjs';
import { median } from './stats.mjs';

export const PRIVACY_SIZES = [
  { label: '10kB', bytes: 10_000 },
  { label: '100kB', bytes: 100_000 },
  { label: '1MB', bytes: 1_000_000 },
];

/**
 * Times pseudonymize with a new session per call, as the pipeline does. The first call is returned as
 * `coldMs` (the side panel calls it once per request, often with a cold JIT); then the JIT is warmed on
 * `warmChars` characters of the same text in total (work, not wall time, so a busy machine warms as much as an
 * idle one) and `runs` samples give the steady-state time. Small inputs are batched to ≥ 20 ms per sample
 * for a usable clock resolution. Self-contained: it is also sent into the page as source text.
 */
function timePseudonymize(api, text, knownNames, runs, warmChars) {
  const once = () => api.pseudonymize(text, { knownNames, session: api.createPseudonymSession() });
  const c0 = performance.now();
  const first = once();
  const coldMs = performance.now() - c0;
  for (let done = text.length; done < warmChars; done += text.length) once();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    let n = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      once();
      n++;
      elapsed = performance.now() - t0;
    } while (elapsed < 20);
    samples.push(elapsed / n);
  }
  return { samples, coldMs, entities: first.entities.length };
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
  for (const { label, bytes } of PRIVACY_SIZES) {
    const text = dutchReportText(bytes);
    const actualBytes = new TextEncoder().encode(text).length;
    const knownNames = [CLIENT_NAME];
    const inBrowser = await page.evaluate(
      ({ source, text, knownNames, runs, warmChars }) =>
        new Function('api', 'text', 'knownNames', 'runs', 'warmChars', `return (${source})(api, text, knownNames, runs, warmChars)`)(
          globalThis.DHPrivacy, text, knownNames, runs, warmChars,
        ),
      { source: timePseudonymize.toString(), text, knownNames, runs, warmChars },
    );
    const inNode = timePseudonymize(env.privacyModule, text, knownNames, runs, warmChars);
    for (const [where, r] of [['chromium', inBrowser], ['node', inNode]]) {
      const ms = median(r.samples);
      const mbPerS = actualBytes / 1e6 / (ms / 1000);
      const isTarget = where === 'chromium';
      env.results.record(`privacy.pseudonymize.${where}.${label}.medianMs`, ms, 'ms', { note: `warm, ${r.entities} identifiers` });
      if (label === PRIVACY_SIZES[0].label) {
        // Only the first size meets a cold JIT and uninitialised lexicons: what one suggest in a new panel pays.
        env.results.record(`privacy.pseudonymize.${where}.${label}.firstCallMs`, r.coldMs, 'ms', { note: 'first call in a fresh page/module' });
      }
      env.results.record(`privacy.pseudonymize.${where}.${label}.throughput`, mbPerS, 'MB/s', isTarget ? { target: '≥ 1 MB/s', met: mbPerS >= 1 } : {});
      env.log(`privacy ${where} ${label}: ${ms.toFixed(1)} ms (first ${r.coldMs.toFixed(1)}), ${mbPerS.toFixed(2)} MB/s, ${r.entities} identifiers`);
    }
  }
  await page.close();
}
