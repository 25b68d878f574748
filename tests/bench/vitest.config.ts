import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the benchmark's own pieces (no browser): npx vitest run --config tests/bench/vitest.config.ts
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/__tests__/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
