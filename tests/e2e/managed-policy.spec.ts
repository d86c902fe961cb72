/**
 * A school's policy, as Chromium reads it: a real policy file in
 * /etc/chromium/policies/managed/ (written here, removed after; needs root, as CI runs),
 * naming the extension by its stable id. Locked settings apply and cannot be changed.
 */
import type { BrowserContext } from '@playwright/test';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_EXTENSION_ID } from '../../wxt.config.ts';
import { expect, launchExtensionContext, test as base } from './fixtures.ts';
import { highlightCounts, openOptions, registeredStyles } from './options-helpers.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'newscontext-e2e.json');

function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const POLICY = {
  locked: { highlightStyle: 'background', enabledTypes: { place: false } },
  defaults: { hoverDelayMs: 700 },
  hide: ['siteSwitch'],
  // A class pack given inline, as its CSV text.
  packs: [
    readFileSync(fileURLToPath(new URL('../../examples/end-of-apartheid.pack.csv', import.meta.url)), 'utf8'),
  ],
};

// Chromium reads policies when it starts: the file is in place before the browser is.
const test = base.extend<{ context: BrowserContext }>({
  context: async ({ requests }, use) => {
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: POLICY } } }),
    );
    try {
      const context = await launchExtensionContext();
      context.on('request', (r) => requests.push(r.url()));
      await use(context);
      await context.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  },
});

test.skip(!canWritePolicy(), `needs write access to ${POLICY_DIR} (run as root, as CI does)`);

test('a locked setting applies on the page and cannot be changed on the options page', async ({
  context,
  page,
  origin,
  ext,
  extensionId,
}) => {
  expect(extensionId).toBe(CHROME_EXTENSION_ID);
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  // Places are locked off, the style locked to a tint.
  expect(r.entities.some((e) => e.type === 'person')).toBe(true);
  const counts = await highlightCounts(page);
  expect(counts.place ?? 0).toBe(0);
  expect(counts.person).toBeGreaterThan(0);
  expect(await registeredStyles(page)).toEqual(['background']);

  const options = await openOptions(context, extensionId);
  await expect(options.locator('#highlightStyle-locked')).toHaveText(/Set by your organisation/);
  await expect(options.getByRole('radio', { name: 'Underline' })).toBeDisabled();
  await expect(options.getByRole('checkbox', { name: 'Place', exact: true })).toBeDisabled();
  await expect(options.getByRole('checkbox', { name: 'Place', exact: true })).not.toBeChecked();
  // A default is only a default: the reader may change it.
  await expect(options.locator('#hover-delay-ms')).toHaveValue('700');
  await expect(options.locator('#hover-delay-ms')).toBeEnabled();
  // Reset keeps the locks.
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(options.getByRole('checkbox', { name: 'Place', exact: true })).not.toBeChecked();
  expect(await registeredStyles(page)).toEqual(['background']);
  await options.screenshot({ path: path.join('docs/screenshots', 'options-locked.png'), fullPage: true });

  // The managed pack's names are linked; the options page lists it as set by the organisation.
  await page.goto(`${origin}/class-unit.html`);
  await ext.waitForMentions(page, (x) => x.entities.some((e) => e.id === 'pack:end-of-apartheid/steve-biko'));
  await options.reload();
  await expect(options.locator('#packs-list li[data-pack="end-of-apartheid"]')).toContainText(
    'Set by your organisation',
  );

  // The popup hides the site switch.
  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelectorAll('button.entity').length > 0`);
    expect(await popup.evaluate<number>(`document.querySelectorAll('.switch').length`)).toBe(0);
  } finally {
    await popup.close();
  }
});
