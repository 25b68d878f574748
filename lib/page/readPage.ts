import { alertItems, findAlertNodes, pairOrAlert } from './alerts';
import { recallClient, rememberClient } from './clientCache';
import { detectClient, type ClientInfo } from './clientHeader';
import { clientFingerprint } from './fingerprint';
import { narrativeNodes } from './narrative';
import type { PageItem, ReadContext } from './pageItems';
import { isHeading } from './pageItems';
import { buildPageModel, type PageModel } from './pageModel';
import { definitionPairs, labelValueChildren, textOrPairs } from './pairs';
import { createRefBuilder, type RefBuilder } from './refs';
import { createVisibility, type VisibilityOptions } from './visibility';
import { findReportNodes, reportItem } from './reports';
import { composeText } from './snapshotText';
import { isLayoutTable, tableItems } from './tables';
import type { PageBlock, PageSnapshot } from './types';

function headerText(ctx: ReadContext, i: number, skip: Uint8Array): string {
  const { model } = ctx;
  const parts = (j: number): string[] => {
    if (skip[j]) return [];
    if (model.tag(j) === 'dl') return definitionPairs(ctx, j).map((p) => `${p.label}: ${p.value}`);
    if (model.childCount(j) === 0 || model.hasDirectText(j)) {
      const line = model.line(j);
      return line ? [line] : [];
    }
    return model.children(j).flatMap(parts);
  };
  return parts(i).join(' · ');
}

export function collectItems(ctx: ReadContext, client: ClientInfo | null): PageItem[] {
  const { model } = ctx;
  const alerts = findAlertNodes(ctx);
  const reports = findReportNodes(ctx);
  const items: PageItem[] = [];
  let lastHeading: string | undefined;

  const special = (i: number) =>
    alerts[i] || reports[i] || isHeading(model, i) || model.tag(i) === 'table' || labelValueChildren(ctx, i) !== null;

  function flush(owner: number, from: number, to: number, listItem: boolean) {
    if (from >= to) return;
    const text = model.slice(from, to);
    if (text) items.push(...textOrPairs(owner, ctx.ref(owner), text, listItem));
  }

  function visit(i: number, inHeader: boolean): void {
    if (client && i === client.node && !inHeader) {
      const text = headerText(ctx, i, alerts);
      if (text) items.push({ kind: 'header', ref: ctx.ref(i), text });
      for (let c = model.firstChild(i); c >= 0; c = model.nextSibling(c)) visit(c, true);
      return;
    }
    if (alerts[i]) {
      items.push(...alertItems(ctx, i));
      return;
    }
    if (inHeader) {
      for (let c = model.firstChild(i); c >= 0; c = model.nextSibling(c)) visit(c, true);
      return;
    }
    const name = model.tag(i);
    if (name === 'table' && !isLayoutTable(ctx, i)) {
      for (const item of tableItems(ctx, i)) {
        items.push(item.kind === 'table' && !item.caption && lastHeading ? { ...item, caption: lastHeading } : item);
      }
      return;
    }
    if (name === 'dl') {
      for (const p of definitionPairs(ctx, i)) items.push(pairOrAlert(ctx.ref(p.node), p.label, p.value));
      return;
    }
    if (reports[i]) {
      items.push(reportItem(ctx, i));
      return;
    }
    if (isHeading(model, i)) {
      const text = model.line(i);
      if (text) items.push({ kind: 'heading', ref: ctx.ref(i), text, node: i });
      lastHeading = text || lastHeading;
      return;
    }
    const pair = labelValueChildren(ctx, i);
    if (pair) {
      items.push(pairOrAlert(ctx.ref(i), pair.label, pair.value));
      return;
    }
    if (!model.hasBlockInside(i)) {
      flush(i, model.start(i), model.end(i), name === 'li');
      return;
    }
    // A container: inline text between block children forms text blocks of its own.
    let cursor = model.start(i);
    for (let c = model.firstChild(i); c >= 0; c = model.nextSibling(c)) {
      if (!model.isBlock(c) && !model.hasBlockInside(c) && !special(c)) continue;
      flush(i, cursor, model.start(c), false);
      visit(c, false);
      cursor = model.end(c);
    }
    flush(i, cursor, model.end(i), false);
  }

  if (model.count) visit(0, false);
  return items;
}

/**
 * Refs of model nodes. Sibling positions come from the model where a parent's element children are exactly
 * its model children (nothing hidden or left out between them), so a list of 10,000 reports needs no
 * second walk over its siblings.
 */
export function modelRefs(model: PageModel, refOf: RefBuilder): (i: number) => string {
  const positions = new Int32Array(model.count);
  /** Per parent: 0 not looked at, 1 positions known, 2 ask the DOM. */
  const known = new Uint8Array(model.count);
  return (i) => {
    const p = model.parent(i);
    if (p < 0) return refOf(model.el(i));
    if (known[p] === 0) {
      const parentEl = model.el(p);
      const complete =
        parentEl.shadowRoot === null && model.tag(p) !== 'slot' && parentEl.childElementCount === model.childCount(p);
      known[p] = complete ? 1 : 2;
      if (complete) {
        const counts = new Map<string, number>();
        for (let c = model.firstChild(p); c >= 0; c = model.nextSibling(c)) {
          const n = (counts.get(model.tag(c)) ?? 0) + 1;
          counts.set(model.tag(c), n);
          positions[c] = n;
        }
      }
    }
    return known[p] === 1 ? refOf.at(model.el(i), positions[i]!, model.el(p), model.id(i), model.tag(i)) : refOf(model.el(i));
  };
}

function toBlock(item: PageItem): PageBlock {
  switch (item.kind) {
    case 'report': {
      const block: PageBlock = { ref: item.ref, kind: 'report', text: item.text };
      if (item.date) block.date = item.date;
      if (item.author) block.author = item.author;
      return block;
    }
    case 'table': {
      const block: PageBlock = { ref: item.ref, kind: 'table', text: item.rows.map((r) => r.join(' | ')).join('\n'), rows: item.rows };
      if (item.caption) block.label = item.caption;
      return block;
    }
    case 'pair':
      return { ref: item.ref, kind: 'pair', text: `${item.label}: ${item.value}`, label: item.label };
    case 'alert':
      return { ref: item.ref, kind: 'alert', text: item.text, label: item.alertKind };
    default:
      return { ref: item.ref, kind: item.kind, text: item.text };
  }
}

/**
 * Reads what a person sees on the page: client header, alerts, reports, tables, label–value pairs and
 * narrative text, each with a ref that locateRef finds again, plus the compact text for the model.
 * Hidden text (display:none, visibility, hidden/aria-hidden, opacity 0, clipped, off-screen, zero size,
 * comments, script/style/template/noscript, colour equal or close to the background, text too small to read,
 * clipped away or covered) is never read. Open shadow roots are read; iframes are not (the content script runs
 * in every frame and reads its own document). `options.exhaustive` checks every element in full, without the
 * speed shortcuts (see visibility.ts); the result is the same.
 *
 * @example
 * const snapshot = readPage(document);
 * snapshot.reports[0]?.date; // '21-11-2025 08:40'
 */
export function readPage(doc: Document, options: VisibilityOptions = {}): PageSnapshot {
  const model = buildPageModel(doc, undefined, createVisibility(doc, options), { textNodes: false });
  const refOf = createRefBuilder();
  const ctx: ReadContext = { model, refOf, ref: modelRefs(model, refOf) };
  const client = detectClient(ctx);
  let items = collectItems(ctx, client);

  if (!items.some((i) => i.kind === 'report')) {
    const narrative = narrativeNodes(doc, model);
    if (narrative) {
      items = items.map((item) =>
        item.kind === 'text' && (narrative.has(item.node) || narrative.has(model.parent(item.node)))
          ? { ...item, kind: 'narrative' as const }
          : item,
      );
    }
  }

  const fingerprint = clientFingerprint(client?.client ?? null);
  rememberClient(doc, client?.client ?? null, fingerprint);
  const snapshot: PageSnapshot = {
    url: doc.URL ?? '',
    title: doc.title ?? '',
    client: client?.client ?? null,
    alerts: [],
    reports: [],
    tables: [],
    pairs: [],
    blocks: items.map(toBlock),
    text: composeText(items),
    clientFingerprint: fingerprint,
  };
  for (const item of items) {
    if (item.kind === 'alert') snapshot.alerts.push({ ref: item.ref, kind: item.alertKind, text: item.text });
    else if (item.kind === 'report') {
      const report: PageSnapshot['reports'][number] = { ref: item.ref, text: item.text };
      if (item.date) report.date = item.date;
      if (item.author) report.author = item.author;
      snapshot.reports.push(report);
    } else if (item.kind === 'table') {
      const table: PageSnapshot['tables'][number] = { ref: item.ref, rows: item.rows };
      if (item.caption) table.caption = item.caption;
      snapshot.tables.push(table);
    } else if (item.kind === 'pair') snapshot.pairs.push({ ref: item.ref, label: item.label, value: item.value });
  }
  return snapshot;
}

/** The client on the page and its fingerprint, without building the rest of the snapshot. */
export function readClient(doc: Document): { client: PageSnapshot['client']; fingerprint: string } {
  const remembered = recallClient(doc);
  if (remembered) return remembered;
  const model = buildPageModel(doc, undefined, undefined, { textNodes: false });
  const refOf = createRefBuilder();
  const info = detectClient({ model, refOf, ref: (i) => refOf(model.el(i)) });
  const client = info?.client ?? null;
  const fingerprint = clientFingerprint(client);
  rememberClient(doc, client, fingerprint);
  return { client, fingerprint };
}
