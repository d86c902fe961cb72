/** Work in steps that can pause (engine/steps.ts): sliced on a big page, the same result as at once. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleSteps } from '../../engine/article/find-article.ts';
import { measure, measureSteps } from '../../engine/article/measure.ts';
import { collectText, collectTextSteps } from '../../engine/text/collect.ts';
import { NODES_PER_STEP, type Steps } from '../../engine/steps.ts';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} on talks in <b>Doha</b>, with <a href="#">a link</a>, commas, clauses and enough words to read like prose.</p>`;
const page = `<!doctype html><html><head><title>Talks</title></head><body>
<nav><a href="#">Home</a> <a href="#">World</a></nav>
<article><h1>Talks resume in Doha</h1>${Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n')}</article>
<footer><a href="#">About</a></footer></body></html>`;

/** Run steps to the end, counting the pauses it offers. */
function drain<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

describe('steps that can pause', () => {
  const { document } = parseHTML(page);

  it('measure: pauses every few nodes and counts the same as the walk at once', () => {
    const { value, pauses } = drain(measureSteps(document.body));
    const once = measure(document.body);
    // 600 paragraphs of 5 nodes and more: thousands of nodes, so many pauses.
    expect(pauses).toBeGreaterThan(3000 / NODES_PER_STEP);
    expect(value.paragraphs).toEqual(once.paragraphs);
    for (const el of [document.body, document.querySelector('article')!, document.querySelector('nav')!]) {
      expect(value.stats.get(el)).toEqual(once.stats.get(el));
    }
  });

  it('findArticle and collectText give the same scope and text in steps', () => {
    const sliced = drain(findArticleSteps(document)).value;
    const once = findArticle(document);
    expect(sliced.roots).toEqual(once.roots);
    expect(sliced.source).toBe(once.source);
    const text = drain(collectTextSteps(document.body, { scope: sliced }));
    expect(text.pauses).toBeGreaterThan(10);
    expect(text.value.text).toBe(collectText(document.body, { scope: once }).text);
  });

  it('a page of many short stories pauses between them, in the sibling pass and the walk for chrome', () => {
    const story = (i: number) =>
      `<article><h2>Story ${i}</h2>${[0, 1, 2, 3, 4].map((k) => paragraph(i * 10 + k)).join('')}</article>`;
    const feed = parseHTML(
      `<!doctype html><html><body>${Array.from({ length: 200 }, (_, i) => story(i)).join('')}</body></html>`,
    );
    const { value, pauses } = drain(findArticleSteps(feed.document));
    expect(value.roots.length).toBeGreaterThan(100);
    // Each story is under a step's nodes: without a pause per story, the whole pass was one step.
    const walk = drain(measureSteps(feed.document.body)).pauses;
    expect(pauses - walk).toBeGreaterThan(value.roots.length);
  });

  it('a page nested thousands deep is measured without a deep call stack', () => {
    const deep = parseHTML(
      `<!doctype html><html><body>${'<div>'.repeat(20000)}Kabul${'</div>'.repeat(20000)}</body></html>`,
    );
    const m = measure(deep.document.body);
    expect(m.stats.get(deep.document.body)?.chars).toBe(5);
  });
});
