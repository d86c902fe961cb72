/**
 * The country a news site writes from, where the page says: the domain's country-code
 * top-level domain ("thehindu.co.in", "dawn.com.pk", "bbc.co.uk"), else the region of
 * its `og:locale` ("en_IN") or of `<html lang>` ("en-IN"). The linker uses it for
 * acronyms several entities share: "PTI" is the Press Trust of India on an Indian site
 * and Pakistan Tehreek-e-Insaf elsewhere. Plain code over the DOM the content script
 * already reads; a dateline is read by the engine itself (engine/link/link.ts).
 */

/** Country-code domains sold as generic names: they say nothing about where a site is. */
const GENERIC_CC = new Set([
  'ai',
  'co',
  'fm',
  'io',
  'ly',
  'me',
  'tv',
  'ws',
  'cc',
  'to',
  'gg',
  'sh',
  'so',
  'am',
]);
/** Top-level domains whose ISO code differs. */
const TLD_TO_ISO: Record<string, string> = { uk: 'GB' };

/** The ISO 3166 country of a host name's country-code domain, or null ("www.dawn.com.pk" → "PK"). */
export function countryOfHost(host: string): string | null {
  const tld = /\.([a-z]{2})\.?$/i.exec(host.trim())?.[1]?.toLowerCase();
  if (!tld || GENERIC_CC.has(tld) || tld === 'eu') return null;
  return TLD_TO_ISO[tld] ?? tld.toUpperCase();
}

/** The region of a locale tag, or null ("en_IN", "en-in" → "IN"; "en" → null). */
export function countryOfLocale(locale: string | null | undefined): string | null {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})(?:$|[-_])/i.exec((locale ?? '').trim())?.[1];
  return region ? region.toUpperCase() : null;
}

/** The page's country: the domain first (a site's own), then `og:locale`, then `<html lang>`. */
export function detectSiteCountry(doc: Document, url: string): string | null {
  let host = '';
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
  } catch {
    // not a URL: no domain to read
  }
  const fromHost = host ? countryOfHost(host) : null;
  if (fromHost) return fromHost;
  const og = doc.querySelector('meta[property="og:locale"], meta[name="og:locale"]')?.getAttribute('content');
  return countryOfLocale(og) ?? countryOfLocale(doc.documentElement?.getAttribute('lang'));
}
