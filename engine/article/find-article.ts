/**
 * Find the article on a live page without changing it.
 *
 * Why not `@mozilla/readability`: it works on a document it may modify (it
 * removes unlikely nodes, rewrites divs into paragraphs, strips attributes), so
 * on a live page it has to be given a clone, and the content script would clone
 * the whole DOM on first run and again on every re-detection as the page grows.
 * Its result is also new nodes (an HTML string), not the page's own elements that
 * the text collector and the highlights need. So this is a small scorer of its
 * own (score.ts) that reads counts from one pass (measure.ts) and returns
 * elements of the page itself.
 *
 * Order of evidence: the page's own markup for its body (`[itemprop=articleBody]`,
 * then the JSON-LD `articleBody` matched by its text), else the scorer. Then the
 * headline, the standfirst and the lead photo's caption are added, and chrome
 * inside (share bars, teasers, newsletter boxes, bios) is excluded. A page whose
 * best container is short or a list of teasers (a homepage, a section front)
 * falls back to the whole page less its navigation and footer.
 */
import { articleExclusions, articleExclusionsSteps, pageExclusions } from './exclude.ts';
import { commonAncestor, declaresArticle, itempropBody, jsonLdBody, readMeta } from './metadata.ts';
import { linkDensity, measureSteps, statsOf, type Measured } from './measure.ts';
import { runSteps, type Steps } from '../steps.ts';
import { scoreCandidatesSteps, Unlikely } from './score.ts';
import { headlineFor, headerBlock } from './headline.ts';

export type ScopeMode = 'article' | 'page';

export interface ArticleScope {
  scope: ScopeMode;
  /** Containers to read, outermost only, in document order. */
  roots: Element[];
  /** Elements inside the roots to leave out, outermost only. */
  excluded: Element[];
  /** Characters (white space collapsed) and words in the roots less the excluded parts. */
  chars: number;
  words: number;
  /** Where the body came from: `itemprop`, `json-ld`, `score`, or why there is none. */
  source: 'itemprop' | 'json-ld' | 'score' | 'no-article' | 'forced';
  headline: Element | null;
}

export interface FindOptions {
  /** The extension's own UI host tag (upper case), never counted. */
  ownHostTag?: string;
  /** Skip detection and read the whole page less its chrome (the reader's per-site choice). */
  forcePage?: boolean;
  /**
   * Weigh the page only up to the first block this holds for (`measureSteps`): a preview
   * read while the page is parsed needs the article around the view, not all of it.
   */
  stopAt?: (block: Element) => boolean;
}

/** Less body text than this (characters outside links) is not an article. */
const MIN_ARTICLE_CHARS = 400;

export function findArticle(doc: Document, opts: FindOptions = {}): ArticleScope {
  return runSteps(findArticleSteps(doc, opts));
}

/** The same, in steps that can pause: the walk that measures the page is most of the cost. */
export function* findArticleSteps(doc: Document, opts: FindOptions = {}): Steps<ArticleScope> {
  const body = doc.body ?? doc.documentElement;
  const m = yield* measureSteps(body, opts.ownHostTag, opts.stopAt);
  // The phases after the walk each read much of a big page: a pause between them keeps
  // every slice short (`runSliced` in the content script).
  yield;
  if (opts.forcePage) return pageScope(m, body, 'forced');
  const meta = readMeta(doc);
  const unlikely = new Unlikely(body);
  yield;

  let source: ArticleScope['source'] = 'itemprop';
  let bodies: Element[] = [];
  const fromItemprop = itempropBody(doc, m);
  const fromLd = !fromItemprop && meta.articleBody ? jsonLdBody(m, meta.articleBody) : null;
  if (fromItemprop && fromItemprop !== body) bodies = [fromItemprop];
  else if (fromLd && fromLd !== body && statsOf(m, fromLd).chars >= 200) {
    source = 'json-ld';
    bodies = [fromLd];
  } else {
    source = 'score';
    const scored = yield* scoreCandidatesSteps(m, body, unlikely);
    if (!scored || !looksLikeArticle(m, scored.top, declaresArticle(meta))) {
      return pageScope(m, body, 'no-article');
    }
    bodies = scored.roots;
  }

  yield;
  const headline = headlineFor(doc, m, bodies, meta.headline);
  let roots = [...bodies];
  if (headline && !bodies.some((b) => b.contains(headline))) {
    const header = headerBlock(m, headline, bodies[0]!, body);
    roots = joinHeader(m, header, bodies, body);
  }
  roots = outermost(roots);
  yield;
  const keep = [...bodies, ...(headline ? [headline] : [])];
  const excluded: Element[] = [];
  for (const r of roots) {
    excluded.push(...(yield* articleExclusionsSteps(m, r, keep)));
    // A page of many short roots (a feed of whole stories) walks under a step's nodes in each.
    yield;
  }
  return finish(m, 'article', roots, excluded, source, headline);
}

/** The whole page less its navigation, footer and share widgets. */
function pageScope(m: Measured, body: Element, source: ArticleScope['source']): ArticleScope {
  return finish(m, 'page', [body], pageExclusions(m, body), source, null);
}

function finish(
  m: Measured,
  scope: ScopeMode,
  roots: Element[],
  excluded: Element[],
  source: ArticleScope['source'],
  headline: Element | null,
): ArticleScope {
  let chars = 0;
  let words = 0;
  for (const el of roots) {
    chars += statsOf(m, el).chars;
    words += statsOf(m, el).words;
  }
  for (const el of excluded) {
    chars -= statsOf(m, el).chars;
    words -= statsOf(m, el).words;
  }
  return { scope, roots, excluded, chars, words, source, headline };
}

/**
 * A clear article has prose: enough text outside links, and not a stack of linked
 * headlines with a line under each (a homepage or a section front). A page that
 * declares itself an article needs less.
 */
function looksLikeArticle(m: Measured, top: Element, declared: boolean): boolean {
  const s = statsOf(m, top);
  const prose = s.chars - s.linkChars;
  if (prose < (declared ? MIN_ARTICLE_CHARS / 2 : MIN_ARTICLE_CHARS)) return false;
  if (linkDensity(s) > 0.5) return false;
  let linkedHeadings = 0;
  for (const h of top.querySelectorAll('h2, h3, h4')) {
    const st = statsOf(m, h);
    if (st.chars > 0 && linkDensity(st) > 0.5) linkedHeadings++;
  }
  return linkedHeadings < 4 || prose / linkedHeadings >= 600;
}

/**
 * Headline block and body together: their common container when it holds little
 * else (then the lead photo between them comes too), else the two apart, with the
 * figures that sit between them.
 */
function joinHeader(m: Measured, header: Element, bodies: Element[], body: Element): Element[] {
  const common = commonAncestor([header, ...bodies]);
  if (common && common !== body) {
    const own = statsOf(m, header).chars + bodies.reduce((n, b) => n + statsOf(m, b).chars, 0);
    const keep = [header, ...bodies];
    const extra = articleExclusions(m, common, keep).reduce((n, e) => n + statsOf(m, e).chars, 0);
    if (statsOf(m, common).chars - extra <= own * 1.25 + 300) return [common];
  }
  const scope = common ?? body;
  const first = bodies[0]!;
  const figures = [...scope.querySelectorAll('figure')].filter(
    (f) =>
      !header.contains(f) &&
      !bodies.some((b) => b.contains(f)) &&
      (header.compareDocumentPosition(f) & 4) !== 0 &&
      (f.compareDocumentPosition(first) & 4) !== 0,
  );
  return [header, ...figures, ...bodies];
}

function outermost(els: Element[]): Element[] {
  const unique = [...new Set(els)];
  return unique
    .filter((el) => !unique.some((o) => o !== el && o.contains(el)))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
