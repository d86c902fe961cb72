/**
 * End-to-end tests: the built Chrome extension (.output/chrome-mv3, from
 * `npm run build`) in a real headless Chromium, on fixture pages served from
 * 127.0.0.1. The browser and the extension are launched by tests/e2e/fixtures.ts.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  // One retry on CI absorbs a browser stall on a loaded 2-core runner; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
