/**
 * The Firefox build, installed in each stock Firefox found (the oldest ESR the
 * manifest claims, and the system's): it highlights and paints the names on a page,
 * opens a card on hover, leaves the page's DOM alone and asks nothing of the network.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_UNDERLINE_SINCE } from '../../utils/highlight-styles.ts';
import { MIN_FIREFOX_VERSION } from '../../wxt.config.ts';
import { boxOf, firefoxes, UI_TAG, withFirefoxOn, type Box } from './firefox-harness.ts';
import { colouredPixels, withUnderline } from './painted.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIREFOXES = firefoxes();

/** The document less the extension's shadow host, and the same page as served. */
const INTEGRITY = `(async () => {
  const live = document.documentElement.cloneNode(true);
  const hosts = live.querySelectorAll('${UI_TAG}');
  hosts.forEach((h) => h.remove());
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  return { hosts: hosts.length, same: live.querySelector('body').innerHTML === served.body.innerHTML };
})()`;

test('the oldest Firefox tested is the one the manifest claims', () => {
  // CI unpacks Debian's oldest ESR (scripts/get-oldest-firefox.sh); a developer may have only a newer one.
  test.skip(!process.env.CI, 'only CI is bound to have the oldest ESR');
  expect(FIREFOXES[0]!.major).toBe(Number.parseInt(MIN_FIREFOX_VERSION, 10));
});

for (const firefox of FIREFOXES) {
  test.describe(`Firefox ${firefox.version}`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('highlights and paints names, opens a card and leaves the page alone', async () => {
      await withFirefoxOn(
        firefox,
        'article.html',
        async ({ ff, context, origin, eval: evaluate, hoverFor, highlighted, styles }) => {
          const found = await highlighted();
          expect(found.get('armed-group')).toEqual(expect.arrayContaining(['IS-K', 'Taliban']));
          expect(found.get('place')).toEqual(
            expect.arrayContaining(['Nangarhar', 'Kabul', 'Afghanistan', 'Pakistan']),
          );
          expect(found.get('person')).toEqual(['Ashraf Ghani', 'Abdul Ghani Baradar']);
          expect(found.get('organization')).toEqual(
            expect.arrayContaining(['Inter-Services Intelligence', 'ISI']),
          );
          // The aside repeats "Taliban" and "Kabul" in a textarea, an input, an editor and a script.
          expect([...found.values()].flat().filter((t) => t === 'Kabul')).toHaveLength(2);

          // Underlines where this Firefox paints them, a tint where it does not (utils/highlight-styles.ts).
          expect(await styles()).toEqual([
            firefox.major >= FIREFOX_UNDERLINE_SINCE ? 'underline' : 'background',
          ]);
          // What a reader sees: the name is painted in its type's colour (a tint where Firefox cannot underline).
          const box = withUnderline(await evaluate<Box>(boxOf('#lead', 'Nangarhar')));
          const shot = await ff.send<{ data: string }>('browsingContext.captureScreenshot', {
            context,
            clip: { type: 'box', ...box },
          });
          expect(colouredPixels(Buffer.from(shot.data, 'base64'))).toBeGreaterThan(20);

          await hoverFor('#lead', 'IS-K', 'Islamic State – Khorasan Province');
          const page = await ff.send<{ data: string }>('browsingContext.captureScreenshot', { context });
          const dirs = ['tests/e2e/screenshots', ...(firefox === FIREFOXES[0] ? ['docs/screenshots'] : [])];
          for (const dir of dirs) {
            const file = path.join(ROOT, dir, 'firefox-card.png');
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, Buffer.from(page.data, 'base64'));
          }

          expect(await evaluate(INTEGRITY)).toEqual({ hosts: 1, same: true });
          const urls = ff.events
            .filter((e) => e.method === 'network.beforeRequestSent' && e.params.context === context)
            .map((e) => (e.params.request as { url: string }).url);
          expect(urls.length).toBeGreaterThan(0);
          expect(urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
        },
      );
    });

    test('the card keeps its own styles under hostile CSS and a strict CSP', async () => {
      await withFirefoxOn(firefox, 'hostile-css.html', async ({ eval: evaluate, hoverFor, highlighted }) => {
        // The hostile rules do apply to the page itself, and the highlights still come.
        expect(await evaluate(`getComputedStyle(document.getElementById('lead')).color`)).toBe(
          'rgb(255, 0, 0)',
        );
        expect([...(await highlighted()).values()].flat()).toContain('IS-K');
        await hoverFor('#lead', 'IS-K', 'Islamic State – Khorasan Province');
        const style = await evaluate<{ fontSize: string; color: string; textTransform: string }>(
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
  });
}
