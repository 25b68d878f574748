import { sendMessage } from '../messaging';
import type { FillResult } from '../page/types';
import { parseFieldKey } from './mergeFrames';
import type { TabRead } from './types';

/** A fill result with the panel-wide key, so the panel can show it per field and undo it later. */
export interface TabFillResult extends FillResult {
  fieldKey: string;
  frameId: number;
}

/** One confirmed value; `expected` is what the field held when the user reviewed it. */
export interface TabFillEntry {
  fieldKey: string;
  value: string | boolean;
  expected?: string | boolean;
}

function groupByFrame<T extends { fieldKey: string }>(items: T[]): Map<number, (T & { key: string })[]> {
  const byFrame = new Map<number, (T & { key: string })[]>();
  for (const item of items) {
    const { frameId, key } = parseFieldKey(item.fieldKey);
    byFrame.set(frameId, [...(byFrame.get(frameId) ?? []), { ...item, key }]);
  }
  return byFrame;
}

/** The fingerprint of the frame as it was read: a frame that changed since refuses the fill. */
function frameFingerprint(tab: TabRead, frameId: number): string {
  return tab.frames.find((f) => f.frameId === frameId)?.fieldsFingerprint ?? '';
}

/**
 * Sends confirmed values to the frames their fields live in. Each frame refuses when its client or form
 * changed since the read ('stale') or a field changed since review ('changed'). A frame that cannot be
 * reached reports its fields as not filled; other frames' results (and their undo) are kept.
 */
export async function fillTab(tab: TabRead, entries: TabFillEntry[]): Promise<TabFillResult[]> {
  const byFrame = groupByFrame(entries);
  if (!(await clientUnchanged(tab, [...byFrame.keys()]))) {
    return entries.map((e) => ({ ...parseFieldKey(e.fieldKey), fieldKey: e.fieldKey, ok: false, previous: e.expected ?? '', error: 'stale' }));
  }
  const all: TabFillResult[] = [];
  for (const [frameId, frameEntries] of byFrame) {
    const results = await sendMessage(
      'fillFields',
      { entries: frameEntries.map(({ key, value, expected }) => ({ key, value, expected })), expectedFingerprint: frameFingerprint(tab, frameId) },
      { tabId: tab.tabId, frameId },
    ).catch((): FillResult[] => frameEntries.map((e) => ({ key: e.key, ok: false, previous: '', error: 'not-found' })));
    all.push(...results.map((r) => ({ ...r, fieldKey: `${frameId}:${r.key}`, frameId })));
  }
  return all;
}

/**
 * The client header can live in another frame than the form (header on top, form in an iframe). Each
 * frame checks its own fingerprint when filling; the header's frame is checked here, so a switched client
 * on top stops a fill into the unchanged iframe form.
 */
async function clientUnchanged(tab: TabRead, filledFrames: number[]): Promise<boolean> {
  const header = tab.frames.find((f) => f.snapshot.clientFingerprint);
  if (!header || filledFrames.includes(header.frameId)) return true;
  const now = await sendMessage('fingerprint', undefined, { tabId: tab.tabId, frameId: header.frameId }).catch(() => null);
  return now === header.fieldsFingerprint;
}

/** Puts back the previous values of a fill, frame by frame, where the field still holds the filled value. */
export async function undoTabFill(tab: TabRead, results: TabFillResult[]): Promise<TabFillResult[]> {
  const all: TabFillResult[] = [];
  for (const [frameId, frameResults] of groupByFrame(results.filter((r) => r.ok))) {
    const undone = await sendMessage(
      'undoFill',
      { results: frameResults.map(({ fieldKey: _k, frameId: _f, ...r }) => r), expectedFingerprint: frameFingerprint(tab, frameId) },
      { tabId: tab.tabId, frameId },
    ).catch((): FillResult[] => frameResults.map((r) => ({ key: r.key, ok: false, previous: r.value ?? '', error: 'not-found' })));
    all.push(...undone.map((r) => ({ ...r, fieldKey: `${frameId}:${r.key}`, frameId })));
  }
  return all;
}

/** Scrolls the page to a quote or a field and highlights it; tries the other frames when needed. */
export async function locateInTab(
  tab: Pick<TabRead, 'tabId' | 'frames'>,
  frameId: number,
  target: { quote?: string; ref?: string; fieldKey?: string },
): Promise<boolean> {
  const key = target.fieldKey ? parseFieldKey(target.fieldKey).key : undefined;
  const order = [frameId, ...tab.frames.map((f) => f.frameId).filter((id) => id !== frameId)];
  for (const id of order) {
    const found = await sendMessage('locate', { ...target, fieldKey: key, ref: id === frameId ? target.ref : undefined }, { tabId: tab.tabId, frameId: id }).catch(() => false);
    if (found) return true;
  }
  return false;
}
