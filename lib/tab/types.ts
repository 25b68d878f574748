import type { FrameRead } from '../messaging';
import type { ClientHeader, PageBlock, ScannedField } from '../page/types';

/** One frame's read, tagged with the frame it came from so fills are routed back to it. */
export interface TabFrame extends FrameRead {
  frameId: number;
}

/** A scanned field as the panel knows it: unique across frames. */
export interface PanelField extends ScannedField {
  /** `<frameId>:<key>`, unique in the tab. */
  fieldKey: string;
  frameId: number;
}

/** Everything the panel knows about the tab, merged over its frames. */
export interface TabRead {
  tabId: number;
  readAt: string;
  url: string;
  frames: TabFrame[];
  client: ClientHeader | null;
  clientFingerprint: string;
  fields: PanelField[];
  blocks: (PageBlock & { frameId: number })[];
  /** The text that is sent to the model (before pseudonymisation). */
  text: string;
}
