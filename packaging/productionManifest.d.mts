export interface ManifestAccess {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: Array<{ matches?: string[] } | string>;
}
export function hostGrants(manifest: ManifestAccess): string[];
export function localHostGrants(manifest: ManifestAccess): string[];
export function isLocalHostPattern(pattern: string): boolean;
