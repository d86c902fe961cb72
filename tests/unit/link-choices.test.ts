import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  aliasKeyOf,
  choiceFor,
  getLinkChoices,
  linkChoicesItem,
  MAX_CHOICE_PAGES,
  pageKeyOf,
  rememberLinkChoice,
} from '../../utils/settings.ts';

describe('link choices ("Not this one")', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is its own storage item, version 1, empty by default', async () => {
    expect(await getLinkChoices()).toEqual({ sites: {}, pages: {} });
    await linkChoicesItem.migrate();
    await rememberLinkChoice('https://news.example/a#top', aliasKeyOf('Kabul', 'Q5838'), 'Q180012');
    const raw = await fakeBrowser.storage.local.get(['linkChoices', 'linkChoices$']);
    expect(raw.linkChoices$).toEqual({ v: 1 });
    // The stored shape: { sites: { [site]: { [aliasKey]: id | null } }, pages: { [url]: { … } } }.
    expect(raw.linkChoices).toEqual({
      sites: { 'news.example': { 'kabul|Q5838': 'Q180012' } },
      pages: { 'https://news.example/a': { 'kabul|Q5838': 'Q180012' } },
    });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('keys a reading by its folded text and the entity the linker chose', () => {
    expect(aliasKeyOf('  Jalālābād ', 'Q1')).toBe('jalalabad|Q1');
    expect(aliasKeyOf('Ashraf\n  Ghani', 'Q2')).toBe('ashraf ghani|Q2');
    expect(aliasKeyOf('Georgia', 'Q230')).not.toBe(aliasKeyOf('Georgia', 'Q1428'));
    expect(pageKeyOf('https://news.example/story?id=1#comments')).toBe('https://news.example/story?id=1');
  });

  it("a page's own choice wins over its site's; other pages follow the site", async () => {
    const key = aliasKeyOf('Georgia', 'Q230');
    await rememberLinkChoice('https://news.example/one', key, 'Q1428');
    await rememberLinkChoice('https://news.example/two', key, null);
    const c = await getLinkChoices();
    expect(choiceFor(c, 'https://news.example/one#x', key)).toBe('Q1428');
    expect(choiceFor(c, 'https://news.example/two', key)).toBeNull();
    expect(choiceFor(c, 'https://news.example/three', key)).toBeNull(); // the site's latest
    expect(choiceFor(c, 'https://other.example/one', key)).toBeUndefined();
    expect(choiceFor(c, 'https://news.example/one', aliasKeyOf('Georgia', 'Q1428'))).toBeUndefined();
  });

  it('forgets the oldest pages beyond the limit, keeping site choices', async () => {
    const key = aliasKeyOf('Kabul', 'Q5838');
    const pages = Object.fromEntries(
      Array.from({ length: MAX_CHOICE_PAGES }, (_, i) => [`https://news.example/${i}`, { [key]: null }]),
    );
    await linkChoicesItem.setValue({ sites: { 'news.example': { [key]: null } }, pages });
    await rememberLinkChoice('https://news.example/new', key, 'Q1');
    const c = await getLinkChoices();
    expect(Object.keys(c.pages)).toHaveLength(MAX_CHOICE_PAGES);
    expect(c.pages['https://news.example/0']).toBeUndefined();
    expect(c.pages['https://news.example/new']).toEqual({ [key]: 'Q1' });
    expect(c.sites['news.example']).toEqual({ [key]: 'Q1' });
  });
});
