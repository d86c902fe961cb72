/**
 * Every user setting, in one versioned storage item. Each version bump comes with
 * a migration (tested in tests/unit/settings.test.ts) so no value a user chose is
 * lost on upgrade.
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../engine/types.ts';

/** Version 1 (first release): only the per-site on/off switch. */
export interface SettingsV1 {
  disabledSites: string[];
}

/** Version 2: the options page. `denySites` is v1's `disabledSites`. */
export interface Settings {
  enabledTypes: Record<EntityType, boolean>;
  highlightStyle: 'underline' | 'background' | 'none';
  hoverDelayMs: number;
  firstMentionOnly: boolean;
  /** `all`: run everywhere except the deny list; `allowlist`: only on allowed sites. */
  siteMode: 'all' | 'allowlist';
  allowSites: string[];
  denySites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabledTypes: { person: true, organization: true, 'armed-group': true, place: true, other: true },
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  firstMentionOnly: false,
  siteMode: 'all',
  allowSites: [],
  denySites: [],
};

export function migrateV1toV2(old: SettingsV1 | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, denySites: [...new Set(old?.disabledSites ?? [])] };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1toV2 },
});

/** The site key a switch applies to: the page's host name. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:'
      ? u.hostname || 'file'
      : null;
  } catch {
    return null;
  }
}

export function isSiteEnabled(settings: Settings, site: string | null): boolean {
  if (!site) return false;
  if (settings.denySites.includes(site)) return false;
  return settings.siteMode === 'all' || settings.allowSites.includes(site);
}

export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  // Fill keys added since the value was written, without touching what the user set.
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    enabledTypes: { ...DEFAULT_SETTINGS.enabledTypes, ...stored.enabledTypes },
  };
}

/** Turn the extension on or off for a page's site, persistently. */
export async function setSiteEnabled(url: string, enabled: boolean): Promise<void> {
  const site = siteOf(url);
  if (!site) return;
  const s = await getSettings();
  const deny = new Set(s.denySites);
  const allow = new Set(s.allowSites);
  if (enabled) {
    deny.delete(site);
    if (s.siteMode === 'allowlist') allow.add(site);
  } else {
    deny.add(site);
    allow.delete(site);
  }
  await settingsItem.setValue({ ...s, denySites: [...deny], allowSites: [...allow] });
}

export async function toggleSite(url: string): Promise<void> {
  const s = await getSettings();
  await setSiteEnabled(url, !isSiteEnabled(s, siteOf(url)));
}
