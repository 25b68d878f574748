import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ForwardingStatus } from './audit/forwarding/forwarder';
import type { FillEntry, FillResult } from './page/types';
import type { PageChangeReason } from './page/watchPageChanges';
import type { FrameRead } from './session/types';

/** Why the content script thinks the panel's snapshot is out of date (see lib/page/pageMeaning.ts). */
export type PageChange = { reason: PageChangeReason; url: string };

/**
 * Every message in the extension, in one place. The handlers live in lib/session/frameAgent.ts; the
 * content script only wires them up. Panel → content messages are sent to one frame ({ tabId, frameId });
 * content → panel ones go to the runtime.
 */
export interface ProtocolMap {
  readPage(): FrameRead;
  /** Entries carry `expected`: the value the user saw when reviewing; a field that shows something else now is refused. */
  fillFields(data: { entries: FillEntry[]; expectedFingerprint: string }): FillResult[];
  /** Puts back `previous` only where the field still holds what was filled, and only on the same form. */
  undoFill(data: { results: FillResult[]; expectedFingerprint: string }): FillResult[];
  /** Scroll to and briefly highlight a quote (inside a block ref) or a field. */
  locate(data: { quote?: string; ref?: string; fieldKey?: string }): boolean;
  pageChanged(data: PageChange): void;
  /** The frame's client + field-set fingerprint now, to check a frame that is not itself filled. */
  fingerprint(): string;
  /**
   * Content script → background: call the framework's own setter with null for the element marked
   * data-dossierhulp-clear=marker, in the page's world of the sender's frame (lib/page/modelChoice.ts).
   * True when a setter was called; the content script reads the field back to know whether it worked.
   */
  clearInPageWorld(data: { marker: string; shown: string }): boolean;
  /** Content script liveness check before injecting it again. */
  ping(): 'pong';
  /** Extension page → background: an audit event joined the forwarding outbox; send it when the backoff allows. */
  auditQueued(): void;
  /** Options page → background: try the collector now (the admin's button) and report how it went. */
  forwardAuditNow(): ForwardingStatus;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
