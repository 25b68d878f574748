import { purgeExpiredAudit } from '@/lib/audit';
import { createBrowserForwarder, FORWARD_ALARM } from '@/lib/audit/forwarding/browserForwarder';
import { getInstallSalt } from '@/lib/audit/installSalt';
import { getAppDB } from '@/lib/db/app-db';
import { purgeExpiredCollections } from '@/lib/db';
import { purgeExpiredDrafts, purgeExpiredSummaries } from '@/lib/drafts';
import { onMessage } from '@/lib/messaging';
import { clearModelChoice } from '@/lib/page/modelChoice';
import { activeSites } from '@/lib/settings';
import { loadSettings, saveUserSettings, TEST_POLICY_KEY, watchSettings } from '@/lib/settings/store';
import type { ResolvedSettings } from '@/lib/settings';

const SCRIPT_ID = 'dossierhulp-ecd-sites';

/**
 * Registers the content script on the ECD sites the organisation or the user enabled, in all frames,
 * limited to the sites this browser granted access to. Everywhere else it only runs when the user
 * opens the panel on a page (activeTab).
 */
async function syncContentScripts({ settings }: ResolvedSettings): Promise<void> {
  const sites = activeSites(settings);
  const granted = await Promise.all(sites.map((s) => browser.permissions.contains({ origins: [s] }).catch(() => false)));
  const matches = sites.filter((_, i) => granted[i]);
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: ['/content-scripts/content.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Drafts, partial summaries, overview screens and log lines leave when their retention runs out. */
async function purgeExpired({ settings }: ResolvedSettings): Promise<void> {
  const db = getAppDB();
  await Promise.all([
    purgeExpiredDrafts(db),
    purgeExpiredSummaries(db, settings.draftRetentionDays),
    purgeExpiredAudit(db, settings.auditRetentionDays),
    purgeExpiredCollections(db, settings.draftRetentionDays),
  ]);
}

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox: it opens the sidebar (a click is a user gesture).
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (firefoxSidebar) browser.action.onClicked.addListener(() => void firefoxSidebar.open());
  else void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  // Make the per-install audit salt here, once, before two panels could race to create it.
  void getInstallSalt();

  // Central audit forwarding: the background is the one sender. It wakes on every start (a sleeping
  // service worker, a browser start), on its alarm, on new events and when the collector changes.
  const forwarder = createBrowserForwarder();
  let collector: string | null = null;
  const collectorChanged = ({ settings }: ResolvedSettings) => {
    const next = JSON.stringify(settings.auditForwarding);
    const changed = collector !== null && next !== collector;
    collector = next;
    return changed;
  };
  onMessage('auditQueued', () => void forwarder.flush('queued'));
  onMessage('forwardAuditNow', () => forwarder.flush('manual'));
  // An undo back to "nothing chosen" through the framework's own setter, in the sender's frame only.
  onMessage('clearInPageWorld', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const [result] = await browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, world: 'MAIN', func: clearModelChoice, args: [data.marker, data.shown] })
      .catch(() => []);
    return result?.result === true;
  });
  browser.runtime.onStartup.addListener(() => void forwarder.flush('startup'));
  globalThis.addEventListener?.('online', () => void forwarder.flush('online'));
  void forwarder.flush('wake');

  const refresh = async () => {
    const resolved = await loadSettings();
    collectorChanged(resolved);
    await Promise.all([syncContentScripts(resolved), purgeExpired(resolved)]).catch((e) =>
      console.error('Dossierhulp: achtergrondtaak mislukt', e),
    );
  };
  void refresh();
  watchSettings((resolved) => {
    void syncContentScripts(resolved);
    if (collectorChanged(resolved)) void forwarder.flush('config');
  });
  browser.permissions.onAdded.addListener(() => void refresh());
  browser.alarms.create('purge', { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'purge') void loadSettings().then(purgeExpired);
    if (alarm.name === FORWARD_ALARM) void forwarder.flush('alarm');
  });

  // For admins' scripts, the demo and e2e tests, from the service worker console: the same
  // validated, lock-respecting save the options page uses.
  const hook: Record<string, unknown> = { loadSettings, saveUserSettings, forwardingStatus: () => forwarder.status() };
  if (import.meta.env.DOSSIERHULP_TEST_BUILD) {
    // Test builds only (the minifier removes this from production): policy for e2e tests, read by readPolicy().
    hook.setTestPolicy = (policy: Record<string, unknown> | null) =>
      policy ? browser.storage.local.set({ [TEST_POLICY_KEY]: policy }) : browser.storage.local.remove(TEST_POLICY_KEY);
  }
  Object.assign(globalThis, { dossierhulp: hook });
});
