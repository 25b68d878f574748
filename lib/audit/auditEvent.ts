import { z } from 'zod';
import { userIdSourceSchema } from '../settings/identity';

/** What happened. 'send' is a transfer to another system (the model) and is always logged (NEN 7513). */
export const auditEventTypeSchema = z.enum(['read', 'send', 'outcome', 'fill', 'undo', 'transcribe', 'export', 'policy']);
export type AuditEventType = z.infer<typeof auditEventTypeSchema>;

const count = z.number().int().nonnegative();


/**
 * One audit log entry, after NEN 7513: the event, date/time, the client (as a salted hash), the user
 * and the responsible user. It never holds record text, except `payload` when the organisation
 * switched `logPayloads` on.
 */
export const auditEventSchema = z.object({
  id: z.number().int().positive().optional(),
  /**
   * Made once when the event is recorded and never again: the same event forwarded twice (a lost
   * acknowledgement) carries the same id, so the organisation's log platform can keep it once.
   */
  eventId: z.uuid(),
  /** ISO 8601 in UTC. */
  at: z.iso.datetime(),
  type: auditEventTypeSchema,
  userId: z.string(),
  /** Where `userId` came from: per-user policy, the browser profile's account, typed by the user, or none. */
  userIdSource: userIdSourceSchema.optional(),
  /** NEN 7513 "verantwoordelijke gebruiker". */
  responsibleUserId: z.string().optional(),
  /** Origin of the ECD page ('' when the event is not tied to a page, e.g. an export). */
  origin: z.string(),
  /** Path of the page, without query or hash (those can hold client numbers). */
  path: z.string(),
  /** HMAC-SHA-256 (hex) of the client fingerprint with the per-install salt; '' when no client was identified. */
  clientHash: z.string().regex(/^(?:[0-9a-f]{64})?$/, 'Expected a SHA-256 hex digest or an empty string'),
  /** Host of the model endpoint text was sent to. */
  endpointHost: z.string().optional(),
  model: z.string().optional(),
  template: z.string().optional(),
  /** Size of what was sent, in bytes. */
  bytes: count.optional(),
  /** How many identifiers were replaced before sending. */
  pseudonymizedCount: count.optional(),
  accepted: count.optional(),
  edited: count.optional(),
  rejected: count.optional(),
  /** Field LABELS that were filled or proposed, never their values. */
  fields: z.array(z.string()).optional(),
  /**
   * Short result code: one of auditOutcomeCodes ('filled', 'undone', …) or a failure code of the step
   * ('timeout', 'unreachable', …). The UI translates it; it is never a sentence.
   */
  outcome: z.string().optional(),
  /** The number the outcome is about (suggestions made, fields filled or restored, lines exported). */
  count: count.optional(),
  /** Out of how many (fields sent to fill, fields to restore). */
  total: count.optional(),
  /** The sent text; present ONLY when logPayloads is on. */
  payload: z.string().optional(),
  /** An inserted AI draft carried the organisation's AI transparency mark (aiTransparencyMark). */
  marked: z.boolean().optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** What a caller hands to recordAuditEvent: `at` defaults to now; `url` may replace origin + path. */
export type AuditEventInput = Omit<AuditEvent, 'id' | 'eventId' | 'at' | 'origin' | 'path'> & {
  /** Made by recordAuditEvent; given only by tests and imports. */
  eventId?: string;
  at?: string | Date;
  /** Full page URL; its origin and path are kept, its query and hash are dropped. */
  url?: string;
  origin?: string;
  path?: string;
};

/** Outcome codes the flows write; anything else in `outcome` is a failure code of that step. Texts: `auditOutcome.<code>`. */
export const auditOutcomeCodes = ['suggested', 'filled', 'undone', 'inserted', 'draft', 'draft-chunked', 'transcribed', 'exported'] as const;
export type AuditOutcomeCode = (typeof auditOutcomeCodes)[number];
