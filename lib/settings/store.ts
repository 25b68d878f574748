import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { checkEndpoint } from './endpointAllowlist';
import { settingsMigrations } from './migrations';
import { parseSparse } from './parseSparse';
import { readProfileUserId } from './profileIdentity';
import { resolveSettings, type ResolveContext, type ResolvedSettings } from './resolve';
import { defaultSettings, settingsSchema, SETTINGS_VERSION, type Settings } from './schema';
import { cloneData, deleteAtPath, isLocked, isPlainObject, isSameData, setAtPath } from './settingPaths';

// Browser-bound half of lib/settings: extension pages and background only (not the content script).

/** Key in storage.local; the value is the user's sparse settings, WXT keeps the version in `settings$`. */
export const SETTINGS_STORAGE_KEY = 'settings';

/** Defines the stored user settings item; its migrations run as soon as it is defined. */
export function defineSettingsItem() {
  return storage.defineItem<Record<string, unknown>>(`local:${SETTINGS_STORAGE_KEY}`, {
    fallback: {},
    version: SETTINGS_VERSION,
    migrations: settingsMigrations,
  });
}

/** The user's own settings, sparse: only what the user changed. Read through loadSettings(). */
export const settingsItem = defineSettingsItem();

/**
 * Everything in managed storage (policy), as raw top-level keys. Browsers without managed storage,
 * or Firefox without a policies.json entry, reject the call: that is "no policy", not an error.
 */
export async function readPolicy(): Promise<Record<string, unknown>> {
  let managed: Record<string, unknown> = {};
  try {
    const area = browser.storage?.managed;
    const all: unknown = area ? await area.get(null) : {};
    if (isPlainObject(all)) managed = all;
  } catch {
    // no managed storage: no policy
  }
  // Test builds only (removed from production builds): e2e tests set policy without touching the machine's
  // policy directory, which other tests own. Production reads managed storage and nothing else.
  if (import.meta.env.DOSSIERHULP_TEST_BUILD) return { ...managed, ...(await readTestPolicy()) };
  return managed;
}

/** Key in storage.local for the test build's policy layer (see readPolicy); production never reads it. */
export const TEST_POLICY_KEY = 'testPolicy';

async function readTestPolicy(): Promise<Record<string, unknown>> {
  const stored: unknown = (await browser.storage.local.get(TEST_POLICY_KEY))[TEST_POLICY_KEY];
  return isPlainObject(stored) ? stored : {};
}

/** What resolveSettings needs from the browser besides storage: the profile's account, when policy asks for it. */
async function readResolveContext(policy: Record<string, unknown>): Promise<ResolveContext> {
  return policy.userIdFrom === 'profile' ? { profileUserId: await readProfileUserId() } : {};
}

/** Defaults, the user's settings and policy, merged and validated. */
export async function loadSettings(): Promise<ResolvedSettings> {
  const [user, policy] = await Promise.all([settingsItem.getValue(), readPolicy()]);
  return resolveSettings(defaultSettings(), user, policy, await readResolveContext(policy));
}

type PatchOf<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K] | undefined
    : T[K] extends Record<string, unknown>
      ? PatchOf<T[K]> | undefined
      : T[K] | undefined;
};

/** A change to the user's settings. `undefined` for a key resets it to the organisation's or product default. */
export type SettingsPatch = PatchOf<Omit<Settings, 'schemaVersion'>>;

export type SaveRefusalCode = 'locked' | 'save-invalid' | 'endpoint-not-allowed' | 'endpoint-invalid-url' | 'save-failed';

export type SaveSettingsResult =
  | { ok: true; resolved: ResolvedSettings }
  | {
      ok: false;
      code: SaveRefusalCode;
      /** The offending dot paths. */
      paths: string[];
      /** Placeholders of the text `settingsMessage.<code>` in the catalogue. */
      vars: Record<string, string>;
    };

interface Change {
  path: string[];
  /** undefined: reset to default. */
  value: unknown;
}

/** The leaves of `patch` that differ from the current settings. */
function collectChanges(current: unknown, patch: Record<string, unknown>, path: string[] = []): Change[] {
  const changes: Change[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (path.length === 0 && key === 'schemaVersion') continue;
    const here = [...path, key];
    const now = isPlainObject(current) ? current[key] : undefined;
    if (value === undefined) changes.push({ path: here, value: undefined });
    else if (isPlainObject(value) && isPlainObject(now)) changes.push(...collectChanges(now, value, here));
    else if (!isSameData(value, now)) changes.push({ path: here, value });
  }
  return changes;
}

function isUnder(issuePath: string, changed: string): boolean {
  return issuePath === changed || issuePath.startsWith(`${changed}.`) || issuePath.startsWith(`${changed}[`);
}

/**
 * Saves a change to the user's settings. Refuses the whole patch, and saves nothing, when it touches
 * a locked path, holds an invalid value, or points an endpoint at an address the organisation does
 * not allow. Values equal to the current effective ones are not stored, so sending back a whole
 * settings object only stores what the user actually changed.
 *
 * @example
 * const result = await saveUserSettings({ endpoint: { model: 'qwen2.5:7b' } });
 * if (!result.ok) show(t(`settingsMessage.${result.code}`, result.vars));
 */
export async function saveUserSettings(patch: SettingsPatch): Promise<SaveSettingsResult> {
  const [storedUser, policy] = await Promise.all([settingsItem.getValue(), readPolicy()]);
  const context = await readResolveContext(policy);
  const current = resolveSettings(defaultSettings(), storedUser, policy, context);
  const changes = collectChanges(current.settings, patch as Record<string, unknown>);
  if (changes.length === 0) return { ok: true, resolved: current };

  const lockedPaths = changes.filter((change) => isLocked(current.locked, change.path)).map((c) => c.path.join('.'));
  if (lockedPaths.length > 0) {
    return { ok: false, code: 'locked', paths: lockedPaths, vars: { paths: lockedPaths.join(', ') } };
  }

  const candidate: Record<string, unknown> = isPlainObject(storedUser) ? cloneData(storedUser) : {};
  for (const change of changes) {
    if (change.value === undefined) deleteAtPath(candidate, change.path);
    else setAtPath(candidate, change.path, cloneData(change.value));
  }
  delete candidate.schemaVersion;

  const parsed = parseSparse(settingsSchema, candidate);
  const changedPaths = changes.map((change) => change.path.join('.'));
  const bad = parsed.issues.find((issue) => changedPaths.some((changed) => isUnder(issue.path, changed)));
  if (bad) {
    return { ok: false, code: 'save-invalid', paths: [bad.path], vars: { path: bad.path, detail: bad.message } };
  }

  const next = resolveSettings(defaultSettings(), parsed.value, policy, context);
  const touches = (prefix: string) => changedPaths.some((path) => path === prefix || path.startsWith(`${prefix}.`));
  const endpoints = [
    { prefix: 'endpoint', config: next.settings.endpoint, required: true },
    { prefix: 'transcription', config: next.settings.transcription, required: false },
  ];
  for (const { prefix, config, required } of endpoints) {
    if (!touches(prefix) || (!required && !config.baseURL)) continue;
    const check = checkEndpoint(next.settings, config);
    if (!check.ok) {
      const path = `${prefix}.baseURL`;
      return { ok: false, code: check.code, paths: [path], vars: { url: check.url, origin: check.origin ?? check.url, path } };
    }
  }

  try {
    await settingsItem.setValue({ ...parsed.value, schemaVersion: SETTINGS_VERSION });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'save-failed', paths: changedPaths, vars: { detail } };
  }
  return { ok: true, resolved: next };
}

/**
 * Calls `onChange` with freshly resolved settings whenever the user's settings or the policy change
 * (`storage.onChanged` fires for area 'managed' when an admin updates policy), so policy takes
 * effect live. Only the newest result is delivered when changes overlap. Returns an unsubscribe.
 */
export function watchSettings(onChange: (resolved: ResolvedSettings) => void): () => void {
  let latest = 0;
  const reload = () => {
    const ticket = ++latest;
    void loadSettings().then((resolved) => {
      if (ticket === latest) onChange(resolved);
    });
  };
  const watched = import.meta.env.DOSSIERHULP_TEST_BUILD ? [SETTINGS_STORAGE_KEY, TEST_POLICY_KEY] : [SETTINGS_STORAGE_KEY];
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && watched.some((key) => Object.hasOwn(changes, key)))) reload();
  };
  browser.storage.onChanged.addListener(listener);
  // Granting the identity permission, or signing in to the browser, can change the user id (userIdFrom: profile).
  const identity = (browser as unknown as { identity?: { onSignInChanged?: BrowserEvent } }).identity;
  const stops = [browser.permissions?.onAdded, browser.permissions?.onRemoved, identity?.onSignInChanged].map((event) => listenTo(event, reload));
  return () => {
    browser.storage.onChanged.removeListener(listener);
    for (const stop of stops) stop();
  };
}

type BrowserEvent = { addListener(listener: () => void): void; removeListener(listener: () => void): void };

/** Adds a listener to an event the browser may not have (Firefox, test fakes); returns its removal. */
function listenTo(event: BrowserEvent | undefined, listener: () => void): () => void {
  try {
    event?.addListener(listener);
    return () => event?.removeListener(listener);
  } catch {
    return () => undefined;
  }
}
