export const EXAMPLE_EXTENSION_POLICY: Readonly<Record<string, unknown>>;
export interface ChromiumPolicy {
  ExtensionSettings: Record<string, Record<string, unknown>>;
  '3rdparty': { extensions: Record<string, Record<string, unknown>> };
}
export function chromiumPolicy(options: { id: string; updateUrl: string; browser: 'chrome' | 'edge'; extensionPolicy?: object }): ChromiumPolicy;
export function forcelistEntry(id: string, updateUrl: string): string;
export function windowsRegistryFile(options: { id: string; updateUrl: string }): string;
export function firefoxPolicies(options: { geckoId: string; installUrl: string; extensionPolicy?: object }): {
  policies: {
    ExtensionSettings: Record<string, Record<string, unknown>>;
    '3rdparty': { Extensions: Record<string, Record<string, unknown>> };
  };
};
