import { sendMessage } from '../messaging';
import type { FillResult } from '../page/types';
import { parseFieldKey } from './mergeFrames';
import type { TabRead } from './types';

/** A fill result with the panel-wide key, so the panel can show it per field and undo it later. */
export interface TabFillResult extends FillResult {
  fieldKey: string;
  frameId: number;
}

/** Sends confirmed values to the frames their fields live in. Each frame refuses if its fields changed. */
export async function fillTab(tab: TabRead, entries: { fieldKey: string; value: string | boolean }[]): Promise<TabFillResult[]> {
  const byFrame = new Map<number, { key: string; value: string | boolean }[]>();
  for (const entry of entries) {
    const { frameId, key } = parseFieldKey(entry.fieldKey);
    byFrame.set(frameId, [...(byFrame.get(frameId) ?? []), { key, value: entry.value }]);
  }
  const all: TabFillResult[] = [];
  for (const [frameId, frameEntries] of byFrame) {
    const frame = tab.frames.find((f) => f.frameId === frameId);
    const results = await sendMessage(
      'fillFields',
      { entries: frameEntries, expectedFingerprint: frame?.fieldsFingerprint ?? '' },
      { tabId: tab.tabId, frameId },
    );
    all.push(...results.map((r) => ({ ...r, fieldKey: `${frameId}:${r.key}`, frameId })));
  }
  return all;
}

/** Puts back the previous values of a fill, frame by frame. */
export async function undoTabFill(tabId: number, results: TabFillResult[]): Promise<TabFillResult[]> {
  const byFrame = new Map<number, TabFillResult[]>();
  for (const r of results.filter((x) => x.ok)) byFrame.set(r.frameId, [...(byFrame.get(r.frameId) ?? []), r]);
  const all: TabFillResult[] = [];
  for (const [frameId, frameResults] of byFrame) {
    const undone = await sendMessage('undoFill', { results: frameResults }, { tabId, frameId });
    all.push(...undone.map((r) => ({ ...r, fieldKey: `${frameId}:${r.key}`, frameId })));
  }
  return all;
}

/** Scrolls the page to a quote or a field and highlights it. */
export async function locateInTab(
  tabId: number,
  frameId: number,
  target: { quote?: string; ref?: string; fieldKey?: string },
): Promise<boolean> {
  const key = target.fieldKey ? parseFieldKey(target.fieldKey).key : undefined;
  return sendMessage('locate', { ...target, fieldKey: key }, { tabId, frameId }).catch(() => false);
}
