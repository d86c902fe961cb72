import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSiteEnabled,
  migrateV1toV2,
  migrateV2toV3,
  scopeFor,
  setSiteEnabled,
  setSiteScope,
  settingsItem,
} from '../../utils/settings.ts';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migration 1 → 2 keeps the sites a user switched off, as the deny list', () => {
    const { scope: _scope, siteScopes: _siteScopes, ...v2 } = DEFAULT_SETTINGS;
    expect(migrateV1toV2({ disabledSites: ['example.com', 'news.example'] })).toEqual({
      ...v2,
      denySites: ['example.com', 'news.example'],
    });
  });

  it('migration 2 → 3 keeps every choice and reads articles, with no site exceptions', () => {
    const v2 = {
      enabledTypes: { person: false, organization: true, 'armed-group': true, place: true, other: true },
      highlightStyle: 'background' as const,
      hoverDelayMs: 900,
      firstMentionOnly: true,
      siteMode: 'allowlist' as const,
      allowSites: ['a.example'],
      denySites: ['b.example'],
    };
    expect(migrateV2toV3(v2)).toEqual({ ...v2, scope: 'article', siteScopes: {} });
  });

  it('upgrades a stored version-2 value on read, losing nothing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, scope: undefined, siteScopes: undefined, hoverDelayMs: 1200 },
      settings$: { v: 2 },
    });
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.hoverDelayMs).toBe(1200);
    expect(s.scope).toBe('article');
    expect(s.siteScopes).toEqual({});
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('reads a site as the whole page when the reader says so, and back', async () => {
    expect(scopeFor(await getSettings(), 'live.example')).toBe('article');
    await setSiteScope('https://live.example/blog', 'page');
    expect(scopeFor(await getSettings(), 'live.example')).toBe('page');
    expect(scopeFor(await getSettings(), 'other.example')).toBe('article');
    await setSiteScope('https://live.example/blog', null);
    expect((await getSettings()).siteScopes).toEqual({});
  });

  it('upgrades a stored version-1 value on read, losing nothing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { disabledSites: ['example.com'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.denySites).toEqual(['example.com']);
    expect(s.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(s.scope).toBe('article');
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('switches a site off and on again, persistently', async () => {
    await setSiteEnabled('https://news.example/story', false);
    expect(isSiteEnabled(await getSettings(), 'news.example')).toBe(false);
    await setSiteEnabled('https://news.example/other', true);
    expect(isSiteEnabled(await getSettings(), 'news.example')).toBe(true);
  });

  it('runs only on allowed sites in allow-list mode', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, siteMode: 'allowlist', allowSites: ['a.example'] });
    const s = await getSettings();
    expect(isSiteEnabled(s, 'a.example')).toBe(true);
    expect(isSiteEnabled(s, 'b.example')).toBe(false);
  });
});
