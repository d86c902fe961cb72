/** The CLI's reading of an HTML file (`npm run scan -- --scope article|page`) uses the same detection. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/artefacts.ts';
import { htmlArticleText } from '../../scripts/lib/html-text.ts';

const page = readFileSync(join(ROOT, 'tests/fixtures/chrome-pages/01-wire-story.html'), 'utf8');
const front = readFileSync(join(ROOT, 'tests/fixtures/chrome-pages/02-section-front.html'), 'utf8');

describe('html-text with a scope', () => {
  it('reads the article by default, with its length', async () => {
    const r = await htmlArticleText(page);
    expect(r.scope).toBe('article');
    expect(r.text).toContain('Ceasefire talks resume in Doha');
    expect(r.text).toContain('Trucks from Egypt carrying flour wait near the Rafah crossing');
    for (const chrome of ['Most read', 'Read more: Jordan', 'Lena Hartmann is', 'Harbour Street', 'Trending'])
      expect(r.text, chrome).not.toContain(chrome);
    expect(r.chars).toBeGreaterThan(1000);
    expect(r.chars).toBeLessThan(r.text.length + 100);
  });

  it('reads the whole page less navigation and footer with --scope page', async () => {
    const r = await htmlArticleText(page, 'page');
    expect(r.scope).toBe('page');
    expect(r.text).toContain('Most read');
    expect(r.text).not.toContain('Harbour Street');
  });

  it('falls back to the page on a section front', async () => {
    const r = await htmlArticleText(front);
    expect(r.scope).toBe('page');
    expect(r.text).toContain('Congo and Rwanda sign a deal');
    expect(r.text).not.toContain('Follow us');
  });
});
