/** A damaged data file: the popup says so, and nothing wrong is shown on the page. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures.ts';

const damaged = mkdtempSync(path.join(tmpdir(), 'newscontext-damaged-'));
cpSync(EXTENSION_DIR, damaged, { recursive: true });
const part = path.join(damaged, 'data', 'dataset-0.bin');
const bytes = readFileSync(part);
// One flipped byte in the middle of the first part: its checksum no longer matches.
const middle = bytes.length >> 1;
bytes[middle] = bytes[middle]! ^ 0xff;
writeFileSync(part, bytes);

test.use({ extensionPath: damaged });
test.afterAll(() => rmSync(damaged, { recursive: true, force: true }));

test('a corrupt data file is named in the popup, and the page gets no highlights', async ({
  page,
  origin,
  ext,
  extensionErrors,
}) => {
  await page.goto(`${origin}/article.html`);
  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('#data-error') !== null`);
    const text = await popup.evaluate<string>(`document.querySelector('#data-error').textContent`);
    expect(text).toContain('dataset-0.bin');
    expect(text).toMatch(/checksum/i);
    expect(await popup.evaluate<number>(`document.querySelectorAll('button.entity').length`)).toBe(0);
  } finally {
    await popup.close();
  }
  const highlighted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  expect(highlighted).toBe(0);
  // The background reported the damaged file in its console: expected here, and only that.
  expect(extensionErrors.length).toBeGreaterThan(0);
  expect(extensionErrors.every((e) => e.includes('dataset-0.bin'))).toBe(true);
  extensionErrors.splice(0);
});
