// Field benchmark: scanFields and fillFields on generated forms, against a naive querySelectorAll pass.
import { evaluateOverheadMs, mainThreadClock } from './browser.mjs';
import { generateForm } from './forms.mjs';
import { median } from './stats.mjs';

/** In-page helpers, installed once per page: batch timing for sub-millisecond work and fill entries per run. */
function installHelpers() {
  /** Repeats fn until at least minMs have passed; returns the wall time per call and the call count. */
  globalThis.__timePerCall = (fn, minMs) => {
    let n = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      fn();
      n++;
      elapsed = performance.now() - t0;
    } while (elapsed < minMs);
    return { perCall: elapsed / n, n };
  };
  /** The naive baseline: every control once, mapped to { name, value }; no labels, no visibility, no kinds. */
  globalThis.__naiveScan = () =>
    Array.from(document.querySelectorAll('input,select,textarea'), (el) => ({ name: el.name, value: el.value }));
  /** Values that differ from the current ones, so every run really changes every field. */
  globalThis.__entriesFor = (fields, variant) =>
    fields.map((f, i) => {
      const options = (f.options ?? []).filter((o) => !o.startsWith('—'));
      switch (f.kind) {
        case 'checkbox':
          return { key: f.key, value: !f.value };
        case 'number':
          return { key: f.key, value: String(10 + ((variant * 7 + i) % 90)) };
        case 'select':
        case 'radio':
          return { key: f.key, value: options[(variant + i) % options.length] };
        default:
          return { key: f.key, value: `Waarde ${variant}-${i}` };
      }
    });
}

/**
 * Measures scanFields, the naive pass and fillFields on forms of each size, each size in a fresh page.
 * Scans: first call (cold) apart, then `runs` samples of batched calls (≥ 10 ms per sample).
 * Fills: `fillRuns(size)` full fills of every field with new values, GC before each.
 *
 * @param {{ context: import('playwright-core').BrowserContext, bundles: Record<string,string>,
 *   results: ReturnType<import('./results.mjs').createResults>, log: (s: string) => void }} env
 */
export async function benchFields(env, options = {}) {
  const sizes = options.sizes ?? [10, 100, 500];
  const runs = options.runs ?? 7;
  // A fill waits once for the whole form (~0.4 s for 500 fields) and hardly varies: 2 runs suffice there.
  const fillRunsFor = options.fillRuns ?? ((size) => (size >= 500 ? 2 : size >= 100 ? 3 : 5));
  for (const size of sizes) {
    const form = generateForm(size);
    const page = await env.context.newPage();
    await page.setContent(form.html);
    await page.addScriptTag({ content: env.bundles.page });
    await page.evaluate(installHelpers);
    const cdp = await env.context.newCDPSession(page);
    const clock = await mainThreadClock(cdp);
    const overhead = await evaluateOverheadMs(page, clock);
    /** Wall and main-thread CPU per call of one batched sample. */
    const sample = async (fn) => {
      const before = await clock();
      const r = await page.evaluate(fn);
      return { wall: r.perCall, cpu: Math.max(0, (await clock()) - before - overhead) / r.n };
    };

    const cold = await page.evaluate(() => {
      const t0 = performance.now();
      const fields = globalThis.DH.scanFields(document);
      return { ms: performance.now() - t0, fields: fields.map((f) => ({ kind: f.kind, label: f.label })) };
    });
    const scan = [];
    const naive = [];
    for (let i = 0; i < runs; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      scan.push(await sample(() => globalThis.__timePerCall(() => globalThis.DH.scanFields(document), 10)));
      naive.push(await sample(() => globalThis.__timePerCall(globalThis.__naiveScan, 10)));
    }

    const fill = [];
    const fillCpu = [];
    let okCount = 0;
    let errors = {};
    const fillRuns = fillRunsFor(size);
    for (let i = 0; i < fillRuns; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await clock();
      const r = await page.evaluate(async (variant) => {
        const entries = globalThis.__entriesFor(globalThis.DH.scanFields(document), variant);
        const t0 = performance.now();
        const results = await globalThis.DH.fillFields(document, entries);
        const ms = performance.now() - t0;
        const errors = {};
        for (const r of results) if (!r.ok) errors[r.error ?? '?'] = (errors[r.error ?? '?'] ?? 0) + 1;
        return { ms, ok: results.filter((r) => r.ok).length, errors };
      }, i + 1);
      // Includes the untimed scan that builds the entries: an upper bound on the fill's own CPU.
      fillCpu.push(Math.max(0, (await clock()) - before - overhead));
      fill.push(r.ms);
      okCount = r.ok;
      errors = r.errors;
    }
    await cdp.detach();
    await page.close();

    const labelsRight = cold.fields.filter((f, i) => form.fields[i] && f.label === form.fields[i].label && f.kind === form.fields[i].kind).length;
    const m = {
      scan: median(scan.map((x) => x.wall)),
      scanCpu: median(scan.map((x) => x.cpu)),
      naive: median(naive.map((x) => x.wall)),
      naiveCpu: median(naive.map((x) => x.cpu)),
      fill: median(fill),
      fillCpu: median(fillCpu),
      cold: cold.ms,
    };
    env.log(
      `fields ${size}: scan ${m.scan.toFixed(2)} ms wall / ${m.scanCpu.toFixed(2)} ms CPU (cold ${m.cold.toFixed(1)}), naive ${m.naive.toFixed(3)} ms, ` +
        `fill ${m.fill.toFixed(1)} ms (${okCount}/${size} ok${Object.keys(errors).length ? ' ' + JSON.stringify(errors) : ''}), ` +
        `${cold.fields.length} found, ${labelsRight} labels right`,
    );
    recordFields(env.results, size, { ...m, found: cold.fields.length, labelsRight, fillOk: okCount });
  }
}

/** Named figures for one form size; the scan target (< 50 ms, judged on CPU time) applies at 500 fields. */
export function recordFields(results, size, m) {
  results.record(`fields.scanFields.${size}.medianMs`, m.scan, 'ms', { note: 'wall' });
  results.record(`fields.scanFields.${size}.cpuMs`, m.scanCpu, 'ms', {
    note: 'main-thread CPU',
    ...(size === 500 ? { target: '< 50 ms', met: m.scanCpu < 50 } : {}),
  });
  results.record(`fields.scanFields.${size}.coldMs`, m.cold, 'ms', { note: 'first call in a fresh page, wall' });
  results.record(`fields.naiveScan.${size}.medianMs`, m.naive, 'ms', { note: "wall; querySelectorAll('input,select,textarea') → {name,value}" });
  results.record(`fields.scanFields.${size}.timeVsNaive`, m.scanCpu / m.naiveCpu, '×', { note: 'CPU' });
  results.record(`fields.scanFields.${size}.found`, m.found, 'fields', { target: `= ${size}`, met: m.found === size });
  results.record(`fields.scanFields.${size}.labelsCorrect`, (m.labelsRight / size) * 100, '%', { note: 'label and kind as generated' });
  results.record(`fields.fillFields.${size}.medianMs`, m.fill, 'ms', { note: 'wall; every field, read back' });
  results.record(`fields.fillFields.${size}.perFieldMs`, m.fill / size, 'ms', { note: 'wall' });
  results.record(`fields.fillFields.${size}.cpuMs`, m.fillCpu, 'ms', { note: 'main-thread CPU: the rest of the wall time is waiting' });
  results.record(`fields.fillFields.${size}.filled`, (m.fillOk / size) * 100, '%', { target: '100 %', met: m.fillOk === size });
}
