/**
 * Research notes: Pin on a card keeps the entity with where it was seen; the notebook
 * lists it, and its CSV and JSON exports parse back to what was pinned.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../engine/packs/csv.ts';
import { cardLocator, DOCS_SCREENSHOTS_DIR, expect, hoverText, test } from './fixtures.ts';

test('pinning from cards, the notebook, and its CSV and JSON exports', async ({
  context,
  page,
  origin,
  ext,
  extensionId,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  const card = cardLocator(page);

  for (const [text, name] of [
    ['IS-K', 'Islamic State – Khorasan Province'],
    ['Nangarhar', 'Nangarhar'],
  ] as const) {
    await page.mouse.move(5, 5);
    await expect(card).toHaveCount(0, { timeout: 3_000 });
    await hoverText(page, '#lead', text);
    await expect(card.locator('.name')).toHaveText(name);
    await card.locator('button.pin').click();
    await expect(card.locator('.pin-status')).toContainText('Pinned');
  }
  // Pinning again from the same page keeps one entry.
  await card.locator('button.pin').click();
  await expect(card.locator('.pin-status')).toContainText('Already pinned from this page');

  const notebook = await context.newPage();
  await notebook.goto(`chrome-extension://${extensionId}/notebook.html`);
  const pins = notebook.locator('#pins > li');
  await expect(pins).toHaveCount(2);
  await expect(notebook.locator('#pins')).toContainText('IS-K claimed responsibility on Tuesday');
  await notebook.screenshot({ path: path.join(DOCS_SCREENSHOTS_DIR, 'notebook.png'), fullPage: true });
  const axe = await new AxeBuilder({ page: notebook }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const download = async (format: string): Promise<string> => {
    const [file] = await Promise.all([
      notebook.waitForEvent('download'),
      notebook.locator(`#download-${format}`).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  };
  const csv = await download('csv');
  expect(csv.charCodeAt(0)).toBe(0xfeff); // a BOM, so Excel reads UTF-8
  const rows = parseCsv(csv).map((r) => r.cells);
  const header = rows[0]!;
  const name = header.indexOf('name');
  expect(name).toBeGreaterThanOrEqual(0);
  expect(rows.slice(1).map((r) => r[name])).toEqual(
    expect.arrayContaining(['Islamic State – Khorasan Province', 'Nangarhar']),
  );
  const json = JSON.parse(await download('json')) as {
    version: number;
    projects: { pins: { name: string }[] }[];
  };
  expect(json.version).toBe(1);
  expect(json.projects.flatMap((p) => p.pins.map((x) => x.name))).toEqual(
    expect.arrayContaining(['Islamic State – Khorasan Province', 'Nangarhar']),
  );
});
