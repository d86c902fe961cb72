/**
 * Issue #12's figures on the project's own pages with chrome: in article mode,
 * ≥ 95% of highlights lie inside the known body, and ≥ 95% of the names in the
 * body are still highlighted. The body is given by selectors in each page's
 * sidecar JSON, which the detector never reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNodeDataset, ROOT } from '../../scripts/lib/artefacts.ts';
import { readPage, samePlace, type ScopeGold } from '../../scripts/lib/article-scope.ts';

const dir = join(ROOT, 'tests/fixtures/chrome-pages');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    name: f,
    html: readFileSync(join(dir, f), 'utf8'),
    gold: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as ScopeGold,
  }));

describe('reading the article, not the page around it (fixtures with chrome)', () => {
  const dataset = loadNodeDataset();

  it('has at least 10 pages, with a section front and a live blog', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.some((p) => p.gold.expect === 'page')).toBe(true);
    expect(pages.some((p) => p.name.includes('live-blog'))).toBe(true);
  });

  it('finds the article where there is one and falls back to the page where there is none', async () => {
    for (const p of pages) {
      const scope = await readPage(dataset, p.html, p.gold, (r) => r.detected.scope);
      expect(scope, p.name).toBe(p.gold.expect);
    }
  });

  it('keeps ≥ 95% of highlights inside the body and ≥ 95% of the body’s names highlighted', async () => {
    let inside = 0;
    let total = 0;
    let names = 0;
    let kept = 0;
    for (const p of pages.filter((x) => x.gold.body)) {
      await readPage(dataset, p.html, p.gold, (r) => {
        inside += r.article.filter(r.inBody).length;
        total += r.article.length;
        const inBody = r.all.filter(r.inBody);
        names += inBody.length;
        kept += inBody.filter((n) => r.article.some((a) => samePlace(a, n))).length;
        // Every page gets something wrong only a little: no page below 85%.
        expect(r.article.filter(r.inBody).length / Math.max(1, r.article.length), p.name).toBeGreaterThan(
          0.85,
        );
      });
    }
    expect(total).toBeGreaterThan(100);
    expect(inside / total).toBeGreaterThanOrEqual(0.95);
    expect(kept / names).toBeGreaterThanOrEqual(0.95);
  });

  it('highlights nothing in the navigation, footer or share widgets of a page with no article', async () => {
    for (const p of pages.filter((x) => x.gold.expect === 'page')) {
      await readPage(dataset, p.html, p.gold, (r) => {
        expect(
          r.page.filter(r.inChrome).map((h) => h.text),
          p.name,
        ).toEqual([]);
        expect(r.detected.words).toBeGreaterThan(50);
      });
    }
  });
});
