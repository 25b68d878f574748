import { getAppDB } from '../db/app-db';
import type { ResolvedSettings } from '../settings/resolve';
import { createAuditor, type Auditor } from './auditor';
import { notifyAuditQueued } from './forwarding/browserForwarder';
import { getInstallSalt } from './installSalt';

// Browser-bound: extension pages only.

/**
 * The auditor of an extension page: the shared database and salt, the user id with its source from the
 * current settings, and the background told about each event that joined the forwarding outbox.
 *
 * @example const auditor = createExtensionAuditor(() => current.current); // current: the live ResolvedSettings
 */
export function createExtensionAuditor(resolved: () => ResolvedSettings): Auditor {
  return createAuditor({
    db: getAppDB(),
    settings: () => resolved().settings,
    userIdSource: () => resolved().userIdSource,
    salt: getInstallSalt,
    onQueued: notifyAuditQueued,
  });
}
