/**
 * What to leave out inside the article's containers (share bars, inline "read
 * more" teasers, newsletter boxes, author bios, photo credits, tag lists) and,
 * on a page with no article, the page's navigation and footer.
 *
 * An element that holds the body or the headline is never left out, whatever its
 * name says: a wrapper called "content-with-sidebar" is still the article.
 */
import { isChromeRole, isNegative, isPageChrome, TEASER_LEAD } from './hints.ts';
import { linkDensity, statsOf, type Measured } from './measure.ts';
import { NODES_PER_STEP, runSteps, type Steps } from '../steps.ts';

const LIST_LIKE = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'ASIDE', 'TABLE', 'HEADER']);
const ALWAYS_OUT = new Set(['NAV', 'FORM', 'BUTTON', 'DIALOG', 'MENU']);
/** Blocks that may be a teaser on their own; a link inside a sentence is never one. */
const TEASER_BLOCKS = new Set([
  'P',
  'LI',
  'DIV',
  'SECTION',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DD',
  'BLOCKQUOTE',
]);

function isArticleChrome(m: Measured, el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (ALWAYS_OUT.has(tag) || isChromeRole(el)) return true;
  if (isNegative(el)) return true;
  const s = statsOf(m, el);
  if (s.chars === 0) return false;
  const ld = linkDensity(s);
  if (tag === 'FOOTER') return true;
  if (tag === 'ASIDE' || el.getAttribute('role')?.toLowerCase() === 'complementary') return ld > 0.4;
  if (LIST_LIKE.has(tag)) return ld > 0.5;
  // A paragraph that is a link to another story, or starts like one ("Read more: …").
  if (!TEASER_BLOCKS.has(tag)) return false;
  if (ld > 0.7 && s.chars < 300) return true;
  return ld > 0.25 && s.chars < 300 && TEASER_LEAD.test(el.textContent ?? '');
}

/** Outermost elements to leave out under `root`; `keep` holds what must stay (and its ancestors stay too). */
export function articleExclusions(m: Measured, root: Element, keep: Element[]): Element[] {
  return runSteps(articleExclusionsSteps(m, root, keep));
}

/** The same, in steps that can pause: on a big page the walk reads thousands of elements. */
export function* articleExclusionsSteps(m: Measured, root: Element, keep: Element[]): Steps<Element[]> {
  const keepSet = new Set<Element>();
  for (const k of keep) for (let a: Element | null = k; a && a !== root; a = a.parentElement) keepSet.add(a);
  const out: Element[] = [];
  // Depth first, in document order: each entry is the next child to read at its level.
  const next: (Element | null)[] = [root.firstElementChild];
  let read = 0;
  while (next.length) {
    const c = next[next.length - 1];
    if (!c) {
      next.pop();
      continue;
    }
    next[next.length - 1] = c.nextElementSibling;
    if (++read % NODES_PER_STEP === 0) yield;
    if (!m.stats.has(c)) continue; // skipped by the collector's rules (script, textarea…)
    if (!keepSet.has(c) && isArticleChrome(m, c)) out.push(c);
    else next.push(c.firstElementChild);
  }
  return out;
}

/**
 * A page with no clear article: the body less its navigation, footer, share and
 * sign-up widgets, and a site header that is mostly links.
 */
export function pageExclusions(m: Measured, body: Element): Element[] {
  const out: Element[] = [];
  // A container that holds most of the page is its content, whatever its name ("js-social-anchor").
  const most = statsOf(m, body).chars * 0.5;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (!m.stats.has(c)) continue;
      const tag = c.tagName.toUpperCase();
      const s = statsOf(m, c);
      const chrome =
        tag !== 'MAIN' &&
        tag !== 'ARTICLE' &&
        s.chars < most &&
        (isPageChrome(c) ||
          (tag === 'HEADER' && (c.querySelector('nav') !== null || linkDensity(s) > 0.5)) ||
          ((tag === 'ASIDE' || c.getAttribute('role') === 'complementary') &&
            isNegative(c) &&
            isShareLike(c)));
      // The page's own content, even under a chrome-like name, stays.
      if (chrome && !c.querySelector('article, main, h1, [itemprop~="articleBody"]')) out.push(c);
      else visit(c);
    }
  };
  visit(body);
  return out;
}

function isShareLike(el: Element): boolean {
  return /share|social|follow/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}
