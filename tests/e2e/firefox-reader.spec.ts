/**
 * What readers touch, in each Firefox found: the popup's list, search and site switch,
 * a setting saved on the options page, keyboard steps between mentions, and "Not this
 * one". Chromium's specs check the details; these check that each works in Firefox.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CARD_NAME, firefoxes, inCard, withFirefoxOn, type FirefoxPage } from './firefox-harness.ts';

const ESCAPE = '\uE00C';

/** The popup as a page for the article's tab (`popup.html?tab=N`); its context id. */
async function openPopupFor(p: FirefoxPage): Promise<string> {
  const probe = await p.openExtensionPage('popup.html');
  const articleTab = await p.eval<number>(
    `(async () => { const own = await browser.tabs.getCurrent();
       return (await browser.tabs.query({})).find((t) => t.id !== own.id).id; })()`,
    probe,
  );
  await p.ff.send('browsingContext.navigate', {
    context: probe,
    url: `${await p.eval<string>('location.origin', probe)}/popup.html?tab=${articleTab}`,
    wait: 'complete',
  });
  return probe;
}

const POPUP_IDS = `[...document.querySelectorAll('.entity[data-entity-id]')].map((b) => b.dataset.entityId)`;

for (const firefox of firefoxes()) {
  test.describe(`Firefox ${firefox.version}`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('the popup lists the page, searches offline and switches the site off and on', async () => {
      await withFirefoxOn(firefox, 'article.html', async (p) => {
        const popup = await openPopupFor(p);
        await expect
          .poll(() => p.eval<string[]>(POPUP_IDS, popup))
          .toEqual(
            expect.arrayContaining(['armed-group/islamic-state-khorasan-province', 'person/ashraf-ghani']),
          );

        // Search the whole dataset: a name the page does not contain.
        await p.click(`document.querySelector('input[type=search]')`, popup);
        for (const ch of 'Mogadishu') await p.press(ch, popup);
        await expect
          .poll(() => p.eval<string[]>(POPUP_IDS, popup))
          .toEqual(expect.arrayContaining(['place/geonames-53654']));

        // The site switch takes the highlights away at once, and brings them back.
        const toggle = `document.querySelector('.switch input')`;
        expect(await p.eval<boolean>(`${toggle}.checked`, popup)).toBe(true);
        await p.click(toggle, popup);
        await expect.poll(async () => (await p.highlighted()).size).toBe(0);
        await p.click(toggle, popup);
        await expect.poll(async () => (await p.highlighted()).get('place')?.length ?? 0).toBeGreaterThan(0);
      });
    });

    test('a setting saved on the options page reaches the open page', async () => {
      await withFirefoxOn(firefox, 'article.html', async (p) => {
        expect((await p.highlighted()).get('place')?.length ?? 0).toBeGreaterThan(0);
        const options = await p.openExtensionPage('options.html');
        await expect
          .poll(() => p.eval<boolean>(`document.getElementById('type-place')?.checked ?? null`, options))
          .toBe(true);
        await p.click(`document.getElementById('type-place')`, options);
        await expect
          .poll(() => p.eval<string>(`document.getElementById('status')?.textContent ?? ''`, options))
          .toBe('Saved.');
        await expect.poll(async () => (await p.highlighted()).get('place')?.length ?? 0).toBe(0);
        expect((await p.highlighted()).get('person')?.length ?? 0).toBeGreaterThan(0);
      });
    });

    test('keyboard steps open each mention with focus inside; Escape closes and returns focus', async () => {
      await withFirefoxOn(firefox, 'article.html', async (p) => {
        // What the background sends for the Alt+Shift+N / Alt+Shift+P commands.
        const popup = await openPopupFor(p);
        const step = (direction: string) =>
          p.eval(
            `(async () => { const id = new URLSearchParams(location.search).get('tab');
               return browser.tabs.sendMessage(Number(id), { type: 'step-mention', direction: '${direction}' }); })()`,
            popup,
          );
        await p.ff.send('browsingContext.activate', { context: p.context });
        await p.eval(`document.getElementById('add-late').focus()`);
        expect(await step('next')).toEqual({ ok: true });
        await expect.poll(() => p.eval<string | null>(CARD_NAME)).toBe('Islamic State – Khorasan Province');
        const focusInCard = `document.activeElement?.tagName === 'NEWSCONTEXT-UI'`;
        await expect.poll(() => p.eval<boolean>(focusInCard)).toBe(true);
        expect(await step('next')).toEqual({ ok: true });
        await expect.poll(() => p.eval<string | null>(CARD_NAME)).toBe('Nangarhar');
        await p.press(ESCAPE);
        await expect.poll(() => p.eval<string | null>(CARD_NAME)).toBe(null);
        expect(await p.eval<string>(`document.activeElement?.id ?? ''`)).toBe('add-late');
      });
    });

    test('"Not this one" re-links a name to the reading the reader picks', async () => {
      await withFirefoxOn(firefox, 'reader.html', async (p) => {
        await p.hoverFor('#city', 'Kabul', 'Kabul');
        await p.click(inCard('.why summary'));
        await p.click(inCard('.why .not-this'));
        await p.click(inCard('.why .choice[data-entity-id="place/admin1-af-13"]'));
        await expect
          .poll(() => p.eval<string>(`${inCard('.role')}?.textContent ?? ''`))
          .toContain('Province');
        // Both mentions of "Kabul" follow the choice: the popup lists the province, not the city.
        const popup = await openPopupFor(p);
        await expect
          .poll(() => p.eval<string[]>(POPUP_IDS, popup))
          .toEqual(expect.arrayContaining(['place/admin1-af-13']));
        expect(await p.eval<string[]>(POPUP_IDS, popup)).not.toContain('place/geonames-1138958');
      });
    });

    test('Pin keeps a card in the notebook, and the notebook exports it as JSON', async () => {
      const downloads = mkdtempSync(path.join(tmpdir(), 'newscontext-downloads-'));
      try {
        await withFirefoxOn(
          firefox,
          'article.html',
          async (p) => {
            await p.hoverFor('#lead', 'IS-K', 'Islamic State – Khorasan Province');
            await p.click(inCard('button.pin'));
            await expect
              .poll(() => p.eval<string>(`${inCard('.pin-status')}?.textContent ?? ''`))
              .toContain('Pinned');
            const notebook = await p.openExtensionPage('notebook.html');
            await expect
              .poll(() => p.eval<string>(`document.getElementById('pins')?.textContent ?? ''`, notebook))
              .toContain('IS-K claimed responsibility on Tuesday');
            await p.click(`document.getElementById('download-json')`, notebook);
            // Firefox creates the file before it has written it: wait until it reads whole.
            const read = (): unknown => {
              const f = readdirSync(downloads).find((n) => n.endsWith('.json'));
              try {
                return f ? JSON.parse(readFileSync(path.join(downloads, f), 'utf8')) : null;
              } catch {
                return null;
              }
            };
            await expect.poll(read, { timeout: 10_000 }).toBeTruthy();
            const exported = read() as { projects: { pins: { name: string }[] }[] };
            expect(exported.projects[0]!.pins.map((x) => x.name)).toEqual([
              'Islamic State – Khorasan Province',
            ]);
          },
          {
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
          },
        );
      } finally {
        if (existsSync(downloads)) rmSync(downloads, { recursive: true, force: true });
      }
    });
  });
}
