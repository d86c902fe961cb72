/**
 * The popup's writes, made by the background (utils/background/popup-writes.ts) from
 * the messages the popup sends, checked by the same schema the background uses.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPopupWrite } from '../../utils/background/popup-writes.ts';
import { pageDatesItem, pageKey } from '../../utils/page-dates.ts';
import { backgroundRequest, isPopupWrite } from '../../utils/protocol.ts';
import { getSettings, isSiteEnabled, scopeFor } from '../../utils/settings.ts';

const URL_A = 'https://news.example/world/story#top';

/** As the background gets it: parsed, then routed. */
async function send(message: unknown) {
  const req = backgroundRequest.parse(message);
  if (!isPopupWrite(req)) throw new Error(`${req.type} is not a popup write`);
  return applyPopupWrite(req);
}

describe('popup writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches a site off and on again, leaving other sites alone', async () => {
    await send({ type: 'site-switch', url: 'https://other.example/', enabled: false });
    await send({ type: 'site-switch', url: URL_A, enabled: false });
    let s = await getSettings();
    expect(isSiteEnabled(s, 'news.example')).toBe(false);
    expect(await send({ type: 'site-switch', url: URL_A, enabled: true })).toEqual({ ok: true });
    s = await getSettings();
    expect(isSiteEnabled(s, 'news.example')).toBe(true);
    expect(isSiteEnabled(s, 'other.example')).toBe(false);
  });

  it("sets a site's scope, and drops it with null", async () => {
    await send({ type: 'site-scope', url: URL_A, scope: 'page' });
    expect(scopeFor(await getSettings(), 'news.example')).toBe('page');
    await send({ type: 'site-scope', url: URL_A, scope: null });
    const s = await getSettings();
    expect(scopeFor(s, 'news.example')).toBe('article');
    expect(s.siteScopes).toEqual({});
  });

  it("corrects a page's date and removes the correction", async () => {
    await send({ type: 'page-date', url: URL_A, date: '2021-08-27' });
    expect((await pageDatesItem.getValue())[pageKey(URL_A)]?.date).toBe('2021-08-27');
    await send({ type: 'page-date', url: URL_A, date: null });
    expect(await pageDatesItem.getValue()).toEqual({});
  });

  it('refuses a malformed write before anything is stored', async () => {
    await expect(send({ type: 'page-date', url: URL_A, date: '27/08/2021' })).rejects.toThrow();
    await expect(send({ type: 'site-scope', url: URL_A, scope: 'everything' })).rejects.toThrow();
    await expect(send({ type: 'site-switch', url: URL_A })).rejects.toThrow();
    expect(await pageDatesItem.getValue()).toEqual({});
    expect(await getSettings()).toMatchObject({ denySites: [], siteScopes: {} });
  });
});
