/**
 * Which Firefoxes (140 or later, for WebDriver BiDi and `webExtension.install`) can
 * the Firefox end-to-end tests run in? $FIREFOX_PATH, /usr/bin/firefox-esr (Debian's
 * package), /usr/bin/firefox, and the oldest ESR that `scripts/get-oldest-firefox.sh`
 * unpacked into .cache/browsers/. The tests run in each distinct version found, oldest
 * first, so the version the manifest claims is proven beside the current one.
 *
 * Imported by tests/e2e/firefox*.spec.ts; run directly (`node scripts/find-firefox.mjs`)
 * it prints the versions and exits 0 when one is found, and otherwise prints one line
 * saying how to get one and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIREFOX_INSTALL_HINT =
  'No Firefox found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function unpacked() {
  const dir = join(ROOT, '.cache/browsers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => d.startsWith('firefox-esr-'))
    .map((d) => join(dir, d, 'usr/lib/firefox-esr/firefox-esr'));
}

/** @returns {{ path: string, version: string, major: number }[]} one per distinct version, oldest first. */
export function findFirefoxes() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', ...unpacked()];
  /** @type {Map<string, { path: string, version: string, major: number }>} */
  const byVersion = new Map();
  for (const path of candidates) {
    if (path === undefined || path === '' || !existsSync(path)) continue;
    let out = '';
    try {
      out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    } catch {
      continue;
    }
    const m = /(\d+)\.[\d.]+(esr)?/.exec(out);
    if (!m || byVersion.has(m[0])) continue;
    byVersion.set(m[0], { path, version: m[0], major: Number(m[1]) });
  }
  return [...byVersion.values()].sort((a, b) => a.major - b.major);
}

/** @returns {string | null} the path of the first Firefox found, or null. */
export function findFirefox() {
  return findFirefoxes()[0]?.path ?? null;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const found = findFirefoxes();
  if (found.length > 0) {
    console.log(`Firefox for the e2e tests: ${found.map((f) => f.version).join(', ')}`);
    process.exit(0);
  }
  console.error(FIREFOX_INSTALL_HINT);
  process.exit(1);
}
