/**
 * First-level divisions (all countries), districts (focus countries) and cities
 * from GeoNames, with a point: its own for cities, its seat (or its largest town)
 * for divisions. Country, province, population and source are read from `geo` at
 * run time (engine/place-facts.ts) rather than repeated in 35,000 records.
 */
import { admin1PlaceId, admin2PlaceId, cityPlaceId } from '../../../dataset/place-ids.ts';
import { ALIAS_AMBIGUOUS, ALIAS_FOREIGN, ALIAS_NAME } from '../../../engine/types.ts';
import type { BuildAlias, BuildEntity } from '../build-types.ts';
import { isArabicScript, keepAlternate, type AdminRow, type GeoRow } from './geonames.ts';
import { hasTypeWord } from './type-words.ts';

/**
 * Armed conflict on their soil at some time from 2020 to 2026 (reasons in dataset/README.md).
 * Their 11,800 districts are a long tail whose names are often everyday words in
 * Spanish, Turkish or Indonesian ("Matanza", "Libertad", "Merkez"): a bare district
 * name there is flagged ambiguous, so it never vouches for its country by itself and
 * links only with its country and province on the page.
 */
export const WIDER_CONFLICT_COUNTRIES = [
  'CO', 'MX', 'MZ', 'CM', 'CF', 'IL', 'RU', 'AZ', 'AM', 'HT', 'PH', 'IN', 'IR', 'KE', 'BI', 'BJ', 'TG', 'VE', 'EG',
  'TR', 'TH', 'KH', 'ID', 'EC', 'UG', 'KG', 'TJ',
]; // prettier-ignore

/** Countries whose districts (GeoNames admin2) are in the dataset: where conflict news names districts. */
export const FOCUS_COUNTRIES: readonly string[] = [
  'AF', 'PK', 'IQ', 'SY', 'YE', 'SO', 'NG', 'ML', 'BF', 'NE', 'SD', 'UA', 'MM', 'SS', 'LY', 'TD', 'ET', 'CD', 'LB', 'PS',
  ...WIDER_CONFLICT_COUNTRIES,
]; // prettier-ignore

const DIVISION_SUFFIX =
  / (Province|Governorate|Oblast|Region|State|District|Prefecture|County|Department|Muhafazah|Wilayah|Division|Territory|Municipality)$/i;

/**
 * A division's names: its GeoNames name, and either that name without its kind
 * ("Sanaa Governorate" → "Sanaa") or, for a bare name, the name news gives it
 * ("Kandahar" → "Kandahar Province", "Achin" → "Achin District"). A name that
 * already says what it is ("Kyiv City", "Tatarstan Republic", "Saint John Parish",
 * "Kalush Raion") gets nothing added: the generator never stacks one kind on another.
 */
function divisionAliases(name: string, kind: string | null): BuildAlias[] {
  const aliases: BuildAlias[] = [{ text: name, flags: ALIAS_NAME }];
  const bare = name.replace(DIVISION_SUFFIX, '');
  if (bare !== name) aliases.push({ text: bare, flags: 0 });
  else if (kind && !hasTypeWord(name)) aliases.push({ text: `${name} ${kind}`, flags: 0 });
  return aliases;
}

/**
 * The word news adds to a bare first-level division's name, where it is not
 * "Province" ("Nicosia District"), or null where English never adds one
 * ("Texas", "Bavaria", "Normandy"). Checked by hand; everywhere else "Province" is
 * the form the news uses, even for governorates and oblasts ("Anbar province").
 */
const ADMIN1_KIND: Record<string, string | null> = {
  CY: 'District', US: null, GB: null, DE: null, AT: null, CH: null, AU: null, FR: null,
}; // prettier-ignore

interface Point {
  lat: number;
  lon: number;
  basis: string;
  /** GeoNames id of the division's seat, when GeoNames marks one. */
  seat?: number;
}

/** A division's point: the seat GeoNames marks, else its most populous town. */
function divisionPoint(rows: GeoRow[] | undefined, seatCodes: string[]): Point | undefined {
  if (!rows || rows.length === 0) return undefined;
  const seat = rows.find((r) => seatCodes.includes(r.featureCode));
  const best = seat ?? rows.reduce((a, b) => (b.population > a.population ? b : a));
  return seat
    ? { lat: seat.lat, lon: seat.lon, basis: 'seat', seat: seat.geonameId }
    : { lat: best.lat, lon: best.lon, basis: 'centroid' };
}

const seatOf = (p: Point): { seat?: number } => (p.seat ? { seat: p.seat } : {});

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** "Kandahar" alone means the city; the province keeps "Kandahar Province" and needs context otherwise. */
function admin1Aliases(name: string, cc: string, rows: GeoRow[]): BuildAlias[] {
  const seats = rows.filter((r) => r.featureCode === 'PPLA' || r.featureCode === 'PPLC');
  const seatNames = new Set(seats.flatMap((r) => [r.name, r.asciiName]));
  const kind = Object.hasOwn(ADMIN1_KIND, cc) ? (ADMIN1_KIND[cc] ?? null) : 'Province';
  return divisionAliases(name, kind)
    .filter((a, i) => i === 0 || !seatNames.has(a.text))
    .map((a, i) => (i === 0 && seatNames.has(a.text) ? { ...a, flags: a.flags | ALIAS_AMBIGUOUS } : a));
}

export function generateAdmin1(
  admin1: AdminRow[],
  cities: GeoRow[],
  qids: Map<string, string>,
): BuildEntity[] {
  const byAdmin = group(cities, (r) => `${r.cc}.${r.admin1}`);
  return admin1.map((a) => {
    const [cc, code] = a.code.split('.') as [string, string];
    const rows = byAdmin.get(a.code);
    const point = divisionPoint(rows, ['PPLA', 'PPLC']);
    const qid = qids.get(`${cc}|${a.name}`);
    return {
      origin: 'generated:admin1',
      aliases: admin1Aliases(a.name, cc, rows ?? []),
      entity: {
        id: admin1PlaceId(a.code),
        type: 'place',
        subtype: 'admin1',
        name: a.name,
        // Below the minor-place line: a province links only with its country or towns on the page.
        prior: 0.44,
        ...(qid ? { wikidata: qid } : {}),
        ...(point
          ? { geo: { lat: point.lat, lon: point.lon, cc, a1: code, basis: point.basis, ...seatOf(point) } }
          : {}),
      },
    };
  });
}

export function generateAdmin2(admin2: AdminRow[], cities: GeoRow[]): BuildEntity[] {
  const byAdmin = group(cities, (r) => `${r.cc}.${r.admin1}.${r.admin2}`);
  return admin2
    .filter((a) => FOCUS_COUNTRIES.includes(a.code.slice(0, 2)))
    .map((a) => {
      const [cc, a1, a2] = a.code.split('.') as [string, string, string];
      const point = divisionPoint(byAdmin.get(a.code), ['PPLA2', 'PPLA', 'PPLC']);
      return {
        origin: 'generated:admin2',
        aliases: divisionAliases(a.name, 'District').map((al) =>
          WIDER_CONFLICT_COUNTRIES.includes(cc) && al.text === a.name
            ? { ...al, flags: al.flags | ALIAS_AMBIGUOUS }
            : al,
        ),
        entity: {
          id: admin2PlaceId(a.code),
          type: 'place',
          subtype: 'admin2',
          name: a.name,
          prior: 0.3,
          ...(point
            ? { geo: { lat: point.lat, lon: point.lon, cc, a1, a2, basis: point.basis, ...seatOf(point) } }
            : {}),
        },
      };
    });
}

/** Linking prior from size and status: a capital of millions outranks a market town. */
export function cityPrior(row: GeoRow): number {
  const size = 0.25 + 0.07 * Math.log10(Math.max(1000, row.population) / 1000);
  const status = row.featureCode === 'PPLC' ? 0.2 : row.featureCode === 'PPLA' ? 0.04 : 0;
  return Math.min(0.9, Math.round((size + status) * 1000) / 1000);
}

/** Towns smaller than this whose name is also a common first name or surname need strong context. */
const NAME_LIKE_TOWN_POPULATION = 500_000;

export function generateCities(
  cities: GeoRow[],
  knownAdmin1: Set<string>,
  commonWords: ReadonlySet<string>,
  nameLike: ReadonlySet<string>,
): BuildEntity[] {
  return cities.map((r) => {
    const nameFlag =
      r.population < NAME_LIKE_TOWN_POPULATION && r.featureCode !== 'PPLC' ? ALIAS_AMBIGUOUS : 0;
    const flagFor = (text: string) => (nameLike.has(text.toLowerCase()) ? nameFlag : 0);
    const aliases = new Map<string, number>([[r.name, ALIAS_NAME | flagFor(r.name)]]);
    if (r.asciiName && !aliases.has(r.asciiName)) aliases.set(r.asciiName, flagFor(r.asciiName));
    for (const alt of r.alternates) {
      if (!aliases.has(alt) && keepAlternate(alt, commonWords) && !nameLike.has(alt.toLowerCase())) {
        aliases.set(alt, ALIAS_FOREIGN);
      }
    }
    return {
      origin: 'generated:cities',
      aliases: [...aliases].map(([text, flags]) => ({
        text,
        flags: flags | (isArabicScript(text) ? ALIAS_FOREIGN : 0),
      })),
      entity: {
        id: cityPlaceId(r.geonameId),
        type: 'place',
        subtype: r.population >= 100000 || r.featureCode === 'PPLC' ? 'city' : 'town',
        name: r.name,
        prior: cityPrior(r),
        geo: {
          lat: r.lat,
          lon: r.lon,
          cc: r.cc,
          ...(r.admin1 && knownAdmin1.has(`${r.cc}.${r.admin1}`) ? { a1: r.admin1 } : {}),
          ...(r.admin2 ? { a2: r.admin2 } : {}),
          ...(r.population ? { pop: r.population } : {}),
          gid: r.geonameId,
        },
      },
    };
  });
}
