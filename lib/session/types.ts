import type { SuspectReason, SuspectSentence } from '../extract/suspectText';
import type { ClientHeader, FillResult, PageBlock, PageSnapshot, ScannedField } from '../page/types';
import type { FieldRef } from './fieldRef';

/**
 * The snapshot as a frame sends it: every block once and the text once. The views of PageSnapshot
 * (reports, tables, pairs, alerts) are subsets of the blocks and stay behind, so a 10,000-report page is
 * not cloned and sent twice; the panel reads them from the blocks (blocksOfKind).
 */
export type FrameSnapshot = Omit<PageSnapshot, 'reports' | 'tables' | 'pairs' | 'alerts'>;

/** What one frame's content script reports when asked to read its page. */
export interface FrameRead {
  url: string;
  isTop: boolean;
  snapshot: FrameSnapshot;
  fields: ScannedField[];
  /** Client + field-set fingerprint; a fill is refused when it no longer matches. */
  fieldsFingerprint: string;
}

/** One frame's read, tagged with the frame it came from so fills are routed back to it. */
export interface TabFrame extends FrameRead {
  frameId: number;
}

/** A scanned field as the panel knows it: its frame plus its frame-local key make its FieldRef. */
export interface PanelField extends ScannedField {
  frameId: number;
}

/** A frame whose content script failed: named, never silently dropped. */
export interface FrameFailure {
  frameId: number;
  url: string;
  /** The error the content script (or the messaging) reported. */
  message: string;
}

/** Everything the panel knows about the tab, merged over its frames. */
export interface TabRead {
  tabId: number;
  readAt: string;
  url: string;
  frames: TabFrame[];
  /** Frames that could not be read; their fields and text are missing from this read. */
  failedFrames: FrameFailure[];
  client: ClientHeader | null;
  clientFingerprint: string;
  fields: PanelField[];
  /** Every frame's blocks in frame order (the top frame first), each tagged with its frame; `suspect` says why
   * a block reads as instructions to an AI (see suspects). */
  blocks: (PageBlock & { frameId: number; suspect?: SuspectReason[] })[];
  /**
   * Text on the page addressed to an AI rather than written as a record (lib/extract/suspectText.ts): shown to
   * the person, marked in what is sent, and nothing quoted from it or asked by it is pre-accepted.
   */
  suspects: SuspectBlock[];
  /** The text that is sent to the model (before pseudonymisation). */
  text: string;
}

/** A block with suspect sentences. */
export interface SuspectBlock {
  frameId: number;
  ref: string;
  sentences: SuspectSentence[];
}

/** One value to write; `expected` is what the field held when the person last saw it. */
export interface FillRequest {
  ref: FieldRef;
  value: string | boolean;
  expected: string | boolean;
}

/** A fill result placed back in its frame. */
export interface TabFillResult extends FillResult {
  frameId: number;
}
