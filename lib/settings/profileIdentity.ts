import { browser } from 'wxt/browser';

// Browser-bound: extension pages and background only.

/**
 * The optional permissions that let Dossierhulp read the browser profile's account. Optional, so that
 * installing or updating the extension never shows a new permission warning or disables it until the
 * user accepts: `identity.email` carries the warning "Know your email address" (see docs/admin.md §4.6).
 */
export const PROFILE_IDENTITY_PERMISSIONS = ['identity', 'identity.email'] as const;

type IdentityApi = { getProfileUserInfo?(details?: { accountStatus?: 'SYNC' | 'ANY' }): Promise<{ email?: string; id?: string }> };

/**
 * The e-mail address of the account signed in to this browser profile (Chrome: the Google or Workspace
 * account of a signed-in, possibly managed, profile), or '' when the browser offers none: not signed in,
 * the optional identity permissions not granted (then `browser.identity` does not exist), a Chromium build
 * without Google sign-in, or a browser without this API (Firefox). The diagnostics view shows which source
 * was used, so an admin sees at once whether a browser gave an account.
 */
export async function readProfileUserId(): Promise<string> {
  const identity = (browser as unknown as { identity?: IdentityApi }).identity;
  if (!identity?.getProfileUserInfo) return '';
  try {
    const info = await identity.getProfileUserInfo({ accountStatus: 'ANY' });
    return info?.email?.trim() ?? '';
  } catch {
    return '';
  }
}

/** Whether the optional identity permissions are granted. */
export async function hasProfileIdentityPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: [...PROFILE_IDENTITY_PERMISSIONS] as never });
  } catch {
    return false;
  }
}
