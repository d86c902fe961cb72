/**
 * What the built package exposes, and surviving a service-worker restart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
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
