/**
 * The part of a page around its headline: where a byline, a `<time>` and a dateline
 * stand. A news page is full of other dates (teasers, "most read" lists, photo
 * captions, embedded posts); only those close to the headline belong to the article.
 *
 * Closeness is measured in characters of visible text in document order, which holds
 * whatever the markup's nesting: a headline's date is within a few hundred characters
 * of it (after a standfirst, a byline, maybe a photo caption), a teaser's is further.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Characters of text before the headline's start and after its end that still count as its header. */
export const CHARS_BEFORE = 300;
export const CHARS_AFTER = 1200;

// Never text a reader sees as the article's header: code, forms, navigation, sidebars.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'NAV', 'ASIDE',
]); // prettier-ignore

/** A site's footer is skipped; a footer inside the article holds its byline and date (HTML's own definition). */
function skipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || el.hasAttribute('hidden')) return true;
  return tag === 'FOOTER' && !el.closest('article, main, [role="main"]');
}

export interface WindowElement {
  el: Element;
  /** Signed distance in characters: negative before the headline, positive after its end. */
  distance: number;
  /** Length of the element's visible text, whitespace collapsed. */
  length: number;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The article's headline: the `<h1>` that matches the document's title (sites also
 * put their logo in an `<h1>`), else the first `<h1>` of the article or main element,
 * else the first `<h1>` with text, else an element marked `itemprop="headline"`.
 */
export function findHeadline(doc: Document): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => normalise(h.textContent ?? '').length > 0);
  const titles = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    doc.querySelector('title')?.textContent ?? '',
  ]
    .map(normalise)
    .filter((t) => t.length > 0);
  const matchesTitle = (h: Element): boolean => {
    const text = normalise(h.textContent ?? '');
    return text.length >= 10 && titles.some((t) => t.includes(text) || text.includes(t));
  };
  return (
    h1s.find(matchesTitle) ??
    h1s.find((h) => h.closest('article, main, [role="main"]')) ??
    h1s[0] ??
    doc.querySelector('[itemprop="headline"]')
  );
}

/**
 * Elements around the headline (inner ones before outer ones), with their distance
 * from it. The walk stops once past the window, so a long page costs little.
 */
export function headlineWindow(doc: Document, headline: Element): WindowElement[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const opened: { el: Element; start: number }[] = [];
  const done: { el: Element; start: number; end: number }[] = [];
  let offset = 0;
  let headStart = -1;
  let headEnd = -1;
  // An explicit stack rather than recursion: some pages nest thousands of elements deep.
  const stack: (Node | { close: Element })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      const open = opened.pop()!;
      done.push({ el: item.close, start: open.start, end: offset });
      if (item.close === headline) headEnd = offset;
      continue;
    }
    if (headEnd >= 0 && offset > headEnd + CHARS_AFTER) break;
    if (item.nodeType === TEXT_NODE) {
      const text = (item.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text.trim()) offset += text.length;
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    if (skipped(el)) continue;
    if (el === headline) headStart = offset;
    opened.push({ el, start: offset });
    stack.push({ close: el });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (headStart < 0) return [];
  if (headEnd < 0) headEnd = offset;
  // Elements still open when the walk stopped (the headline's ancestors) are too large to matter;
  // the headline's own words are not its date.
  return done
    .filter(
      (d) =>
        !headline.contains(d.el) && d.end >= headStart - CHARS_BEFORE && d.start <= headEnd + CHARS_AFTER,
    )
    .map((d) => ({
      el: d.el,
      distance: d.start >= headEnd ? d.start - headEnd : d.end <= headStart ? d.end - headStart : 0,
      length: d.end - d.start,
    }));
}
