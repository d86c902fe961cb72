/** The options page's pure logic: host names for the site lists and the hover delay. */
import type { EntityType } from '../../engine/types.ts';
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';

export const MIN_DELAY_MS = 0;
export const MAX_DELAY_MS = 2000;
export const DELAY_STEP_MS = 50;

/** The order the options page lists the types in (the same as the popup). */
export const TYPE_ORDER: EntityType[] = ['person', 'organization', 'armed-group', 'place', 'other'];

/** The message key of an entity type's name, e.g. `type_armed_group`. */
export const typeKey = (type: EntityType): string => `type_${type.replace('-', '_')}`;

/**
 * The site key (as `siteOf` in utils/settings.ts gives it) for what a person typed:
 * a host name, or a URL whose host is taken. Lower-cased, IDN to punycode, port and
 * path dropped. `file` stands for local files. Null when it is not a host name.
 */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (text === 'file' || text.startsWith('file:')) return 'file';
  if (text.startsWith('*.')) text = text.slice(2);
  if (text.startsWith('//')) text = text.slice(2);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.replace(/\.$/, '');
  if (!host || host.startsWith('.') || host.includes('..')) return null;
  // IPv6 literals keep their brackets, as URL.hostname gives them.
  if (host.startsWith('[')) return host;
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  if (host.split('.').some((label) => !label || label.startsWith('-') || label.endsWith('-'))) return null;
  return host;
}

/** The list with `host` added once (at the end), or unchanged if it is already there. */
export function addHost(list: readonly string[], host: string): string[] {
  return list.includes(host) ? [...list] : [...list, host];
}

export function removeHost(list: readonly string[], host: string): string[] {
  return list.filter((h) => h !== host);
}

/** A hover delay in whole milliseconds within 0–2000; the default for anything not a number. */
export function clampDelay(value: number | string): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(value);
  if (!Number.isFinite(n)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, Math.round(n)));
}
