import type { AppDB } from '../db/app-db';
import type { UserIdSource } from '../settings/identity';
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
  /** An inserted draft carried the AI transparency mark. */
  marked?: boolean;
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

export interface AuditorDeps {
  db: AppDB;
  settings: () => Settings;
  salt: () => Promise<string>;
  /** Where settings.userId came from (ResolvedSettings.userIdSource); without it: typed by the user, or none. */
  userIdSource?: () => UserIdSource;
  /** Called after an event joined the forwarding outbox (the panel tells the background). */
  onQueued?: () => void;
}

/**
 * The one place where audit records are composed (NEN 7513): the user (and where that id came from) and
 * the responsible user from the settings, origin and path of the page, the client as a salted hash, and for
 * sends the endpoint and model. When the organisation forwards the log, each event also joins the outbox.
 *
 * @example const auditor = createAuditor({ db: getAppDB(), settings: () => current, salt: getInstallSalt });
 */
export function createAuditor(deps: AuditorDeps): Auditor {
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
          userIdSource: deps.userIdSource?.() ?? (settings.userId ? 'manual' : 'none'),
          responsibleUserId: settings.responsibleUserId || undefined,
          url: subject?.url ?? '',
          clientHash,
          // A send goes to the chat endpoint unless the event names another (dictation names its own).
          ...(event.type === 'send' && !event.endpointHost
            ? { endpointHost: settings.endpoint.baseURL || settings.endpoint.provider, model: settings.endpoint.model }
            : {}),
        };
        const forward = settings.auditForwarding !== null;
        await recordAuditEvent(deps.db, input, { logPayloads: settings.logPayloads, forward });
        if (forward) deps.onQueued?.();
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
