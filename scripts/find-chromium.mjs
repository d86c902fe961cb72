/**
 * Where is a Chromium to run the end-to-end tests in? In order: $CHROMIUM_PATH,
 * /usr/bin/chromium (Debian's package), then the browser Playwright installed
 * itself, if that file exists.
 *
 * Imported by playwright.config.ts and tests/e2e/fixtures.ts; run directly
 * (`node scripts/find-chromium.mjs`) it exits 0 when one is found and otherwise
 * prints one line saying how to get one and exits 1.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INSTALL_HINT =
  'No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH';

/** @returns {string | null} the path of a Chromium executable, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const require = createRequire(import.meta.url);
    /** @type {{ chromium: { executablePath(): string } }} */
    const pw = require('playwright-core');
    const own = pw.chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core missing, or it knows no browser for this platform
  }
  return null;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const found = findChromium();
  if (found) {
    process.exit(0);
  } else {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
