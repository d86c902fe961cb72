/** The extension leaves the page's DOM alone and talks to nobody. */
import { chromium } from '@playwright/test';
import {
  BASE_ARGS,
  cardLocator,
  chromiumExecutable,
  countOf,
  expect,
  hoverText,
  test,
  UI_TAG,
} from './fixtures.ts';

/** The whole document as HTML, live values included, less the extension's one shadow host. */
function serialise(tag: string): { html: string; hosts: number; fields: Record<string, string> } {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const hosts = clone.querySelectorAll(tag);
  hosts.forEach((h) => h.remove());
  return {
    html: clone.outerHTML,
    hosts: hosts.length,
    fields: {
      textarea: (document.getElementById('note') as HTMLTextAreaElement).value,
      input: (document.getElementById('search') as HTMLInputElement).value,
      editor: document.getElementById('editor')!.innerHTML,
      title: document.title,
    },
  };
}

test('the DOM is unchanged but for the one shadow host', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  // Open a card so the shadow host exists, then close it again.
  await hoverText(page, '#lead', 'IS-K');
  await expect(cardLocator(page)).toBeVisible();
  const withExtension = await page.evaluate(serialise, UI_TAG);
  expect(withExtension.hosts).toBe(1);

  const plain = await chromium.launch({
    headless: true,
    executablePath: chromiumExecutable(),
    args: BASE_ARGS,
  });
  try {
    const other = await plain.newPage();
    await other.goto(`${origin}/article.html`);
    await other.waitForLoadState('load');
    const without = await other.evaluate(serialise, UI_TAG);
    expect(without.hosts).toBe(0);
    expect(withExtension.fields).toEqual(without.fields);
    expect(withExtension.html).toBe(without.html);
  } finally {
    await plain.close();
  }
});

test('no request leaves 127.0.0.1', async ({ page, context, origin, ext, extensionId, requests }) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  // Cards of each kind (a place card draws a map from packaged outlines), late text, the popup's search.
  await hoverText(page, '#lead', 'IS-K');
  await expect(cardLocator(page)).toBeVisible();
  // The open card may cover the next name: close it first, as a reader would.
  await page.keyboard.press('Escape');
  await expect(cardLocator(page)).toHaveCount(0);
  await hoverText(page, '#story', 'Kabul');
  await expect(cardLocator(page).locator('.name')).toHaveText('Kabul');
  await page.click('#add-late');
  await ext.waitForMentions(page, (x) => countOf(x, 'Jalalabad') > 0, 2_000);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('searchbox').fill('Baradar');
  await expect(popup.locator('button.entity').first()).toBeVisible();
  await page.goto(`${origin}/hostile-css.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  await page.waitForTimeout(500);

  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return false;
    return url.hostname !== '127.0.0.1';
  });
  expect(outside).toEqual([]);
});
