/** Helpers for options.spec.ts: the options page, the page's highlights, and the stored settings. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { parseHighlightName } from '../../utils/highlight-styles.ts';
import type { Settings } from '../../utils/settings.ts';
import { textBox } from './fixtures.ts';
import { colouredPixels, withUnderline } from './painted.ts';

export const optionsUrl = (extensionId: string): string => `chrome-extension://${extensionId}/options.html`;

/** Open the options page in a new tab, optionally in a colour scheme, and wait until it shows the settings. */
export async function openOptions(
  context: BrowserContext,
  extensionId: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(optionsUrl(extensionId));
  await page.locator('#reset').waitFor();
  return page;
}

/** How many ranges the extension highlights for each entity type, whatever the style. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  const sizes = await page.evaluate(() => [...CSS.highlights].map(([name, h]) => [name, h.size] as const));
  const out: Record<string, number> = {};
  for (const [name, size] of sizes) {
    const parsed = parseHighlightName(name);
    if (parsed) out[parsed.type] = (out[parsed.type] ?? 0) + size;
  }
  return out;
}

/** The text of every highlighted range. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('newscontext-')) continue;
      for (const r of highlight) out.push((r as Range).toString());
    }
    return out;
  });
}

/** The highlight style the page's highlights are registered under (their names say it). */
export async function registeredStyles(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => [...CSS.highlights.keys()]);
  const styles = names.map((n) => parseHighlightName(n)?.style).filter((s) => s !== undefined);
  return [...new Set(styles)];
}

/** Coloured pixels around the first `text` under `selector`: what the highlight paints there. */
export async function paintAround(page: Page, selector: string, text: string): Promise<number> {
  const clip = withUnderline(await textBox(page, selector, text));
  return colouredPixels(await page.screenshot({ clip }));
}

/** The settings as stored, read in the background service worker. */
export async function storedSettings(background: Worker): Promise<Settings | undefined> {
  return background.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await chrome.storage.local.get('settings')).settings as Settings | undefined;
  });
}
