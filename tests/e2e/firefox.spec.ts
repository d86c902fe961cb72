/**
 * The Firefox build, installed in a stock Firefox over WebDriver BiDi: it highlights
 * the names on a page, opens a card on hover, leaves the page's DOM alone and asks
 * nothing of the network.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../../scripts/find-firefox.mjs';
import { FirefoxBidi } from './firefox-bidi.ts';
import { startServer } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
const SCREENSHOTS = ['tests/e2e/screenshots', 'docs/screenshots'].map((dir) =>
  path.join(ROOT, dir, 'firefox-card.png'),
);
const UI_TAG = 'newscontext-ui';

/** Each highlight's name and the text of its ranges, outside and inside the aside. */
const HIGHLIGHTED = `[...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])`;

/** The document less the extension's shadow host, and the same page as served. */
const INTEGRITY = `(async () => {
  const live = document.documentElement.cloneNode(true);
  const hosts = live.querySelectorAll('${UI_TAG}');
  hosts.forEach((h) => h.remove());
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  return { hosts: hosts.length, same: live.querySelector('body').innerHTML === served.body.innerHTML };
})()`;

/** The middle of the first occurrence of `text` under `selector`, in viewport pixels. */
const boxOf = (selector: string, text: string): string => `(() => {
  const walker = document.createTreeWalker(document.querySelector('${selector}'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf('${text}');
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + ${text.length});
    const r = range.getBoundingClientRect();
    return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
  }
  return null;
})()`;

const CARD_OPACITY = `getComputedStyle(document.querySelector('${UI_TAG}').shadowRoot.querySelector('.nc-card')).opacity`;
const CARD_NAME = `document.querySelector('${UI_TAG}')?.shadowRoot?.querySelector('.nc-card .name')?.textContent ?? null`;

interface FirefoxPage {
  ff: FirefoxBidi;
  context: string;
  origin: string;
  /** Move the pointer onto `text` under `selector` and wait for the card of `name`, fully faded in. */
  hoverFor(selector: string, text: string, name: string): Promise<void>;
}

/** Firefox with the built extension installed, on one of the fixture pages. */
async function withFirefoxOn(page: string, body: (p: FirefoxPage) => Promise<void>): Promise<void> {
  const firefox = findFirefox();
  if (!firefox) throw new Error(FIREFOX_INSTALL_HINT);
  const { server, origin } = await startServer();
  const ff = await FirefoxBidi.launch(firefox);
  try {
    await ff.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    const { contexts } = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
    const context = contexts[0]!.context;
    await ff.send('browsingContext.setViewport', { context, viewport: { width: 1000, height: 760 } });
    await ff.send('browsingContext.navigate', { context, url: `${origin}/${page}`, wait: 'complete' });
    await expect
      .poll(
        async () =>
          (await ff.evaluate<[string, string[]][]>(context, HIGHLIGHTED)).flatMap(([, t]) => t).length,
        {
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0);
    const hoverFor = async (selector: string, text: string, name: string): Promise<void> => {
      const at = await ff.evaluate<{ x: number; y: number }>(context, boxOf(selector, text));
      const move = { type: 'pointerMove', x: at.x, y: at.y, duration: 100 };
      await ff.send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', actions: [move] }],
      });
      await expect.poll(() => ff.evaluate<string | null>(context, CARD_NAME), { timeout: 10_000 }).toBe(name);
      // The card fades in; wait until it is opaque.
      await expect.poll(() => ff.evaluate<string>(context, CARD_OPACITY)).toBe('1');
    };
    await body({ ff, context, origin, hoverFor });
    const errors = ff.events
      .filter((e) => e.method === 'log.entryAdded' && e.params.level === 'error')
      .map((e) => String(e.params.text));
    expect(errors).toEqual([]);
  } finally {
    await ff.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

test('in Firefox the extension highlights names, opens a card and leaves the page alone', async () => {
  test.setTimeout(90_000);
  await withFirefoxOn('article.html', async ({ ff, context, origin, hoverFor }) => {
    const highlighted = new Map(await ff.evaluate<[string, string[]][]>(context, HIGHLIGHTED));
    expect(highlighted.get('newscontext-armed-group')).toEqual(expect.arrayContaining(['IS-K', 'Taliban']));
    expect(highlighted.get('newscontext-place')).toEqual(
      expect.arrayContaining(['Nangarhar', 'Kabul', 'Afghanistan', 'Pakistan']),
    );
    expect(highlighted.get('newscontext-person')).toEqual(['Ashraf Ghani', 'Abdul Ghani Baradar']);
    expect(highlighted.get('newscontext-organization')).toEqual(
      expect.arrayContaining(['Inter-Services Intelligence', 'ISI']),
    );
    // The aside repeats "Taliban" and "Kabul" in a textarea, an input, an editor and a script.
    const all = [...highlighted.values()].flat();
    expect(all.filter((t) => t === 'Kabul')).toHaveLength(2);

    await hoverFor('#lead', 'IS-K', 'Islamic State – Khorasan Province');
    const shot = await ff.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    for (const file of SCREENSHOTS) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, Buffer.from(shot.data, 'base64'));
    }

    expect(await ff.evaluate(context, INTEGRITY)).toEqual({ hosts: 1, same: true });
    const urls = ff.events
      .filter((e) => e.method === 'network.beforeRequestSent' && e.params.context === context)
      .map((e) => (e.params.request as { url: string }).url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });
});

test('in Firefox the card keeps its own styles under hostile CSS and a strict CSP', async () => {
  test.setTimeout(90_000);
  await withFirefoxOn('hostile-css.html', async ({ ff, context, hoverFor }) => {
    // The hostile rules do apply to the page itself.
    expect(await ff.evaluate(context, `getComputedStyle(document.getElementById('lead')).color`)).toBe(
      'rgb(255, 0, 0)',
    );
    await hoverFor('#lead', 'IS-K', 'Islamic State – Khorasan Province');
    const style = await ff.evaluate<{ fontSize: string; color: string; textTransform: string }>(
      context,
      `(() => { const s = getComputedStyle(document.querySelector('${UI_TAG}').shadowRoot.querySelector('.nc-card .description'));
        return { fontSize: s.fontSize, color: s.color, textTransform: s.textTransform }; })()`,
    );
    expect(style).toEqual({
      fontSize: '14px',
      color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/),
      textTransform: 'none',
    });
  });
});
