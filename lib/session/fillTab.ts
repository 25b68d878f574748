import type { FillResult } from '../page/types';
import type { TabTransport } from './tabTransport';
import type { FillRequest, TabFillResult, TabRead } from './types';

function byFrame<T>(items: T[], frameOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const id = frameOf(item);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

/** The fingerprint of the frame as it was read: a frame that changed since refuses the fill. */
function frameFingerprint(tab: TabRead, frameId: number): string {
  return tab.frames.find((f) => f.frameId === frameId)?.fieldsFingerprint ?? '';
}

/**
 * The client header can live in another frame than the form (header on top, form in an iframe). Each
 * frame checks its own fingerprint when filling; the header's frame is checked here, so a switched client
 * on top stops a fill into the unchanged iframe form.
 */
async function clientUnchanged(transport: TabTransport, tab: TabRead, filledFrames: number[]): Promise<boolean> {
  const header = tab.frames.find((f) => f.snapshot.clientFingerprint);
  if (!header || filledFrames.includes(header.frameId)) return true;
  const now = await transport.agent(tab.tabId, header.frameId).fingerprint().catch(() => null);
  return now === header.fieldsFingerprint;
}

/**
 * Sends confirmed values to the frames their fields live in. Each frame refuses when its client or form
 * changed since the read ('stale') or a field changed since review ('changed'). A frame whose content
 * script fails reports its fields as 'frame-error' (not as "not found"); other frames' results, and their
 * undo, are kept.
 */
export async function fillTab(transport: TabTransport, tab: TabRead, requests: FillRequest[]): Promise<TabFillResult[]> {
  const groups = byFrame(requests, (r) => r.ref.frameId);
  if (!(await clientUnchanged(transport, tab, [...groups.keys()]))) {
    return requests.map((r) => ({ frameId: r.ref.frameId, key: r.ref.key, ok: false, previous: r.expected, error: 'stale' }));
  }
  const all: TabFillResult[] = [];
  for (const [frameId, frameRequests] of groups) {
    const entries = frameRequests.map((r) => ({ key: r.ref.key, value: r.value, expected: r.expected }));
    const results = await transport
      .agent(tab.tabId, frameId)
      .fill({ entries, expectedFingerprint: frameFingerprint(tab, frameId) })
      .catch((): FillResult[] => frameRequests.map((r) => ({ key: r.ref.key, ok: false, previous: r.expected, error: 'frame-error' })));
    all.push(...results.map((r) => ({ ...r, frameId })));
  }
  return all;
}

/** Puts back the previous values of a fill, frame by frame, where the field still holds the filled value. */
export async function undoTabFill(transport: TabTransport, tab: TabRead, results: TabFillResult[]): Promise<TabFillResult[]> {
  const all: TabFillResult[] = [];
  for (const [frameId, frameResults] of byFrame(results.filter((r) => r.ok), (r) => r.frameId)) {
    const plain = frameResults.map(({ frameId: _frame, ...r }) => r);
    const undone = await transport
      .agent(tab.tabId, frameId)
      .undo({ results: plain, expectedFingerprint: frameFingerprint(tab, frameId) })
      .catch((): FillResult[] => plain.map((r) => ({ key: r.key, ok: false, previous: r.value ?? '', error: 'frame-error' })));
    all.push(...undone.map((r) => ({ ...r, frameId })));
  }
  return all;
}

/**
 * Keeps the first `previous` of every field, so undo after two fills goes back to the value the field had
 * before Dossierhulp touched it.
 */
export function mergeFillResults(earlier: TabFillResult[], later: TabFillResult[]): TabFillResult[] {
  const key = (r: TabFillResult) => `${r.frameId} ${r.key}`;
  const merged = new Map(earlier.map((r) => [key(r), r]));
  for (const r of later) {
    const first = merged.get(key(r));
    merged.set(key(r), first?.ok && r.ok ? { ...r, previous: first.previous } : first?.ok ? first : r);
  }
  return [...merged.values()];
}

/** Scrolls the page to a quote or a field and highlights it; tries the other frames when needed. */
export async function locateInTab(
  transport: TabTransport,
  tab: Pick<TabRead, 'tabId' | 'frames'>,
  frameId: number,
  target: { quote?: string; ref?: string; fieldKey?: string },
): Promise<boolean> {
  const order = [frameId, ...tab.frames.map((f) => f.frameId).filter((id) => id !== frameId)];
  for (const id of order) {
    const found = await transport
      .agent(tab.tabId, id)
      .locate({ ...target, ref: id === frameId ? target.ref : undefined })
      .catch(() => false);
    if (found) return true;
  }
  return false;
}
