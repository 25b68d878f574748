import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real Chromium policy on Linux lives in /etc/chromium/policies/managed, which is machine-wide: every
// Chromium on this machine reads it. The e2e files that write there (policy, forceinstall) take one lock,
// so two test runs never have their policies loaded at once, and remove their file however they end.
export const POLICY_DIR = '/etc/chromium/policies/managed';
const LOCK = join(tmpdir(), 'dossierhulp-chromium-policy.lock');

/** Why this process cannot write real policy, or null when it can (root, or a writable folder). */
export function managedPolicySkipReason(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${POLICY_DIR} (${(error as Error).message}); run as root to test real browser policy`;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock, waiting for another run to finish; a lock left by a process that is gone is taken over. */
async function acquireLock(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(LOCK, 'utf8').trim() || '0');
      } catch {
        continue; // freed between the two calls
      }
      if (!holder || !isAlive(holder)) {
        rmSync(LOCK, { force: true });
        continue;
      }
      if (Date.now() > until) throw new Error(`another test run (pid ${holder}) holds ${LOCK} and the Chromium policy`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export interface ManagedPolicy {
  path: string;
  /** Removes the policy file and frees the lock; safe to call twice. */
  remove(): void;
}

/**
 * Writes one policy file under POLICY_DIR (name it after the test: dossierhulp-<test>-e2e.json).
 * The file also goes when the process exits without calling remove(), for example after a crash.
 *
 * @example const policy = await writeManagedPolicy('dossierhulp-policy-e2e.json', { '3rdparty': { … } });
 */
export async function writeManagedPolicy(name: string, policy: unknown): Promise<ManagedPolicy> {
  if (!/^dossierhulp-[\w-]+-e2e\.json$/.test(name)) throw new Error(`policy file ${name} must be named dossierhulp-<test>-e2e.json`);
  await acquireLock(120_000);
  const path = join(POLICY_DIR, name);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    rmSync(path, { force: true });
    rmSync(LOCK, { force: true });
    process.off('exit', remove);
  };
  process.on('exit', remove);
  try {
    writeFileSync(path, JSON.stringify(policy, null, 2), { mode: 0o644 });
  } catch (error) {
    remove();
    throw error;
  }
  return { path, remove };
}
