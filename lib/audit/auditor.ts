import type { AppDB } from '../db/app-db';
import type { Settings } from '../settings/schema';
import type { AuditEventInput, AuditEventType } from './auditEvent';
import { recordAuditEvent } from './auditLog';
import { hashClientRef } from './clientHash';

/** What a flow tells the audit log; the auditor adds who, where, which client and which endpoint. */
export interface FlowAuditEvent {
  type: Exclude<AuditEventType, 'policy'>;
  /** What kind of request a send was, e.g. 'field-suggestions' or 'template' (not stored, it decides defaults). */
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
  count?: number;
  total?: number;
  payload?: string;
}

/** The page and client an event is about. */
export interface AuditSubject {
  url: string;
  clientFingerprint: string;
}

export interface Auditor {
  /**
   * Records one event. Never throws: a flow must not break because the log could not be written, but the
   * failure is not silent either — every listener of onFailure hears about it, and the promise says false.
   */
  record(event: FlowAuditEvent, subject?: AuditSubject | null): Promise<boolean>;
  /** Tells the listener about each event that could not be written; returns the unsubscribe. */
  onFailure(listener: (error: unknown, event: FlowAuditEvent) => void): () => void;
}

/**
 * The one place where audit records are composed (NEN 7513): the user and responsible user from the
 * settings, origin and path of the page, the client as a salted hash, and for sends the endpoint and model.
 *
 * @example const auditor = createAuditor({ db: getAppDB(), settings: () => current, salt: getInstallSalt });
 */
export function createAuditor(deps: { db: AppDB; settings: () => Settings; salt: () => Promise<string> }): Auditor {
  const listeners = new Set<(error: unknown, event: FlowAuditEvent) => void>();
  return {
    async record(event, subject) {
      const settings = deps.settings();
      try {
        const clientHash = subject?.clientFingerprint ? await hashClientRef(subject.clientFingerprint, await deps.salt()) : '';
        const { kind: _kind, ...rest } = event;
        const input: AuditEventInput = {
          ...rest,
          userId: settings.userId,
          responsibleUserId: settings.responsibleUserId || undefined,
          url: subject?.url ?? '',
          clientHash,
          // A send goes to the chat endpoint unless the event names another (dictation names its own).
          ...(event.type === 'send' && !event.endpointHost
            ? { endpointHost: settings.endpoint.baseURL || settings.endpoint.provider, model: settings.endpoint.model }
            : {}),
        };
        await recordAuditEvent(deps.db, input, { logPayloads: settings.logPayloads });
        return true;
      } catch (error) {
        for (const listener of listeners) listener(error, event);
        return false;
      }
    },
    onFailure(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
