/** The card at 200% zoom and in a narrow window: always inside the viewport, never moving the page. */
import { cardLocator, expect, hoverText, test } from './fixtures.ts';

/** Layout facts of the page that a shift would change. */
const pageLayout = () =>
  ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    lead: JSON.stringify(document.querySelector('#lead')!.getBoundingClientRect()),
  }) as const;

for (const [label, viewport] of [
  ['200% zoom (a 1280×800 window)', { width: 640, height: 400 }],
  ['a phone-sized window', { width: 360, height: 640 }],
] as const) {
  test(`at ${label} the card stays inside the viewport and shifts nothing`, async ({ page, origin, ext }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${origin}/article.html`);
    await ext.waitForMentions(page, (x) => x.entities.length > 0);
    const before = await page.evaluate(pageLayout);

    await hoverText(page, '#lead', 'Nangarhar');
    const card = cardLocator(page);
    await expect(card).toBeVisible();
    await expect(card.locator('.name')).toHaveText('Nangarhar');
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

    expect(await page.evaluate(pageLayout)).toEqual(before);
  });
}
