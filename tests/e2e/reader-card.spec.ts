/** Reading with the card: hovering onto it, related entities and Back, keyboard steps, names inside links. */
import { cardLocator, expect, focusState, hoverText, sendFromBackground, test, textBox } from './fixtures.ts';

const ISK = 'Islamic State – Khorasan Province';

test('hover opens the card, moving onto it keeps it open, leaving closes it', async ({
  page,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);

  await hoverText(page, '#story', 'Ghani', 0);
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Ashraf Ghani');

  // Across the gap and onto the card: it stays, well past the close delay.
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
  await page.waitForTimeout(800);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Ashraf Ghani');

  // Off the card onto plain text: it closes.
  const byline = await textBox(page, '.byline', 'staff');
  await page.mouse.move(byline.x + byline.width / 2, byline.y + byline.height / 2, { steps: 6 });
  await expect(card).toHaveCount(0, { timeout: 2_000 });
});

test('a related entity opens in the card, and Back returns', async ({ page, origin, ext }) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);

  await hoverText(page, '#lead', 'IS-K');
  const card = cardLocator(page);
  await expect(card.locator('.name')).toHaveText(ISK);
  await expect(card.locator('.back')).toHaveCount(0);

  const chip = card.locator('.related .chip').first();
  const related = (await chip.textContent())!.trim();
  expect(related.length).toBeGreaterThan(0);
  await chip.click();
  await expect(card.locator('.name')).toHaveText(related);
  await expect(card.locator('.back')).toBeVisible();
  // "Why this?" belongs to the mention, not to the entity reached from it.
  await expect(card.locator('.why')).toHaveCount(0);

  await card.locator('.back').click();
  await expect(card.locator('.name')).toHaveText(ISK);
  await expect(card.locator('.back')).toHaveCount(0);
  await expect(card.locator('.why')).toHaveCount(1);
});

test('next / previous mention from the keyboard command: card opens with focus; Escape returns it', async ({
  page,
  context,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(r.entities.length).toBeGreaterThan(2);
  const card = cardLocator(page);

  // The reader was on the page's "Load more" button when pressing the shortcut.
  await page.focus('#add-late');
  expect(await focusState(page)).toEqual({ inCard: false, pageId: 'add-late' });

  // What the background sends for the `next-mention` / `previous-mention` commands.
  const next = { type: 'step-mention', direction: 'next' };
  const previous = { type: 'step-mention', direction: 'previous' };

  expect(await sendFromBackground(context, page, next)).toEqual({ ok: true });
  await expect(card.locator('.name')).toHaveText(ISK); // the first mention, in the lead
  await expect.poll(() => focusState(page)).toEqual({ inCard: true, pageId: null });

  expect(await sendFromBackground(context, page, next)).toEqual({ ok: true });
  await expect(card.locator('.name')).toHaveText('Nangarhar');
  await expect.poll(() => focusState(page)).toEqual({ inCard: true, pageId: null });
  expect(await page.locator('newscontext-ui .nc-card').count()).toBe(1);

  expect(await sendFromBackground(context, page, previous)).toEqual({ ok: true });
  await expect(card.locator('.name')).toHaveText(ISK);
  await expect.poll(() => focusState(page)).toEqual({ inCard: true, pageId: null });

  // Tab moves through the card's own controls.
  await page.keyboard.press('Tab');
  expect((await focusState(page)).inCard).toBe(true);

  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await focusState(page)).toEqual({ inCard: false, pageId: 'add-late' });

  // Previous from the first mention wraps to the last one ("Traders in Kabul").
  await sendFromBackground(context, page, previous);
  await expect(card.locator('.name')).toHaveText('Kabul');
  await expect.poll(() => focusState(page)).toEqual({ inCard: true, pageId: null });
});

test('a name inside a link: hover shows the card, a click still follows the link', async ({
  page,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/reader.html`);
  await ext.waitForMentions(page, (x) => x.entities.some((e) => e.name === 'Ashraf Ghani'));

  await hoverText(page, '#ghani-link', 'Ghani');
  const card = cardLocator(page);
  await expect(card.locator('.name')).toHaveText('Ashraf Ghani');

  await page.click('#ghani-link');
  await page.waitForURL(/\/article\.html\?via=link$/);
  await expect(page.locator('h1')).toContainText('Border crossings');
});

test('focusing a link that contains a name opens its card; Escape gives focus back without reopening', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/reader.html`);
  await ext.waitForMentions(page, (x) => x.entities.some((e) => e.name === 'Ashraf Ghani'));
  const card = cardLocator(page);

  await page.focus('#ghani-link');
  await expect(card.locator('.name')).toHaveText('Ashraf Ghani');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await page.waitForTimeout(400);
  await expect(card).toHaveCount(0);
});
