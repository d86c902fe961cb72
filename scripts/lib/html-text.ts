/**
 * Parse an HTML file with happy-dom (no scripts run, nothing is fetched) and collect
 * its text with the same walker and skip rules as the content script.
 */
import { Window } from 'happy-dom';
import { findArticle, type ScopeMode } from '../../engine/article/find-article.ts';
import { collectText } from '../../engine/text/collect.ts';

export const htmlToText = (html: string): Promise<string> => htmlScopeText(html);

/** What the content script would read on this page: the article it finds, or the whole page. */
export interface ScopedText {
  text: string;
  scope: ScopeMode;
  /** Characters and words of the detected scope (white space collapsed). */
  chars: number;
  words: number;
}

/** Parse `html`, find the article as the content script does (or read the page if `mode` is `page`), collect. */
export async function htmlArticleText(html: string, mode: ScopeMode = 'article'): Promise<ScopedText> {
  return withDocument(html, (document) => {
    const found = findArticle(document, { forcePage: mode === 'page' });
    const { text } = collectText(document.body ?? document.documentElement, { scope: found });
    return { text, scope: found.scope, chars: found.chars, words: found.words };
  });
}

/** Run `read` on a parsed document, then close the window. */
export async function withDocument<T>(html: string, read: (document: Document) => T): Promise<T> {
  const window = newWindow();
  try {
    const document = window.document;
    document.write(html);
    return read(document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/** Text of the first element matching `scope` (e.g. `article`), or of the body when there is none. */
export async function htmlScopeText(html: string, scope?: string): Promise<string> {
  return withDocument(html, (document) => {
    const scoped = scope ? document.querySelector(scope) : null;
    const root = (scoped ?? document.body ?? document.documentElement) as unknown as Node;
    return collectText(root).text;
  });
}

function newWindow(): Window {
  return new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
}
