/**
 * What the rest of a page says about a candidate: entities already linked there,
 * and how many of its places lie in each country and province.
 */
import type { Dataset } from './dataset.ts';

export interface PageContext {
  /** Entities linked, or named unambiguously, on the page. */
  anchors: Set<number>;
  /** Places on the page by country code and by `cc.a1`, counting anchors and unambiguous minor places. */
  countries: Map<string, number>;
  admin1: Map<string, number>;
  /** Entities named on the page by a full (non-partial) alias. */
  fullNamed: Set<number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export function contextOf(
  dataset: Dataset,
  anchors: Set<number>,
  soft: Set<number>,
  fullNamed: Set<number>,
): PageContext {
  const countries = new Map<string, number>();
  const admin1 = new Map<string, number>();
  for (const a of new Set([...anchors, ...soft])) {
    const geo = dataset.entities[a]!.geo;
    if (!geo) continue;
    bump(countries, geo.cc);
    if (geo.a1) bump(admin1, `${geo.cc}.${geo.a1}`);
  }
  return { anchors, countries, admin1, fullNamed };
}

/**
 * Support from the rest of the page, 0..1. An entity never supports itself, and
 * neither do its rivals for the same words (`rivals`): "Guatemala" the country must
 * not vouch for "Guatemala" the city.
 */
export function contextScore(
  dataset: Dataset,
  e: number,
  ctx: PageContext,
  soft: Set<number>,
  rivals: readonly number[] = [],
): number {
  const entity = dataset.entities[e]!;
  const geo = entity.geo;
  const present = (x: number) => ctx.anchors.has(x) || soft.has(x);
  const discounted = [e, ...rivals].filter((x, i, all) => present(x) && all.indexOf(x) === i);
  /** Places on the page in `cc` (and `a1`), not counting this entity or its rivals. */
  const othersIn = (cc: string, a1?: string): number => {
    const total = a1 ? (ctx.admin1.get(`${cc}.${a1}`) ?? 0) : (ctx.countries.get(cc) ?? 0);
    const own = discounted.filter((x) => {
      const g = dataset.entities[x]!.geo;
      return g?.cc === cc && (!a1 || g.a1 === a1);
    }).length;
    return total - own;
  };
  const supports = (x: number | undefined) =>
    x !== undefined && x !== e && !rivals.includes(x) && ctx.anchors.has(x);
  let rel = 0;
  for (const r of dataset.related[e]!) if (supports(r)) rel++;
  let score = Math.min(0.8, rel * 0.4);
  // An actor is supported by places on the page in the countries it is tied to:
  // Ansar al-Sharia beside Tunis is the Tunisian group, not the Yemeni one.
  let countriesPresent = 0;
  for (const cc of dataset.relatedCountries[e]!) if (othersIn(cc) > 0) countriesPresent++;
  score += Math.min(0.4, countriesPresent * 0.2);
  if (entity.subtype === 'country') {
    if (othersIn(entity.id.slice('place/country-'.length).toUpperCase()) > 0) score += 0.35;
  } else if (geo) {
    if (supports(dataset.countryByCode.get(geo.cc)) || othersIn(geo.cc) > 0) score += 0.35;
    // The province named on the page is strong support; another town somewhere in a
    // province as large as England is weak.
    if (geo.a1 && supports(dataset.admin1ByCode.get(`${geo.cc}.${geo.a1}`))) score += 0.35;
    else if (geo.a1 && othersIn(geo.cc, geo.a1) > 0) score += 0.15 + (othersIn(geo.cc, geo.a1) > 1 ? 0.1 : 0);
  }
  return Math.min(1, score);
}
