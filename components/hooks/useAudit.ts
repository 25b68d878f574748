import { useMemo } from 'react';
import { hashClientRef, recordAuditEvent } from '@/lib/audit';
import { getInstallSalt } from '@/lib/audit/installSalt';
import { getAppDB } from '@/lib/db/app-db';
import type { Settings } from '@/lib/settings';
import type { TabRead } from '@/lib/tab/types';
import type { PanelAuditEvent } from '../panelTypes';

/**
 * Records panel events with who (user, responsible user), where (page origin and path), which client
 * (salted hash) and which endpoint. A failing audit write is reported, never swallowed silently.
 */
export function useAudit(settings: Settings, fallbackTab: TabRead | null) {
  return useMemo(
    () => ({
      async record(event: PanelAuditEvent, tab: TabRead | null = fallbackTab): Promise<void> {
        try {
          const salt = await getInstallSalt();
          const clientHash = tab?.clientFingerprint ? await hashClientRef(tab.clientFingerprint, salt) : '';
          const { kind: _kind, ...rest } = event;
          await recordAuditEvent(
            getAppDB(),
            {
              ...rest,
              userId: settings.userId,
              responsibleUserId: settings.responsibleUserId || undefined,
              url: tab?.url ?? '',
              clientHash,
              // A send goes to the chat endpoint unless the event names another (dictation names its own).
              ...(event.type === 'send' && !event.endpointHost
                ? { endpointHost: settings.endpoint.baseURL || settings.endpoint.provider, model: settings.endpoint.model }
                : {}),
            },
            { logPayloads: settings.logPayloads },
          );
        } catch (error) {
          console.error('Dossierhulp: auditregel kon niet worden opgeslagen', error);
        }
      },
    }),
    [settings, fallbackTab],
  );
}
