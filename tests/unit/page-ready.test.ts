import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectTextUntil } from '../../engine/text/collect.ts';
import { parsedPastView } from '../../entrypoints/news.content/page-ready.ts';

/** A document whose elements report the boxes given by their `data-top`/`data-h` attributes. */
function laidOut(body: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  for (const el of document.querySelectorAll('*')) {
    const top = Number(el.getAttribute('data-top') ?? 0);
    const height = Number(el.getAttribute('data-h') ?? 0);
    (el as Element).getBoundingClientRect = () =>
      ({ top, bottom: top + height, height, width: height ? 600 : 0 }) as DOMRect;
  }
  return document as unknown as Document;
}

describe('a page still being parsed (issue #14)', () => {
  it('is past the view when the last element parsed starts below it', () => {
    const doc = laidOut('<p data-top="10" data-h="20">Kabul</p><p data-top="900" data-h="20">Herat</p>');
    expect(parsedPastView(doc, 760)).toBe(true);
    expect(parsedPastView(doc, 1000)).toBe(false);
  });

  it('looks past a trailing script or empty element, which has no box', () => {
    const doc = laidOut('<p data-top="900" data-h="20">Herat</p><script>1</script><span></span>');
    expect(parsedPastView(doc, 760)).toBe(true);
  });

  it('looks past the tail of a whole news page: dozens of scripts, frames and hidden blocks', () => {
    const tail = Array.from({ length: 40 }, (_, i) => (i % 2 ? '<script>1</script>' : '<div hidden></div>'));
    const doc = laidOut(`<p data-top="900" data-h="20">Herat</p>${tail.join('')}`);
    expect(parsedPastView(doc, 760)).toBe(true);
  });

  it('is not past the view with an empty body or nothing laid out', () => {
    expect(parsedPastView(laidOut(''), 760)).toBe(false);
    expect(parsedPastView(laidOut('<div><span></span></div>'), 760)).toBe(false);
  });

  it('collects text only down to the step where the last node read is past the limit', () => {
    const many = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} on Kabul.</p>`).join('');
    const doc = laidOut(many);
    const all = collectTextUntil(doc.body, {}, () => false);
    expect(all.nodes).toHaveLength(600);
    // Asked once a step (128 nodes): it stops at the first step that reaches paragraph 200.
    const top = collectTextUntil(doc.body, {}, (last) => Number(/\d+/.exec(last.data)![0]) >= 200);
    expect(top.nodes.length).toBeGreaterThanOrEqual(201);
    expect(top.nodes.length).toBeLessThan(600);
    expect(top.text.startsWith('Paragraph 0 on Kabul.')).toBe(true);
  });
});
