/**
 * A long page the browser is still receiving (issue #14): the text in view is read as
 * soon as it is parsed, before the document is complete, and the read of the whole page
 * that follows leaves exactly the highlights a page sent at once gets, none twice, with
 * working cards. The server here holds back the end of the page until the test lets it
 * go, so "still loading" is a fact of the test, not a matter of timing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardLocator, expect, hoverText, test } from './fixtures.ts';
import { highlights, longArticle, settled } from './page-highlights.ts';

/** The first part sent: the page up to the end of its third copy of the article. */
function split(html: string): [string, string] {
  let at = 0;
  for (let i = 0; i < 3; i++) at = html.indexOf('</article>', at) + '</article>'.length;
  return [html.slice(0, at), html.slice(at)];
}

test('a page still loading gets its highlights in view first, then exactly those of the whole page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const html = longArticle(20);
  const [head, tail] = split(html);
  let release: () => void = () => undefined;
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    if (!req.url?.startsWith('/streamed')) return void res.end(html);
    res.write(head);
    release = () => res.end(tail);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(`${origin}/whole`);
    const whole = await settled(page);

    await page.goto(`${origin}/streamed`, { waitUntil: 'commit' });
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            let n = 0;
            for (const [name, h] of CSS.highlights) if (name.startsWith('newscontext-')) n += h.size;
            return n > 0 ? document.readyState : 'no highlight yet';
          }),
        { timeout: 15_000 },
      )
      .toBe('loading');
    const early = await highlights(page);
    expect(early.length).toBeGreaterThan(0);
    // Only names that the page sent at once highlights too.
    for (const h of early) expect(whole).toContain(h);

    release();
    const after = await settled(page);
    expect(after).toEqual(whole);
    await hoverText(page, '#lead', 'IS-K');
    await expect(cardLocator(page).locator('.name')).toHaveText('Islamic State – Khorasan Province');
  } finally {
    release();
    server.close();
  }
});
