import type { PanelField, TabFrame, TabRead } from './types';

/** Builds the panel's single view of a tab from its frames' reads; the top frame leads. */
export function mergeFrames(tabId: number, frames: TabFrame[], readAt = new Date().toISOString()): TabRead {
  const ordered = [...frames].sort((a, b) => Number(b.isTop) - Number(a.isTop) || a.frameId - b.frameId);
  const top = ordered[0];
  const withClient = ordered.find((f) => f.snapshot.client && f.snapshot.clientFingerprint);
  const fields: PanelField[] = ordered.flatMap((frame) =>
    frame.fields.map((field) => ({ ...field, fieldKey: `${frame.frameId}:${field.key}`, frameId: frame.frameId })),
  );
  const text = ordered
    .map((f) => f.snapshot.text.trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
  return {
    tabId,
    readAt,
    url: top?.url ?? '',
    frames: ordered,
    client: withClient?.snapshot.client ?? null,
    clientFingerprint: withClient?.snapshot.clientFingerprint ?? '',
    fields,
    blocks: ordered.flatMap((f) => f.snapshot.blocks.map((b) => ({ ...b, frameId: f.frameId }))),
    text,
  };
}

/** Splits a panel field key back into its frame and the frame-local key. */
export function parseFieldKey(fieldKey: string): { frameId: number; key: string } {
  const at = fieldKey.indexOf(':');
  return { frameId: Number(fieldKey.slice(0, at)), key: fieldKey.slice(at + 1) };
}
