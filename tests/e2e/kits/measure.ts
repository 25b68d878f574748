import type { BrowserContext, Page } from 'playwright-core';
import type { ScannedField } from '../../../lib/page/types';
import type { ExpectedField, KitPage } from './expected';
import type { FrameEntry, FrameField, FrameResult, World } from './worlds';

/** What happened to one expected field in one world. */
export interface FieldOutcome {
  label: string;
  /** The scanned field with the label a person sees, or null. */
  found: boolean;
  key?: string;
  scannedKind?: string;
  /** The fill reached the framework's state and the widget shows the value. */
  filled: boolean;
  /** The fill changed the framework's state (only those can be undone). */
  changed: boolean;
  /** After undo, the framework's state is what it was before the fill. */
  undone: boolean;
  /** The scan before the fill said the field has no empty choice to come back to (ScannedField.noEmptyChoice). */
  announced: boolean;
  /**
   * Undo was refused, and honestly: announced before the fill, refused as 'cannot-clear', and the refusal says
   * what the field holds, which is what the widget shows and what the framework holds (the filled value).
   */
  refusedHonestly: boolean;
  /** Reported as done while the framework's state says otherwise, or a refusal that names a value the page does not hold. */
  dishonest: boolean;
  /** The framework holds a value nobody confirmed (neither the old nor the filled one), after fill or undo. */
  unconfirmed: boolean;
  notes: string[];
}

export interface PageOutcome {
  library: string;
  world: World['name'];
  fields: FieldOutcome[];
  submits: number;
  ms: number;
}

type State = Record<string, unknown>;

/** Empty in any of the ways frameworks say it: null, '', [], undefined. */
function norm(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return v.length === 0 ? null : v.map(norm);
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  return v;
}
export const sameState = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').replace(/[\s:*]+$/, '').trim();

function labelMatches(field: ScannedField, expected: ExpectedField): boolean {
  const got = fold(field.label);
  return [expected.label, ...(expected.alsoLabel ?? [])].some((l) => fold(l) === got);
}

/** The widget shows the value: same text (folded), same number, same boolean. */
function showsValue(shown: string | boolean | undefined, want: string | boolean): boolean {
  if (shown === undefined) return false;
  if (typeof want === 'boolean' || typeof shown === 'boolean') return shown === want;
  const num = (s: string) => (/^-?\d+([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : NaN);
  if (!Number.isNaN(num(want)) && num(shown) === num(want)) return true;
  const a = fold(shown);
  const b = fold(want);
  return a === b || (b !== '' && a.includes(b));
}

async function formState(page: Page): Promise<State> {
  return page.evaluate(() => (window as unknown as { __formState(): Record<string, unknown> }).__formState());
}

export async function openKitPage(context: BrowserContext, baseUrl: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForFunction(() => (window as unknown as { __kitReady?: boolean }).__kitReady === true, null, { timeout: 15_000 });
  return page;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Scans, fills every expected field in one batch (as the panel does after the nurse confirmed them), reads the
 * framework's state and the widgets back, undoes, and reads the state again.
 */
export async function measurePage(page: Page, kit: KitPage, world: World): Promise<PageOutcome> {
  const started = Date.now();
  await world.prepare(page);
  const before = await formState(page);
  const scanned = await world.scan(page);
  const outcomes: FieldOutcome[] = [];
  const matched = new Map<ExpectedField, FrameField>();
  for (const expected of kit.fields) {
    const hits = scanned.filter((s) => labelMatches(s.field, expected));
    const hit = hits.find((s) => s.field.kind === expected.kind) ?? hits[0];
    const outcome: FieldOutcome = {
      label: expected.label, found: !!hit, filled: false, changed: false, undone: false, announced: hit?.field.noEmptyChoice === true,
      refusedHonestly: false, dishonest: false, unconfirmed: false, notes: [],
    };
    if (hit) {
      matched.set(expected, hit);
      outcome.key = hit.field.key;
      outcome.scannedKind = hit.field.kind;
      if (hit.field.kind !== expected.kind) outcome.notes.push(`soort ${hit.field.kind}, verwacht ${expected.kind}`);
      if (hits.length > 1) outcome.notes.push(`${hits.length} velden met dit label`);
    } else {
      const near = scanned.find((s) => fold(s.field.label).includes(fold(expected.label).slice(0, 6)));
      outcome.notes.push(near ? `niet gevonden (wel "${near.field.label}" ${near.field.kind})` : 'niet gevonden');
    }
    outcomes.push(outcome);
  }

  const entries: FrameEntry[] = [...matched].map(([e, s]) => ({ frame: s.frame, key: s.field.key, value: e.value, expected: s.field.value }));
  const results = entries.length ? await world.fill(page, entries) : [];
  await pause(300);
  const afterFill = await formState(page);
  const rescanned = await world.scan(page);
  const resultOf = (s: FrameField) => results.find((r) => r.frame === s.frame && r.key === s.field.key);

  kit.fields.forEach((expected, k) => {
    const outcome = outcomes[k]!;
    const s = matched.get(expected);
    const now = afterFill[expected.state];
    const old = before[expected.state];
    outcome.changed = !sameState(now, old);
    if (!sameState(now, old) && !sameState(now, expected.want)) {
      outcome.unconfirmed = true;
      outcome.notes.push(`na invullen staat ${JSON.stringify(now)} (was ${JSON.stringify(old)}, gevraagd ${JSON.stringify(expected.want)})`);
    }
    if (!s) return;
    const result = resultOf(s);
    const stateOk = sameState(now, expected.want);
    const shown = rescanned.find((r) => r.frame === s.frame && r.field.key === s.field.key)?.field.value;
    const visibleOk = showsValue(shown, expected.shown ?? expected.value);
    outcome.filled = !!result?.ok && stateOk && visibleOk;
    if (!result?.ok) outcome.notes.push(`invullen: ${result?.error ?? 'geen resultaat'}`);
    if (result?.ok && !stateOk) {
      outcome.dishonest = true;
      outcome.notes.push(`gemeld als gelukt, toestand ${JSON.stringify(now)}`);
    }
    if (!visibleOk) outcome.notes.push(`toont ${JSON.stringify(shown)}${rescanned.some((r) => r.field.key === s.field.key) ? '' : ' (veld weg na invullen)'}`);
  });

  const undone = results.length ? await world.undo(page, results.filter((r) => r.ok)) : [];
  await pause(300);
  const afterUndo = await formState(page);
  const scannedAfterUndo = await world.scan(page);
  kit.fields.forEach((expected, k) => {
    const outcome = outcomes[k]!;
    const now = afterUndo[expected.state];
    const old = before[expected.state];
    if (!outcome.changed) return;
    outcome.undone = sameState(now, old);
    const s = matched.get(expected);
    const r = s ? undone.find((u: FrameResult) => u.frame === s.frame && u.key === s.field.key) : undefined;
    const shown = s ? scannedAfterUndo.find((f) => f.frame === s.frame && f.field.key === s.field.key)?.field.value : undefined;
    if (r?.ok && !outcome.undone) {
      outcome.dishonest = true;
      outcome.notes.push(`ongedaan maken gemeld als gelukt, toestand ${JSON.stringify(now)}`);
    }
    if (r && !r.ok && r.value !== undefined && shown !== undefined && !showsValue(shown, r.value)) {
      outcome.dishonest = true;
      outcome.notes.push(`weigering zegt ${JSON.stringify(r.value)}, het veld toont ${JSON.stringify(shown)}`);
    }
    if (!outcome.undone) {
      const want = expected.shown ?? expected.value;
      outcome.refusedHonestly =
        outcome.announced && !!r && !r.ok && r.error === 'cannot-clear' && sameState(now, expected.want) && showsValue(r.value, want) && showsValue(shown, want);
      outcome.notes.push(
        `na ongedaan maken ${JSON.stringify(now)} (was ${JSON.stringify(old)})${r && !r.ok ? `: ${r.error}, veld toont ${JSON.stringify(r.value)}` : r ? '' : ': niet ongedaan gemaakt'}` +
          (outcome.refusedHonestly ? ' — eerlijk geweigerd, vooraf gemeld' : outcome.announced ? '' : ' — niet vooraf gemeld'),
      );
      if (!sameState(now, expected.want)) outcome.unconfirmed = true;
    }
  });
  const submits = await page.evaluate(() => (window as unknown as { __submits?: number }).__submits ?? 0);
  return { library: kit.library, world: world.name, fields: outcomes, submits, ms: Date.now() - started };
}

export interface Figures {
  found: number;
  filled: number;
  changed: number;
  undone: number;
  /** Undos refused honestly after the field was announced as having no way back (see FieldOutcome.refusedHonestly). */
  refused: number;
  /** Undos the product attempts: the changed fields less those refused honestly. "Ongedaan" is undone / this. */
  undoable: number;
  /** Fields the scan announced as having no empty choice. */
  announced: number;
  dishonest: number;
  total: number;
  unconfirmed: number;
  submits: number;
}

export function figures(outcome: PageOutcome): Figures {
  const f = outcome.fields;
  return {
    total: f.length,
    found: f.filter((o) => o.found).length,
    filled: f.filter((o) => o.filled).length,
    changed: f.filter((o) => o.changed).length,
    undone: f.filter((o) => o.changed && o.undone).length,
    refused: f.filter((o) => o.changed && !o.undone && o.refusedHonestly).length,
    undoable: f.filter((o) => o.changed && (o.undone || !o.refusedHonestly)).length,
    announced: f.filter((o) => o.announced).length,
    dishonest: f.filter((o) => o.dishonest).length,
    unconfirmed: f.filter((o) => o.unconfirmed).length,
    submits: outcome.submits,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

/** The per-library table (markdown), as the report and the README carry it. */
export function table(outcomes: PageOutcome[]): string {
  const lines = [
    '| Bibliotheek | Wereld | Gevonden | Ingevuld | Ongedaan | Eerlijk geweigerd | Oneerlijk | Onbevestigd | Opgeslagen |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const o of outcomes) {
    const f = figures(o);
    lines.push(
      `| ${o.library} | ${o.world} | ${f.found}/${f.total} (${pct(f.found, f.total)}) | ${f.filled}/${f.total} (${pct(f.filled, f.total)}) | ${f.undone}/${f.undoable} (${pct(f.undone, f.undoable)}) | ${f.refused} (${f.announced} gemeld) | ${f.dishonest} | ${f.unconfirmed} | ${f.submits} |`,
    );
  }
  return lines.join('\n');
}

/** Every field that fell short, with why: the list to work from. */
export function failures(outcomes: PageOutcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    for (const f of o.fields) {
      const bad = !f.found || !f.filled || (f.changed && !f.undone) || f.unconfirmed || f.dishonest;
      if (bad) lines.push(`${o.library} [${o.world}] ${f.label}${f.key ? ` (${f.key}, ${f.scannedKind})` : ''}: ${f.notes.join('; ')}`);
    }
  }
  return lines.join('\n');
}
