import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

/** An expected field value: text, a number, a checkbox state, or null for "no value is correct". */
export const expectedValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ExpectedValue = z.infer<typeof expectedValueSchema>;

/**
 * One evaluation case as written in tests/eval/cases/*.json. Expected values are keyed by the field's
 * visible label, so a case survives changes to how field keys are built.
 */
export const evalCaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    description: z.string().min(1),
    /** The page, inline. */
    html: z.string().optional(),
    /** Or a file, relative to the cases folder (e.g. "../pages/x.html", "../../sandbox/dossier.html"). */
    htmlFile: z.string().optional(),
    /** The URL the page pretends to have (affects nothing but the snapshot). */
    url: z.string().default('https://ecd.example.nl/dossier'),
    /** The carer's own notes, sent along with the page text. */
    notes: z.string().optional(),
    expected: z.record(z.string(), expectedValueSchema).refine((e) => Object.keys(e).length > 0, 'at least one expected field'),
    /** Per label, the verbatim text a correct answer quotes; the oracle uses it, a real model does not see it. */
    expectedQuotes: z.record(z.string(), z.string()).optional(),
    /** Words that must never reach the endpoint (e.g. the client's surname): checked against every request body. */
    mustNotSend: z.array(z.string()).optional(),
  })
  .refine((c) => (c.html === undefined) !== (c.htmlFile === undefined), 'give exactly one of "html" and "htmlFile"');
export type EvalCase = z.infer<typeof evalCaseSchema>;

/** A case with its page loaded. */
export interface LoadedCase extends EvalCase {
  /** The page's HTML, with its local style sheets inlined. */
  pageHtml: string;
  /** Where the case came from, for messages. */
  file: string;
}

/**
 * Reads and validates every `*.json` in a folder (sorted by name), loading `htmlFile` pages relative to
 * it. Throws one error listing every invalid case, so a broken case is never silently skipped.
 */
export function loadCases(dir: string, only?: string[]): LoadedCase[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const cases: LoadedCase[] = [];
  for (const name of files) {
    const file = join(dir, name);
    try {
      const parsed = evalCaseSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        problems.push(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(case)'}: ${i.message}`).join('; ')}`);
        continue;
      }
      const c = parsed.data;
      if (only && only.length > 0 && !only.includes(c.id)) continue;
      const pageHtml = c.html ?? inlineStyleSheets(readFileSync(resolve(dir, c.htmlFile!), 'utf8'), dirname(resolve(dir, c.htmlFile!)));
      cases.push({ ...c, pageHtml, file });
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const ids = cases.map((c) => c.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0) problems.push(`duplicate case ids: ${[...new Set(duplicates)].join(', ')}`);
  if (problems.length > 0) throw new Error(`Invalid eval cases in ${dir}:\n  ${problems.join('\n  ')}`);
  if (only && only.length > 0) {
    const missing = only.filter((id) => !ids.includes(id));
    if (missing.length > 0) throw new Error(`No such case: ${missing.join(', ')}`);
  }
  return cases;
}

/**
 * jsdom does not fetch style sheets, but what is hidden by a class decides what the page layer reads:
 * local `<link rel="stylesheet">` files are inlined as `<style>` so hidden text stays hidden.
 */
export function inlineStyleSheets(html: string, baseDir: string): string {
  return html.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) return tag;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!href || /^[a-z]+:|^\/\//i.test(href)) return tag;
    try {
      return `<style>${readFileSync(resolve(baseDir, href), 'utf8')}</style>`;
    } catch {
      return tag;
    }
  });
}
