import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { measurementCaseSchema, type MeasurementCase } from './caseSchema';

export type { MeasurementCase } from './caseSchema';
export type MeasurementSplit = 'dev' | 'heldout';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The reports of one split, every `.ts` file in its folder, validated against the case schema. Files are
 * found by listing the folder so that a split grows by adding files and nobody has to name (or open) a
 * held-out file to load it. `dev` is what the extractor is tuned on; `heldout` is only ever scored.
 * @example const dev = await loadMeasurementCorpus('dev'); // 80 cases
 */
export async function loadMeasurementCorpus(split: MeasurementSplit): Promise<MeasurementCase[]> {
  const dir = join(here, split);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const cases: MeasurementCase[] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(join(dir, file)).href)) as { cases?: unknown[] };
    for (const c of mod.cases ?? []) cases.push(measurementCaseSchema.parse(c));
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`Measurement corpus ${split}: id ${c.id} staat er twee keer in; maak de id uniek.`);
    ids.add(c.id);
  }
  return cases;
}
