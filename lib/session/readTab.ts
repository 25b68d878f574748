import { findSuspectText, hostOf } from '../extract/suspectText';
import type { FrameFailure, PanelField, SuspectBlock, TabFrame, TabRead } from './types';
import type { TabTransport } from './tabTransport';

export class TabReadError extends Error {
  constructor(
    readonly code: 'no-access' | 'no-content',
    /** Frames whose content script failed, when that is why nothing could be read. */
    readonly failedFrames: FrameFailure[] = [],
  ) {
    super(code);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads every frame of the tab and merges the result. A frame whose content script throws or does not
 * answer is listed in `failedFrames` with its address; it is never silently left out.
 */
export async function readTab(transport: TabTransport, tabId: number, readAt = new Date().toISOString()): Promise<TabRead> {
  const targets = await transport.frames(tabId);
  const reads = await Promise.allSettled(targets.map(async ({ frameId }): Promise<TabFrame> => ({ frameId, ...(await transport.agent(tabId, frameId).read()) })));
  const frames: TabFrame[] = [];
  const failed: FrameFailure[] = [];
  for (const [k, read] of reads.entries()) {
    const frameId = targets[k]!.frameId;
    if (read.status === 'fulfilled') frames.push(read.value);
    else failed.push({ frameId, url: await transport.frameUrl(tabId, frameId), message: messageOf(read.reason) });
  }
  if (frames.length === 0) throw new TabReadError('no-content', failed);
  return mergeFrames(tabId, frames, failed, readAt);
}

/** Builds the panel's single view of a tab from its frames' reads; the top frame leads. */
export function mergeFrames(tabId: number, frames: TabFrame[], failedFrames: FrameFailure[] = [], readAt = new Date().toISOString()): TabRead {
  const ordered = [...frames].sort((a, b) => Number(b.isTop) - Number(a.isTop) || a.frameId - b.frameId);
  const top = ordered[0];
  const withClient = ordered.find((f) => f.snapshot.client && f.snapshot.clientFingerprint);
  const fields: PanelField[] = ordered.flatMap((frame) => frame.fields.map((field) => ({ ...field, frameId: frame.frameId })));
  const text = ordered
    .map((f) => f.snapshot.text.trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
  // Suspect text is judged against every field of the tab: an order in one frame may aim at a form in another.
  const context = { labels: fields.map((f) => f.label), hosts: ordered.flatMap((f) => hostOf(f.url) ?? []) };
  const blocks = tagBlocks(ordered);
  const suspects: SuspectBlock[] = [];
  for (const block of blocks) {
    const sentences = findSuspectText(block.text, context);
    if (sentences.length === 0) continue;
    suspects.push({ frameId: block.frameId, ref: block.ref, sentences });
    block.suspect = [...new Set(sentences.flatMap((x) => x.reasons))];
  }
  return {
    tabId,
    readAt,
    url: top?.url ?? '',
    frames: ordered,
    failedFrames,
    client: withClient?.snapshot.client ?? null,
    clientFingerprint: withClient?.snapshot.clientFingerprint ?? '',
    fields,
    blocks,
    suspects,
    text,
  };
}

/**
 * The frames' blocks in one list, each tagged with its frame. The blocks arrived in a message and belong to
 * this read, so they are tagged in place: no copy of 10,000 report blocks.
 */
function tagBlocks(frames: TabFrame[]): TabRead['blocks'] {
  const all: TabRead['blocks'] = [];
  for (const frame of frames) {
    for (const block of frame.snapshot.blocks as TabRead['blocks']) {
      block.frameId = frame.frameId;
      all.push(block);
    }
  }
  return all;
}
