/**
 * What the page says about itself: `[itemprop=articleBody]`, JSON-LD
 * (`articleBody`, `headline`, `@type`) and Open Graph. Publishers write these for
 * search engines, and when present they are better evidence than any score.
 * Reading a script's text is read-only; nothing is evaluated.
 */
import { statsOf, type Measured } from './measure.ts';

export interface PageMeta {
  articleBody: string | null;
  headline: string | null;
  /** JSON-LD types, lower case ("newsarticle", "liveblogposting", "website"). */
  types: Set<string>;
  ogType: string | null;
}

const ARTICLE_TYPES =
  /^(?:article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|report|scholarlyarticle|techarticle)$/;

function visitLd(value: unknown, meta: PageMeta, depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) visitLd(v, meta, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  const type = o['@type'];
  for (const t of Array.isArray(type) ? type : [type])
    if (typeof t === 'string') meta.types.add(t.toLowerCase());
  if (typeof o.articleBody === 'string' && o.articleBody.length > (meta.articleBody?.length ?? 0))
    meta.articleBody = o.articleBody;
  if (typeof o.headline === 'string' && !meta.headline) meta.headline = o.headline;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'liveBlogUpdate'])
    if (o[key] && typeof o[key] === 'object') visitLd(o[key], meta, depth + 1);
}

export function readMeta(doc: Document): PageMeta {
  const meta: PageMeta = { articleBody: null, headline: null, types: new Set(), ogType: null };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visitLd(JSON.parse(s.textContent ?? ''), meta, 0);
    } catch {
      // A malformed block says nothing; the scorer still runs.
    }
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  meta.ogType = og ? og.toLowerCase() : null;
  return meta;
}

/** The page declares itself an article (JSON-LD or og:type). */
export function declaresArticle(meta: PageMeta): boolean {
  return [...meta.types].some((t) => ARTICLE_TYPES.test(t)) || meta.ogType === 'article';
}

export function commonAncestor(els: Element[]): Element | null {
  if (els.length === 0) return null;
  let a: Element | null = els[0]!;
  for (const el of els.slice(1)) while (a && !a.contains(el)) a = a.parentElement;
  return a;
}

/** The outermost `[itemprop=articleBody]` elements with real text; several (a live blog) meet in their common parent. */
export function itempropBody(doc: Document, m: Measured): Element | null {
  const found = [...doc.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]')].filter(
    (el) => statsOf(m, el).chars >= 200,
  );
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  return commonAncestor(outer);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The container of the JSON-LD `articleBody`: paragraphs on the page whose text
 * holds a sentence of it, and their common parent. Matching text (not structure)
 * means it works whatever the markup.
 */
export function jsonLdBody(m: Measured, articleBody: string): Element | null {
  const sentences = norm(articleBody)
    .split(/(?<=[.!?»"”])\s+/)
    .filter((s) => s.length >= 40)
    .map((s) => s.slice(0, 60));
  // A one-line "articleBody" is a summary, and summaries are repeated in teasers.
  if (sentences.length < 3) return null;
  const step = Math.max(1, Math.floor(sentences.length / 12));
  const probes = sentences.filter((_, i) => i % step === 0).slice(0, 12);
  const matched = m.paragraphs.filter((p) => {
    const text = norm(p.textContent ?? '');
    return probes.some((s) => text.includes(s));
  });
  // Paragraphs are post-order: a div holding a matched p may match too; keep the innermost.
  const inner = matched.filter((p) => !matched.some((o) => o !== p && p.contains(o)));
  // Most probes must be found, or the page shows another text than the one declared.
  if (inner.length < Math.max(2, probes.length / 2)) return null;
  return commonAncestor(inner);
}
