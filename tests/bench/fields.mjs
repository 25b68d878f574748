// Field benchmark: scanFields and fillFields on generated forms, against a naive querySelectorAll pass.
import { generateForm } from './forms.mjs';
import { median } from './stats.mjs';

/** In-page helpers, installed once per page: batch timing for sub-millisecond work and fill entries per run. */
function installHelpers() {
  /** Repeats fn until at least minMs have passed and returns the time per call (performance.now() is coarse). */
  globalThis.__timePerCall = (fn, minMs) => {
    let n = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      fn();
      n++;
      elapsed = performance.now() - t0;
    } while (elapsed < minMs);
    return elapsed / n;
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
  // A fill waits about one frame per field (≈ 9 s for 500), and that time hardly varies: 2 runs suffice there.
  const fillRunsFor = options.fillRuns ?? ((size) => (size >= 500 ? 2 : size >= 100 ? 3 : 5));
  for (const size of sizes) {
    const form = generateForm(size);
    const page = await env.context.newPage();
    await page.setContent(form.html);
    await page.addScriptTag({ content: env.bundles.page });
    await page.evaluate(installHelpers);
    const cdp = await env.context.newCDPSession(page);

    const cold = await page.evaluate(() => {
      const t0 = performance.now();
      const fields = globalThis.DH.scanFields(document);
      return { ms: performance.now() - t0, fields: fields.map((f) => ({ kind: f.kind, label: f.label })) };
    });
    const scan = [];
    const naive = [];
    for (let i = 0; i < runs; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      scan.push(await page.evaluate(() => globalThis.__timePerCall(() => globalThis.DH.scanFields(document), 10)));
      naive.push(await page.evaluate(() => globalThis.__timePerCall(globalThis.__naiveScan, 10)));
    }

    const fill = [];
    let okCount = 0;
    let errors = {};
    const fillRuns = fillRunsFor(size);
    for (let i = 0; i < fillRuns; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const r = await page.evaluate(async (variant) => {
        const entries = globalThis.__entriesFor(globalThis.DH.scanFields(document), variant);
        const t0 = performance.now();
        const results = await globalThis.DH.fillFields(document, entries);
        const ms = performance.now() - t0;
        const errors = {};
        for (const r of results) if (!r.ok) errors[r.error ?? '?'] = (errors[r.error ?? '?'] ?? 0) + 1;
        return { ms, ok: results.filter((r) => r.ok).length, errors };
      }, i + 1);
      fill.push(r.ms);
      okCount = r.ok;
      errors = r.errors;
    }
    await cdp.detach();
    await page.close();

    const labelsRight = cold.fields.filter((f, i) => form.fields[i] && f.label === form.fields[i].label && f.kind === form.fields[i].kind).length;
    const m = { scan: median(scan), naive: median(naive), fill: median(fill), cold: cold.ms };
    env.log(
      `fields ${size}: scan ${m.scan.toFixed(2)} ms (cold ${m.cold.toFixed(1)}), naive ${m.naive.toFixed(3)} ms, ` +
        `fill ${m.fill.toFixed(1)} ms (${okCount}/${size} ok${Object.keys(errors).length ? ' ' + JSON.stringify(errors) : ''}), ` +
        `${cold.fields.length} found, ${labelsRight} labels right`,
    );
    recordFields(env.results, size, { ...m, found: cold.fields.length, labelsRight, fillOk: okCount });
  }
}

/** Named figures for one form size; the scan target (< 50 ms median) applies at 500 fields. */
export function recordFields(results, size, m) {
  results.record(`fields.scanFields.${size}.medianMs`, m.scan, 'ms', size === 500 ? { target: '< 50 ms', met: m.scan < 50 } : {});
  results.record(`fields.scanFields.${size}.coldMs`, m.cold, 'ms', { note: 'first call in a fresh page' });
  results.record(`fields.naiveScan.${size}.medianMs`, m.naive, 'ms', { note: "querySelectorAll('input,select,textarea') → {name,value}" });
  results.record(`fields.scanFields.${size}.timeVsNaive`, m.scan / m.naive, '×');
  results.record(`fields.scanFields.${size}.found`, m.found, 'fields', { target: `= ${size}`, met: m.found === size });
  results.record(`fields.scanFields.${size}.labelsCorrect`, (m.labelsRight / size) * 100, '%', { note: 'label and kind as generated' });
  results.record(`fields.fillFields.${size}.medianMs`, m.fill, 'ms', { note: 'every field, read back' });
  results.record(`fields.fillFields.${size}.perFieldMs`, m.fill / size, 'ms');
  results.record(`fields.fillFields.${size}.filled`, (m.fillOk / size) * 100, '%', { target: '100 %', met: m.fillOk === size });
}
