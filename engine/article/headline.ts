/**
 * The article's headline and the block around it (kicker, standfirst, byline,
 * date), which often sits outside the body's container, in a header above it.
 */
import { isNegative } from './hints.ts';
import { linkDensity, statsOf, type Measured } from './measure.ts';

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The `h1` that belongs to the article: one inside the body; else one whose text is
 * the headline the page declares (JSON-LD, og:title, title); else the last one
 * before the body. A logo in an `h1` (homepage style) has little text and no match.
 */
export function headlineFor(
  doc: Document,
  m: Measured,
  bodies: Element[],
  declared: string | null,
): Element | null {
  const h1s = [...doc.querySelectorAll('h1')].filter((h) => m.stats.has(h) && statsOf(m, h).chars >= 8);
  if (h1s.length === 0) return null;
  const inside = h1s.find((h) => bodies.some((b) => b.contains(h)));
  if (inside) return inside;
  const titles = [
    declared,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.title,
  ]
    .map(norm)
    .filter((t) => t.length >= 8);
  const named = h1s.find((h) => {
    const t = norm(h.textContent);
    return titles.some((title) => title.includes(t) || t.includes(title));
  });
  if (named) return named;
  const first = bodies[0]!;
  const before = h1s.filter((h) => (h.compareDocumentPosition(first) & 4) !== 0);
  return before[before.length - 1] ?? null;
}

/** Grow from the headline to its header: parents that hold little text, few links, and not the body. */
export function headerBlock(m: Measured, headline: Element, firstBody: Element, body: Element): Element {
  let block = headline;
  for (let p = headline.parentElement; p && p !== body; p = p.parentElement) {
    const s = statsOf(m, p);
    if (p.contains(firstBody) || s.chars > 1500 || linkDensity(s) > 0.4 || isNegative(p)) break;
    block = p;
  }
  return block;
}
