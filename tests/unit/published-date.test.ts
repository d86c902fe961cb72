import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { findDateInText, isPlausible, parseDateValue } from '../../engine/page/date-parse.ts';
import { detectPublishedDate, type PublishedDate } from '../../engine/page/published-date.ts';

const NOW = new Date('2026-12-04T12:00:00Z');
const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../fixtures/dates', name), 'utf8');

// The content script runs on the browser's DOM, the CLI on linkedom; happy-dom stands in for the browser.
const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});
const parsers = {
  linkedom: (html: string): Document => parseHTML(html).document as unknown as Document,
  'happy-dom': (html: string): Document => {
    const w = new Window({
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
    });
    windows.push(w);
    w.document.write(html);
    return w.document as unknown as Document;
  },
};

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>A story</title>${head}</head><body>${body}</body></html>`;
const article = (inner: string): string =>
  `<nav><a href="/">Home</a></nav><article><h1>Rains return to the valley</h1>${inner}` +
  `<p>Farmers said the rains came a month late this year, and the harvest will be small.</p></article>`;
const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const URL_PLAIN = 'https://news.example/world/rains-return';

describe('reading dates out of strings', () => {
  it('takes the date part of a timestamp as the publisher wrote it, whatever its offset', () => {
    // 23:30 in California is already the next day in UTC; 00:00 in New York is still the
    // previous day in California. The publisher's calendar day is the one written.
    expect(parseDateValue('2023-04-05T23:30:00-07:00')).toBe('2023-04-05');
    expect(parseDateValue('2017-01-13T00:00:04-05:00')).toBe('2017-01-13');
    expect(parseDateValue('2019-01-03T07:00:02.000Z')).toBe('2019-01-03');
    expect(parseDateValue('2017-11-16T14:15+0000')).toBe('2017-11-16');
    expect(parseDateValue('2019-04-28 06:01:07')).toBe('2019-04-28');
    expect(parseDateValue('20170113')).toBe('2017-01-13');
    expect(parseDateValue('Fri Mar 13 21:30:09 EST 2015')).toBe('2015-03-13');
    expect(parseDateValue('Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)')).toBe('2024-12-07');
  });

  it('rejects what is not a calendar day, and timestamps that carry no written date', () => {
    expect(parseDateValue('2021-02-30')).toBeNull();
    expect(parseDateValue('2021-13-01')).toBeNull();
    expect(parseDateValue('1546498802000')).toBeNull();
    expect(parseDateValue('yesterday')).toBeNull();
  });

  it.each([
    ['15 November, 2021', '2021-11-15'],
    ['November 15, 2021', '2021-11-15'],
    ['15 Nov 2021', '2021-11-15'],
    ['15th November 2021', '2021-11-15'],
    ['2021-11-15', '2021-11-15'],
    ['Published Feb. 21, 2019 at 5:00 a.m. ET', '2019-02-21'],
    ['Sept. 25, 2018', '2018-09-25'],
    ['JAN. 13, 2017', '2017-01-13'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03'],
    ['04.05.2015 à 13h36', '2015-05-04'],
    ['4 mai 2015', '2015-05-04'],
    ['18 de marzo de 2015', '2015-03-18'],
    ['1. listopadu 2021', '2021-11-01'],
  ])('finds the date in %j', (text, date) => {
    expect(findDateInText(text)?.date).toBe(date);
  });

  it('finds no date in a year, a month without a day, or a word that only contains a month', () => {
    for (const text of ['in 2021', 'November 2021', 'Remembrance 2021', 'Flat 15 Nov2021b']) {
      expect(findDateInText(text), text).toBeNull();
    }
  });

  it('keeps dates from 1990 to one day after now', () => {
    expect(isPlausible('1989-12-31', NOW)).toBe(false);
    expect(isPlausible('1990-01-01', NOW)).toBe(true);
    expect(isPlausible('2026-12-05', NOW)).toBe(true);
    expect(isPlausible('2026-12-06', NOW)).toBe(false);
  });
});

for (const [parserName, parse] of Object.entries(parsers)) {
  const detect = (html: string, url = URL_PLAIN): PublishedDate | null =>
    detectPublishedDate(parse(html), url, NOW);

  describe(`the publication date of a page (${parserName})`, () => {
    describe('JSON-LD', () => {
      it('reads datePublished of a NewsArticle', () => {
        const html = page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2021-11-15T09:00:00+04:30' }), article('')); // prettier-ignore
        expect(detect(html)).toEqual({ date: '2021-11-15', source: 'json-ld' });
      });

      it("takes the article's date from a @graph, not the web page's or a listed story's, in the publisher's zone", () => {
        expect(detect(fixture('json-ld-graph.html'))).toEqual({ date: '2023-04-05', source: 'json-ld' });
      });

      it('reads a top-level array, a BlogPosting and a full type URL', () => {
        const html = page(
          ld([
            { '@type': 'Organization', name: 'A blog' },
            { '@type': 'https://schema.org/BlogPosting', datePublished: ['2020-06-01', '2020-06-02'] },
          ]),
          article(''),
        );
        expect(detect(html)).toEqual({ date: '2020-06-01', source: 'json-ld' });
      });

      it('reads JSON-LD wrapped in CDATA markers', () => {
        const html = page(
          `<script type="application/ld+json">//<![CDATA[\n{"@type":"ReportageNews","datePublished":"2018-05-06"}\n//]]></script>`,
          article(''),
        );
        expect(detect(html)).toEqual({ date: '2018-05-06', source: 'json-ld' });
      });

      it("does not take a listed story's date, nor mistake an article with a related-stories list for an index", () => {
        const related = ld({
          '@type': 'ItemList',
          itemListElement: [{ '@type': 'NewsArticle', datePublished: '2019-01-01' }],
        });
        const html = page(
          related + '<meta name="parsely-pub-date" content="2021-11-15T08:00:00Z">',
          article(''),
        );
        expect(detect(html)).toEqual({ date: '2021-11-15', source: 'meta' });
      });

      it('ignores malformed JSON-LD and an implausible date, and goes on to the next source', () => {
        const html = page(
          `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-11-15",}</script>` +
            ld({ '@type': 'Article', datePublished: '2099-01-01' }) +
            `<meta property="article:published_time" content="2021-11-16T10:00:00Z">`,
          article(''),
        );
        expect(detect(html)).toEqual({ date: '2021-11-16', source: 'meta' });
      });
    });

    describe('meta tags', () => {
      it.each([
        ['property', 'article:published_time', '2021-11-15T10:52:50+01:00'],
        ['property', 'og:article:published_time', '2021-11-15T10:52:50+01:00'],
        ['itemprop', 'datePublished', '2021-11-15'],
        ['name', 'pubdate', '2021-11-15'],
        ['name', 'publish-date', '2021-11-15'],
        ['name', 'sailthru.date', '2021-11-15 08:00:00'],
        ['name', 'parsely-pub-date', '2021-11-15T08:00:00Z'],
        ['name', 'DC.date.issued', '2021-11-15'],
        ['name', 'dc.date', '2021-11-15'],
        ['name', 'date', '2021-11-15'],
        ['name', 'article:publicationdate', 'Mon Nov 15 21:30:09 EST 2021'],
      ])('reads <meta %s="%s">', (attr, name, value) => {
        const html = page(`<meta ${attr}="${name}" content="${value}">`, article(''));
        expect(detect(html)).toEqual({ date: '2021-11-15', source: 'meta' });
      });

      it('prefers article:published_time to a generic date, and never takes a modification date', () => {
        const both = page(
          `<meta name="date" content="2021-11-20"><meta property="article:published_time" content="2021-11-15T23:00:00-05:00">`,
          article(''),
        );
        expect(detect(both)).toEqual({ date: '2021-11-15', source: 'meta' });
        const modifiedOnly = page(
          `<meta property="article:modified_time" content="2021-11-20"><meta itemprop="dateModified" content="2021-11-20">`,
          article(''),
        );
        expect(detect(modifiedOnly)).toBeNull();
      });

      it('skips a date in the future (after now and a day)', () => {
        const html = page(
          `<meta property="article:published_time" content="2027-01-01"><meta name="date" content="2026-12-04">`,
          article(''),
        );
        expect(detect(html)).toEqual({ date: '2026-12-04', source: 'meta' });
      });
    });

    describe('<time datetime> in the header', () => {
      it('takes the published time next to the headline, not the update, the teasers or a time in the text', () => {
        expect(detect(fixture('header-time.html'))).toEqual({ date: '2018-03-12', source: 'time' });
      });

      it('takes an unmarked time in the byline', () => {
        const html = page('', article(`<p class="byline">By A. Writer <time datetime="2022-02-24T05:10:00+02:00">24 February</time></p>`)); // prettier-ignore
        expect(detect(html)).toEqual({ date: '2022-02-24', source: 'time' });
      });

      it('ignores times far from the headline', () => {
        const filler =
          '<p>Text of the story, long enough to push anything after it out of the header.</p>'.repeat(30);
        const html = page('', article(filler + `<ul class="related"><li><time datetime="2020-01-01">1 Jan</time></li></ul>`)); // prettier-ignore
        expect(detect(html)).toBeNull();
      });
    });

    describe('a dated address', () => {
      it.each([
        ['https://news.example/2021/11/15/world/rains-return.html', '2021-11-15'],
        ['https://news.example/world/2021/11/15/rains-return/', '2021-11-15'],
        ['https://www.theguardian.example/environment/2019/jan/03/whales', '2019-01-03'],
        ['https://news.example/archive/20211115/rains', '2021-11-15'],
        ['https://news.example/world/rains-return-2021-11-15.html', '2021-11-15'],
      ])('reads %s', (url, date) => {
        expect(detect(page('', article('')), url)).toEqual({ date, source: 'url' });
      });

      it('falls back to the canonical address (a saved page, a file opened locally)', () => {
        const html = page(
          '<link rel="canonical" href="https://news.example/2015/03/18/world/rains.html">',
          article(''),
        );
        expect(detect(html, 'file:///home/me/saved.html')).toEqual({ date: '2015-03-18', source: 'url' });
      });

      it('does not read ids or impossible days as dates', () => {
        for (const url of [
          'https://news.example/story-fni0fha6-1227261886014',
          'https://news.example/2021/13/45/story',
          'https://news.example/item/120211115/',
          'https://news.example/launch-december-15-2016-11',
        ]) {
          expect(detect(page('', article('')), url), url).toBeNull();
        }
      });
    });

    describe('a dateline near the headline', () => {
      it('reads the seed-style dateline, not a caption, a sentence or an embedded post', () => {
        expect(detect(fixture('dateline.html'))).toEqual({ date: '2021-11-15', source: 'dateline' });
      });

      it.each([
        ['November 15, 2021', '2021-11-15'],
        ['15 Nov 2021', '2021-11-15'],
        ['2021-11-15', '2021-11-15'],
        ['Published Monday 15 November 2021 at 10:42 GMT', '2021-11-15'],
        ['Publié le 04.05.2015 à 13h36', '2015-05-04'],
      ])('reads %j', (text, date) => {
        expect(detect(page('', article(`<div><span>${text}</span></div>`)))).toEqual({
          date,
          source: 'dateline',
        });
      });

      it('reads a date in a byline marked as such, but not an update', () => {
        const byline = page('', article('<p class="byline">By A. Writer in Kabul, 15 November 2021</p>'));
        expect(detect(byline)).toEqual({ date: '2021-11-15', source: 'dateline' });
        const updated = page('', article('<p>Updated 16 Nov 2021</p>'));
        expect(detect(updated)).toBeNull();
      });

      it("reads a date that stands alone in the document's title", () => {
        const html = page('', article('')).replace('<title>A story</title>', '<title>A story - 07.12.2017 - The Paper</title>'); // prettier-ignore
        expect(detect(html)).toEqual({ date: '2017-12-07', source: 'dateline' });
      });
    });

    describe('pages without a date', () => {
      it('gives null for a page that states none, even with dates in its prose', () => {
        expect(detect(page('', article('')))).toBeNull();
        const prose = page(
          '',
          article('<p>The treaty of 12 March 1994 was signed on March 12, 1994 in Rome.</p>'),
        );
        expect(detect(prose)).toBeNull();
        expect(detect('<p>No head, no headline, 2021.</p>')).toBeNull();
      });

      it('gives null for a section front, whatever date its template left behind', () => {
        expect(detect(fixture('index-page.html'), 'https://gazette.example/world/')).toBeNull();
      });
    });

    describe('precedence', () => {
      // One page carrying all five sources, each with another date; removing the best each time.
      const sources = {
        jsonLd: ld({ '@type': 'NewsArticle', datePublished: '2021-01-01T12:00:00Z' }),
        meta: '<meta property="article:published_time" content="2021-02-02T12:00:00Z">',
        time: '<p class="byline"><time datetime="2021-03-03T12:00:00Z">Byline</time></p>',
        dateline: '<p>4 April 2021</p>',
      };
      const url = 'https://news.example/2021/05/05/story.html';
      const build = (without: string[]): string =>
        page(
          (without.includes('jsonLd') ? '' : sources.jsonLd) + (without.includes('meta') ? '' : sources.meta),
          article((without.includes('time') ? '' : sources.time) + sources.dateline),
        );

      it('JSON-LD, then meta tags, then the header time, then the address, then the dateline', () => {
        expect(detect(build([]), url)).toEqual({ date: '2021-01-01', source: 'json-ld' });
        expect(detect(build(['jsonLd']), url)).toEqual({ date: '2021-02-02', source: 'meta' });
        expect(detect(build(['jsonLd', 'meta']), url)).toEqual({ date: '2021-03-03', source: 'time' });
        expect(detect(build(['jsonLd', 'meta', 'time']), url)).toEqual({ date: '2021-05-05', source: 'url' });
        expect(detect(build(['jsonLd', 'meta', 'time']), URL_PLAIN)).toEqual({ date: '2021-04-04', source: 'dateline' }); // prettier-ignore
      });
    });
  });
}

// ── Real pages, when ../shared is present (it is not part of the project) ─────
// Each expected date was found by reading the page: its visible byline or dateline, checked
// against its markup. Only the dates are here, none of the pages' content.
const SHARED = join(import.meta.dirname, '../../../shared');
const SHARED_PAGES: Record<string, string | null> = {
  'eval/seed-article/page.html': '2021-11-15', // dateline "15 November, 2021" only
  'pages/aktualne.html': '2021-11-01',
  'pages/bbc-1.html': '2015-07-24',
  'pages/cnn.html': '2016-02-01', // "First published February 1, 2016: 1:28 AM ET"
  'pages/guardian-1.html': '2019-01-03',
  'pages/herald-sun-1.html': '2015-03-13',
  'pages/la-nacion.html': '2017-12-07', // only in its title: "… - 07.12.2017 - LA NACION"
  'pages/lemonde-1.html': '2015-05-04', // "04.05.2015 à 13h36", modified the next day
  'pages/msn.html': '2016-11-15', // a syndicated story: the byline's time, "1 day ago"
  'pages/nytimes-1.html': '2017-01-13',
  'pages/nytimes-2.html': '2016-07-29', // its address carries the print date, 2016/07/30
  'pages/nytimes-3.html': '2019-02-21',
  'pages/nytimes-4.html': '2018-09-25',
  'pages/nytimes-5.html': null, // a section front, dated only by a stale template tag
  'pages/schema-org-context-object.html': '2024-12-06', // "Dec. 6, 2024, 10:00 PM UTC, Updated Dec. 7"
  'pages/seattletimes-1.html': '2019-04-28',
  'pages/telegraph.html': '2017-11-16',
  'pages/wapo-1.html': '2015-03-18', // "March 18 at 3:57 PM": the year is in the address
  'pages/wapo-2.html': '2015-03-18',
  // Published 2016-12-01T23:29:49Z (Dec 1 in New York); the saved text "December 2" was
  // rendered in the zone of whoever saved the page.
  'pages/yahoo-2.html': '2016-12-01',
};

describe.skipIf(!existsSync(join(SHARED, 'pages')))('the shared real news pages', () => {
  it.each(Object.entries(SHARED_PAGES))('%s → %s', (file, expected) => {
    const path = join(SHARED, file);
    const got = detectPublishedDate(
      parsers.linkedom(readFileSync(path, 'utf8')),
      pathToFileURL(path).href,
      NOW,
    );
    expect(got?.date ?? null).toBe(expected);
  });
});
