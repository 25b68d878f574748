import { z } from 'zod';
import type { UserIdFrom } from './policy';

/** Where the user id in an audit event came from; 'none' when there is no user id at all. */
export const userIdSourceSchema = z.enum(['policy', 'profile', 'manual', 'none']);
export type UserIdSource = z.infer<typeof userIdSourceSchema>;

export interface IdentityInput {
  /** The policy switch; undefined when the policy does not set it. */
  userIdFrom?: UserIdFrom;
  /** The policy's `userId` (per-user policy), when set. */
  policyUserId?: string;
  /** The browser profile's account (chrome.identity.getProfileUserInfo), '' or undefined when the browser offers none. */
  profileUserId?: string;
}

export interface IdentityRule {
  /** The user id the organisation fixes; undefined when the user types it. */
  value?: string;
  /** Where `value` comes from; 'manual' when the user types it. */
  source: 'policy' | 'profile' | 'manual';
  /** Whether the user may not type their own. */
  locked: boolean;
  /** Something the admin should fix. */
  warning?: 'user-id-missing' | 'user-id-ignored';
}

/**
 * Decides where the audit log's user id comes from. Hand entry stays only where neither the policy nor the
 * browser profile gives one:
 * - `userIdFrom: 'profile'`: the managed profile's account when the browser offers it, else the policy's
 *   `userId`, else hand entry.
 * - `userIdFrom: 'policy'`: the policy's `userId`, locked; without one the log records no user (and the admin
 *   is warned), because a user typing their own would defeat the point.
 * - `userIdFrom: 'manual'`: the user types it; a policy `userId` is ignored with a warning.
 * - not set: the policy's `userId` when it has one, else hand entry (the behaviour before the switch existed).
 *
 * @example identityRule({ userIdFrom: 'profile', profileUserId: 'm.devries@zorg.example' })
 *   // → { value: 'm.devries@zorg.example', source: 'profile', locked: true }
 */
export function identityRule({ userIdFrom, policyUserId, profileUserId }: IdentityInput): IdentityRule {
  if (userIdFrom === 'manual') {
    return policyUserId !== undefined ? { source: 'manual', locked: false, warning: 'user-id-ignored' } : { source: 'manual', locked: false };
  }
  if (userIdFrom === 'profile' && profileUserId) return { value: profileUserId, source: 'profile', locked: true };
  if (policyUserId !== undefined) return { value: policyUserId, source: 'policy', locked: true };
  if (userIdFrom === 'policy') return { value: '', source: 'policy', locked: true, warning: 'user-id-missing' };
  return { source: 'manual', locked: false };
}

/** The source an audit event records for the effective user id. */
export function userIdSourceOf(rule: IdentityRule, userId: string): UserIdSource {
  return userId ? rule.source : 'none';
}
