/** Types for serve.mjs (the sandbox ECD's static server). */
export interface SandboxServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves tests/sandbox/ (and /spa/ from tests/sandbox/spa/dist/). Port 0 picks a free port. */
export function startSandboxServer(options?: { port?: number; host?: string }): Promise<SandboxServer>;
