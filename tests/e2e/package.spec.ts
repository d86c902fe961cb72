/**
 * What the built package exposes, and surviving a service-worker restart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type ecmaVersion } from 'acorn';
import { MIN_CHROME_VERSION, MIN_FIREFOX_VERSION } from '../../wxt.config.ts';
import { countOf, EXTENSION_DIR, expect, test } from './fixtures.ts';

test('the content script carries no dataset and the manifest exposes no resources', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(manifest.web_accessible_resources).toBeUndefined();
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  for (const file of readdirSync(dir)) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    expect(code.length, file).toBeLessThan(400_000);
    // Every page loads this script: the schemas it needs are checked without zod (utils/content-request-guard.ts).
    expect(code.includes('$ZodType'), `${file} bundles zod`).toBe(false);
    // Names and ids that exist only in the dataset.
    for (const needle of [
      'Hamdullah Mokhlis',
      'place/geonames-1138958',
      'Nangarhar',
      'Inter-Services Intelligence',
    ]) {
      expect(code.includes(needle), `${file} contains ${needle}`).toBe(false);
    }
  }
});

/**
 * The newest JavaScript syntax the oldest claimed browser reads: Chrome 111 has all of
 * ES2023's (not the RegExp `v` flag of ES2024, from 112), Firefox 140 all of ES2025's.
 * Built-ins are held to ES2023 by the `lib` in tsconfig.json; no older browser is at hand
 * to run the suite on (README).
 */
const OLDEST: { dir: string; claimed: string; syntax: ecmaVersion }[] = [
  { dir: EXTENSION_DIR, claimed: 'Chrome 111', syntax: 2023 },
  { dir: path.join(EXTENSION_DIR, '../firefox-mv2'), claimed: 'Firefox 140', syntax: 2025 },
];

const scriptsIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));

test('every script of both builds is in the syntax of the oldest browser the manifest claims', () => {
  expect(`Chrome ${MIN_CHROME_VERSION}, Firefox ${parseInt(MIN_FIREFOX_VERSION)}`).toBe(
    OLDEST.map((o) => o.claimed).join(', '),
  );
  for (const { dir, claimed, syntax } of OLDEST) {
    const files = scriptsIn(dir);
    expect(files.length, dir).toBeGreaterThan(5);
    for (const file of files) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      // Chunks are modules; the content script and Firefox's background are classic scripts, which parse as modules too.
      expect(
        () => parse(code, { ecmaVersion: syntax, sourceType: 'module' }),
        `${file} in ${claimed}`,
      ).not.toThrow();
    }
  }
});

test('keeps working after the service worker is stopped', async ({
  page,
  origin,
  ext,
  context,
  extensionId,
}) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (r) => countOf(r, 'Kabul') === 2);
  // Stop the extension's service worker, as Chrome does when it is idle, from chrome://serviceworker-internals.
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const entry = internals.locator('.serviceworker-registration', { hasText: extensionId });
  await entry.locator('cr-button[data-command="stop"]').first().click();
  await expect(entry.locator('.serviceworker-running-status .value').first()).toHaveText('STOPPED');
  await internals.close();
  await page.bringToFront();
  // New text after the restart must still be linked: the worker reloads the data on demand.
  await page.locator('#add-late').click();
  const r = await ext.waitForMentions(page, (x) => countOf(x, 'Jalalabad') === 1, 15_000);
  expect(countOf(r, 'Kabul')).toBe(2);
});
