/** Pictures for the README's gallery (docs/screenshots), taken from the built extension. */
import type { Page } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  cardClip,
  cardLocator,
  DOCS_SCREENSHOTS_DIR,
  expect,
  hoverText,
  SCREENSHOTS_DIR,
  test,
  textBox,
} from './fixtures.ts';

async function shoot(page: Page, name: string, selector: string, text: string): Promise<void> {
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await page.waitForTimeout(300); // the fade-in
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, name);
  // Around the card and its name, wide enough to show the article it sits on.
  const clip = await cardClip(page, await textBox(page, selector, text));
  const width = Math.min(page.viewportSize()!.width, Math.max(clip.width, 760));
  const x = Math.max(0, Math.min(clip.x - (width - clip.width) / 2, page.viewportSize()!.width - width));
  await page.screenshot({ path: file, clip: { ...clip, x, width } });
  copyFileSync(file, path.join(DOCS_SCREENSHOTS_DIR, name));
}

test.beforeEach(async ({ page, origin, ext }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
});

test('gallery: a person', async ({ page }) => {
  await hoverText(page, '#story', 'Ghani', 0);
  await expect(cardLocator(page).locator('.name')).toHaveText('Ashraf Ghani');
  await shoot(page, 'popover-ghani.png', '#story', 'Ghani');
});

test('gallery: a place with its locator map', async ({ page }) => {
  await hoverText(page, '#lead', 'Nangarhar');
  await expect(cardLocator(page).locator('svg.locator')).toBeVisible();
  await shoot(page, 'popover-nangarhar.png', '#lead', 'Nangarhar');
});

test('gallery: an armed group, in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // The page dark too, as a dark-themed news site would be (the card follows the system setting).
  await page.addStyleTag({
    content: 'html, body { background: #15161a !important; color: #d9d9de !important; }',
  });
  await hoverText(page, '#lead', 'IS-K');
  const card = cardLocator(page);
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
  expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 31, 36)');
  await shoot(page, 'popover-isk-dark.png', '#lead', 'IS-K');
});
