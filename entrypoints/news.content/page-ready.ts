/**
 * When the content script can read the page (issue #14). It starts at `document_start`,
 * so that on a long page, which the browser parses for hundreds of milliseconds, the text
 * in view is read as soon as it is on screen instead of after the whole document.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Elements looked at, from the last one parsed backwards, to find one that is laid out.
 * A whole news page ends in dozens of scripts, frames and hidden blocks; a page the parser
 * has read in one chunk is thus still seen as past the view, and gets its early read.
 */
const LAST_ELEMENTS_TRIED = 64;

/**
 * The parser has gone past the bottom of the viewport: the deepest last element of the
 * body (where the parser is adding nodes) starts below it, so what is in view is parsed.
 */
export function parsedPastView(doc: Document, viewportHeight: number): boolean {
  let el: Element | null = doc.body?.lastElementChild ?? null;
  while (el?.lastElementChild) el = el.lastElementChild;
  for (let i = 0; el && i < LAST_ELEMENTS_TRIED; i++) {
    const box = el.getBoundingClientRect();
    // A script, a hidden or an empty element has no box: the one before it tells.
    if (box.width > 0 || box.height > 0) return box.top >= viewportHeight;
    el = el.previousElementSibling ?? el.parentElement;
    if (el === doc.body) return false;
  }
  return false;
}

/** The parser's chunks come faster than this: the view is checked at most this often. */
const CHECK_EVERY_MS = 16;

/**
 * Resolves `true` when the text in view is parsed while the document is still loading,
 * `false` when the DOM is complete first, or already was. Checked after the parser's
 * chunks (a MutationObserver: its callbacks run between them, before the first frame is
 * painted, so the first highlights can be in that frame) and once a frame.
 */
export function whenViewParsed(ctx: ContentScriptContext): Promise<boolean> {
  if (document.readyState !== 'loading') return Promise.resolve(false);
  return new Promise((resolve) => {
    let settled = false;
    let last = -Infinity;
    const observer = new MutationObserver(() => check());
    const finish = (early: boolean) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      resolve(early);
    };
    const check = () => {
      if (settled) return;
      if (!ctx.isValid) return observer.disconnect();
      const now = performance.now();
      if (now - last < CHECK_EVERY_MS) return;
      last = now;
      if (document.readyState !== 'loading') finish(false);
      else if (parsedPastView(document, window.innerHeight)) finish(true);
    };
    const frame = () => {
      check();
      if (!settled) ctx.requestAnimationFrame(frame);
    };
    ctx.addEventListener(document, 'DOMContentLoaded', () => finish(false), { once: true });
    observer.observe(document, { childList: true, subtree: true });
    ctx.requestAnimationFrame(frame);
  });
}

/** Resolves once the DOM is complete (DOMContentLoaded), at once if it already is. */
export function whenDomLoaded(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }),
  );
}
