/**
 * The popover's view of an entity: references resolved to names, each fact with its
 * date and source (fact-dating.ts), a place's context and GeoNames facts
 * (place-card.ts), and the offices held and what held on the article's date
 * (card-terms.ts).
 */
import type { Dataset } from '../data/dataset.ts';
import type { Designation, EntityType, Fact, TermKind } from '../types.ts';
import { curatedDating } from './fact-dating.ts';
import {
  FROM_GEONAMES,
  GEONAMES,
  GEONAMES_RETRIEVED,
  describePlace,
  isCuratedArea,
  placeFacts,
  roleOf,
} from './place-card.ts';
import { termParts } from './card-terms.ts';

export interface CardFact {
  label: string;
  value: string;
  refId?: string;
  /** The date on which the value was known to hold. */
  asOf?: string;
  sourceUrl?: string;
  /** Where the value comes from. */
  source?: { url: string; title: string };
  /** The date the source was read, for a source that does not date its values (GeoNames). */
  retrieved?: string;
  /** Time-sensitive, open-ended and last confirmed before STALE_BEFORE: "last confirmed <Month YYYY>". */
  stale?: boolean;
}

/** One term of one office, as a card lists it. */
export interface CardTerm {
  office: string;
  /** The entity the office belongs to. */
  officeOf: string;
  kind: TermKind;
  holderName: string;
  holder?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when the start is unknown. */
  from?: string;
  /** Absent while current. */
  to?: string;
  acting?: boolean;
  source: { url: string; title: string };
  asOf: string;
  /** Current, but last confirmed before STALE_BEFORE. */
  stale?: boolean;
}

/** What held on a given date (the article's date): a person's offices, an entity's leaders. */
export interface CardThen {
  date: string;
  /** Offices the person held on that date. */
  offices: CardTerm[];
  /** Who led this country, group, organisation or agency on that date. */
  leaders: CardTerm[];
  /** With no office on that date: the last one the person had left before it. */
  former?: CardTerm;
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
  /** A person's terms, current first then latest first. */
  terms?: CardTerm[];
  /** Who held this country's, group's, organisation's or agency's offices: current first, then latest first. */
  holders?: CardTerm[];
  /** With a date (the article's): what held then. */
  then?: CardThen;
}

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

export interface CardOptions {
  /** The article's date (YYYY-MM-DD): the card says what held then. */
  date?: string;
}

export function buildCard(dataset: Dataset, index: number, options: CardOptions = {}): EntityCard {
  const e = dataset.entities[index]!;
  const role = roleOf(dataset, e);
  const curatedFacts = (e.facts ?? []).map((f): CardFact => {
    // A generated country's capital is read from GeoNames, dated by the snapshot: shown as retrieved then.
    const fromGeoNames = f.sourceUrl === GEONAMES.url && (!f.asOf || f.asOf === GEONAMES_RETRIEVED);
    return {
      label: f.label,
      ...formatValue(dataset, f.value),
      ...(fromGeoNames ? FROM_GEONAMES : curatedDating(f)),
    };
  });
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
  const description =
    e.description ?? (e.type === 'place' ? describePlace(dataset, e, role) : `${e.name}: ${role}.`);
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
    ...(e.geo && e.geo.basis !== 'none' && !isCuratedArea(e)
      ? { geo: { lat: e.geo.lat, lon: e.geo.lon, cc: e.geo.cc } }
      : {}),
    dataset: { version: dataset.version, asOf: dataset.asOf },
    ...termParts(dataset, e, options.date),
  };
}
