import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPublishedDate, type PublishedDate } from '../../engine/page/published-date.ts';
import { pageDatesItem, pageKey, type PageDates } from '../../utils/page-dates.ts';
import type { PageMentionsResponse } from '../../utils/protocol.ts';
import { readContentRequest } from '../../utils/content-request-guard.ts';
import { highlightApiSupported } from './highlighter.ts';
import { PageSession } from './page-session.ts';
import { whenDomLoaded } from './page-ready.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // From the start of the page: on a long page the text in view is read while the rest is
  // still being parsed (page-ready.ts); everything else waits for the complete DOM.
  runAt: 'document_start',
  // Styles are passed to the shadow root as a string; nothing is fetched or exposed.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // A browser without the Custom Highlight API gets nothing from us, not a half-working page;
    // the popup says which version is needed.
    if (!highlightApiSupported()) return;
    const session = new PageSession(ctx);
    // Read once, when first needed or in the first idle period, off the path to the first
    // highlight (issue #14): the date a page states does not change while it is open.
    let publishedRead: PublishedDate | null | undefined;
    const published = (): PublishedDate | null =>
      document.readyState === 'loading'
        ? detectPublishedDate(document, location.href) // not kept: the page is not all there yet
        : (publishedRead ??= detectPublishedDate(document, location.href));
    const useDate = (corrections: PageDates): void => {
      // Cards say what held on the article's date: the reader's correction, else the page's own.
      session.card.published = published()?.date ?? null;
      session.card.articleDate = corrections[pageKey(location.href)]?.date ?? published()?.date ?? null;
    };
    // After the DOM is complete: the date is read from the whole page, head and body.
    void whenDomLoaded(ctx).then(() =>
      ctx.requestIdleCallback(() => void pageDatesItem.getValue().then(useDate), { timeout: 200 }),
    );
    ctx.onInvalidated(pageDatesItem.watch(useDate));

    browser.runtime.onMessage.addListener((message: unknown) => {
      const req = readContentRequest(message);
      if (!req) return undefined;
      switch (req.type) {
        case 'page-mentions': {
          const response: PageMentionsResponse = {
            ok: true,
            enabled: session.enabled,
            url: location.href,
            title: document.title,
            entities: session.enabled ? session.annotator.summary() : [],
            reading: session.enabled && session.annotator.reading,
            published: published(),
            ...session.scopeInfo(),
          };
          return Promise.resolve(response);
        }
        case 'show-mention': {
          const m = session.visibleMentions().find((x) => x.wire.id === req.id);
          return m ? session.reveal(m).then(() => ({ ok: true })) : Promise.resolve({ ok: false });
        }
        case 'show-card': {
          const m = session.visibleMentions().find((x) => x.wire.id === req.id);
          if (m) return session.reveal(m).then(() => ({ ok: true }));
          const selection = document.getSelection();
          const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
          if (!range) return Promise.resolve({ ok: false });
          return session.card.open(range, req.id, undefined, true).then(() => ({ ok: true }));
        }
        case 'step-mention':
          return session.step(req.direction).then(() => ({ ok: true }));
        case 'pin-card':
          return session.card.pin().then((ok) => ({ ok }));
        case 'pin-entity': {
          // From the context menu: the card for the selection, pinned with the selection's sentence.
          const selection = document.getSelection();
          const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
          if (!range) return Promise.resolve({ ok: false });
          return session.card
            .open(range, req.id, undefined, true)
            .then(() => session.card.pin())
            .then((ok) => ({ ok }));
        }
      }
    });

    await session.start();
  },
});
