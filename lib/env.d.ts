// Build-time constants set in wxt.config.ts (vite `define`).
interface ImportMetaEnv {
  /**
   * True only in the test build (DOSSIERHULP_TEST_BUILD=1, `npm run build:test`): the e2e tests' build.
   * Code behind `if (import.meta.env.DOSSIERHULP_TEST_BUILD)` is removed from production builds by the
   * minifier, so nothing a test build allows exists in what an organisation installs.
   */
  readonly DOSSIERHULP_TEST_BUILD?: boolean;
}
