/**
 * Page-level linking. Unambiguous names anchor the page; every other span is
 * scored against those anchors (relations in the dataset, shared country and
 * province) plus a prior, and links only above a measured threshold and margin.
 * Linked entities then become context for a second pass.
 */
import type { Dataset } from './dataset.ts';
import type { Candidate, Span } from './select.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_COMMON_WORD,
  ALIAS_FOREIGN,
  ALIAS_PARTIAL,
  type CompiledEntity,
  type Mention,
} from './types.ts';

export interface LinkOptions {
  /** Minimum score to link; measured by `npm run eval` on the fixtures and the dev set. */
  threshold: number;
  /** Minimum lead of the best candidate over the runner-up. */
  margin: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  threshold: 0.42,
  margin: 0.06,
};

const WEAK_ALIAS = ALIAS_AMBIGUOUS | ALIAS_COMMON_WORD | ALIAS_FOREIGN;
/** Places below this prior (towns, districts) need their country or province on the page. */
const MINOR_PLACE_PRIOR = 0.45;
const PRIOR_WEIGHT = 0.55;
const CONTEXT_WEIGHT = 0.45;

interface PageContext {
  anchors: Set<number>;
  countries: Set<string>;
  admin1: Set<string>;
  /** Entities named on the page by a full (non-partial) alias. */
  fullNamed: Set<number>;
}

function contextOf(dataset: Dataset, anchors: Set<number>, fullNamed: Set<number>): PageContext {
  const countries = new Set<string>();
  const admin1 = new Set<string>();
  for (const a of anchors) {
    const geo = dataset.entities[a]!.geo;
    if (!geo) continue;
    countries.add(geo.cc);
    if (geo.a1) admin1.add(`${geo.cc}.${geo.a1}`);
  }
  return { anchors, countries, admin1, fullNamed };
}

/** Support from the rest of the page, 0..1; an entity never supports itself. */
function contextScore(dataset: Dataset, e: number, ctx: PageContext): number {
  let score = 0;
  let rel = 0;
  for (const r of dataset.related[e]!) if (r !== e && ctx.anchors.has(r)) rel++;
  score += Math.min(0.8, rel * 0.4);
  const entity = dataset.entities[e]!;
  const geo = entity.geo;
  if (geo && entity.subtype !== 'country') {
    const country = dataset.countryByCode.get(geo.cc);
    const countryOnPage = (country !== undefined && ctx.anchors.has(country)) || ctx.countries.has(geo.cc);
    if (countryOnPage) score += 0.35;
    if (geo.a1) {
      const province = dataset.admin1ByCode.get(`${geo.cc}.${geo.a1}`);
      if (province !== e && province !== undefined && ctx.anchors.has(province)) score += 0.35;
    }
  }
  return Math.min(1, score);
}

/** How much a match by this kind of alias is worth, before context. */
function aliasTrust(flags: number): number {
  let trust = 1;
  if (flags & ALIAS_AMBIGUOUS) trust *= 0.8;
  if (flags & ALIAS_FOREIGN) trust *= 0.9;
  if (flags & ALIAS_PARTIAL) trust *= 0.9;
  return trust;
}

function isMinorPlace(entity: CompiledEntity): boolean {
  return entity.type === 'place' && entity.prior < MINOR_PLACE_PRIOR;
}

interface Decision {
  entity: number;
  score: number;
  runnerUp?: { entity: number; score: number };
}

/**
 * A province or district named after its seat ("Kandahar", "Herat") loses to the
 * city: news says "Kandahar province" when it means the province.
 */
function dropDivisionsOfSameNameSeats(dataset: Dataset, candidates: readonly Candidate[]): readonly Candidate[] {
  if (candidates.length < 2) return candidates;
  const seats = new Set<string>();
  for (const c of candidates) {
    const g = dataset.entities[c.entity]!.geo;
    const sub = dataset.entities[c.entity]!.subtype;
    if ((sub === 'city' || sub === 'town') && g?.a1) {
      seats.add(`${g.cc}.${g.a1}`);
      if (g.a2) seats.add(`${g.cc}.${g.a1}.${g.a2}`);
    }
  }
  if (seats.size === 0) return candidates;
  return candidates.filter((c) => {
    const e = dataset.entities[c.entity]!;
    const g = e.geo;
    if (!g) return true;
    if (e.subtype === 'admin1') return !seats.has(`${g.cc}.${g.a1}`);
    if (e.subtype === 'admin2') return !seats.has(`${g.cc}.${g.a1}.${g.a2}`) && !seats.has(`${g.cc}.${g.a1}`);
    return true;
  });
}

function decide(dataset: Dataset, span: Span, ctx: PageContext, opts: LinkOptions): Decision | null {
  const scored: { c: Candidate; score: number }[] = [];
  const candidates = dropDivisionsOfSameNameSeats(dataset, span.candidates);
  const single = candidates.length === 1;
  for (const c of candidates) {
    const entity = dataset.entities[c.entity]!;
    const context = contextScore(dataset, c.entity, ctx);
    const needsContext = (c.flags & WEAK_ALIAS) !== 0 || isMinorPlace(entity);
    if (needsContext && context === 0) continue;
    if (c.flags & ALIAS_PARTIAL) {
      const dominant = single && !(c.flags & ALIAS_AMBIGUOUS) && context > 0;
      if (!ctx.fullNamed.has(c.entity) && !dominant) continue;
    }
    scored.push({
      c,
      score: PRIOR_WEIGHT * entity.prior + CONTEXT_WEIGHT * context,
    });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const second = scored[1];
  if (best.score < opts.threshold) return null;
  if (second && best.score - second.score < opts.margin) return null;
  return {
    entity: best.c.entity,
    score: best.score,
    ...(second ? { runnerUp: { entity: second.c.entity, score: second.score } } : {}),
  };
}

function isAnchor(dataset: Dataset, span: Span): number | null {
  if (span.candidates.length !== 1) return null;
  const c = span.candidates[0]!;
  if (c.flags & (WEAK_ALIAS | ALIAS_PARTIAL)) return null;
  return isMinorPlace(dataset.entities[c.entity]!) ? null : c.entity;
}

export function linkSpans(
  dataset: Dataset,
  text: string,
  spans: readonly Span[],
  opts: LinkOptions = DEFAULT_LINK_OPTIONS,
  /** Entities already linked elsewhere on the page (earlier batches, late-loaded text). */
  pageContext: Iterable<number> = [],
): Mention[] {
  const anchors = new Set<number>(pageContext);
  for (const span of spans) {
    const a = isAnchor(dataset, span);
    if (a !== null) anchors.add(a);
  }
  const fullNamed = new Set(anchors);
  let decisions: (Decision | null)[] = [];
  // Two passes: what links in the first becomes context for the second.
  for (let pass = 0; pass < 2; pass++) {
    const ctx = contextOf(dataset, anchors, fullNamed);
    decisions = spans.map((span) => decide(dataset, span, ctx, opts));
    decisions.forEach((d, i) => {
      if (!d) return;
      anchors.add(d.entity);
      const viaFullName = spans[i]!.candidates.some(
        (c) => c.entity === d.entity && !(c.flags & ALIAS_PARTIAL),
      );
      if (viaFullName) fullNamed.add(d.entity);
    });
  }
  const mentions: Mention[] = [];
  spans.forEach((span, i) => {
    const d = decisions[i];
    if (!d) return;
    mentions.push({
      start: span.start,
      end: span.end,
      entity: d.entity,
      evidence: {
        alias: text.slice(span.start, span.end),
        score: Math.round(d.score * 1000) / 1000,
        candidates: span.candidates.length,
        ...(d.runnerUp ? { runnerUp: d.runnerUp } : {}),
      },
    });
  });
  return mentions;
}
