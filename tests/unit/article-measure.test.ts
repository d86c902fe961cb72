import { describe, expect, it } from 'vitest';
import { findArticle } from '../../engine/article/find-article.ts';
import { measure, statsOf } from '../../engine/article/measure.ts';
import { withDocument } from '../../scripts/lib/html-text.ts';

const para = (i: number): string => `<p id="p${i}">Paragraph ${i} of the report, with words.</p>`;
const page = (n: number): string =>
  `<!doctype html><html><body><div id="all">${Array.from({ length: n }, (_, i) => para(i)).join('')}</div></body></html>`;

describe('measure, stopped early (the preview on a page still being parsed)', () => {
  it('counts the page up to the block it stops at, and asks about one block in sixteen', async () => {
    await withDocument(page(40), (doc) => {
      const full = measure(doc.body);
      const asked: string[] = [];
      const part = measure(doc.body, undefined, (block) => {
        asked.push(block.id);
        return Number(block.id.slice(1)) >= 20;
      });
      const one = statsOf(full, doc.getElementById('p0')!);
      // Asked at blocks 15 (p14) and 31 (p30), counting the wrapper div as the first.
      expect(asked).toEqual(['p14', 'p30']);
      expect(statsOf(part, doc.body).words).toBe(30 * one.words);
      expect(statsOf(full, doc.body).words).toBe(40 * one.words);
      expect(part.stats.has(doc.getElementById('p29')!)).toBe(true);
      expect(part.stats.has(doc.getElementById('p30')!)).toBe(false);
      expect(part.paragraphs).toHaveLength(30);
    });
  });

  it('finds the same article from its first screens', async () => {
    const story = (id: string, topic: string) =>
      `<article id="${id}"><h1>${topic}</h1>${Array.from(
        { length: 12 },
        (_, i) =>
          `<p>Paragraph ${i + 1} about ${topic}, with enough words, commas and clauses to read like prose, as a report does.</p>`,
      ).join('')}</article>`;
    const html = `<!doctype html><html><body><nav><a href="#">Home</a> <a href="#">World</a></nav>${story('first', 'floods in Sindh')}${story('second', 'the budget')}${story('third', 'the election')}</body></html>`;
    await withDocument(html, (doc) => {
      const second = doc.getElementById('second')!;
      const whole = findArticle(doc);
      const early = findArticle(doc, { stopAt: (block) => second.contains(block) });
      expect(early.scope).toBe('article');
      expect(early.roots.map((r) => r.id)).toEqual(['first']);
      expect(early.chars).toBeLessThanOrEqual(whole.chars);
    });
  });
});
