import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../tests/privacy-corpus';
import { createPseudonymSession, pseudonymize } from '../index';

describe('throughput', () => {
  it('pseudonymises about 1 MB of report text at ≥ 1 MB/s', () => {
    const docs = loadCorpus().map((d) => d.text);
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const t = docs[i % docs.length]!;
      parts.push(t);
      size += t.length + 2;
    }
    const text = parts.join('\n\n');
    pseudonymize(text.slice(0, 100_000)); // warm up the JIT
    // Best of three, in CPU time: other processes on a shared machine must not fail the test.
    let seconds = Infinity;
    let wall = Infinity;
    let result = pseudonymize('');
    for (let run = 0; run < 3; run++) {
      const session = createPseudonymSession();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      result = pseudonymize(text, { session, knownNames: ['Mw. A.J. de Vries-Bakker'] });
      wall = Math.min(wall, (performance.now() - t0) / 1000);
      const cpu = process.cpuUsage(cpu0);
      seconds = Math.min(seconds, (cpu.user + cpu.system) / 1e6);
    }
    const mbPerSecond = text.length / 1_000_000 / seconds;
    console.log(
      `Throughput: ${(text.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s CPU (${wall.toFixed(2)} s wall) = ${mbPerSecond.toFixed(2)} MB/s, ${result.entities.length} entities`,
    );
    expect(result.entities.length).toBeGreaterThan(1000);
    expect(mbPerSecond).toBeGreaterThanOrEqual(1);
  });
});
