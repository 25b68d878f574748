import { SNAPSHOT_LINES } from '../page/snapshotFormat';
import type { PageBlock } from '../page/types';
import type { ContextSource } from './selectContext';

/**
 * The selection's view of a read page, from its blocks in page order: the client line, the alerts, the
 * reports (structured, whole) and everything else on the screen as lines in the snapshot text's own
 * format (lib/page/snapshotFormat.ts: "- label: value", "Tabel caption:" with its rows, "## heading").
 *
 * @example const source = contextSourceOf(tab.blocks);
 */
export function contextSourceOf(blocks: readonly PageBlock[]): ContextSource {
  const source: ContextSource = { header: '', alerts: [], reports: [], surroundings: [] };
  const headers: string[] = [];
  const seen = new Set<string>();
  const once = (line: string) => {
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  };
  let heading: string | null = null;
  for (const block of blocks) {
    switch (block.kind) {
      case 'header':
        if (block.text && once(block.text)) headers.push(block.text);
        break;
      case 'alert':
        if (once(block.text)) source.alerts.push(block.text);
        break;
      case 'report': {
        const report: ContextSource['reports'][number] = { text: block.text };
        if (block.date) report.date = block.date;
        if (block.author) report.author = block.author;
        source.reports.push(report);
        break;
      }
      case 'heading':
        heading = block.text;
        break;
      default: {
        const line =
          block.kind === 'pair' ? SNAPSHOT_LINES.item(block.text) : block.kind === 'table' ? `${SNAPSHOT_LINES.table(block.label)}\n${block.text}` : SNAPSHOT_LINES.text(block.text);
        if (!line || !once(line)) break;
        // A heading goes with the first piece below it, so it is only sent when that is.
        source.surroundings.push(heading && block.kind !== 'table' ? `${SNAPSHOT_LINES.heading(heading)}\n${line}` : line);
        heading = null;
      }
    }
  }
  source.header = headers.join(' · ');
  return source;
}
