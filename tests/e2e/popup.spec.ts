/** The toolbar popup, opened as a page beside the article tab. */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DOCS_SCREENSHOTS_DIR, expect, SCREENSHOTS_DIR, test } from './fixtures.ts';

test('the popup lists what the page names, grouped by type, with counts', async ({
  page,
  context,
  origin,
  ext,
  extensionId,
}) => {
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The popup reads the active tab when it opens: put the article in front, then open it again.
  await page.bringToFront();
  await popup.reload();

  const rows = popup.locator('button.entity');
  await expect(rows).toHaveCount(r.entities.length);
  const ghani = popup.locator('button.entity', { hasText: 'Ashraf Ghani' });
  await expect(ghani.locator('.count')).toHaveText('1');
  const isk = popup.locator('button.entity', { hasText: 'Islamic State – Khorasan Province' });
  await expect(isk.locator('.count')).toHaveText('2');
  await expect(popup.locator('section.group h2')).toHaveCount(
    new Set(r.entities.map((e) => e.type)).size,
  );

  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const shot = path.join(SCREENSHOTS_DIR, 'popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  copyFileSync(shot, path.join(DOCS_SCREENSHOTS_DIR, 'popup.png'));
});
