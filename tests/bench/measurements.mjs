// Measurements benchmark: extractMeasurements() throughput on Dutch report text. lib/extract is pure (no DOM),
// so it is measured in Node on process CPU time, the same V8 as the side panel.
import { dutchReportText } from './privacyText.mjs';
import { median } from './stats.mjs';

export const MEASUREMENT_SIZES = [
  { label: '10kB', bytes: 10_000 },
  { label: '100kB', bytes: 100_000 },
];

/**
 * @param {{ extractModule: any, results: ReturnType<import('./results.mjs').createResults>, log: (s: string) => void }} env
 * @param {{ runs?: number, warmChars?: number }} [options]
 */
export async function benchMeasurements(env, options = {}) {
  const runs = options.runs ?? 5;
  const warmChars = options.warmChars ?? 1_000_000;
  const extract = env.extractModule.extractMeasurements;
  for (const { label, bytes } of MEASUREMENT_SIZES) {
    const text = dutchReportText(bytes);
    const actualBytes = new TextEncoder().encode(text).length;
    const t0 = performance.now();
    const found = extract(text).length;
    const coldMs = performance.now() - t0;
    for (let done = text.length; done < warmChars; done += text.length) extract(text);
    const wall = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      let n = 0;
      const before = process.cpuUsage();
      const start = performance.now();
      do {
        extract(text);
        n++;
      } while (performance.now() - start < 20);
      const used = process.cpuUsage(before);
      wall.push((performance.now() - start) / n);
      cpu.push((used.user + used.system) / 1000 / n);
    }
    const wallMs = median(wall);
    const cpuMs = median(cpu);
    const mbPerS = actualBytes / 1e6 / (cpuMs / 1000);
    const key = `measurements.extract.node.${label}`;
    env.results.record(`${key}.medianMs`, wallMs, 'ms', { note: `wall, warm; ${found} measurements` });
    env.results.record(`${key}.cpuMs`, cpuMs, 'ms', { note: 'process CPU' });
    if (label === MEASUREMENT_SIZES[0].label) env.results.record(`${key}.firstCallMs`, coldMs, 'ms', { note: 'wall, first call in a fresh module' });
    env.results.record(`${key}.throughput`, mbPerS, 'MB/s', { note: 'on CPU time' });
    env.log(`measurements node ${label}: ${wallMs.toFixed(1)} ms wall / ${cpuMs.toFixed(1)} ms CPU (first ${coldMs.toFixed(1)}), ${mbPerS.toFixed(2)} MB/s, ${found} measurements`);
  }
}
