/** The real toolbar popup, opened on the article's tab. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCS_SCREENSHOTS_DIR, expect, SCREENSHOTS_DIR, test } from './fixtures.ts';

test('the popup lists what the page names, grouped by type, with counts', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);

  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelectorAll('button.entity').length === ${r.entities.length}`);
    const rows = await popup.evaluate<[string, string][]>(
      `[...document.querySelectorAll('button.entity')].map((b) => [b.children[0].textContent, b.querySelector('.count').textContent])`,
    );
    const counts = new Map(rows);
    for (const e of r.entities) expect(counts.get(e.name), e.name).toBe(String(e.count));
    expect(counts.get('Ashraf Ghani')).toBe('1');
    expect(counts.get('Islamic State – Khorasan Province')).toBe('2');
    const groups = await popup.evaluate<number>(`document.querySelectorAll('section.group h2').length`);
    expect(groups).toBe(new Set(r.entities.map((e) => e.type)).size);
    // The site switch knows the page's site (activeTab) and shows it on.
    const sw = await popup.evaluate<{ checked: boolean; disabled: boolean }>(
      `(() => { const c = document.querySelector('input[type=checkbox]'); return { checked: c.checked, disabled: c.disabled }; })()`,
    );
    expect(sw).toEqual({ checked: true, disabled: false });
    // A map of the places the page names: one dot per place, over its countries' outlines.
    const places = r.entities.filter((e) => e.type === 'place').length;
    await popup.waitFor(`document.querySelectorAll('.places-map circle.dot').length === ${places}`);
    const outline = await popup.evaluate<string>(
      `document.querySelector('.places-map path.outline').getAttribute('d')`,
    );
    expect(outline.length).toBeGreaterThan(100);
    // However long the list, Settings stays in view without scrolling.
    const settingsInView = await popup.evaluate<boolean>(
      `(() => { const r = document.querySelector('#open-options').getBoundingClientRect();
        return document.documentElement.scrollHeight > innerHeight && r.top >= 0 && r.bottom <= innerHeight; })()`,
    );
    expect(settingsInView).toBe(true);

    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    const png = await popup.screenshot();
    writeFileSync(path.join(SCREENSHOTS_DIR, 'popup.png'), png);
    writeFileSync(path.join(DOCS_SCREENSHOTS_DIR, 'popup.png'), png);
  } finally {
    await popup.close();
  }
});

test('the popup map draws a river the page names as a line, beside its countries', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/river-front.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.some((e) => e.id === 'place/ne-river-dnieper'));
  expect(r.entities.map((e) => e.id)).toContain('place/country-ua');

  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('.places-map path.feature-line') !== null`);
    const line = await popup.evaluate<{ d: string; fill: string | null }>(
      `(() => { const p = document.querySelector('.places-map path.feature-line');
        return { d: p.getAttribute('d'), fill: p.getAttribute('fill') }; })()`,
    );
    // An open line (no closing segment back to the source), not a filled shape.
    expect(line.d).not.toContain('Z');
    expect(line.fill).toBe('none');
    expect(await popup.evaluate<number>(`document.querySelectorAll('.places-map path.outline').length`)).toBe(
      1,
    );

    mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    writeFileSync(path.join(DOCS_SCREENSHOTS_DIR, 'popup-map-river.png'), await popup.screenshot());
  } finally {
    await popup.close();
  }
});
