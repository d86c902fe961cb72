/**
 * The options page: every control saves at once and open pages follow without a
 * reload; the site lists persist; no serious accessibility problem in light or
 * dark; and the card and popup under a right-to-left page.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { cardLocator, DOCS_SCREENSHOTS_DIR, expect, hoverText, test } from './fixtures.ts';
import {
  paintAround,
  registeredStyles,
  highlightCounts,
  highlightedTexts,
  openOptions,
  storedSettings,
} from './options-helpers.ts';

test('a change on the options page reaches an open page without a reload', async ({
  context,
  page,
  origin,
  ext,
  extensionId,
  background,
}) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
  const before = await highlightCounts(page);
  expect(before.place).toBeGreaterThan(0);
  expect(before.person).toBeGreaterThan(0);
  // The browser-injected sheet paints the default underline in the type's colour.
  expect(await registeredStyles(page)).toEqual(['underline']);
  const underlined = await paintAround(page, '#lead', 'IS-K');
  expect(underlined).toBeGreaterThan(20);

  const options = await openOptions(context, extensionId);

  // Places off: their highlights go, the others stay.
  const place = options.getByRole('checkbox', { name: 'Place', exact: true });
  await expect(place).toBeChecked();
  await place.uncheck();
  await expect.poll(async () => (await highlightCounts(page)).place).toBe(0);
  expect((await highlightCounts(page)).person).toBe(before.person);
  await expect(options.locator('#status')).toHaveText('Saved.');
  expect((await storedSettings(background))?.enabledTypes.place).toBe(false);

  // Background style: the ranges move to the tinted highlights, and so does the preview.
  await options.getByRole('radio', { name: 'Background colour' }).check();
  await expect.poll(() => registeredStyles(page)).toEqual(['background']);
  expect(await paintAround(page, '#lead', 'IS-K')).toBeGreaterThan(underlined * 2);
  // No highlight: the names stay registered (keyboard navigation reads them) but nothing is painted.
  await options
    .getByRole('radio', { name: 'None (cards still open on hover and from the keyboard)' })
    .check();
  await expect.poll(() => registeredStyles(page)).toEqual(['none']);
  expect(await paintAround(page, '#lead', 'IS-K')).toBe(0);
  await options.getByRole('radio', { name: 'Background colour' }).check();
  await expect(options.locator('#highlight-preview')).toHaveAttribute('data-style', 'background');

  // First mention only: "Taliban" (twice in the article) is highlighted once.
  const taliban = async () => (await highlightedTexts(page)).filter((x) => x === 'Taliban').length;
  expect(await taliban()).toBe(2);
  await options.getByRole('radio', { name: 'Only the first mention of each name' }).check();
  await expect.poll(taliban).toBe(1);

  // The hover delay: typed milliseconds are kept within 0–2000.
  const delay = options.locator('#hover-delay-ms');
  await delay.fill('5000');
  await delay.press('Enter');
  await expect.poll(async () => (await storedSettings(background))?.hoverDelayMs).toBe(2000);
  await expect(delay).toHaveValue('2000');
  await expect(options.locator('#hover-delay')).toHaveValue('2000');

  // Reset: everything comes back.
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect.poll(async () => (await highlightCounts(page)).place).toBe(before.place);
  await expect.poll(() => registeredStyles(page)).toEqual(['underline']);
  await expect.poll(taliban).toBe(2);
  await expect(place).toBeChecked();
  await expect(delay).toHaveValue('300');

  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(
    true,
  );
});

test('a site added to the deny list stays there, and the page follows', async ({
  context,
  page,
  origin,
  ext,
  extensionId,
  background,
}) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.enabled && x.entities.length > 0);

  let options = await openOptions(context, extensionId);
  const input = options.getByLabel('Add a blocked site (host name or address)');
  // Something that is not a host name is refused, with a message tied to the field.
  await input.fill('not a host');
  await input.press('Enter');
  await expect(options.getByRole('alert')).toContainText('not a host');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect((await storedSettings(background))?.denySites ?? []).toEqual([]);

  // A full address is reduced to its host.
  await input.fill(`${origin}/article.html`);
  await options.getByRole('button', { name: 'Add', exact: true }).last().click();
  await expect(options.locator('#deny-sites-list li')).toHaveText(['127.0.0.1Remove']);
  await expect(options.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await storedSettings(background))?.denySites).toEqual(['127.0.0.1']);
  await ext.waitForMentions(page, (x) => !x.enabled, 5_000);
  expect(await highlightCounts(page)).toEqual({});

  // Reopened, the options page shows the list as saved.
  await options.close();
  options = await openOptions(context, extensionId);
  await expect(options.locator('#deny-sites-list li')).toHaveText(['127.0.0.1Remove']);

  // Removing it brings the page back.
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect(options.locator('#deny-sites-empty')).toBeVisible();
  // Focus stays in the list's controls, not lost to the page.
  await expect(options.locator('#deny-sites-input')).toBeFocused();
  await ext.waitForMentions(page, (x) => x.enabled && x.entities.length > 0, 5_000);
});

test('site mode "only allowed sites" runs only on the allow list', async ({
  context,
  page,
  origin,
  ext,
  extensionId,
}) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.enabled && x.entities.length > 0);
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: 'Only on the allowed sites' }).check();
  await ext.waitForMentions(page, (x) => !x.enabled, 5_000);
  const input = options.getByLabel('Add an allowed site (host name or address)');
  await input.fill('127.0.0.1');
  await input.press('Enter');
  await expect(options.locator('#allow-sites-list li')).toHaveCount(1);
  await ext.waitForMentions(page, (x) => x.enabled && x.entities.length > 0, 5_000);
});

test('every control is reachable with Tab and shows its focus', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const controls = await options
    .locator('input, button')
    .evaluateAll((els) => els.filter((e) => !(e as HTMLInputElement).disabled).length);
  const seen: { id: string; type: string; name: string; outline: string }[] = [];
  for (let i = 0; i < 40; i++) {
    await options.keyboard.press('Tab');
    const info = await options.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { id: el.id, type: el.type, name: el.name, outline: `${s.outlineStyle} ${s.outlineWidth}` };
    });
    if (!info) continue;
    seen.push(info);
  }
  // Radio groups take one Tab stop each; every other control has its own.
  const radios = await options.locator('input[type=radio]').count();
  const radioGroups = await options.locator('fieldset:has(input[type=radio])').count();
  const stops = new Set(seen.map((s) => (s.type === 'radio' ? `radio:${s.name}` : s.id || s.type)));
  expect(stops.size).toBe(controls - radios + radioGroups);
  for (const s of seen) expect(s.outline, JSON.stringify(s)).not.toMatch(/^none|0px$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations on the options page (${colorScheme})`, async ({
    context,
    extensionId,
  }) => {
    const options = await openOptions(context, extensionId, colorScheme);
    // Show the states that only appear after use: a list entry and an error.
    await options.getByLabel('Add an allowed site (host name or address)').fill('news.example');
    await options.getByLabel('Add an allowed site (host name or address)').press('Enter');
    await options.getByLabel('Add a blocked site (host name or address)').fill('no such host!');
    await options.getByLabel('Add a blocked site (host name or address)').press('Enter');
    await expect(options.getByRole('alert')).toBeVisible();
    const bg = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(colorScheme === 'dark' ? 'rgb(30, 31, 36)' : 'rgb(255, 255, 255)');

    const results = await new AxeBuilder({ page: options }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  });
}

test('the popup opens the options page', async ({ context, page, origin, ext, extensionId }) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('#open-options')`);
    expect(await popup.evaluate<string>(`document.querySelector('#open-options').textContent`)).toBe(
      'Settings',
    );
    await popup.click('#open-options');
  } finally {
    await popup.close();
  }
  // A new tab's first 'page' event can still carry about:blank, so look for the tab itself.
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  const optionsTab = () => context.pages().find((p) => p.url() === optionsUrl);
  await expect.poll(() => optionsTab()?.url(), { timeout: 10_000 }).toBe(optionsUrl);
  const options = optionsTab()!;
  await expect(options.locator('#reset')).toBeVisible();
});

test('on a right-to-left page the card is right-to-left; the popup follows the UI language', async ({
  page,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(`${origin}/rtl.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.some((e) => e.name.includes('Khorasan')));
  expect(r.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Taliban', 'Ashraf Ghani']));

  await hoverText(page, '#lead', 'IS-K');
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
  await expect(card).toHaveAttribute('dir', 'rtl');
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // The close button sits at the inline end, which is the left in right-to-left text.
  const cardBox = (await card.boundingBox())!;
  const closeBox = (await card.locator('.close').boundingBox())!;
  expect(closeBox.x + closeBox.width / 2).toBeLessThan(cardBox.x + cardBox.width / 2);

  await page.waitForTimeout(300); // the fade-in
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(DOCS_SCREENSHOTS_DIR, 'card-rtl.png') });
  await page.keyboard.press('Escape');

  // The popup belongs to the browser, not the page: its direction is the UI language's.
  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelectorAll('button.entity').length === ${r.entities.length}`);
    const dirs = await popup.evaluate<{ html: string; bidi: string; lang: string }>(
      `({ html: document.documentElement.dir, bidi: chrome.i18n.getMessage('@@bidi_dir'), lang: document.documentElement.lang })`,
    );
    expect(dirs.html).toBe(dirs.bidi);
    expect(dirs.lang).not.toBe('');
    // A card opened in the popup (from the search) takes the popup's direction, not the page's.
    await popup.evaluate(`(() => { const i = document.querySelector('input[type=search]');
      i.value = 'Taliban'; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await popup.waitFor(
      `[...document.querySelectorAll('button.entity')].every((b) => b.textContent.includes('Taliban'))`,
    );
    await popup.click('button.entity');
    await popup.waitFor(`document.querySelector('.nc-card .name')`);
    expect(
      await popup.evaluate<string>(`getComputedStyle(document.querySelector('.nc-card')).direction`),
    ).toBe(dirs.bidi);
  } finally {
    await popup.close();
  }
});
