import type { SigningKey } from './extensionIdentity.mjs';
export const BASE_URL_ENV: 'DOSSIERHULP_UPDATE_BASE_URL';
export interface PackageOptions {
  key: SigningKey;
  /** The folder the files are served from, ending in '/'. */
  baseUrl: string;
  geckoId: string;
  out: string;
}
export interface PackageInfo {
  version: string;
  extensionId: string;
  geckoId: string;
  baseUrl: string;
  updateUrl: string;
  codebase: string;
  forcelistEntry: string;
  firefoxInstallUrl: string;
  files: { crx: string; updateManifest: string; unsignedXpi: string; signedXpi: string };
}
export function readOptions(argv: string[], env: Record<string, string | undefined>): PackageOptions;
export function buildPackage(options: PackageOptions, log?: (line: string) => void): Promise<PackageInfo>;
