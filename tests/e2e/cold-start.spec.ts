/**
 * A cold start (issue #14): Chrome stops an idle MV3 service worker after about 30 s,
 * so the next article usually meets a stopped background. The worker is stopped here
 * with CDP `ServiceWorker.stopAllWorkers`; the next page must still get every
 * highlight it gets with the background running, and a working card. Correctness,
 * not time: `npm run bench:browser` measures the time.
 *
 * Highlights are read from the page's side (`CSS.highlights`), so nothing here wakes
 * the background before the page does.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { cardLocator, expect, hoverText, test } from './fixtures.ts';
import { longArticle, settled } from './page-highlights.ts';

async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('after the service worker is stopped, the next page gets all its highlights and a working card', async ({
  page,
  context,
  origin,
}) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  const warm = await settled(page);
  expect(warm.length).toBeGreaterThan(5);

  await stopServiceWorkers(context, page);
  await page.goto(`${origin}/article.html?after-stop`);
  const cold = await settled(page);
  expect(cold).toEqual(warm);

  await hoverText(page, '#lead', 'IS-K');
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
  await expect(card.locator('.description')).not.toBeEmpty();
});

test('with the data host closed as well (a browser restart), the first page still gets every highlight and a card', async ({
  page,
  context,
  origin,
  background,
}) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  const warm = await settled(page);
  expect(warm.length).toBeGreaterThan(5);
  // The host is open while the extension runs; closing it leaves the page to ask the background, which opens it again.
  const closed = await background.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } })
      .chrome.offscreen;
    await api.closeDocument();
    return true;
  });
  expect(closed).toBe(true);
  await stopServiceWorkers(context, page);
  await page.goto(`${origin}/article.html?after-restart`);
  expect(await settled(page)).toEqual(warm);
  await hoverText(page, '#lead', 'IS-K');
  await expect(cardLocator(page).locator('.name')).toHaveText('Islamic State – Khorasan Province');
});

test('a long page read piece by piece after a cold start gets the same highlights as with the background running', async ({
  page,
  context,
  origin,
}) => {
  test.setTimeout(90_000);
  const html = longArticle();
  await page.route(`${origin}/long-article.html*`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/long-article.html`);
  const warm = await settled(page);
  // Every copy of the article is read, not only the part in view.
  const single = await (async () => {
    const p = await context.newPage();
    await p.setViewportSize({ width: 1100, height: 760 });
    await p.goto(`${origin}/article.html`);
    const s = await settled(p);
    await p.close();
    return s;
  })();
  expect(warm.length).toBeGreaterThanOrEqual(single.length * 30);

  await stopServiceWorkers(context, page);
  await page.goto(`${origin}/long-article.html?after-stop`);
  const cold = await settled(page);
  expect(cold).toEqual(warm);

  // A card works for a name far below the first screen, reached by scrolling.
  const last = page.locator('[id="lead"]').last();
  await last.scrollIntoViewIfNeeded();
  const box = await page.evaluate(() => {
    const leads = document.querySelectorAll('[id="lead"]');
    const lead = leads[leads.length - 1]!;
    const walker = document.createTreeWalker(lead, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf('IS-K');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 4);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return null;
  });
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x, box!.y, { steps: 4 });
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
});
