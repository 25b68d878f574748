import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FillEntry, FillResult, PageSnapshot, ScannedField } from './page/types';

/** What one frame's content script reports when asked to read its page. */
export interface FrameRead {
  url: string;
  isTop: boolean;
  snapshot: PageSnapshot;
  fields: ScannedField[];
  /** Client + field-set fingerprint; a fill is refused when it no longer matches. */
  fieldsFingerprint: string;
}

/** Why the content script thinks the panel's snapshot is out of date. */
export type PageChange = { reason: 'navigation' | 'dom'; url: string };

/**
 * Every message in the extension, in one place.
 * Panel → content messages are sent to one frame ({ tabId, frameId }); content → panel ones go to the runtime.
 */
export interface ProtocolMap {
  readPage(): FrameRead;
  /** `expected`: the value the user saw when reviewing; a field that shows something else now is refused. */
  fillFields(data: { entries: (FillEntry & { expected?: string | boolean })[]; expectedFingerprint: string }): FillResult[];
  /** Puts back `previous` only where the field still holds what was filled, and only on the same form. */
  undoFill(data: { results: FillResult[]; expectedFingerprint: string }): FillResult[];
  /** Scroll to and briefly highlight a quote (inside a block ref) or a field. */
  locate(data: { quote?: string; ref?: string; fieldKey?: string }): boolean;
  pageChanged(data: PageChange): void;
  /** The frame's client + field-set fingerprint now, to check a frame that is not itself filled. */
  fingerprint(): string;
  /** Content script liveness check before injecting it again. */
  ping(): 'pong';
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
