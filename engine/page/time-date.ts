/**
 * `<time datetime>` in the article's header: the byline's timestamp. Only times near
 * the headline count; a page's other `<time>` elements date its teasers and comments.
 */
import type { WindowElement } from './headline-window.ts';

const UPDATED = /modif|updat|edited|revised/i;
const PUBLISHED = /publish|pubdate|posted|created/i;

function marks(el: Element): string {
  return ['itemprop', 'class', 'id', 'data-testid'].map((a) => el.getAttribute(a) ?? '').join(' ');
}

/**
 * `datetime` values of the header's `<time>` elements, best first: one marked as the
 * publication time (`itemprop="datePublished"`, `pubdate`, a "published" class), then
 * any other, nearest the headline first. A time marked as an update is never the
 * publication date and is left out.
 */
export function headerTimeValues(around: WindowElement[]): string[] {
  const candidates: { value: string; rank: number; distance: number }[] = [];
  for (const w of around) {
    if (w.el.tagName.toUpperCase() !== 'TIME') continue;
    const value = w.el.getAttribute('datetime');
    if (!value) continue;
    const m = marks(w.el);
    if (UPDATED.test(m) || UPDATED.test((w.el.textContent ?? '').slice(0, 40))) continue;
    const rank = PUBLISHED.test(m) || w.el.hasAttribute('pubdate') ? 0 : 1;
    // The byline follows the headline far more often than it precedes it: distance above counts double.
    candidates.push({ value, rank, distance: w.distance < 0 ? -w.distance * 2 : w.distance });
  }
  return candidates.sort((a, b) => a.rank - b.rank || a.distance - b.distance).map((c) => c.value);
}
