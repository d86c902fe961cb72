// @vitest-environment happy-dom
/**
 * The content script's mutation watcher with a scope: changes inside the article
 * are scanned, changes outside it are only reported for weighing (issue #12).
 */
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../engine/article/find-article.ts';
import { watchMutations } from '../../entrypoints/news.content/mutation-watcher.ts';

const prose = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i}, long enough to read as prose, with commas, clauses and a closing point, as reports are.</p>`,
).join('');

describe('watching a page read as its article', () => {
  it('scans blocks added inside the article and only reports those outside', async () => {
    document.body.innerHTML = `<nav><a href="#">Menu</a></nav><article id="a"><h1>Headline of the story</h1>${prose}</article>
      <aside class="sidebar" id="side"><ul><li><a href="#">Other story</a></li></ul></aside>`;
    const scope = findArticle(document);
    expect(scope.scope).toBe('article');
    const inside: Element[][] = [];
    const outside: Element[][] = [];
    const observer = watchMutations(
      document.body,
      'NEWSCONTEXT-UI',
      (blocks) => inside.push(blocks),
      (cb) => queueMicrotask(cb),
      { scope: () => scope, onOutside: (blocks) => outside.push(blocks) },
    );
    const late = document.createElement('p');
    late.textContent = 'A paragraph loaded later inside the article.';
    document.getElementById('a')!.append(late);
    await new Promise((r) => setTimeout(r, 10));
    const teaser = document.createElement('li');
    teaser.textContent = 'A teaser loaded later in the sidebar.';
    document.querySelector('#side ul')!.append(teaser);
    await new Promise((r) => setTimeout(r, 10));
    observer.disconnect();
    expect(inside.flat()).toEqual([late]);
    expect(outside.flat()).toEqual([teaser]);
  });
});
