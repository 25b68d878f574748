import type { Results } from './results.mjs';
export function measureFiles(paths: string[]): { raw: number; gzip: number; files: number };
/** `<script src>` and `<link rel=modulepreload href>` URLs, in document order. */
export function initialScriptsOfHtml(html: string): string[];
/** Absolute paths of the JS an HTML page loads before it runs: its scripts and their static imports, transitively. */
export function initialScriptGraph(root: string, htmlFile: string): Promise<string[]>;
export function benchSize(env: { extensionDir: string; results: Results; log: (s: string) => void }): Promise<{ files: string[] }>;
