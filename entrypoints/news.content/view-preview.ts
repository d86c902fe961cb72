/**
 * The text in view of a page still being parsed, read on its own (issue #14). It runs
 * between two of the parser's chunks, before the first frame: the article is looked for
 * in what is parsed so far and the text down to a screen below the view is sent at once;
 * the settings, on their way, decide whether the answer is shown. What it finds is only
 * shown: the whole page's read, once the DOM is complete, replaces it, and hover, focus
 * and the popup wait for that.
 */
import { findArticle } from '../../engine/article/find-article.ts';
import { collectTextUntil } from '../../engine/text/collect.ts';
import { DEFAULT_SETTINGS, scopeFor, siteOf, type Settings } from '../../utils/settings.ts';
import type { ArticleTracker } from './article-tracker.ts';
import { mark, noteSlice } from './idle.ts';
import type { PageAnnotator } from './page-annotator.ts';

/** How far below the top of the view the preview weighs the page for its article, in screens. */
const WEIGHED_SCREENS = 4;
/** How far below the top of the view the preview reads, in screens. */
const READ_SCREENS = 2;

export interface PreviewParts {
  hostTag: string;
  article: ArticleTracker;
  annotator: PageAnnotator;
  /** Once the settings are read: whether to show the answer (the site is on, the whole read not begun). */
  show(settings: Settings): boolean;
}

export async function previewView(parts: PreviewParts, settingsRead: Promise<Settings>): Promise<void> {
  const body = document.body;
  if (!body) return;
  mark('preview');
  const t0 = performance.now();
  const forcePage = scopeFor(DEFAULT_SETTINGS, siteOf(location.href)) === 'page';
  // The article is weighed on what is parsed down to a few screens below the view: the
  // rest of a long page, also parsed by now, would only make the first highlights later.
  const weighed = WEIGHED_SCREENS * window.innerHeight;
  const stopAt = (block: Element) => block.getBoundingClientRect().top > weighed;
  const found = findArticle(document, { ownHostTag: parts.hostTag, forcePage, stopAt });
  const scope = parts.article.set(found);
  mark('preview-detected');
  const bottom = READ_SCREENS * window.innerHeight;
  const past = (last: Text) => (last.parentElement?.getBoundingClientRect().top ?? 0) > bottom;
  const collected = collectTextUntil(body, { ownHostTag: parts.hostTag, scope }, past);
  mark('preview-collected');
  const reading = parts.annotator.annotate(body, {
    progressive: true,
    viewOnly: true,
    prepared: { root: body, scope, collected },
    gate: settingsRead.then((settings) => parts.show(settings)),
  });
  noteSlice(t0, 'preview');
  await reading.catch((err: unknown) => console.warn('[newscontext]', err));
}
