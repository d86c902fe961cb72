/**
 * Readability's scorer, read-only. Each paragraph gives points (one, one per
 * comma, one per hundred characters up to three) to its parent, half to its
 * grandparent and less further up; a container starts from its tag and its
 * class/id hints, and its total is scaled by (1 − link density). The best
 * container is the article body, widened to a parent that scores nearly as well
 * and joined by siblings that look like more of the same text.
 *
 * Readability itself removes the nodes it rejects and rewrites the tree as it
 * goes, so here nothing is removed: subtrees it would drop ("unlikely
 * candidates") are remembered in a set and their paragraphs are not counted.
 */
import { classWeight, isChromeRole, isNegative, isPositive } from './hints.ts';
import { linkDensity, statsOf, type Measured } from './measure.ts';
import { NODES_PER_STEP, type Steps } from '../steps.ts';

const TAG_WEIGHT: Record<string, number> = {
  DIV: 5, ARTICLE: 10, MAIN: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
}; // prettier-ignore

const UNLIKELY_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'DIALOG']);
/** Never unlikely by name: the page's own main and article elements. */
const LIKELY_TAGS = new Set(['MAIN', 'ARTICLE']);

/** Subtrees Readability would strip before scoring: navigation, footers, sidebars, share bars. */
export class Unlikely {
  private readonly memo = new Map<Element, boolean>();
  constructor(private readonly top: Element) {}

  has(el: Element): boolean {
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    let result = false;
    if (el !== this.top) {
      const tag = el.tagName.toUpperCase();
      const role = el.getAttribute('role')?.toLowerCase();
      result =
        UNLIKELY_TAGS.has(tag) ||
        isChromeRole(el) ||
        role === 'complementary' ||
        // A name like "main-sidebar" or "article-share" is both: the chrome word wins
        // unless the element is one of the article's own (article, body, content…).
        (isNegative(el) && !isPositive(el) && !LIKELY_TAGS.has(tag)) ||
        (el.parentElement !== null && this.has(el.parentElement));
    }
    this.memo.set(el, result);
    return result;
  }
}

export interface Scored {
  top: Element;
  score: number;
  /** The top container and the siblings that join it, in document order. */
  roots: Element[];
  scores: Map<Element, number>;
}

/** Siblings read whole (their text, a query) per step: fewer than the nodes of a walk. */
const SIBLINGS_PER_STEP = 16;

function initialScore(el: Element): number {
  return (TAG_WEIGHT[el.tagName.toUpperCase()] ?? 0) + classWeight(el);
}

export function paragraphScore(m: Measured, p: Element): number {
  const s = statsOf(m, p);
  return 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
}

/** In steps that can pause (engine/steps.ts): a big page has thousands of paragraphs to score. */
export function* scoreCandidatesSteps(m: Measured, body: Element, unlikely: Unlikely): Steps<Scored | null> {
  const raw = new Map<Element, number>();
  let read = 0;
  for (const p of m.paragraphs) {
    if (++read % NODES_PER_STEP === 0) yield;
    if (unlikely.has(p)) continue;
    const points = paragraphScore(m, p);
    let el = p.parentElement;
    for (let level = 0; el && level < 5; level++, el = el.parentElement) {
      if (el === body.parentElement) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(el, (raw.get(el) ?? initialScore(el)) + points / divider);
      if (el === body) break;
    }
  }
  const scores = new Map<Element, number>();
  for (const [el, s] of raw) {
    if (++read % NODES_PER_STEP === 0) yield;
    scores.set(el, s * (1 - linkDensity(statsOf(m, el))));
  }
  yield;
  const ranked = [...scores].filter(([el]) => el !== body).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  let [top, topScore] = ranked[0]!;

  // Several near-equal candidates under one parent: the body is split into blocks (by
  // ads or photos), and their common parent is the article.
  const close = ranked
    .slice(1, 5)
    .filter(([, s]) => s >= topScore * 0.75)
    .map(([el]) => el);
  if (close.length >= 2) {
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      if (close.filter((el) => p.contains(el)).length >= 2) {
        top = p;
        topScore = scores.get(p) ?? topScore;
        break;
      }
    }
  }
  // A parent that scores nearly as well holds more of the same article.
  let last = topScore;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const s = scores.get(p);
    if (s === undefined) continue;
    if (s < topScore / 3) break;
    if (s > last) {
      top = p;
      topScore = s;
      break;
    }
    last = s;
  }
  while (top.parentElement && top.parentElement !== body && top.parentElement.childElementCount === 1) {
    top = top.parentElement;
  }
  yield;
  const roots = yield* siblingsOfSteps(m, top, topScore, scores, unlikely);
  return { top, score: topScore, roots, scores };
}

/**
 * Readability's sibling pass: neighbours of the top container with a good score or plain
 * prose. A feed of whole stories has hundreds, each read whole: a pause every few.
 */
function* siblingsOfSteps(
  m: Measured,
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  unlikely: Unlikely,
): Steps<Element[]> {
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class');
  const roots: Element[] = [];
  let after = false;
  let read = 0;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (++read % SIBLINGS_PER_STEP === 0) yield;
    if (s === top) {
      roots.push(s);
      after = true;
      continue;
    }
    if (unlikely.has(s)) continue;
    const bonus = topClass && s.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const st = statsOf(m, s);
    const ld = linkDensity(st);
    const tag = s.tagName.toUpperCase();
    const prose =
      (tag === 'P' &&
        ((st.chars > 80 && ld < 0.25) ||
          (st.chars > 0 && ld === 0 && /\.( |$)/.test(s.textContent ?? '')))) ||
      // Not in Readability: a block of paragraphs after the body is the rest of it (a "load
      // more", a second page appended), though a single paragraph scores too low to join.
      (after && tag !== 'P' && st.chars > 80 && ld < 0.25 && s.querySelector('p') !== null);
    if ((scores.get(s) ?? -Infinity) + bonus >= threshold || prose) roots.push(s);
  }
  // A photo between two parts of the article (under the headline, above the text) is
  // the article's: its caption scores nothing, so it would not join on its own.
  const first = roots[0]!;
  const last = roots[roots.length - 1]!;
  for (let s = first.nextElementSibling; s && s !== last; s = s.nextElementSibling) {
    const photo = s.tagName.toUpperCase() === 'FIGURE' || s.querySelector('figcaption') !== null;
    if (photo && !roots.includes(s) && !unlikely.has(s)) roots.push(s);
  }
  return roots;
}
