import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, createTranslator, languages, type MessageKey } from '..';
import { browserMessageFiles } from '../browserMessages';

const root = resolve(__dirname, '../../..');
const PLURAL = /_(zero|one|other)$/;

/** Every text of a catalogue by its dotted key, plural forms as their own keys (`log.count_one`). */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const texts = Object.fromEntries(languages.map((l) => [l, flatten(catalogues[l])])) as Record<(typeof languages)[number], Map<string, string>>;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
/** What code calls: a plural key without its suffix. */
const callable = new Set([...texts.nl.keys()].map((k) => k.replace(PLURAL, '')));

/** The UI's and lib/'s source files (no tests). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'locales' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}
const code = ['components', 'entrypoints', 'lib'].flatMap((d) => sources(join(root, d))).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('the catalogue', () => {
  it('has the same keys in Dutch and English', () => {
    expect(texts.nl.size).toBeGreaterThan(300);
    expect([...texts.nl.keys()].filter((k) => !texts.en.has(k))).toEqual([]);
    expect([...texts.en.keys()].filter((k) => !texts.nl.has(k))).toEqual([]);
  });

  it('has the same placeholders and plural forms for every key in both languages', () => {
    const differ = [...texts.nl].filter(([key, nl]) => placeholders(nl).join() !== placeholders(texts.en.get(key) ?? '').join());
    expect(differ.map(([key]) => key)).toEqual([]);
    for (const [key] of texts.nl) {
      if (!PLURAL.test(key)) continue;
      const base = key.replace(PLURAL, '');
      // A plural text always has `one` and `other`, shows its count, and has no plain form beside it.
      expect(texts.nl.has(`${base}_one`) && texts.nl.has(`${base}_other`), base).toBe(true);
      expect(texts.nl.has(base), base).toBe(false);
      for (const l of languages) expect(placeholders(texts[l].get(key)!), `${l} ${key}`).toContain('count');
    }
  });

  it('uses named placeholders only: no positional $1 and no single-brace slots', () => {
    for (const l of languages) {
      const old = [...texts[l]].filter(([, text]) => /\$\d|(^|[^{])\{\w+\}(?!\})|\w\((en|s|len|n)\)/.test(text));
      expect(old.map(([key]) => `${l} ${key}`)).toEqual([]);
    }
  });

  it('has a text for every t() key the code uses', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const { text } of code) {
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) prefixes.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((k) => !callable.has(k))).toEqual([]);
    // A key built from a code (`fillError.${code}`) starts with a namespace that exists.
    expect(prefixes.size).toBeGreaterThan(10);
    expect([...prefixes].filter((p) => ![...callable].some((k) => k.startsWith(p)))).toEqual([]);
  });

  it('has no text that nothing shows', () => {
    const all = code.map((c) => c.text).join('\n');
    const prefixes = [...all.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((m) => m[1]!);
    const unused = [...callable].filter(
      (key) => !key.startsWith('manifest.') && !all.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('holds every string the browser needs for the manifest, in every language', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const names = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(4);
    const files = browserMessageFiles();
    expect(files.map((f) => f.relativeDest)).toEqual(['_locales/nl/messages.json', '_locales/en/messages.json']);
    for (const file of files) {
      const messages = JSON.parse(file.contents) as Record<string, { message: string }>;
      for (const name of names) expect(messages[name]?.message, `${file.relativeDest} ${name}`).toBeTruthy();
      // Chrome allows only ASCII letters, digits and _ in message names.
      for (const name of Object.keys(messages)) expect(name).toMatch(/^\w+$/);
    }
  });
});

describe('createTranslator', () => {
  const nl = createTranslator('nl');
  const en = createTranslator('en');

  it('chooses the plural form by count', () => {
    expect(nl('read.tables', { count: 1 })).toBe('1 tabel');
    expect(nl('read.tables', { count: 2 })).toBe('2 tabellen');
    expect(nl('read.tables', { count: 0 })).toBe('0 tabellen');
    expect(nl('read.fields', { count: 1 })).toBe('1 veld gevonden');
    expect(nl('read.fields', { count: 3 })).toBe('3 velden gevonden');
    expect(nl('privacy.replaced', { count: 1 })).toBe('1 persoonsgegeven vervangen door een code voordat de tekst werd verstuurd.');
    expect(nl('privacy.replaced', { count: 59 })).toBe('59 persoonsgegevens vervangen door codes voordat de tekst werd verstuurd.');
    expect(nl('fill.undoPartial', { count: 1 })).toMatch(/^1 veld is niet teruggezet/);
    expect(en('read.tables', { count: 1 })).toBe('1 table');
    expect(en('log.count', { count: 2 })).toBe('2 entries');
  });

  it('fills named placeholders and shows numbers in the language’s format', () => {
    expect(nl('fields.busy', { model: 'qwen2.5:7b' })).toBe('Voorstellen worden gemaakt met qwen2.5:7b…');
    // No thousands dots: lib/dutch reads "1.234" as a decimal number.
    expect(nl('log.count', { count: 1234 })).toBe('1234 regels');
    expect(nl('auditOutcome.transcribed', { count: 12.5 })).toBe('12,5 s audio uitgeschreven');
    expect(en('auditOutcome.transcribed', { count: 12.5 })).toBe('12.5 s of audio transcribed');
    expect(nl('auditOutcome.filled', { count: 2, total: 7 })).toBe('2 van 7 ingevuld');
    // Text passes through as given: no HTML escaping (React escapes), no number formatting of strings.
    expect(nl('read.frame', { id: '12345' })).toBe('frame 12345');
    expect(nl('review.accept', { label: 'Pols <b>' })).toBe('Accepteer Pols <b>');
  });

  it('composes a sentence of several counts', () => {
    const sentence = nl('read.sections', {
      reports: nl('read.reports', { count: 3 }),
      tables: nl('read.tables', { count: 1 }),
      frames: nl('read.frames', { count: 1 }),
    });
    expect(sentence).toBe('3 rapportages, 1 tabel, 1 paginadeel (frame) gelezen.');
  });

  it('switches language per translator, whatever the browser says', () => {
    expect(nl('panel.read')).toBe('Lees pagina');
    expect(en('panel.read')).toBe('Read page');
    expect(nl('panel.read')).toBe('Lees pagina');
  });

  it('fails loudly in tests for a missing key or a missing placeholder value', () => {
    expect(() => nl('panel.nope' as MessageKey)).toThrow(/no text for "panel.nope"/);
    expect(() => nl('panel' as MessageKey)).toThrow();
    // A plural key without a count has no plain form to fall back on.
    expect(() => (nl as (key: string) => string)('read.tables')).toThrow(/no text/);
    expect(() => (nl as (key: string, p: object) => string)('fields.busy', {})).toThrow(/no value for \{\{model\}\}/);
  });
});
