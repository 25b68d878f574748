import { isLocked } from './settingPaths';
import type { ResolvedSettings } from './resolve';

/** One thing a first run needs: who takes care of it. */
export type SetupState = 'managed' | 'missing' | 'done';

export interface FirstRunGuide {
  /** Where the text goes: the organisation set it (policy), nobody did yet, or the user did. */
  endpoint: SetupState;
  /** The user id the Logboek records (NEN 7513). */
  userId: SetupState;
  /** True when the panel should show its short setup (something is missing that the user can set). */
  show: boolean;
}

const ENDPOINT_PATHS = ['endpoint.provider', 'endpoint.baseURL', 'endpoint.model'];

/**
 * What a first run still needs. An endpoint set by policy is the organisation's ("Uw organisatie beheert
 * dit"); an endpoint only at the product default (Ollama on localhost) was never chosen, so the first
 * "Stel velden voor" would fail: the panel shows a short setup instead. The same for the user id.
 *
 * @example firstRunGuide(resolved) // { endpoint: 'missing', userId: 'missing', show: true } on a fresh install
 */
export function firstRunGuide(resolved: Pick<ResolvedSettings, 'managed' | 'locked' | 'userSet' | 'settings'>): FirstRunGuide {
  const byPolicy = (path: string) => resolved.managed.some((m) => m === path || path.startsWith(`${m}.`)) || isLocked(resolved.locked, path);
  const byUser = (path: string) => resolved.userSet.some((u) => u === path || u.startsWith(`${path}.`));
  const endpoint: SetupState = ENDPOINT_PATHS.some(byPolicy)
    ? 'managed'
    : ENDPOINT_PATHS.some(byUser) || resolved.settings.endpoint.provider === 'built-in'
      ? 'done'
      : 'missing';
  const userId: SetupState = byPolicy('userId') ? 'managed' : resolved.settings.userId.trim() ? 'done' : 'missing';
  return { endpoint, userId, show: endpoint === 'missing' || userId === 'missing' };
}
