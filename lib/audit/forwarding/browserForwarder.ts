import { browser } from 'wxt/browser';
import { getAppDB } from '../../db/app-db';
import { sendMessage } from '../../messaging';
import { forwardingPolicyFor } from '../../settings/sendPolicy';
import { loadSettings } from '../../settings/store';
import { getInstallId } from '../installId';
import { createForwarder, type Forwarder } from './forwarder';
import { PRODUCTION_RETRY, TEST_BUILD_RETRY } from './retrySchedule';

// Browser-bound: the background runs the forwarder, extension pages only tell it about new events.

/** The alarm that wakes the background for the next attempt; alarms outlive the sleeping service worker. */
export const FORWARD_ALARM = 'audit-forward';

/**
 * The forwarder as the background runs it: policy from the live settings, attempts woken by chrome.alarms,
 * the extension's version and the installation's id with every event.
 */
export function createBrowserForwarder(): Forwarder {
  return createForwarder({
    db: getAppDB(),
    policy: async () => forwardingPolicyFor((await loadSettings()).settings),
    source: async () => ({ appVersion: browser.runtime.getManifest().version, installId: await getInstallId() }),
    schedule: async (at) => {
      if (at === null) await browser.alarms.clear(FORWARD_ALARM);
      else await browser.alarms.create(FORWARD_ALARM, { when: Math.max(at, Date.now() + 1_000) });
    },
    retry: import.meta.env.DOSSIERHULP_TEST_BUILD ? TEST_BUILD_RETRY : PRODUCTION_RETRY,
  });
}

/** Tells the background that an event joined the outbox. The event is safe in the outbox either way. */
export function notifyAuditQueued(): void {
  void sendMessage('auditQueued', undefined).catch(() => undefined);
}
