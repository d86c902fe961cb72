/**
 * What the rest of a page says about a candidate: entities already linked there,
 * and how many of its places lie in each country and province. This runs for
 * every candidate of every span, twice per page, so it allocates nothing per call.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Candidate } from '../match/select.ts';

export interface PageContext {
  /** Entities linked, or named unambiguously, on the page. */
  anchors: Set<number>;
  /** Unambiguous minor places (towns) on the page: they count for geography only. */
  soft: Set<number>;
  /** Places on the page by country code and by `cc.a1`, counting anchors and soft places. */
  countries: Map<string, number>;
  admin1: Map<string, number>;
  /** Entities named on the page by a full (non-partial) alias. */
  fullNamed: Set<number>;
  /**
   * For each `cc.a1`, the candidates of the page's names that could be a place there
   * ("Atlanta", "Savannah", "Augusta" all could be in Georgia, US): several names agreeing
   * on one province are weak support where nothing on the page is certain. Built on first
   * ask: most pages never need it.
   */
  possible: () => Possible;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function contextOf(
  dataset: Dataset,
  anchors: Set<number>,
  soft: Set<number>,
  fullNamed: Set<number>,
  possible: () => Possible = () => new Map(),
): PageContext {
  const countries = new Map<string, number>();
  const admin1 = new Map<string, number>();
  const count = (a: number): void => {
    const e = dataset.entities[a]!;
    // A region's map point says nothing about which country the page is about: "Europe" is not Czechia.
    if (e.subtype === 'region') return;
    const geo = e.geo;
    if (!geo) {
      // An actor tied to one or two countries says where the page is: Bill Clinton puts
      // "Washington" in the United States. Actors tied to many say nothing.
      const ccs = dataset.relatedCountries[a]!;
      if (ccs.length <= 2) for (const cc of ccs) bump(countries, cc);
      return;
    }
    bump(countries, geo.cc);
    if (geo.a1) bump(admin1, `${geo.cc}.${geo.a1}`);
  };
  for (const a of anchors) count(a);
  for (const a of soft) if (!anchors.has(a)) count(a);
  return { anchors, soft, countries, admin1, fullNamed, possible };
}

type Possible = Map<string, (readonly Candidate[])[]>;

/** The `possible` map of `PageContext` from the candidates of the page's names. */
export function possiblePlaces(dataset: Dataset, names: Iterable<readonly Candidate[]>): Possible {
  const out: Possible = new Map();
  for (const candidates of names) {
    const keys: string[] = [];
    for (const c of candidates) {
      const e = dataset.entities[c.entity]!;
      if (!e.geo?.a1 || e.type !== 'place') continue;
      const k = `${e.geo.cc}.${e.geo.a1}`;
      if (keys.includes(k)) continue;
      keys.push(k);
      let list = out.get(k);
      if (!list) out.set(k, (list = []));
      list.push(candidates);
    }
  }
  return out;
}

/** How many other names of the page could be a place in `cc.a1`. */
function possiblyIn(ctx: PageContext, self: readonly number[], key: string): number {
  let n = 0;
  for (const candidates of ctx.possible().get(key) ?? []) {
    if (!candidates.some((c) => self.includes(c.entity))) n++;
  }
  return n;
}

const relatedSets = new WeakMap<Dataset, Map<number, Set<number>>>();

/** The relations of an entity as a set, built once per entity that needs it. */
function relatedSet(dataset: Dataset, e: number): Set<number> {
  let byEntity = relatedSets.get(dataset);
  if (!byEntity) relatedSets.set(dataset, (byEntity = new Map()));
  let set = byEntity.get(e);
  if (!set) byEntity.set(e, (set = new Set(dataset.related[e])));
  return set;
}

/** Other names that could lie in a province, for the weak support below. */
const POSSIBLE_NAMES = 2;
const POSSIBLE_SUPPORT = 0.15;

const onPage = (ctx: PageContext, x: number): boolean => ctx.anchors.has(x) || ctx.soft.has(x);

/**
 * Places on the page in `cc` (and `a1`), not counting the entity itself or its
 * rivals for the same words.
 */
function othersIn(
  dataset: Dataset,
  ctx: PageContext,
  self: readonly number[],
  cc: string,
  a1?: string,
): number {
  let n = a1 ? (ctx.admin1.get(`${cc}.${a1}`) ?? 0) : (ctx.countries.get(cc) ?? 0);
  if (n === 0) return 0;
  for (let i = 0; i < self.length; i++) {
    const x = self[i]!;
    if (self.indexOf(x) !== i || !onPage(ctx, x)) continue;
    const g = dataset.entities[x]!.geo;
    if (g?.cc === cc && (!a1 || g.a1 === a1)) n--;
  }
  return n;
}

/** The entity and its rivals for the same words: none of them supports another. */
const withRivals = (e: number, rivals: readonly number[]): readonly number[] =>
  rivals.includes(e) ? rivals : [e, ...rivals];

/** An anchor other than the entity and its rivals. */
function supports(ctx: PageContext, self: readonly number[], x: number | undefined): boolean {
  return x !== undefined && !self.includes(x) && ctx.anchors.has(x);
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
  rivals: readonly number[] = [],
): number {
  const self = withRivals(e, rivals);
  const entity = dataset.entities[e]!;
  const geo = entity.geo;
  let rel = 0;
  const related = dataset.related[e]!;
  if (related.length <= ctx.anchors.size) {
    for (const r of related) if (supports(ctx, self, r)) rel++;
  } else {
    // A country is related to hundreds of actors: walk the page's few anchors instead.
    const set = relatedSet(dataset, e);
    for (const a of ctx.anchors) if (set.has(a) && supports(ctx, self, a)) rel++;
  }
  let score = Math.min(0.8, rel * 0.4);
  // An actor is supported by places on the page in the countries it is tied to:
  // Ansar al-Sharia beside Tunis is the Tunisian group, not the Yemeni one.
  let countriesPresent = 0;
  for (const cc of dataset.relatedCountries[e]!) if (othersIn(dataset, ctx, self, cc) > 0) countriesPresent++;
  score += Math.min(0.4, countriesPresent * 0.2);
  if (entity.subtype === 'country') {
    if (othersIn(dataset, ctx, self, entity.id.slice('place/country-'.length).toUpperCase()) > 0)
      score += 0.35;
  } else if (geo) {
    if (supports(ctx, self, dataset.countryByCode.get(geo.cc)) || othersIn(dataset, ctx, self, geo.cc) > 0) {
      score += 0.35;
    }
    score += provinceScore(dataset, e, ctx, self);
  }
  return Math.min(1, score);
}

/**
 * Support from the place's own province: the province named on the page is strong;
 * another town somewhere in a province as large as England is weak.
 */
function provinceScore(dataset: Dataset, e: number, ctx: PageContext, self: readonly number[]): number {
  const geo = dataset.entities[e]!.geo;
  if (!geo?.a1) return 0;
  if (supports(ctx, self, dataset.admin1ByCode.get(`${geo.cc}.${geo.a1}`))) return 0.35;
  const inProvince = othersIn(dataset, ctx, self, geo.cc, geo.a1);
  if (inProvince > 0) return 0.15 + (inProvince > 1 ? 0.1 : 0);
  return possiblyIn(ctx, self, `${geo.cc}.${geo.a1}`) >= POSSIBLE_NAMES ? POSSIBLE_SUPPORT : 0;
}

/** Does anything on the page put this place's province there? */
export function provinceSupported(
  dataset: Dataset,
  e: number,
  ctx: PageContext,
  rivals: readonly number[] = [],
): boolean {
  return provinceScore(dataset, e, ctx, withRivals(e, rivals)) > 0;
}
