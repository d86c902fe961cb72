import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSiteEnabled,
  migrateV1toV2,
  setSiteEnabled,
  settingsItem,
} from '../../utils/settings.ts';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migration 1 → 2 keeps the sites a user switched off, as the deny list', () => {
    expect(migrateV1toV2({ disabledSites: ['example.com', 'news.example'] })).toEqual({
      ...DEFAULT_SETTINGS,
      denySites: ['example.com', 'news.example'],
    });
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
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
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
