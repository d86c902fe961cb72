/** The card a reader sees on hover: content, opening and closing, and isolation from page styles. */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  cardLocator,
  DOCS_SCREENSHOTS_DIR,
  expect,
  hoverText,
  SCREENSHOTS_DIR,
  test,
  textBox,
  UI_TAG,
} from './fixtures.ts';

test('hovering a name opens its card; moving away or Escape closes it', async ({ page, origin, ext }) => {
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);

  await hoverText(page, '#lead', 'IS-K');
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
  await expect(card.locator('.description')).not.toBeEmpty();
  expect(await card.locator('.fact').count()).toBeGreaterThan(0);
  const sourceLinks = card.locator('.sources a');
  expect(await sourceLinks.count()).toBeGreaterThan(0);
  // Every link in the card leaves for https in a new tab, without an opener.
  const links = await card.locator('a').evaluateAll((as) =>
    as.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel') ?? '',
    })),
  );
  for (const l of links) {
    expect(l.href).toMatch(/^https:\/\//);
    expect(l.target).toBe('_blank');
    expect(l.rel).toContain('noopener');
  }
  // The card sits in the one shadow host, which sits on <body>.
  expect(await page.locator(UI_TAG).count()).toBe(1);
  expect(await page.evaluate((tag) => document.querySelector(tag)?.parentElement?.tagName, UI_TAG)).toBe(
    'BODY',
  );

  // What a person sees: wait for the fade-in, then keep a picture for the README.
  await page.waitForTimeout(300);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const shot = path.join(SCREENSHOTS_DIR, 'popover-isk.png');
  await page.screenshot({ path: shot });
  copyFileSync(shot, path.join(DOCS_SCREENSHOTS_DIR, 'popover-isk.png'));

  // Away from any name: the card closes after a short delay.
  const byline = await textBox(page, '.byline', 'staff');
  await page.mouse.move(byline.x + byline.width / 2, byline.y + byline.height / 2, { steps: 4 });
  await expect(card).toHaveCount(0, { timeout: 2_000 });

  // Back on the name, then Escape.
  await hoverText(page, '#lead', 'IS-K');
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0, { timeout: 1_000 });
});

test('the card keeps its own styles on a page with hostile CSS and a strict CSP', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/hostile-css.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  // The hostile rules do apply to the page itself.
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('lead')!).color)).toBe(
    'rgb(255, 0, 0)',
  );

  await hoverText(page, '#lead', 'IS-K');
  const card = cardLocator(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');

  const styles = await card.evaluate((el) => {
    const pick = (e: Element) => {
      const s = getComputedStyle(e);
      return {
        fontSize: parseFloat(s.fontSize),
        color: s.color,
        family: s.fontFamily,
        letterSpacing: s.letterSpacing,
        textTransform: s.textTransform,
      };
    };
    const description = el.querySelector('.description')!;
    return { card: pick(el), description: pick(description), name: pick(el.querySelector('.name')!) };
  });
  for (const [part, s] of Object.entries(styles)) {
    expect(s.color, part).not.toBe('rgb(255, 0, 0)');
    expect(s.family, part).not.toBe('serif');
    expect(s.letterSpacing, part).toBe('normal');
    expect(s.textTransform, part).toBe('none');
  }
  expect(styles.card.fontSize).toBeGreaterThanOrEqual(13);
  expect(styles.card.fontSize).toBeLessThanOrEqual(15);
  expect(styles.description.fontSize).toBeGreaterThanOrEqual(13);
  expect(styles.description.fontSize).toBeLessThanOrEqual(15);
  expect(styles.name.fontSize).toBeLessThan(20);

  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.width).toBeLessThanOrEqual(400);
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'popover-hostile-css.png') });
});
