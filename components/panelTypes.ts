import type { TabRead } from '@/lib/tab/types';

/** What a panel section tells the audit log; the App adds who, where, which client and which endpoint. */
export interface PanelAuditEvent {
  type: 'read' | 'send' | 'outcome' | 'fill' | 'undo' | 'transcribe';
  kind?: string;
  template?: string;
  endpointHost?: string;
  model?: string;
  bytes?: number;
  pseudonymizedCount?: number;
  accepted?: number;
  edited?: number;
  rejected?: number;
  fields?: string[];
  outcome?: string;
  payload?: string;
}
/** `tab`: the read the event is about, when it is not the panel's current one (e.g. a fill of earlier suggestions). */
export type AuditSink = (event: PanelAuditEvent, tab?: TabRead) => Promise<void>;
