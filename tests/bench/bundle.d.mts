export const ROOT: string;
/** lib/page as a classic script setting globalThis.DH to its exports. */
export function bundlePage(): Promise<string>;
/** @mozilla/readability as a classic script setting globalThis.Readability. */
export function bundleReadability(): Promise<string>;
/** lib/privacy as a classic script setting globalThis.DHPrivacy. */
export function bundlePrivacy(): Promise<string>;
/** lib/privacy as an ES module for Node. */
export function bundlePrivacyForNode(): Promise<string>;
