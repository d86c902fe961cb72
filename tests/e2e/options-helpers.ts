/** Helpers for options.spec.ts: the options page, the page's highlights, and the stored settings. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Settings } from '../../utils/settings.ts';

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

/** How many ranges each of the extension's highlights holds, read from the page's side. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('newscontext-')) out[name.slice('newscontext-'.length)] = highlight.size;
    }
    return out;
  });
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

/** The rules of the style sheets adopted by the document (the highlight styles live there). */
export async function adoptedRules(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
  );
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
