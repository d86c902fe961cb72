import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../engine/text/collect.ts';
import { readingPlan } from '../../entrypoints/news.content/reading-plan.ts';

const VIEW = { innerHeight: 760 } as Window;

/** Paragraphs 100 px apart, each `words` long: the first eight are in a 760 px view. */
function page(paragraphs: number, words: number) {
  const text = (i: number) => `Paragraph ${i} ${'word '.repeat(words).trim()}.`;
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${text(i)}</p>`).join('');
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  document.querySelectorAll('p').forEach((p, i) => {
    (p as Element).getBoundingClientRect = () =>
      ({ top: i * 100, bottom: i * 100 + 90, height: 90, width: 600 }) as DOMRect;
  });
  return collectText(document.body as unknown as Node);
}

describe('the reading plan (issue #14)', () => {
  it('links a short page’s view first, for its highlights, then the whole text', () => {
    const collected = page(40, 20);
    const plan = readingPlan(collected, VIEW);
    expect(plan.provisional).toBe(true);
    expect(plan.pieces).toHaveLength(2);
    const view = plan.pieces[0]!.map((c) => c.text).join('');
    expect(view.startsWith('Paragraph 0 ')).toBe(true);
    expect(view).toContain('Paragraph 7 ');
    expect(view).not.toContain('Paragraph 8 ');
    expect(plan.pieces[1]!.map((c) => c.text).join('')).toBe(collected.text);
  });

  it('reads only the view’s text on a page still being parsed', () => {
    const plan = readingPlan(page(40, 20), VIEW, true);
    expect(plan.provisional).toBe(false);
    expect(plan.pieces).toHaveLength(1);
    expect(plan.pieces[0]!.map((c) => c.text).join('')).not.toContain('Paragraph 8 ');
  });

  it('reads a short page whose view is most of it in one question', () => {
    const plan = readingPlan(page(8, 20), VIEW);
    expect(plan).toMatchObject({ provisional: false, pieces: [[{ base: 0 }]] });
  });

  it('reads a long page from the view on, in pieces that cover its text once', () => {
    const collected = page(600, 20);
    const plan = readingPlan(collected, VIEW);
    expect(plan.provisional).toBe(false);
    expect(plan.pieces.length).toBeGreaterThan(1);
    const first = plan.pieces[0]!.map((c) => c.text).join('');
    expect(first.startsWith('Paragraph 0 ')).toBe(true);
    expect(first).not.toContain('Paragraph 30 '); // a screen below the view, not the page
    const covered = plan.pieces.flat().reduce((n, c) => n + c.text.trim().length, 0);
    expect(covered).toBeLessThanOrEqual(collected.text.length);
    expect(plan.pieces.flat().map((c) => c.base)).toEqual(
      [...new Set(plan.pieces.flat().map((c) => c.base))], // no piece twice
    );
  });
});
