/**
 * The date a news page was published, read from the page itself. The content script
 * runs this on the live document and the scan CLI on a parsed file, so a card can say
 * what held when the article was written. It takes the document and the address as
 * parameters and touches no DOM global, so it runs in a browser, happy-dom and linkedom.
 *
 * Sources, most deliberate first; the first that gives a plausible date wins:
 *  1. JSON-LD `datePublished` of the page's article;
 *  2. publication-date `<meta>` tags;
 *  3. `<time datetime>` next to the headline;
 *  4. a date in the address (the page's, else its canonical one);
 *  5. a date written next to the headline, or beside it in the document's title.
 */
import { isPlausible, parseDateValue, type IsoDate } from './date-parse.ts';
import { datelineDates, titleDate } from './dateline-date.ts';
import { findHeadline, headlineWindow, type WindowElement } from './headline-window.ts';
import { jsonLdFacts } from './json-ld-date.ts';
import { metaDateValues } from './meta-date.ts';
import { headerTimeValues } from './time-date.ts';
import { urlDate } from './url-date.ts';

export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'url' | 'dateline';

export interface PublishedDate {
  /** `YYYY-MM-DD`, the calendar day the publisher wrote (never shifted to another time zone). */
  date: IsoDate;
  source: PublishedSource;
}

/** The canonical addresses a saved or syndicated page gives for itself. */
function canonicalUrls(doc: Document): string[] {
  return [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ].filter((u): u is string => !!u);
}

export function detectPublishedDate(
  doc: Document,
  url: string,
  now: Date = new Date(),
): PublishedDate | null {
  const ok = (d: IsoDate | null): d is IsoDate => d !== null && isPlausible(d, now);
  const first = (values: string[], source: PublishedSource): PublishedDate | null => {
    for (const v of values) {
      const date = parseDateValue(v);
      if (ok(date)) return { date, source };
    }
    return null;
  };

  const jsonLd = jsonLdFacts(doc);
  // A section front or home page (a CollectionPage with no article) has no date of its own:
  // its meta tags are often left over from a template, its times are its teasers'.
  if (jsonLd.isIndexPage) return null;
  const fromJsonLd = first(jsonLd.values, 'json-ld');
  if (fromJsonLd) return fromJsonLd;
  const fromMeta = first(metaDateValues(doc), 'meta');
  if (fromMeta) return fromMeta;

  const headline = findHeadline(doc);
  const around: WindowElement[] = headline ? headlineWindow(doc, headline) : [];
  const fromTime = first(headerTimeValues(around), 'time');
  if (fromTime) return fromTime;

  for (const address of [url, ...canonicalUrls(doc)]) {
    const date = urlDate(address);
    if (ok(date)) return { date, source: 'url' };
  }

  for (const date of [...datelineDates(around), titleDate(doc)]) {
    if (ok(date)) return { date, source: 'dateline' };
  }
  return null;
}
