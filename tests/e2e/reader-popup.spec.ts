/** From the toolbar popup and the context menu to the card on the page. */
import { cardLocator, expect, focusState, test } from './fixtures.ts';

test('a click in the popup list scrolls the page to the name and opens its card', async ({
  page,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${origin}/reader.html`);
  const r = await ext.waitForMentions(page, (x) =>
    x.entities.some((e) => e.id === 'organization/inter-services-intelligence'),
  );
  expect(r.entities.length).toBeGreaterThan(3);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(
      `document.querySelector('button.entity[data-entity-id="organization/inter-services-intelligence"]')`,
    );
    await popup.click('button.entity[data-entity-id="organization/inter-services-intelligence"]');
  } finally {
    await popup.close();
  }

  const card = cardLocator(page);
  await expect(card.locator('.name')).toHaveText('Inter-Services Intelligence');
  // The name, far down the page, is now in view, and so is its card.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const inView = await page.evaluate(() => {
    const far = document.getElementById('far')!.getBoundingClientRect();
    return far.top >= 0 && far.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  await expect(card).toBeInViewport();
  await expect.poll(() => focusState(page)).toMatchObject({ inCard: true });
});

test('the popup search finds an entity offline and shows its card', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);

  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('input[type=search]')`);
    await popup.evaluate(`document.querySelector('input[type=search]').focus()`);
    await popup.send('Input.insertText', { text: 'Baradar' });
    // A search result shows the entity's role where the page list shows a count.
    const hit = `[...document.querySelectorAll('button.entity')].find((b) => b.children[0].textContent === 'Abdul Ghani Baradar' && !/^\\d+$/.test(b.querySelector('.count').textContent))`;
    await popup.waitFor(hit);
    await popup.evaluate(`(${hit}).setAttribute('data-test-hit', '')`);
    await popup.click('button[data-test-hit]');
    await popup.waitFor(`document.querySelector('.nc-card .name')?.textContent === 'Abdul Ghani Baradar'`);
    const role = await popup.evaluate<string>(`document.querySelector('.nc-card .role').textContent`);
    expect(role.length).toBeGreaterThan(3);
    expect(
      await popup.evaluate<number>(`document.querySelectorAll('.nc-card .fact').length`),
    ).toBeGreaterThan(0);
    // Back to the results.
    await popup.click('.nc-card .back');
    await popup.waitFor(hit);
  } finally {
    await popup.close();
  }
});

test('the context menu look-up opens the card for the selection', async ({
  page,
  origin,
  ext,
  background,
}) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);

  // The reader selects "Nangarhar" and picks "Look up “Nangarhar”".
  await page.evaluate(() => {
    const lead = document.getElementById('lead')!.firstChild as Text;
    const i = lead.data.indexOf('Nangarhar');
    const range = document.createRange();
    range.setStart(lead, i);
    range.setEnd(lead, i + 'Nangarhar'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.bringToFront();
  // Chrome calls the menu's onClicked listeners with (info, tab); so does this, in the service worker.
  const dispatched = await background.evaluate(async (pageUrl) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number }[]> };
          contextMenus: { onClicked: { hasListeners(): boolean; dispatch(...args: unknown[]): void } };
        };
      }
    ).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined || !chrome.contextMenus.onClicked.hasListeners()) return false;
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'newscontext-lookup', selectionText: 'Nangarhar', editable: false, pageUrl },
      { ...tab },
    );
    return true;
  }, page.url());
  expect(dispatched).toBe(true);

  const card = cardLocator(page);
  await expect(card.locator('.name')).toHaveText('Nangarhar');
  await expect(card.locator('svg.locator')).toBeVisible();
  await expect.poll(() => focusState(page)).toMatchObject({ inCard: true });
});
