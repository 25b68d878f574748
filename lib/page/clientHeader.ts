import { collapseWhitespace, findDateMention } from '../dutch';
import { cleanLabel } from './normalizeText';
import type { ReadContext } from './pageItems';
import { isHeading } from './pageItems';
import type { PageModel } from './pageModel';
import { definitionPairs } from './pairs';
import type { ClientHeader } from './types';

/**
 * The client header is found by its Dutch labels (Geboortedatum / Geb., Cliëntnummer / Clientnr …), not by
 * one ECD's markup: the element holding those labels, widened to the nearest header-like container (a
 * header/banner, or class names with client/patient/bewoner). The name comes from a "Naam" label, else the
 * heading in that container, else its first line that reads like a name.
 */
const BIRTH_LABEL = /(^|[^\p{L}])(geboortedatum|geb\.?\s*datum|geboren|geb\.)(?=[\s:.]|$)/iu;
const CLIENT_NR_LABEL =
  /(^|[^\p{L}])(cli[eë]nt\s*n(umme)?r|cli[eë]nt-?id|pati[eë]nt\s*n(umme)?r|dossier\s*n(umme)?r|registratienummer|relatienummer)\.?/iu;
const HEADER_NAMES = /client|cli[eë]nt|patient|pati[eë]nt|bewoner|persoon|person|banner|header/i;
const CLIENT_NAMES = /client|cli[eë]nt|patient|pati[eë]nt|bewoner/i;
const NAME_LABEL = /^(naam|volledige naam|cli[eë]nt(naam)?|pati[eë]nt(naam)?|bewoner|naam cli[eë]nt)$/i;
const NAME_CLASS = /(^|[-_\s])(name|naam)([-_\s]|$)/i;
const MAX_HEADER_CHARS = 800;

export interface ClientInfo {
  node: number;
  client: ClientHeader;
}

function isHeaderish(model: PageModel, i: number): boolean {
  return model.tag(i) === 'header' || model.role(i) === 'banner' || model.namesMatch(i, HEADER_NAMES);
}

/** Text after the label run, across a few runs ("Geb.:", "14-03-1938"). */
function textAfter(ctx: ReadContext, run: number, label: RegExp): string {
  const { runs } = ctx.model;
  let text = '';
  for (let r = run; r < runs.length && r < run + 8 && text.length < 200; r++) text += runs[r];
  const m = label.exec(text);
  return m ? collapseWhitespace(text.slice(m.index + m[0].length)) : '';
}

/** Cheap first look before the exact label patterns (a dossier has 100,000 text runs). */
const LABEL_HINT = /geb|cli|pati|dossier|regist|relatie/i;

/** Runs that may hold a header label, in one pass over all runs (the exact patterns run on these few). */
function hintedRuns(ctx: ReadContext): number[] {
  const found: number[] = [];
  const { runs } = ctx.model;
  for (let r = 0; r < runs.length && found.length < 200; r++) {
    const run = runs[r]!;
    if (run.length <= 80 && LABEL_HINT.test(run)) found.push(r);
  }
  return found;
}

function labelRuns(ctx: ReadContext, hinted: number[], label: RegExp): number[] {
  return hinted.filter((r) => label.test(ctx.model.runs[r]!)).slice(0, 30);
}

function ancestors(ctx: ReadContext, i: number): number[] {
  const chain: number[] = [];
  for (let cur = i; cur >= 0; cur = ctx.model.parent(cur)) chain.push(cur);
  return chain;
}

function commonAncestor(ctx: ReadContext, a: number, b: number): number {
  const seen = new Set(ancestors(ctx, a));
  return ancestors(ctx, b).find((x) => seen.has(x)) ?? 0;
}

function containerFor(ctx: ReadContext, base: number): number {
  const { model } = ctx;
  for (let cur = base; cur > 0 && model.length(cur) <= MAX_HEADER_CHARS; cur = model.parent(cur)) {
    if (isHeaderish(model, cur)) return cur;
  }
  let cur = base;
  while (model.parent(cur) > 0 && model.length(model.parent(cur)) <= 300) cur = model.parent(cur);
  return cur;
}

function nameIn(ctx: ReadContext, h: number): string | undefined {
  const { model } = ctx;
  const end = model.after(h);
  if (model.tag(h) === 'dl') {
    const pair = definitionPairs(ctx, h).find((p) => NAME_LABEL.test(p.label));
    if (pair) return pair.value;
  }
  for (let j = h; j < end; j++) {
    if (model.tag(j) === 'dl') {
      const pair = definitionPairs(ctx, j).find((p) => NAME_LABEL.test(p.label));
      if (pair) return pair.value;
    }
    const line = model.line(j);
    const inline = /^([^:]{2,30}):\s*(.+)$/.exec(line);
    if (inline && NAME_LABEL.test(cleanLabel(inline[1]!)) && model.childCount(j) <= 2) return inline[2]!.trim();
    if (NAME_LABEL.test(cleanLabel(line))) {
      const next = model.after(j);
      if (next < end) return model.line(next) || undefined;
    }
  }
  for (let j = h; j < end; j++) if (isHeading(model, j)) return model.line(j) || undefined;
  for (let j = h + 1; j < end; j++) if (NAME_CLASS.test(model.el(j).getAttribute('class') ?? '')) return model.line(j) || undefined;
  return model
    .text(h)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length >= 3 && l.length <= 80 && !/\d|:/.test(l));
}

/** The client shown on the page, or null when there is no recognisable client header. */
export function detectClient(ctx: ReadContext): ClientInfo | null {
  const { model } = ctx;
  // A label only counts when its value follows: "geboren in Zwolle" in a report is not a header.
  const hinted = hintedRuns(ctx);
  const births = labelRuns(ctx, hinted, BIRTH_LABEL).filter((r) => {
    const date = findDateMention(textAfter(ctx, r, BIRTH_LABEL));
    return date !== null && date.index <= 20;
  });
  const numbers = labelRuns(ctx, hinted, CLIENT_NR_LABEL).filter((r) => /^[\s:.#]*[A-Z0-9./-]*\d/i.test(textAfter(ctx, r, CLIENT_NR_LABEL)));
  const owner = (r: number) => model.runOwner[r]!;
  const headerOf = (r: number) => ancestors(ctx, owner(r)).find((a) => a > 0 && model.length(a) <= MAX_HEADER_CHARS && isHeaderish(model, a));
  const birth = births.find((r) => headerOf(r) !== undefined) ?? births[0];
  const number =
    (birth !== undefined ? numbers.find((r) => model.length(commonAncestor(ctx, owner(birth), owner(r))) <= MAX_HEADER_CHARS) : undefined) ??
    numbers.find((r) => headerOf(r) !== undefined) ??
    numbers[0];

  let base: number | undefined;
  if (birth !== undefined && number !== undefined) {
    const lca = commonAncestor(ctx, owner(birth), owner(number));
    base = model.length(lca) <= MAX_HEADER_CHARS ? lca : owner(birth);
  } else if (birth !== undefined) base = owner(birth);
  else if (number !== undefined) base = owner(number);

  if (base === undefined) return fallbackClient(ctx);
  const node = containerFor(ctx, base);
  const birthDate = birth !== undefined ? findDateMention(textAfter(ctx, birth, BIRTH_LABEL))?.text : undefined;
  const numberText = number !== undefined ? textAfter(ctx, number, CLIENT_NR_LABEL) : '';
  const clientNumber = /^[\s:.#]*([A-Z0-9][A-Z0-9./-]{2,24})/i.exec(numberText)?.[1]?.replace(/[./-]+$/, '');
  const client: ClientHeader = {
    name: nameIn(ctx, node),
    birthDate,
    clientNumber: clientNumber && /\d/.test(clientNumber) ? clientNumber : undefined,
    ref: ctx.ref(node),
  };
  return { node, client };
}

/** Without labels: a short container named after the client (class client/patient/bewoner) with a heading. */
function fallbackClient(ctx: ReadContext): ClientInfo | null {
  const { model } = ctx;
  for (let i = 1; i < model.count; i++) {
    if (!model.namesMatch(i, CLIENT_NAMES) || model.length(i) > 400 || model.length(i) === 0) continue;
    const name = nameIn(ctx, i);
    if (!name) continue;
    return { node: i, client: { name, birthDate: findDateMention(model.line(i))?.text, ref: ctx.ref(i) } };
  }
  return null;
}
