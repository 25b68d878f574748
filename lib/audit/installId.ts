import { storage } from 'wxt/utils/storage';

// Browser-bound: extension pages and background only.

/** A random id for this installation, sent with forwarded events (the client hash is salted per installation). */
export const installIdItem = storage.defineItem<string>('local:auditInstallId', { init: () => crypto.randomUUID() });

/** This installation's id, made on first use. */
export async function getInstallId(): Promise<string> {
  const id = await installIdItem.getValue();
  if (id) return id;
  const made = crypto.randomUUID();
  await installIdItem.setValue(made);
  return made;
}
