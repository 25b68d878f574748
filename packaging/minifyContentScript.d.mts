/** A Vite plugin (typed structurally: WXT builds with its own copy of Vite). */
export function minifyContentScript(): { name: string; apply: 'build'; generateBundle(options: unknown, bundle: Record<string, unknown>): Promise<void> };
