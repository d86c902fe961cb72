import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../engine/article/find-article.ts';
import { isNegative, isPositive } from '../../engine/article/hints.ts';
import { inScope } from '../../engine/article/in-scope.ts';
import { collectText } from '../../engine/text/collect.ts';
import { withDocument } from '../../scripts/lib/html-text.ts';

const prose = (topic: string, n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic}, with enough words, commas and clauses to read like prose, as a news report does when it explains, quotes and adds context.</p>`,
  ).join('\n');

const articlePage = `<!doctype html><html><head><title>Floods in Sindh | Paper</title></head><body>
<header class="site-header"><nav><a href="#">Karachi</a> <a href="#">Lahore</a></nav></header>
<div class="wrap">
  <div class="head"><h1 id="h">Floods in Sindh leave thousands homeless</h1><p class="standfirst">Relief is slow to arrive.</p><div class="byline">By A. Writer</div></div>
  <figure id="lead"><figcaption id="cap">Families wait on a road near Sukkur.</figcaption></figure>
  <div class="story-body" id="body">
    ${prose('Sindh', 6)}
    <p class="teaser" id="readmore"><a href="#">Read more: Monsoon season in Punjab</a></p>
    <div class="share-bar" id="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <aside class="newsletter" id="news"><p>Sign up for our Asia briefing from Dhaka and Delhi.</p></aside>
    <textarea>Quetta draft</textarea>
    ${prose('relief', 3)}
    <div class="author-bio" id="bio"><p>A. Writer reports from Islamabad.</p></div>
  </div>
</div>
<aside class="sidebar" id="side"><h2>Most read</h2><ul><li><a href="#">Kabul story</a></li><li><a href="#">Tehran story</a></li></ul>${prose('other stories', 2)}</aside>
<footer id="foot"><p>Paper, 1 Main Road, Peshawar.</p></footer>
</body></html>`;

describe('class and id hints', () => {
  const el = (cls: string) => parseHTML(`<div class="${cls}"></div>`).document.querySelector('div')!;
  it('reads tokens, not substrings', () => {
    expect(isNegative(el('ad-slot'))).toBe(true);
    expect(isNegative(el('header thread'))).toBe(false);
    expect(isNegative(el('canvas'))).toBe(false);
    expect(isNegative(el('main-nav'))).toBe(true);
    expect(isNegative(el('newsletterSignup'))).toBe(true);
    expect(isNegative(el('more-stories'))).toBe(true);
    expect(isPositive(el('articleBody'))).toBe(true);
    expect(isPositive(el('story-text'))).toBe(true);
    expect(isPositive(el('col-8'))).toBe(false);
  });
});

describe('findArticle', () => {
  it('finds the body, with its headline, standfirst and lead caption, less the chrome inside', async () => {
    await withDocument(articlePage, (doc) => {
      const a = findArticle(doc);
      expect(a.scope).toBe('article');
      expect(a.source).toBe('score');
      expect(a.headline?.id).toBe('h');
      const at = (id: string) => inScope(doc.getElementById(id)!, a);
      for (const id of ['h', 'cap', 'body']) expect(at(id), id).toBe(true);
      expect(inScope(doc.querySelector('.standfirst')!, a)).toBe(true);
      for (const id of ['readmore', 'share', 'news', 'bio', 'side', 'foot']) expect(at(id), id).toBe(false);
      expect(inScope(doc.querySelector('.byline')!, a)).toBe(false);
      expect(a.words).toBeGreaterThan(200);
      expect(a.words).toBeLessThan(400);
    });
  });

  it('collects only the scope, and keeps the skip rules inside it', async () => {
    await withDocument(articlePage, (doc) => {
      const a = findArticle(doc);
      const text = collectText(doc.body, { scope: a }).text;
      expect(text).toContain('Floods in Sindh leave thousands homeless');
      expect(text).toContain('Families wait on a road near Sukkur.');
      expect(text).toContain('Paragraph 3 about relief');
      for (const out of [
        'Karachi',
        'Monsoon',
        'Dhaka',
        'Quetta',
        'Islamabad',
        'Kabul',
        'other stories',
        'Peshawar',
      ])
        expect(text, out).not.toContain(out);
      // A block outside the scope yields nothing; one inside yields its text.
      expect(collectText(doc.getElementById('side')!, { scope: a }).text).toBe('');
      expect(collectText(doc.getElementById('body')!, { scope: a }).text).toContain(
        'Paragraph 1 about Sindh',
      );
    });
  });

  it('does not change the page', async () => {
    await withDocument(articlePage, (doc) => {
      const before = doc.documentElement.outerHTML;
      findArticle(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });

  it('runs on linkedom too', () => {
    const { document } = parseHTML(articlePage);
    const a = findArticle(document as unknown as Document);
    expect(a.scope).toBe('article');
    expect(a.roots.some((r) => r.contains(document.getElementById('body') as unknown as Element))).toBe(true);
  });

  it('takes [itemprop=articleBody] over the score', async () => {
    const html = `<html><body><div id="decoy" class="article-content">${prose('decoy', 8)}</div>
      <div itemprop="articleBody" id="real"><p>${'Short but declared text about Gaza and Egypt, it is the body. '.repeat(5)}</p></div></body></html>`;
    await withDocument(html, (doc) => {
      const a = findArticle(doc);
      expect(a.source).toBe('itemprop');
      expect(a.roots.map((r) => r.id)).toEqual(['real']);
    });
  });

  it('finds the JSON-LD articleBody by its text', async () => {
    const sentences = Array.from(
      { length: 6 },
      (_, i) => `Sentence number ${i} of the declared body tells of talks in Doha between the sides.`,
    );
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: sentences.join(' ') });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body>
      <div class="x1">${prose('a teaser block', 3)}</div>
      <div class="x2" id="b">${sentences.map((s) => `<div class="y"><p>${s}</p></div>`).join('')}</div></body></html>`;
    await withDocument(html, (doc) => {
      const a = findArticle(doc);
      expect(a.source).toBe('json-ld');
      expect(a.roots.map((r) => r.id)).toEqual(['b']);
    });
  });

  it('falls back to the page, less nav, footer and share widgets, on a section front', async () => {
    const teasers = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="card"><h3><a href="#">Headline ${i} about Nairobi</a></h3><p>One line under headline ${i}, in Kenya.</p></div>`,
    ).join('');
    const html = `<html><body><header><nav><a href="#">Africa</a></nav></header><main id="m">${teasers}</main>
      <div role="navigation" id="rn"><a href="#">Asia</a></div><aside class="social-share" id="ss"><a href="#">Share</a></aside>
      <div role="contentinfo" id="ci">Address</div><footer id="f">Footer</footer></body></html>`;
    await withDocument(html, (doc) => {
      const a = findArticle(doc);
      expect(a.scope).toBe('page');
      expect(a.source).toBe('no-article');
      expect(inScope(doc.getElementById('m')!, a)).toBe(true);
      for (const id of ['rn', 'ss', 'ci', 'f']) expect(inScope(doc.getElementById(id)!, a), id).toBe(false);
      expect(inScope(doc.querySelector('nav')!, a)).toBe(false);
    });
  });

  it('reads the whole page when asked to', async () => {
    await withDocument(articlePage, (doc) => {
      const a = findArticle(doc, { forcePage: true });
      expect(a.scope).toBe('page');
      expect(inScope(doc.getElementById('side')!, a)).toBe(true);
      expect(inScope(doc.getElementById('foot')!, a)).toBe(false);
    });
  });
});
