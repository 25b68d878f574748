import { collapseWhitespace, findDateMention } from '../dutch';
import { pairOrAlert } from './alerts';
import { cleanLabel } from './normalizeText';
import type { PageItem, ReadContext } from './pageItems';

const DATE_HEADER = /^(datum|date|dag|tijdstip|datum\s*(en|\/|&)?\s*tijd|moment)\b/i;
const TEXT_HEADER = /rapport|verslag|tekst|omschrijving|notitie|observatie|inhoud|bericht|toelichting|beschrijving/i;
const AUTHOR_HEADER = /auteur|medewerker|^door\b|author|gebruiker|zorgverlener|ingevoerd|geschreven|naam/i;
const CONTROLS = 'input:not([type=hidden]),select,textarea,[contenteditable]:not([contenteditable=false])';

interface Row {
  node: number;
  cells: { node: number; text: string; header: boolean }[];
  inHead: boolean;
}

/** True for tables used for layout only: role=presentation/none, or holding another table. */
export function isLayoutTable(ctx: ReadContext, i: number): boolean {
  const { model } = ctx;
  const role = model.role(i);
  if (role === 'presentation' || role === 'none') return true;
  for (let j = i + 1; j < model.after(i); j++) if (model.tag(j) === 'table') return true;
  return false;
}

function rowsOf(ctx: ReadContext, i: number): Row[] {
  const { model } = ctx;
  const rows: Row[] = [];
  for (let j = i + 1; j < model.after(i); j++) {
    if (model.tag(j) !== 'tr') continue;
    const cells = model
      .children(j)
      .filter((c) => model.tag(c) === 'td' || model.tag(c) === 'th')
      .map((c) => ({ node: c, text: model.line(c), header: model.tag(c) === 'th' }));
    const inHead = model.el(j).parentElement?.localName === 'thead';
    rows.push({ node: j, cells, inHead });
    j = model.after(j) - 1;
  }
  return rows;
}

function captionOf(ctx: ReadContext, i: number): string | undefined {
  const { model } = ctx;
  const el = model.el(i);
  for (let c = model.firstChild(i); c >= 0; c = model.nextSibling(c)) {
    if (model.tag(c) === 'caption') return model.line(c) || undefined;
  }
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = by
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    const caption = collapseWhitespace(text);
    if (caption) return caption;
  }
  return undefined;
}

/**
 * A data table becomes one of: reports (a header with a date and a text column), label–value pairs (two
 * columns with th labels), or a table of rows. Rows holding form controls are left out (they are fields).
 */
export function tableItems(ctx: ReadContext, i: number): PageItem[] {
  const { model } = ctx;
  const all = rowsOf(ctx, i).filter((r) => r.cells.some((c) => c.text !== ''));
  const rows = all.filter((r) => !model.el(r.node).querySelector(CONTROLS));
  // A form laid out as a table: what is left without the field rows is only its header.
  if (rows.length === 0 || (rows.length === 1 && rows.length < all.length)) return [];
  const headerRow = rows.find((r) => r.inHead) ?? (rows[0]!.cells.every((c) => c.header) ? rows[0] : undefined);
  const body = rows.filter((r) => r !== headerRow && !r.inHead);

  if (headerRow) {
    const headers = headerRow.cells.map((c) => c.text);
    const dateCol = headers.findIndex((h) => DATE_HEADER.test(h));
    const textCol = headers.findIndex((h, k) => k !== dateCol && TEXT_HEADER.test(h));
    if (dateCol >= 0 && textCol >= 0) {
      const authorCol = headers.findIndex((h, k) => k !== dateCol && k !== textCol && AUTHOR_HEADER.test(h));
      return body.map((r) => {
        const cell = (k: number) => r.cells[k]?.text ?? '';
        const others = r.cells
          .map((c, k) => (k === dateCol || k === textCol || k === authorCol || !c.text ? '' : c.text))
          .filter(Boolean);
        const dateText = cell(dateCol);
        const date = findDateMention(dateText)?.text ?? (dateText || undefined);
        const author = authorCol >= 0 ? cell(authorCol) || undefined : undefined;
        const body = cell(textCol);
        const text = (others.length ? `[${others.join(', ')}] ` : '') + body;
        return { kind: 'report' as const, ref: ctx.ref(r.node), text, date, author, body, tags: others };
      });
    }
  }

  const twoColumn = body.length > 0 && body.every((r) => r.cells.length === 2);
  const labelled = body.filter((r) => r.cells[0]!.header || r.cells[0]!.text.endsWith(':')).length;
  if (twoColumn && labelled >= Math.ceil(body.length * 0.8)) {
    return body.map((r) => pairOrAlert(ctx.ref(r.node), cleanLabel(r.cells[0]!.text), r.cells[1]!.text));
  }

  return [{ kind: 'table', ref: ctx.ref(i), caption: captionOf(ctx, i), rows: rows.map((r) => r.cells.map((c) => c.text)) }];
}
