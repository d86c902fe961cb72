/**
 * What a reader sees of the extension's highlights, read from the page's side
 * (`CSS.highlights`), so that reading them wakes nothing in the extension.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const ARTICLE = fileURLToPath(new URL('../fixtures/pages/article.html', import.meta.url));

/** The highlighted text under each highlight name, sorted: what a reader sees, as data. */
export async function highlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('newscontext-')) continue;
      for (const r of h) out.push(`${name}: ${(r as Range).toString()}`);
    }
    return out.sort();
  });
}

/** Wait until the page has highlights and their number has not changed for a while. */
export async function settled(page: Page, quietMs = 1200, timeout = 30_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let last = await highlights(page);
  let since = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(150);
    const now = await highlights(page);
    if (now.length !== last.length) {
      last = now;
      since = Date.now();
    } else if (now.length > 0 && Date.now() - since >= quietMs) return now;
  }
  throw new Error(`highlights did not settle (${last.length} so far)`);
}

/** A long article (the fixture's body 40 times, over 60,000 characters): read piece by piece. */
export function longArticle(copies = 40): string {
  const html = readFileSync(ARTICLE, 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const head = /<head[^>]*>[\s\S]*<\/head>/i.exec(html)?.[0] ?? '<head><meta charset="utf-8"></head>';
  return `<!doctype html><html lang="en">${head}<body>${Array(copies).fill(body).join('\n')}</body></html>`;
}
