/**
 * Settings a school or company sets through the browser's policies (`storage.managed`:
 * Chromium's `3rdparty.extensions.<id>` policy, Firefox's `3rdparty.Extensions.<id>` in
 * policies.json), in the manner of uBlock Origin: defaults users may change, locked
 * settings they may not, parts of the UI to hide, and class packs given inline.
 *
 * Every reader (content script, popup, options, background) reads the policy itself,
 * so none waits on another to copy it. Each field is checked on its own: a bad value is
 * dropped with a console warning and the rest of the policy still applies.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../engine/types.ts';
import { HIDEABLE, type Hideable } from './policy-schema.ts';
import type { Settings } from './settings.ts';

/** The settings an administrator may lock or default. */
export const POLICY_SETTINGS = [
  'enabledTypes',
  'highlightStyle',
  'hoverDelayMs',
  'firstMentionOnly',
  'siteMode',
  'allowSites',
  'denySites',
  'scope',
] as const;
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

const types: readonly string[] = ['person', 'organization', 'armed-group', 'place', 'other'];
// Plain checks rather than zod: the content script reads the policy at every page's start,
// and these eight fields do not justify a schema library in its bundle.
const oneOf =
  (...allowed: string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && allowed.includes(v);
const isBoolean = (v: unknown): boolean => typeof v === 'boolean';
const sites = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.length <= 5000 &&
  v.every((s) => typeof s === 'string' && s.length >= 1 && s.length <= 253);
const FIELD: Record<PolicySetting, (value: unknown) => boolean> = {
  enabledTypes: (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(v).every(([t, on]) => types.includes(t) && isBoolean(on)),
  highlightStyle: oneOf('underline', 'background', 'none'),
  hoverDelayMs: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2000,
  firstMentionOnly: isBoolean,
  siteMode: oneOf('all', 'allowlist'),
  allowSites: sites,
  denySites: sites,
  scope: oneOf('article', 'page'),
};

export type PolicyValues = Partial<Omit<Settings, 'enabledTypes' | 'siteScopes'>> & {
  enabledTypes?: Partial<Record<EntityType, boolean>>;
};

export interface ManagedPolicy {
  defaults: PolicyValues;
  locked: PolicyValues;
  hide: Hideable[];
  /** Packs as the administrator gave them, each the text of a JSON or CSV pack; the pack loader checks them. */
  packs: string[];
}

export const EMPTY_POLICY: ManagedPolicy = { defaults: {}, locked: {}, hide: [], packs: [] };

const warn = (what: string, value: unknown): void =>
  console.warn(`[newscontext] managed policy: ignoring ${what}: ${JSON.stringify(value)?.slice(0, 200)}`);

function values(raw: unknown, where: string): PolicyValues {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warn(where, raw);
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const valid = Object.hasOwn(FIELD, key) ? FIELD[key as PolicySetting] : undefined;
    if (valid?.(value)) out[key] = value;
    else warn(`${where}.${key}`, value);
  }
  return out as PolicyValues;
}

/** The policy as the browser gives it, checked field by field. */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null) return EMPTY_POLICY;
  const r = raw as Record<string, unknown>;
  const hide = Array.isArray(r.hide)
    ? r.hide.filter((h): h is Hideable => HIDEABLE.includes(h as Hideable))
    : [];
  if (r.hide !== undefined && (!Array.isArray(r.hide) || hide.length !== r.hide.length)) warn('hide', r.hide);
  const packs = Array.isArray(r.packs) ? r.packs.filter((p): p is string => typeof p === 'string') : [];
  if (r.packs !== undefined && (!Array.isArray(r.packs) || packs.length !== r.packs.length))
    warn('packs', r.packs);
  return { defaults: values(r.defaults, 'defaults'), locked: values(r.locked, 'locked'), hide, packs };
}

/** Read the policy; a browser or profile without one gives the empty policy. */
export async function getPolicy(): Promise<ManagedPolicy> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    // Firefox rejects when no policy names the extension; some browsers lack the area.
    return EMPTY_POLICY;
  }
}

/**
 * The policy as last read, kept by the background. At a browser's launch Chromium answers
 * `storage.managed` only about 3 s after it starts (Debian's Chromium, 5 December 2026),
 * while `storage.local` answers at once: a page's first read then uses this copy, and the
 * policy itself, once read, replaces it (`policyNow`).
 */
export const policyCacheItem = storage.defineItem<ManagedPolicy | null>('local:policyCache', {
  fallback: null,
});

/** Keep `policy` as the copy, written only when it differs from the one kept; true when it did. */
export async function rememberPolicy(policy: ManagedPolicy): Promise<boolean> {
  const kept = await policyCacheItem.getValue();
  if (JSON.stringify(kept) === JSON.stringify(policy)) return false;
  await policyCacheItem.setValue(policy);
  return true;
}

/**
 * The policy for a start that should not wait: `first` is the browser's answer or the
 * kept copy, whichever comes first (the browser's alone when there is no copy yet);
 * `fresh` is the browser's answer.
 */
export function policyNow(): { first: Promise<ManagedPolicy>; fresh: Promise<ManagedPolicy> } {
  const fresh = getPolicy();
  // The copy is checked like the policy itself: a damaged one loses only its bad fields.
  const kept = policyCacheItem.getValue().then(
    (p) => (p ? parsePolicy(p) : fresh),
    () => fresh,
  );
  return { first: Promise.race([fresh, kept]), fresh };
}

/** Settings with the policy applied: its defaults where the user chose nothing, its locks always. */
export function applyPolicy(stored: Settings | null, base: Settings, policy: ManagedPolicy): Settings {
  const start = stored ?? merge(base, policy.defaults);
  const locked = merge(start, policy.locked);
  // A locked scope holds on every site: the reader's per-site exceptions give way.
  return policy.locked.scope === undefined ? locked : { ...locked, siteScopes: {} };
}

function merge(settings: Settings, over: PolicyValues): Settings {
  return {
    ...settings,
    ...over,
    enabledTypes: { ...settings.enabledTypes, ...over.enabledTypes },
  } as Settings;
}

/** Is this setting (or this entity type's switch) locked by the policy? */
export function isLocked(policy: ManagedPolicy, key: PolicySetting, type?: EntityType): boolean {
  if (key === 'enabledTypes' && type) return policy.locked.enabledTypes?.[type] !== undefined;
  return policy.locked[key] !== undefined;
}
