import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Self-checks of the sandbox ECD: npx vitest run --config tests/sandbox/vitest.config.ts
// The browser tests drive /usr/bin/chromium (or CHROME_PATH) and build the SPA first; one file at a time.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/sandbox/__tests__/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
