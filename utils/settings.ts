/**
 * Every user setting, in one versioned storage item. Each version bump comes with
 * a migration (tested in tests/unit/settings.test.ts) so no value a user chose is
 * lost on upgrade.
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../engine/types.ts';
import { applyPolicy, getPolicy, policyNow, type ManagedPolicy } from './policy.ts';
import { saveVersioned } from './versioned-item.ts';

/** Version 1 (first release): only the per-site on/off switch. */
export interface SettingsV1 {
  disabledSites: string[];
}

/** Version 2: the options page. `denySites` is v1's `disabledSites`. */
export type SettingsV2 = Omit<Settings, 'scope' | 'siteScopes'>;

/** What a page's scan reads: the article found on it (falling back to the page), or the whole page. */
export type ReadScope = 'article' | 'page';

/** Version 3: what to read (issue #12), with per-site exceptions for live blogs and homepages. */
export interface Settings {
  enabledTypes: Record<EntityType, boolean>;
  highlightStyle: 'underline' | 'background' | 'none';
  hoverDelayMs: number;
  firstMentionOnly: boolean;
  /** `all`: run everywhere except the deny list; `allowlist`: only on allowed sites. */
  siteMode: 'all' | 'allowlist';
  allowSites: string[];
  denySites: string[];
  /** The default: `article` reads the article the page holds; `page` the whole page less its chrome. */
  scope: ReadScope;
  /** Sites (host names) read otherwise than `scope`, e.g. `{ "live.example": "page" }`. */
  siteScopes: Record<string, ReadScope>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabledTypes: { person: true, organization: true, 'armed-group': true, place: true, other: true },
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  firstMentionOnly: false,
  siteMode: 'all',
  allowSites: [],
  denySites: [],
  scope: 'article',
  siteScopes: {},
};

export function migrateV1toV2(old: SettingsV1 | SettingsV2 | null | undefined): SettingsV2 {
  // A later value whose version mark was lost (see `saveSettings`) is not version 1: resetting
  // it would drop every choice the reader made.
  if (old && 'denySites' in old) return old;
  const { scope: _scope, siteScopes: _siteScopes, ...v2 } = DEFAULT_SETTINGS;
  return { ...v2, denySites: [...new Set(old?.disabledSites ?? [])] };
}

/** 2 → 3: every choice kept; pages are read as articles, as the new default, with no site exceptions. */
export function migrateV2toV3(old: SettingsV2 | Settings | null | undefined): Settings {
  const v3 = old as Partial<Settings> | null | undefined;
  return { ...DEFAULT_SETTINGS, ...old, scope: v3?.scope ?? 'article', siteScopes: v3?.siteScopes ?? {} };
}

/** The settings' storage version: one migration per step (a test for each). */
const SETTINGS_VERSION = 3;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});

/** Save the settings, value and version mark in one write (see `saveVersioned`). */
export const saveSettings = (value: Settings): Promise<void> =>
  saveVersioned(settingsItem, SETTINGS_VERSION, value);

/** What to read on a site: its own exception, else the default. */
export function scopeFor(settings: Settings, site: string | null): ReadScope {
  return (site ? settings.siteScopes?.[site] : undefined) ?? settings.scope ?? 'article';
}

/** Read a page's site as its article or as the whole page; `null` drops the exception (the default applies). */
export async function setSiteScope(url: string, scope: ReadScope | null): Promise<void> {
  const site = siteOf(url);
  if (!site) return;
  const s = await getSettings();
  const siteScopes = { ...s.siteScopes };
  if (scope === null || scope === s.scope) delete siteScopes[site];
  else siteScopes[site] = scope;
  await saveSettings({ ...s, siteScopes });
}

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

/** The stored settings, with keys added since they were written filled in; null when none are stored. */
async function readStored(): Promise<Settings | null> {
  // One round trip where the stored value is already at the current version (the usual
  // case): the item's own read waits for its migration check and then reads again, and a
  // page's first highlight waits for the settings (issue #14).
  const [raw, meta] = await Promise.all([
    storage.getItem<Settings>('local:settings'),
    storage.getMeta<{ v?: number }>('local:settings'),
  ]);
  if (raw === null) return null;
  const stored = (meta.v ?? 1) === SETTINGS_VERSION ? raw : await settingsItem.getValue();
  // Fill keys added since the value was written, without touching what the user set.
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    enabledTypes: { ...DEFAULT_SETTINGS.enabledTypes, ...stored.enabledTypes },
  };
}

const withPolicy = async (stored: Promise<Settings | null>, policy: Promise<ManagedPolicy>) => {
  const [s, p] = await Promise.all([stored, policy]);
  return applyPolicy(s, DEFAULT_SETTINGS, p);
};

/** The settings in force: the user's, filled with defaults, under the administrator's policy. */
export function getSettings(): Promise<Settings> {
  return withPolicy(readStored(), getPolicy());
}

/**
 * The settings for a page's start (`policyNow`): `first` with the policy's kept copy when
 * the browser is slow to give the policy (a browser just launched), `fresh` with the
 * policy as the browser gives it, which the page then follows if it differs.
 */
export function readSettings(): { first: Promise<Settings>; fresh: Promise<Settings> } {
  const stored = readStored();
  const { first, fresh } = policyNow();
  return { first: withPolicy(stored, first), fresh: withPolicy(stored, fresh) };
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
  await saveSettings({ ...s, denySites: [...deny], allowSites: [...allow] });
}

export async function toggleSite(url: string): Promise<void> {
  const s = await getSettings();
  await setSiteEnabled(url, !isSiteEnabled(s, siteOf(url)));
}

// ── "Not this one": the reader's own link choices ────────────────────────────

/**
 * What a reader chose with "Not this one", in a second storage item. A choice maps
 * an alias key (see `aliasKeyOf`) to the entity the reader meant, or `null` for
 * "this is not a link". Each choice is kept for its page (URL without hash), which
 * wins, and for its site (host name), the default for the site's other pages.
 */
export type ChoiceMap = Record<string, string | null>;
export interface LinkChoices {
  sites: Record<string, ChoiceMap>;
  pages: Record<string, ChoiceMap>;
}

export const EMPTY_LINK_CHOICES: LinkChoices = { sites: {}, pages: {} };
/** Oldest pages are forgotten beyond this (their site-wide choices stay). */
export const MAX_CHOICE_PAGES = 500;

export const linkChoicesItem = storage.defineItem<LinkChoices>('local:linkChoices', {
  fallback: EMPTY_LINK_CHOICES,
  version: 1,
});

/** The page a choice belongs to: the URL without its hash. */
export function pageKeyOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * The key of one reading: the matched text, folded (case, diacritics, spacing),
 * and the entity the linker chose for it. "Georgia" read as the country and
 * "Georgia" read as the US state are two keys.
 */
export function aliasKeyOf(alias: string, linkedId: string): string {
  const folded = alias.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${folded}|${linkedId}`;
}

export async function getLinkChoices(): Promise<LinkChoices> {
  const stored = await linkChoicesItem.getValue();
  return { sites: stored?.sites ?? {}, pages: stored?.pages ?? {} };
}

/** The choice in force on a page: the page's own, else the site's; undefined when none. */
export function choiceFor(choices: LinkChoices, url: string, aliasKey: string): string | null | undefined {
  const page = choices.pages[pageKeyOf(url)];
  if (page && aliasKey in page) return page[aliasKey];
  const site = siteOf(url);
  const forSite = site ? choices.sites[site] : undefined;
  if (forSite && aliasKey in forSite) return forSite[aliasKey];
  return undefined;
}

/** Remember a choice for the page and its site. */
export async function rememberLinkChoice(
  url: string,
  aliasKey: string,
  entityId: string | null,
): Promise<void> {
  const site = siteOf(url);
  if (!site) return;
  const c = await getLinkChoices();
  const page = pageKeyOf(url);
  const pages = { ...c.pages };
  delete pages[page]; // re-inserted last: insertion order is recency
  pages[page] = { ...c.pages[page], [aliasKey]: entityId };
  const keys = Object.keys(pages);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_CHOICE_PAGES))) delete pages[old];
  await linkChoicesItem.setValue({
    sites: { ...c.sites, [site]: { ...c.sites[site], [aliasKey]: entityId } },
    pages,
  });
}
