import { useSyncExternalStore } from 'react';
import type { FillSession, FillSessionState } from '@/lib/session';

/** The fill session's state, re-rendered on every change. */
export function useSessionState(session: FillSession): FillSessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
