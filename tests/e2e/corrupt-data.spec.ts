/**
 * A damaged data file: the popup says so, and nothing wrong is shown on the page. Part
 * indexes are checked at open; a block of data when it is first read, and every block
 * a little after a start (engine/data/binary.ts, utils/background/dataset-loader.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, expect, test, type ExtensionHelpers } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** A copy of the built extension with one byte of one data file flipped. */
function damagedCopy(file: (parts: number) => string, at: (length: number) => number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newscontext-damaged-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const index = JSON.parse(readFileSync(path.join(dir, 'data', 'index.json'), 'utf8')) as {
    parts: { dataset: number };
  };
  const part = path.join(dir, 'data', file(index.parts.dataset));
  const bytes = readFileSync(part);
  const i = at(bytes.length);
  bytes[i] = bytes[i]! ^ 0xff;
  writeFileSync(part, bytes);
  return dir;
}

/**
 * Run the tests of the enclosing `describe` on such a copy, removed afterwards. The
 * background reports the damaged file whenever it is read, until the browser closes.
 */
function useDamagedCopy(file: (parts: number) => string, at: (length: number) => number): void {
  const damaged = damagedCopy(file, at);
  test.use({ extensionPath: damaged, expectedErrors: /dataset-\d+\.bin: checksum mismatch/ });
  test.afterAll(() => rmSync(damaged, { recursive: true, force: true }));
}

/** The popup's data error, and how many of the page's entities it lists. */
async function popupError(page: Page, ext: ExtensionHelpers): Promise<{ text: string; listed: number }> {
  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(`document.querySelector('#data-error') !== null`);
    return {
      text: await popup.evaluate<string>(`document.querySelector('#data-error').textContent`),
      listed: await popup.evaluate<number>(`document.querySelectorAll('button.entity').length`),
    };
  } finally {
    await popup.close();
  }
}

test.describe('a damaged index', () => {
  // The first part's directory: checked when the files are opened, before any answer.
  useDamagedCopy(
    () => 'dataset-0.bin',
    () => 40,
  );

  test('is named in the popup, and the page gets no highlights', async ({
    page,
    origin,
    ext,
    extensionErrors,
  }) => {
    await page.goto(`${origin}/article.html`);
    const { text, listed } = await popupError(page, ext);
    expect(text).toContain('dataset-0.bin');
    expect(text).toMatch(/checksum/i);
    expect(listed).toBe(0);
    const highlighted = await page.evaluate(() =>
      [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    );
    expect(highlighted).toBe(0);
    // The background reported the damaged file in its console: expected here, and only that.
    expect(extensionErrors.length).toBeGreaterThan(0);
    expect(extensionErrors.every((e) => e.includes('dataset-0.bin'))).toBe(true);
  });
});

test.describe('a damaged block that no page has read', () => {
  // Near the end of the last part: records of terms, read only for some cards.
  useDamagedCopy(
    (parts) => `dataset-${parts - 1}.bin`,
    (length) => length - 64,
  );

  test('is found by the check that follows a start, and named in the popup', async ({
    page,
    origin,
    ext,
    extensionErrors,
  }) => {
    await page.goto(`${origin}/article.html`);
    // The page is answered from blocks that passed their checks; the rest are checked
    // about two seconds after the files were opened, and from then on every request fails.
    await ext.waitForMentions(page, (r) => r.entities.length > 0);
    await expect
      .poll(async () => (await ext.hostStatus()).error ?? '', { timeout: 15_000 })
      .toMatch(
        /^dataset file dataset-\d+\.bin: checksum mismatch in section term\.data\.0: the file is corrupt$/,
      );
    const { text } = await popupError(page, ext);
    expect(text).toMatch(/dataset-\d+\.bin: checksum mismatch in section/);
    expect(extensionErrors.every((e) => /dataset-\d+\.bin: checksum mismatch/.test(e))).toBe(true);
  });
});
