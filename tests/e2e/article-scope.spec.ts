/**
 * Reading the article, not the page around it (issue #12), in the built extension:
 * article mode by default, the popup's line and per-site switch, the fallback on a
 * page with no article, and an article that grows with "load more". The pages with
 * chrome are tests/fixtures/chrome-pages, served at /chrome/.
 */
import type { Page } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  countOf,
  DOCS_SCREENSHOTS_DIR,
  expect,
  highlightedTexts,
  test,
  type ExtensionHelpers,
  type RealPopup,
} from './fixtures.ts';
import { optionsUrl } from './options-helpers.ts';
import { REAL_PAGES_DIR } from './static-server.ts';

/** 01-wire-story: names in its body (headline, standfirst, caption, text). */
const STORY_NAMES = ['Doha', 'Qatar', 'Egypt', 'Cairo', 'Tel Aviv', 'Washington', 'Hamas', 'Khan Younis'];
/**
 * Names around it that the whole page highlights: the most-read teasers (Houston,
 * Germany, France), a comment (Saudi Arabia), the author's bio (Kyiv, Jerusalem).
 */
const CHROME_NAMES = ['Houston', 'Germany', 'France', 'Saudi Arabia', 'Kyiv', 'Jerusalem'];
/** Never highlighted, in either mode: menus and footer (Ukraine, China, Senate, London, Paris…). */
const NAV_NAMES = [
  'Ukraine',
  'China',
  'Africa',
  'White House',
  'Senate',
  'London',
  'Paris',
  'Nairobi',
  'Singapore',
];

const scopeText = (popup: RealPopup) =>
  popup.evaluate<string | null>(`document.querySelector('#scope-text')?.textContent ?? null`);
/** The switch appears once the popup has read the settings. */
const switchText = async (popup: RealPopup) => {
  await popup.waitFor(`document.querySelector('#scope-switch') !== null`);
  return popup.evaluate<string | null>(`document.querySelector('#scope-switch')?.textContent ?? null`);
};

/** Open the popup, wait for its scope line to start with `prefix`, run `body`, close it. */
async function withPopup<T>(
  ext: ExtensionHelpers,
  page: Page,
  prefix: string,
  body: (popup: RealPopup) => Promise<T>,
): Promise<T> {
  const popup = await ext.openPopup(page);
  try {
    await popup.waitFor(
      `document.querySelector('#scope-text')?.textContent.startsWith(${JSON.stringify(prefix)})`,
    );
    // The site switch appears once the popup has read the settings, which may come after the line.
    await popup.waitFor(`document.querySelector('#scope-switch') !== null`);
    return await body(popup);
  } finally {
    await popup.close();
  }
}

/** Where each highlighted range lies: the closest element matching one of `selectors`, else null. */
async function highlightPlaces(
  page: Page,
  selectors: string[],
): Promise<{ text: string; in: string | null }[]> {
  return page.evaluate((selectors) => {
    const out: { text: string; in: string | null }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('newscontext-')) continue;
      for (const r of highlight) {
        const range = r as Range;
        const el = range.startContainer.parentElement;
        out.push({ text: range.toString(), in: selectors.find((s) => el?.closest(s)) ?? null });
      }
    }
    return out;
  }, selectors);
}

test('article mode by default: the story is read, not the menus, teasers, bio, comments or footer', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/chrome/01-wire-story.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(r).toMatchObject({ enabled: true, scope: 'article' });
  expect(r.articleWords).toBeGreaterThan(150);
  expect(r.articleWords).toBeLessThan(300);

  const texts = await highlightedTexts(page);
  for (const name of STORY_NAMES) expect(texts, name).toContain(name);
  for (const name of [...CHROME_NAMES, ...NAV_NAMES]) expect(texts, name).not.toContain(name);
  // Every highlight is in the article, none in the parts of it left out.
  const places = await highlightPlaces(page, [
    '.share-bar',
    '.author-bio',
    '.newsletter-box',
    '.inline-teaser',
    '.credit',
    'article.story',
  ]);
  expect(places.filter((p) => p.in !== 'article.story')).toEqual([]);
  // The popup's list counts the article's names only.
  for (const name of CHROME_NAMES) expect(countOf(r, name), name).toBe(0);
  expect(countOf(r, 'Egypt')).toBe(3);

  await withPopup(ext, page, 'Reading the article', async (popup) => {
    const words = await popup.evaluate<string>(
      `new Intl.NumberFormat(chrome.i18n.getUILanguage()).format(${r.articleWords})`,
    );
    expect(await scopeText(popup)).toBe(`Reading the article (${words} words)`);
    expect(await switchText(popup)).toBe('Read the whole page on this site');
    // The list below the line holds the same names as the page's answer.
    await popup.waitFor(`document.querySelectorAll('button.entity').length === ${r.entities.length}`);
  });
});

test("the popup's per-site switch reads the whole page, at once, and back to the article", async ({
  page,
  context,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/chrome/01-wire-story.html`);
  const article = await ext.waitForMentions(page, (x) => x.entities.length > 0 && x.scope === 'article');

  await withPopup(ext, page, 'Reading the article', async (popup) => {
    await popup.click('#scope-switch');
    await popup.waitFor(
      `document.querySelector('#scope-text').textContent === 'Reading the whole page (as chosen for this site)'`,
    );
    expect(await switchText(popup)).toBe('Read only the article on this site');
  });
  // The page follows without a reload: the chrome's names are highlighted too.
  const whole = await ext.waitForMentions(
    page,
    (x) => x.scope === 'page' && CHROME_NAMES.every((n) => countOf(x, n) > 0),
    5_000,
  );
  expect(whole.pageReason).toBe('setting');
  const texts = await highlightedTexts(page);
  for (const name of [...CHROME_NAMES, 'Egypt', 'Doha', 'Washington']) expect(texts, name).toContain(name);
  // Navigation and footer stay out even of the whole page.
  for (const name of NAV_NAMES) expect(texts, name).not.toContain(name);

  // The choice is the site's: another page of it opens whole too.
  const other = await context.newPage();
  await other.goto(`${origin}/chrome/04-photo-captions.html`);
  await ext.waitForMentions(other, (x) => x.scope === 'page' && x.pageReason === 'setting');
  await other.close();

  // And back to the article.
  await withPopup(ext, page, 'Reading the whole page', async (popup) => {
    await popup.click('#scope-switch');
    await popup.waitFor(
      `document.querySelector('#scope-text').textContent.startsWith('Reading the article (')`,
    );
    expect(await switchText(popup)).toBe('Read the whole page on this site');
  });
  const back = await ext.waitForMentions(
    page,
    (x) => x.scope === 'article' && CHROME_NAMES.every((n) => countOf(x, n) === 0),
    5_000,
  );
  const summary = (x: typeof back) => x.entities.map((e) => `${e.id}:${e.count}`).sort();
  expect(summary(back)).toEqual(summary(article));
  await expect
    .poll(async () => (await highlightedTexts(page)).filter((t) => CHROME_NAMES.includes(t)))
    .toEqual([]);
});

test('the options page sets the default for every site', async ({
  page,
  context,
  origin,
  ext,
  extensionId,
}) => {
  await page.goto(`${origin}/chrome/01-wire-story.html`);
  await ext.waitForMentions(page, (x) => x.scope === 'article');
  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await expect(options.locator('#scope-article')).toBeChecked();
  await options.locator('label[for=scope-page]').click();
  await expect(options.locator('#status')).not.toBeEmpty();
  await options.close();
  await ext.waitForMentions(page, (x) => x.scope === 'page' && countOf(x, 'Houston') > 0, 5_000);
  await withPopup(ext, page, 'Reading the whole page', async (popup) => {
    expect(await scopeText(popup)).toBe('Reading the whole page (as set in Settings)');
    expect(await switchText(popup)).toBe('Read only the article on this site');
  });
});

test('a page with no article (a section front) is read whole, less its navigation and footer', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/chrome/02-section-front.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(r).toMatchObject({ scope: 'page', pageReason: 'no-article' });
  expect(r.articleWords).toBeUndefined();

  const places = await highlightPlaces(page, ['nav', 'footer', '.social-follow', 'main']);
  expect(places.filter((p) => p.in !== 'main')).toEqual([]);
  const texts = places.map((p) => p.text);
  // The teasers are the page's content here: read.
  for (const name of ['Rwanda', 'Khartoum', 'Nairobi', 'Mogadishu', 'Kumasi'])
    expect(texts, name).toContain(name);
  // The section links and the footer are not.
  for (const name of ['Europe', 'Asia', 'Israel', 'China', 'London', 'Canada'])
    expect(texts, name).not.toContain(name);

  await withPopup(ext, page, 'Reading the whole page', async (popup) => {
    expect(await scopeText(popup)).toBe('Reading the whole page (no article found on this page)');
    expect(await switchText(popup)).toBe('Read the whole page on this site');
  });
});

test('an article that grows with "load more" gets its new names; text added around it does not', async ({
  page,
  origin,
  ext,
}) => {
  await page.goto(`${origin}/chrome/12-load-more.html`);
  const before = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(before.scope).toBe('article');
  const late = ['Portugal', 'Lisbon', 'France', 'Germany', 'Morocco', 'Algeria'];
  for (const name of late) expect(countOf(before, name), name).toBe(0);
  const beforeTexts = await highlightedTexts(page);
  expect(beforeTexts).toContain('Madrid');
  for (const name of ['Canada', 'Nigeria', 'Greece', 'Valencia', 'Brazil', 'London']) {
    expect(beforeTexts, name).not.toContain(name);
  }

  // "Continue reading" appends three paragraphs to the article's body.
  await page.click('#load-more');
  const started = Date.now();
  const grown = await ext.waitForMentions(page, (x) => late.every((n) => countOf(x, n) > 0), 2_000);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(grown.scope).toBe('article');
  expect(grown.articleWords).toBeGreaterThan(before.articleWords! + 60);
  const grownTexts = await highlightedTexts(page);
  for (const name of late) expect(grownTexts, name).toContain(name);

  // More teasers in the sidebar and more comments under the story: prose, with names, outside it.
  await page.click('#more-latest');
  await page.click('#load-comments');
  await expect(page.locator('#latest li p')).toHaveCount(1);
  await page.waitForTimeout(1_500); // past the mutation frame and the re-detection's 500 ms
  const after = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(after.scope).toBe('article');
  const summary = (x: typeof after) => x.entities.map((e) => `${e.id}:${e.count}`).sort();
  expect(summary(after)).toEqual(summary(grown));
  const afterTexts = await highlightedTexts(page);
  for (const name of ['Argentina', 'Chile', 'Mendoza', 'Santiago', 'Buenos Aires', 'Montevideo']) {
    expect(afterTexts, name).not.toContain(name);
  }
  expect(afterTexts.sort()).toEqual(grownTexts.sort());
});

test('a paragraph loaded after the article, outside its element, joins it', async ({ page, origin, ext }) => {
  // tests/fixtures/pages/article.html appends its "Load more" paragraph to div#late, after <article>.
  await page.goto(`${origin}/article.html`);
  const before = await ext.waitForMentions(page, (x) => x.entities.length > 0);
  expect(before.scope).toBe('article');
  await page.click('#add-late');
  const after = await ext.waitForMentions(page, (x) => countOf(x, 'Jalalabad') === 1, 2_000);
  expect(after.scope).toBe('article');
  expect(await highlightedTexts(page)).toContain('Jalalabad');
});

/**
 * Pictures for the README: two of the shared real pages (../shared/pages, read in
 * place; skipped without them) in article mode, as a reader sees them.
 */
const REAL_SHOTS = [
  { file: 'bbc-1.html', shot: 'article-scope-bbc.png' },
  { file: 'wapo-1.html', shot: 'article-scope-wapo.png' },
];
for (const { file, shot } of REAL_SHOTS) {
  test(`real page ${file}: highlights in the story only (screenshot)`, async ({
    page,
    context,
    origin,
    ext,
  }) => {
    test.skip(!existsSync(path.join(REAL_PAGES_DIR, file)), `../shared/pages/${file} is absent`);
    test.setTimeout(60_000); // a long real page on a loaded machine
    // Nothing leaves this machine, and the saved page's own scripts (ads, analytics, which
    // fail offline) do not run: a CSP header, which the content script is not subject to.
    await context.route(
      (url) => url.protocol.startsWith('http') && url.origin !== origin,
      (route) => route.abort(),
    );
    await context.route(`${origin}/real/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
      });
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/real/${file}`, { waitUntil: 'domcontentloaded' });
    const r = await ext.waitForMentions(page, (x) => x.entities.length > 0, 30_000);
    expect(r.scope).toBe('article');
    await withPopup(ext, page, 'Reading the article', async (popup) => {
      expect(await scopeText(popup)).toMatch(/^Reading the article \(\d{1,3}(,\d{3})* words\)$/);
    });
    // The end of the story and what follows it (related links, teasers): the highlights stop where the story does.
    await page.evaluate(() => {
      let last = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('newscontext-')) continue;
        for (const r of h)
          last = Math.max(last, (r as Range).getBoundingClientRect().bottom + window.scrollY);
      }
      window.scrollTo(0, Math.max(0, last - window.innerHeight * 0.45));
    });
    await page.waitForTimeout(300);
    mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    writeFileSync(path.join(DOCS_SCREENSHOTS_DIR, shot), await page.screenshot());
  });
}
