/**
 * `datePublished` from the page's JSON-LD (schema.org), the most deliberate
 * statement of the date a page makes: publishers write it for search engines.
 */

// The schema.org types whose `datePublished` is the page's own: Article and its
// subtypes, in particular the NewsArticle family.
const ARTICLE_TYPES = new Set(
  [
    'Article', 'NewsArticle', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle',
    'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
    'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'Report',
    'ScholarlyArticle', 'TechArticle', 'AdvertiserContentArticle',
  ].map((t) => t.toLowerCase()),
); // prettier-ignore
// A page may describe itself rather than its article ("WebPage" with a datePublished).
const PAGE_TYPES = new Set(['webpage', 'itempage']);
// Index pages: a section front lists other pages' articles and has no date of its own. A bare
// ItemList does not count: article pages carry them too, for their related stories.
const INDEX_TYPES = new Set(['collectionpage', 'searchresultspage']);

type Json = unknown;

export interface JsonLdFacts {
  /** `datePublished` values of article nodes, then of page nodes, in document order. */
  values: string[];
  /** The JSON-LD says this is an index page and describes no article. */
  isIndexPage: boolean;
}

function tryParse(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/**
 * Some CMSs wrap the JSON in CDATA markers or comments (`<![CDATA[ … ]]>`,
 * `//<![CDATA[`): those are dropped, with anything outside the outermost brackets.
 * Malformed JSON-LD is common and gives nothing; the other sources still speak for the page.
 */
function parseBlock(text: string): Json {
  const direct = tryParse(text);
  if (direct !== undefined) return direct;
  const bare = text.replace(/<!\[CDATA\[|\]\]>|<!--|-->/g, '');
  const start = bare.search(/[[{]/);
  const end = Math.max(bare.lastIndexOf('}'), bare.lastIndexOf(']'));
  return start >= 0 && end > start ? tryParse(bare.slice(start, end + 1)) : undefined;
}

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

function dateValue(v: Json): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return dateValue(v[0]);
  if (v && typeof v === 'object' && '@value' in v) return dateValue((v as Record<string, Json>)['@value']);
  return null;
}

/**
 * The nodes that describe this page: top-level objects, arrays and `@graph`, and the
 * `mainEntity` a WebPage names. Nothing deeper: an ItemList, `hasPart` or `relatedLink`
 * holds other pages' articles, with their own dates.
 */
function pageNodes(root: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 4 || !root || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (const item of root) pageNodes(item, out, depth + 1);
    return;
  }
  const node = root as Record<string, Json>;
  out.push(node);
  if (node['@graph']) pageNodes(node['@graph'], out, depth + 1);
  if (node['mainEntity']) pageNodes(node['mainEntity'], out, depth + 1);
}

export function jsonLdFacts(doc: Document): JsonLdFacts {
  const articles: string[] = [];
  const pages: string[] = [];
  let sawArticle = false;
  let sawIndex = false;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const nodes: Record<string, Json>[] = [];
    pageNodes(parseBlock(script.textContent ?? ''), nodes);
    for (const node of nodes) {
      const types = typesOf(node);
      const value = dateValue(node['datePublished']);
      if (types.some((t) => ARTICLE_TYPES.has(t))) {
        sawArticle = true;
        if (value) articles.push(value);
      } else if (types.some((t) => PAGE_TYPES.has(t))) {
        if (value) pages.push(value);
      } else if (types.some((t) => INDEX_TYPES.has(t))) sawIndex = true;
    }
  }
  return { values: [...articles, ...pages], isIndexPage: sawIndex && !sawArticle };
}
