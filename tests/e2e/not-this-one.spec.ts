/** "Not this one": the reader corrects a link, or dismisses it, and the page remembers after a reload. */
import type { Page } from '@playwright/test';
import { cardLocator, expect, highlightedTexts, hoverText, test, type ExtensionHelpers } from './fixtures.ts';

const KABUL_CITY = 'place/geonames-1138958';
const KABUL_PROVINCE = 'place/admin1-af-13';

async function ids(ext: ExtensionHelpers, page: Page): Promise<Map<string, number>> {
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  return new Map(r.entities.map((e) => [e.id, e.count]));
}

test('"Not this one" offers the other readings; the choice and a dismissal survive a reload', async ({
  page,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${origin}/reader.html`);
  let found = await ids(ext, page);
  expect(found.get(KABUL_CITY)).toBe(2);
  expect(found.get('armed-group/taliban')).toBe(1);

  // "Kabul" reads as the city; the reader meant the province.
  const card = cardLocator(page);
  await hoverText(page, '#city', 'Kabul');
  await expect(card.locator('.name')).toHaveText('Kabul');
  await expect(card.locator('.role')).toContainText('City');
  await card.locator('.why summary').click();
  await expect(card.locator('.why')).toContainText('Kabul');
  await card.locator('.why .not-this').click();
  const choices = card.locator('.why .choice');
  await expect(choices.first()).toBeFocused();
  expect(await choices.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-entity-id')))).toEqual([
    KABUL_PROVINCE,
    'place/admin2-af-13-101',
  ]);
  await expect(card.locator('.why .choices')).toContainText(/Province (in|of) Afghanistan/);
  await expect(card.locator('.why .dismiss')).toBeVisible();
  await card.locator(`.why .choice[data-entity-id="${KABUL_PROVINCE}"]`).click();

  // The card now shows the province, and both "Kabul" on the page follow.
  await expect(card.locator('.role')).toContainText('Province');
  found = await ids(ext, page);
  expect(found.get(KABUL_PROVINCE)).toBe(2);
  expect(found.has(KABUL_CITY)).toBe(false);

  // "Taliban": not a link, says the reader.
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0, { timeout: 2_000 });
  await hoverText(page, '#plain', 'Taliban');
  await expect(card.locator('.name')).toHaveText('Taliban');
  await card.locator('.why summary').click();
  await card.locator('.why .not-this').click();
  await card.locator('.why .dismiss').click();
  await expect(card).toHaveCount(0);
  await expect.poll(() => highlightedTexts(page)).not.toContain('Taliban');
  found = await ids(ext, page);
  expect(found.has('armed-group/taliban')).toBe(false);

  // After a reload: still the province, still no Taliban.
  await page.reload();
  found = await ids(ext, page);
  expect(found.get(KABUL_PROVINCE)).toBe(2);
  expect(found.has(KABUL_CITY)).toBe(false);
  expect(found.has('armed-group/taliban')).toBe(false);
  expect(found.get('person/ashraf-ghani')).toBe(1);
  const texts = await highlightedTexts(page);
  expect(texts).toContain('Kabul');
  expect(texts).not.toContain('Taliban');

  // Hovering "Kabul" opens the province, and "Why this?" says it was the reader's choice.
  await hoverText(page, '#city', 'Kabul', 1);
  await expect(card.locator('.role')).toContainText('Province');
  await card.locator('.why summary').click();
  await expect(card.locator('.why p').first()).toContainText('chose');
  // The linker's reading is offered back.
  await card.locator('.why .not-this').click();
  await expect(card.locator(`.why .choice[data-entity-id="${KABUL_CITY}"]`)).toBeVisible();
  await card.locator(`.why .choice[data-entity-id="${KABUL_CITY}"]`).click();
  await expect(card.locator('.role')).toContainText('City');
  found = await ids(ext, page);
  expect(found.get(KABUL_CITY)).toBe(2);
});

test('choices are stored per page and per site in local:linkChoices', async ({
  page,
  context,
  origin,
  ext,
  extensionId,
}) => {
  await page.goto(`${origin}/reader.html#top`);
  await ids(ext, page);
  const card = cardLocator(page);
  await hoverText(page, '#plain', 'Taliban');
  await card.locator('.why summary').click();
  await card.locator('.why .not-this').click();
  await card.locator('.why .dismiss').click();
  await expect(card).toHaveCount(0);

  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const stored = await extPage.evaluate(async () => {
    const chrome = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<unknown> } } } }
    ).chrome;
    return chrome.storage.local.get('linkChoices');
  });
  const site = new URL(origin).hostname;
  expect(stored).toEqual({
    linkChoices: {
      sites: { [site]: { 'taliban|armed-group/taliban': null } },
      // The page without its hash.
      pages: { [`${origin}/reader.html`]: { 'taliban|armed-group/taliban': null } },
    },
  });
  await extPage.close();

  // Another page of the same site follows the site's choice.
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(r.entities.some((e) => e.id === 'armed-group/taliban')).toBe(false);
  expect(r.entities.some((e) => e.name === 'Islamic State – Khorasan Province')).toBe(true);
});
