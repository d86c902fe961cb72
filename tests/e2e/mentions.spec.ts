/**
 * What the content script finds, asked with the typed `page-mentions` message,
 * and how it follows the page: skipped fields, late text, the site switch.
 */
import type { Page } from '@playwright/test';
import { cardLocator, countOf, expect, hoverText, test, type RealPopup } from './fixtures.ts';

/** Ranges in the extension's highlights, described from the page's side. */
async function highlightedRanges(page: Page) {
  return page.evaluate(() => {
    const out: { name: string; text: string; skippedAncestor: string | null }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('newscontext-')) continue;
      for (const r of highlight) {
        const range = r as Range;
        let skipped: string | null = null;
        for (const node of [range.startContainer, range.endContainer]) {
          const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
          const hit = el?.closest(
            'textarea, input, script, style, [contenteditable]:not([contenteditable="false"])',
          );
          if (hit) skipped = hit.tagName.toLowerCase() + (hit.id ? `#${hit.id}` : '');
        }
        out.push({ name, text: range.toString(), skippedAncestor: skipped });
      }
    }
    return out;
  });
}

test('finds the names in the article, with sensible counts', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(r.ok).toBe(true);
  expect(r.enabled).toBe(true);

  const byName = new Map(r.entities.map((e) => [e.name, e]));
  expect(byName.get('Islamic State – Khorasan Province')).toMatchObject({ type: 'armed-group', count: 2 });
  expect(byName.get('Taliban')).toMatchObject({ type: 'armed-group', count: 2 });
  expect(byName.get('Kabul')).toMatchObject({ type: 'place', count: 2 });
  // Split across <b>Ashraf</b> Ghani: still one name.
  expect(byName.get('Ashraf Ghani')).toMatchObject({ type: 'person', count: 1 });
  // Split across Abdul Ghani <a>Baradar</a>: one name, not "Abdul Ghani" or "Ghani".
  expect(byName.get('Abdul Ghani Baradar')).toMatchObject({ type: 'person', count: 1 });
  // "Inter-Services Intelligence (ISI)": both the name and the acronym.
  expect(byName.get('Inter-Services Intelligence')).toMatchObject({ type: 'organization', count: 2 });
  for (const place of ['Afghanistan', 'Pakistan', 'Nangarhar']) {
    expect(countOf(r, place), place).toBe(1);
  }
  // Each entity appears once in the summary, with a positive count.
  expect(new Set(r.entities.map((e) => e.id)).size).toBe(r.entities.length);
  for (const e of r.entities) expect(e.count).toBeGreaterThan(0);
});

test('nothing inside textarea, input, contenteditable or script is counted or highlighted', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/article.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);

  // The fields really do contain the names (so the test would notice if they were scanned).
  const inFields = await page.evaluate(() => ({
    textarea: (document.getElementById('note') as HTMLTextAreaElement).value,
    input: (document.getElementById('search') as HTMLInputElement).value,
    editor: document.getElementById('editor')!.textContent ?? '',
    script: [...document.scripts].map((s) => s.text).join('\n'),
  }));
  for (const [where, text] of Object.entries(inFields)) {
    expect(text, where).toContain('Taliban');
    expect(text, where).toContain('Kabul');
  }

  // Counts equal the occurrences in the article body alone.
  const inArticle = await page.evaluate(() => {
    const text = document.getElementById('story')!.textContent ?? '';
    const count = (w: string) => text.split(w).length - 1;
    return { Taliban: count('Taliban'), Kabul: count('Kabul') };
  });
  expect(inArticle).toEqual({ Taliban: 2, Kabul: 2 });
  expect(countOf(r, 'Taliban')).toBe(inArticle.Taliban);
  expect(countOf(r, 'Kabul')).toBe(inArticle.Kabul);

  // The page shares the document's highlight registry: every highlighted range is
  // article text, and there is one range per counted mention.
  const ranges = await highlightedRanges(page);
  const total = r.entities.reduce((n, e) => n + e.count, 0);
  expect(ranges.length).toBe(total);
  expect(ranges.filter((x) => x.skippedAncestor !== null)).toEqual([]);
  expect(ranges.filter((x) => x.text === 'Taliban').length).toBe(2);
  expect(ranges.filter((x) => x.text === 'Kabul').length).toBe(2);
  expect(ranges.map((x) => x.text)).toContain('Ashraf Ghani');
  expect(ranges.map((x) => x.text)).toContain('Abdul Ghani Baradar');
});

test('a paragraph added after load is scanned within 2 s', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/article.html`);
  const before = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(countOf(before, 'Jalalabad')).toBe(0);
  expect(countOf(before, 'Islamic State – Khorasan Province')).toBe(2);

  await page.click('#add-late');
  const started = Date.now();
  const after = await ext.waitForMentions(page, (x) => countOf(x, 'Jalalabad') > 0, 2_000);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(countOf(after, 'Jalalabad')).toBe(1);
  expect(countOf(after, 'Islamic State – Khorasan Province')).toBe(3);
  // The rest of the page was not counted twice.
  expect(countOf(after, 'Taliban')).toBe(2);
  expect(countOf(after, 'Kabul')).toBe(2);
});

test('text a single-page app inserts after load is scanned', async ({ page, origin, ext }) => {
  await page.goto(`${origin}/spa.html`);
  const r = await ext.waitForMentions(page, (x) => countOf(x, 'Taliban') > 0, 5_000);
  expect(countOf(r, 'Taliban')).toBe(1);
  expect(countOf(r, 'Pakistan')).toBe(1);
  expect(countOf(r, 'Afghanistan')).toBe(1);
});

test("the popup's site switch removes every mention and highlight, and brings them back", async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/article.html`);
  const on = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  const total = on.entities.reduce((n, e) => n + e.count, 0);
  expect((await highlightedRanges(page)).length).toBe(total);

  const switchOf = (popup: RealPopup) =>
    popup.evaluate<{ checked: boolean; disabled: boolean }>(
      `(() => { const c = document.querySelector('input[type=checkbox]'); return { checked: c.checked, disabled: c.disabled }; })()`,
    );

  // Off. (A popup closes when the page takes focus again, as it does for a person.)
  let popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('input[type=checkbox]:not(:disabled)')`);
    expect(await switchOf(popup)).toEqual({ checked: true, disabled: false });
    await popup.click('input[type=checkbox]');
    await popup.waitFor(`!document.querySelector('input[type=checkbox]').checked`);
  } finally {
    await popup.close();
  }
  const off = await ext.waitForMentions(page, (x) => !x.enabled, 3_000);
  expect(off).toMatchObject({ ok: true, enabled: false, entities: [] });
  expect(await highlightedRanges(page)).toEqual([]);
  // The highlight names themselves are unregistered, not just emptied.
  const names = await page.evaluate(() =>
    [...CSS.highlights.keys()].filter((k) => k.startsWith('newscontext-')),
  );
  expect(names).toEqual([]);
  // And no card opens on hover any more.
  await hoverText(page, '#lead', 'IS-K');
  await page.waitForTimeout(700);
  await expect(cardLocator(page)).toHaveCount(0);

  // The choice is remembered: a new popup shows the switch off. On again.
  popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('input[type=checkbox]:not(:disabled)')`);
    expect(await switchOf(popup)).toEqual({ checked: false, disabled: false });
    await popup.click('input[type=checkbox]');
    await popup.waitFor(`document.querySelector('input[type=checkbox]').checked`);
  } finally {
    await popup.close();
  }
  const back = await ext.waitForMentions(page, (x) => x.enabled && x.entities.length > 0, 5_000);
  const summary = (r: typeof on) => r.entities.map((e) => `${e.id}:${e.count}`).sort();
  expect(summary(back)).toEqual(summary(on));
  expect((await highlightedRanges(page)).length).toBe(total);
});
