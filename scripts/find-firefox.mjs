/**
 * Where is a Firefox (140 or later, for WebDriver BiDi and `webExtension.install`) to
 * run the Firefox end-to-end test in? In order: $FIREFOX_PATH, /usr/bin/firefox-esr
 * (Debian's package), then /usr/bin/firefox.
 *
 * Imported by tests/e2e/firefox.spec.ts; run directly (`node scripts/find-firefox.mjs`)
 * it exits 0 when one is found and otherwise prints one line saying how to get one
 * and exits 1.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIREFOX_INSTALL_HINT =
  'No Firefox found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH';

/** @returns {string | null} the path of a Firefox executable, or null. */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => p !== undefined && p !== '' && existsSync(p)) ?? null;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  if (findFirefox()) process.exit(0);
  console.error(FIREFOX_INSTALL_HINT);
  process.exit(1);
}
