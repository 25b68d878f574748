// Reading benchmark: readPage vs document.body.innerText (the floor) vs Readability alone, on generated dossiers.
import { evaluateOverheadMs, mainThreadClock, openSandboxPage } from './browser.mjs';
import { recallFacts } from './recall.mjs';
import { estimateTokens, median } from './stats.mjs';

/**
 * The three ways to read a page. Each runs inside the page and returns the text it produced.
 * Readability mutates the document it is given, so it reads a clone, as every Readability user must;
 * the clone is part of its cost.
 */
export const READERS = {
  innerText: { script: null, run: () => document.body.innerText },
  readPage: { script: 'page', run: () => globalThis.DH.readPage(document).text },
  readability: {
    script: 'readability',
    run: () => new globalThis.Readability(document.cloneNode(true)).parse()?.textContent ?? '',
  },
};

/** One timed call in the page, measured with the page's own clock (no CDP round trip inside the figure). */
async function timeOnce(page, reader, wantText) {
  return page.evaluate(
    ({ source, wantText }) => {
      // eslint-disable-next-line no-new-func
      const run = new Function(`return (${source})()`);
      const t0 = performance.now();
      const text = run();
      const ms = performance.now() - t0;
      return { ms, chars: text.length, text: wantText ? text : null };
    },
    { source: reader.run.toString(), wantText },
  );
}

/**
 * Measures every reader on `groot-dossier.html?rapportages=N` for each size. Every reader gets a fresh page
 * (same DOM, same layout state, no caches left by another reader); its first call is recorded as `coldMs`
 * (what one click costs in a new content script), then `runs(size, reader)` further calls give the median
 * (7; at 10,000 reports 5, and 3 for Readability).
 * A full GC runs before each timed call so a collection left over from the previous one does not land in it.
 * Each call is timed twice: wall time on the page's clock, and main-thread CPU time (CDP ThreadTime, minus the
 * cost of an empty evaluate). Time targets are judged on CPU time, which a busy machine hardly moves.
 *
 * @param {{ context: import('playwright-core').BrowserContext, sandboxUrl: string, bundles: Record<string,string>,
 *   keyFacts: { id: string, keywords: string[][] }[], results: ReturnType<import('./results.mjs').createResults>,
 *   log: (s: string) => void }} env
 * @param {{ sizes?: number[], runs?: (size: number) => number }} [options]
 */
export async function benchReading(env, options = {}) {
  const sizes = options.sizes ?? [100, 1000, 10000];
  // Readability at 10,000 reports takes seconds per call; 3 runs keep the whole bench inside its 5-minute budget.
  const runsFor = options.runs ?? ((size, reader) => (size < 10000 ? 7 : reader === 'readability' ? 3 : 5));
  /** @type {Record<string, Record<number, { median: number, cold: number, chars: number, recall: number, missing: string[] }>>} */
  const out = {};
  for (const size of sizes) {
    for (const [name, reader] of Object.entries(READERS)) {
      const page = await openSandboxPage(env.context, new URL(`groot-dossier.html?rapportages=${size}`, env.sandboxUrl).href);
      if (reader.script) await page.addScriptTag({ content: env.bundles[reader.script] });
      const cdp = await env.context.newCDPSession(page);
      const clock = await mainThreadClock(cdp);
      const overhead = await evaluateOverheadMs(page, clock);
      const samples = [];
      const cpuSamples = [];
      let first = null;
      const runs = runsFor(size, name);
      for (let i = 0; i <= runs; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        const before = await clock();
        const r = await timeOnce(page, reader, i === 0);
        const cpu = Math.max(0, (await clock()) - before - overhead);
        if (i === 0) first = r;
        else {
          samples.push(r.ms);
          cpuSamples.push(cpu);
        }
      }
      await cdp.detach();
      await page.close();
      const { recall, missing } = recallFacts(first.text, env.keyFacts);
      const m = { median: median(samples), cpu: median(cpuSamples), cold: first.ms, chars: first.chars, recall, missing };
      (out[name] ??= {})[size] = m;
      env.log(
        `read ${name} ${size}: median ${m.median.toFixed(1)} ms wall / ${m.cpu.toFixed(1)} ms CPU (cold ${m.cold.toFixed(1)}), ` +
          `${m.chars} chars, recall ${Math.round(recall * 100)}%`,
      );
    }
  }
  recordReading(env.results, out, sizes);
  return out;
}

/** Turns the measurements into named figures with the targets of the issue. Split out so it can be tested. */
export function recordReading(results, out, sizes) {
  const largest = Math.max(...sizes);
  for (const size of sizes) {
    const floor = out.innerText[size];
    for (const name of Object.keys(READERS)) {
      const m = out[name][size];
      const isReadPage = name === 'readPage';
      results.record(`read.${name}.${size}.medianMs`, m.median, 'ms', { note: 'wall' });
      results.record(`read.${name}.${size}.cpuMs`, m.cpu, 'ms', { note: 'main-thread CPU, median' });
      results.record(`read.${name}.${size}.coldMs`, m.cold, 'ms', { note: 'first call in a fresh page, wall' });
      results.record(`read.${name}.${size}.chars`, m.chars, 'chars');
      results.record(`read.${name}.${size}.tokens`, estimateTokens(m.chars), 'tokens', { note: 'chars/4' });
      results.record(`read.${name}.${size}.recall`, m.recall * 100, '%', {
        ...(isReadPage ? { target: '100 %', met: m.recall === 1 } : {}),
        ...(m.missing.length ? { note: `missing: ${m.missing.join(', ')}` } : {}),
      });
      if (name === 'innerText') continue;
      const timeRatio = m.cpu / floor.cpu;
      results.record(`read.${name}.${size}.timeVsInnerText`, timeRatio, '×', {
        note: 'CPU',
        ...(isReadPage && size === largest ? { target: '≤ 5×', met: timeRatio <= 5 } : {}),
      });
      const charRatio = m.chars / floor.chars;
      results.record(`read.${name}.${size}.charsVsInnerText`, charRatio, '×', {
        ...(isReadPage ? { target: '≤ 0.6×', met: charRatio <= 0.6 } : {}),
      });
    }
  }
  if (sizes.includes(1000) && sizes.includes(10000)) {
    for (const name of Object.keys(READERS)) {
      const growth = out[name][10000].cpu / out[name][1000].cpu;
      // Ten times the reports should cost about ten times the time; 12× leaves room for noise and GC.
      results.record(`read.${name}.growth10kOver1k`, growth, '×', {
        note: 'CPU; linear = 10×',
        ...(name === 'readPage' ? { target: '≤ 12× (near linear)', met: growth <= 12 } : {}),
      });
    }
  }
}
