import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib/ code and components. DOM tests opt in with `// @vitest-environment happy-dom` or jsdom.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      // Build-time packaging (npm run package, npm run make-key).
      'packaging/**/*.test.ts',
      // The benchmark's own helpers (no browser), so a broken bench shows up in CI too.
      'tests/bench/__tests__/**/*.test.ts',
    ],
    setupFiles: ['tests/setup/unit.ts'],
    testTimeout: 30_000,
    // Some suites (eval, corpus) set up real servers and parse whole sandbox pages; a loaded CI machine is slow.
    hookTimeout: 60_000,
  },
});
