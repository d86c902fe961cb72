/** Touch: a tap on a name opens its card, a tap elsewhere closes it. */
import type { BrowserContext } from '@playwright/test';
import { cardLocator, expect, launchExtensionContext, tapText, test as base } from './fixtures.ts';

// The same extension context as every other test, on a touch screen.
const test = base.extend<{ context: BrowserContext }>({
  context: async ({ requests }, use) => {
    const context = await launchExtensionContext({ hasTouch: true, viewport: { width: 420, height: 820 } });
    context.on('request', (r) => requests.push(r.url()));
    await use(context);
    await context.close();
  },
});

test('tapping a name opens its card; tapping outside closes it', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(await page.evaluate(() => navigator.maxTouchPoints)).toBeGreaterThan(0);

  const card = cardLocator(page);
  await tapText(page, '#lead', 'IS-K');
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
  await page.waitForTimeout(500); // nothing that follows the tap (compat mouse events) closes it
  await expect(card).toBeVisible();

  // A tap inside the card does not close it.
  await card.locator('.description').tap();
  await page.waitForTimeout(400);
  await expect(card).toBeVisible();

  // Outside any name: closed.
  await tapText(page, '.byline', 'staff');
  await expect(card).toHaveCount(0, { timeout: 2_000 });

  // Another name, then outside again.
  await tapText(page, '#lead', 'Nangarhar');
  await expect(card.locator('.name')).toHaveText('Nangarhar');
  await tapText(page, 'h1', 'Border');
  await expect(card).toHaveCount(0, { timeout: 2_000 });
});

test('tapping a name inside a link opens its card and still follows the link', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/reader.html`);
  await ext.waitForMentions(page, (x) => x.entities.some((e) => e.name === 'Ashraf Ghani'));
  await tapText(page, '#ghani-link', 'Ghani');
  await page.waitForURL(/\/article\.html\?via=link$/);
});
