import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/** Every source file of the UI. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

async function keys(locale: string): Promise<Set<string>> {
  const messages = await parseMessagesFile(join(root, 'locales', `${locale}.yml`));
  return new Set(messages.map((m) => m.key.join('_')));
}

describe('UI messages', () => {
  it('Dutch and English have the same keys, and both parse the way the build parses them', async () => {
    const [nl, en] = await Promise.all([keys('nl'), keys('en')]);
    expect(nl.size).toBeGreaterThan(150);
    expect([...nl].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nl.has(k))).toEqual([]);
  });

  it('every literal t() key used in the UI exists', async () => {
    const nl = await keys('nl');
    const used = new Set<string>();
    for (const file of [...sources(join(root, 'components')), ...sources(join(root, 'entrypoints'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].map((k) => k.replaceAll('.', '_').replaceAll('-', '_')).filter((k) => !nl.has(k));
    expect(missing).toEqual([]);
  });
});
