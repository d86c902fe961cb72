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

/** Support from the rest of the page, 0..1; an entity never supports itself. */
export function contextScore(dataset: Dataset, e: number, ctx: PageContext, soft: Set<number>): number {
  const entity = dataset.entities[e]!;
  const geo = entity.geo;
  const self = ctx.anchors.has(e) || soft.has(e) ? 1 : 0;
  let rel = 0;
  for (const r of dataset.related[e]!) if (r !== e && ctx.anchors.has(r)) rel++;
  let score = Math.min(0.8, rel * 0.4);
  if (entity.subtype === 'country') {
    const cc = entity.id.slice('place/country-'.length).toUpperCase();
    if ((ctx.countries.get(cc) ?? 0) - self > 0) score += 0.35;
  } else if (geo) {
    const country = dataset.countryByCode.get(geo.cc);
    if ((country !== undefined && ctx.anchors.has(country)) || (ctx.countries.get(geo.cc) ?? 0) - self > 0) {
      score += 0.35;
    }
    if (geo.a1) {
      const code = `${geo.cc}.${geo.a1}`;
      const province = dataset.admin1ByCode.get(code);
      const provinceOnPage = province !== undefined && province !== e && ctx.anchors.has(province);
      if (provinceOnPage || (ctx.admin1.get(code) ?? 0) - self > 0) score += 0.35;
    }
  }
  return Math.min(1, score);
}
