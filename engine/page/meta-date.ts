/**
 * Publication dates in `<meta>` tags: Open Graph, schema.org microdata, Dublin Core
 * and the names publishers' CMSs and analytics use. Each is a statement of when the
 * page was first published; modification dates (`article:modified_time`,
 * `dateModified`) are deliberately absent.
 */

// Most specific first: when a page carries several, the earlier one here wins.
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'datepublished',
  'article.published',
  'article:publicationdate',
  'publish-date',
  'publish_date',
  'publishdate',
  'published_time',
  'published-date',
  'publication_date',
  'pubdate',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'dcsext.articlefirstpublished',
  'originalpublicationdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'pdate',
  'displaydate',
];
const RANK = new Map(META_KEYS.map((k, i) => [k, i]));

/** The content of every publication-date meta tag, most specific first. */
export function metaDateValues(doc: Document): string[] {
  const found: { rank: number; order: number; value: string }[] = [];
  Array.from(doc.querySelectorAll('meta')).forEach((meta, order) => {
    const value = meta.getAttribute('content');
    if (!value) return;
    // Names are matched without regard to case ("DC.date.issued", "dc.date.issued"), under
    // whichever attribute the page uses.
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const rank = RANK.get((meta.getAttribute(attr) ?? '').trim().toLowerCase());
      if (rank !== undefined) {
        found.push({ rank, order, value });
        break;
      }
    }
  });
  return found.sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.value);
}
