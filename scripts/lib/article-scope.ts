/**
 * Highlights of one HTML page in three readings: the whole body as before
 * (`all`), the page mode (the body less navigation and footer) and the article
 * mode, each mention located by its text node so the readings can be compared and
 * checked against a known article body. Shared by the scope report and its test.
 */
import { findArticle, type ArticleScope } from '../../engine/article/find-article.ts';
import { inScope } from '../../engine/article/in-scope.ts';
import { annotateText } from '../../engine/annotate.ts';
import { collectText, nodeAt } from '../../engine/text/collect.ts';
import type { Dataset } from '../../engine/data/dataset.ts';
import { withDocument } from './html-text.ts';

/** A highlight: its text, entity, and where it starts (text node, offset). */
export interface Hit {
  text: string;
  id: string;
  node: Text;
  offset: number;
}

/** What the harness knows of a fixture page (its sidecar JSON); the detector never reads it. */
export interface ScopeGold {
  expect: 'article' | 'page';
  /** Selectors whose union is the article body (headline, standfirst, captions, text). */
  body?: string[];
  /** On a page with no article: chrome where nothing may be highlighted. */
  chrome?: string[];
}

export interface PageReadings {
  detected: ArticleScope;
  all: Hit[];
  page: Hit[];
  article: Hit[];
  /** Per reading, whether each hit is inside the known body (when a gold is given). */
  inBody: (h: Hit) => boolean;
  inChrome: (h: Hit) => boolean;
  /** Whether a hit of any reading lies inside the detected article. */
  inDetected: (h: Hit) => boolean;
  detectMs: number;
}

function hits(dataset: Dataset, root: Node, scope?: ArticleScope): Hit[] {
  const collected = collectText(root, scope ? { scope } : {});
  return annotateText(dataset, collected.text).map((m) => {
    const i = nodeAt(collected, m.start);
    return {
      text: collected.text.slice(m.start, m.end),
      id: dataset.entities[m.entity]!.id,
      node: collected.nodes[i]!,
      offset: m.start - collected.starts[i]!,
    };
  });
}

/** The same place in two readings (the entity may differ: context changes with the scope). */
export const samePlace = (a: Hit, b: Hit): boolean => a.node === b.node && a.offset === b.offset;

export function readPage<T>(
  dataset: Dataset,
  html: string,
  gold: ScopeGold | null,
  use: (r: PageReadings) => T,
): Promise<T> {
  return withDocument(html, (doc) => {
    const body = doc.body as Node;
    const t0 = performance.now();
    const detected = findArticle(doc);
    const detectMs = performance.now() - t0;
    const page = findArticle(doc, { forcePage: true });
    const bodyEls = gold?.body ? gold.body.flatMap((s) => [...doc.querySelectorAll(s)]) : [];
    const chromeEls = gold?.chrome ? gold.chrome.flatMap((s) => [...doc.querySelectorAll(s)]) : [];
    return use({
      detected,
      all: hits(dataset, body),
      page: hits(dataset, body, page),
      article: hits(dataset, body, detected),
      inBody: (h) => bodyEls.some((el) => el.contains(h.node)),
      inChrome: (h) => chromeEls.some((el) => el.contains(h.node)),
      inDetected: (h) => detected.scope === 'article' && inScope(h.node, detected),
      detectMs,
    });
  });
}
