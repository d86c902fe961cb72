/**
 * Page-level linking. Unambiguous names anchor the page; every other span is
 * scored against those anchors (relations in the dataset, shared country and
 * province) plus a prior, and links only above a measured threshold and margin.
 * Linked entities then become context for a second pass.
 */
import type { Dataset } from './dataset.ts';
import type { Candidate, Span } from './select.ts';
import {
  atSentenceStart,
  besideUnknownName,
  isSportsText,
  partOfOrgName,
  placeCueInSports,
} from './text-cues.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CASE,
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
  threshold: 0.3,
  margin: 0.06,
};

const WEAK_ALIAS = ALIAS_AMBIGUOUS | ALIAS_COMMON_WORD | ALIAS_FOREIGN;
/** Places below this prior (towns, districts) need their country or province on the page. */
const MINOR_PLACE_PRIOR = 0.45;
const COMMON_WORD_CONTEXT = 0.6;
const PRIOR_WEIGHT = 0.45;
const CONTEXT_WEIGHT = 0.55;

interface PageContext {
  /** Entities linked, or named unambiguously, on the page. */
  anchors: Set<number>;
  /** Places on the page by country code and by `cc.a1`, counting anchors and unambiguous minor places. */
  countries: Map<string, number>;
  admin1: Map<string, number>;
  /** Entities named on the page by a full (non-partial) alias. */
  fullNamed: Set<number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

function contextOf(
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
function contextScore(dataset: Dataset, e: number, ctx: PageContext, soft: Set<number>): number {
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

/**
 * A name that is also a common word ("Turkey", "March", "Bath"): a sentence's
 * first word is capitalised anyway, so it needs strong support there; elsewhere a
 * country reads as the country, and a town still needs its country and province.
 */
function commonWordReadsAsName(
  entity: CompiledEntity,
  context: number,
  text: string,
  start: number,
): boolean {
  if (atSentenceStart(text, start)) return entity.subtype === 'country' && context >= COMMON_WORD_CONTEXT;
  return entity.subtype === 'country' || context >= COMMON_WORD_CONTEXT;
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
function dropDivisionsOfSameNameSeats(
  dataset: Dataset,
  candidates: readonly Candidate[],
): readonly Candidate[] {
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

interface TextFlags {
  sports: boolean;
  text: string;
}

function decide(
  dataset: Dataset,
  span: Span,
  ctx: PageContext,
  soft: Set<number>,
  opts: LinkOptions,
  flags: TextFlags,
): Decision | null {
  const candidates = dropDivisionsOfSameNameSeats(dataset, span.candidates);
  const single = candidates.length === 1;
  // A known person's surname ("Clinton", "Ramos") is not read as a small town of that name.
  const surname = candidates.some(
    (c) => c.flags & ALIAS_PARTIAL && dataset.entities[c.entity]!.type === 'person',
  );
  const scored: { c: Candidate; score: number; eligible: boolean }[] = [];
  for (const c of candidates) {
    const entity = dataset.entities[c.entity]!;
    const context = contextScore(dataset, c.entity, ctx, soft);
    let eligible = true;
    const needsContext = (c.flags & WEAK_ALIAS) !== 0 || isMinorPlace(entity);
    if (needsContext && context === 0) eligible = false;
    if (c.flags & ALIAS_COMMON_WORD && !commonWordReadsAsName(entity, context, flags.text, span.start)) {
      eligible = false;
    }
    if (surname && isMinorPlace(entity)) eligible = false;
    if (c.flags & ALIAS_PARTIAL) {
      const dominant = single && !(c.flags & ALIAS_AMBIGUOUS) && context > 0 && !flags.sports;
      if (!ctx.fullNamed.has(c.entity) && !dominant) eligible = false;
    }
    // In a sports report "England" and "Leeds" are teams unless the text says where.
    if (flags.sports && entity.type === 'place' && !placeCueInSports(flags.text, span.start, span.end)) {
      eligible = false;
    }
    const score = aliasTrust(c.flags) * (PRIOR_WEIGHT * entity.prior + CONTEXT_WEIGHT * context);
    scored.push({ c, score, eligible });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored.find((s) => s.eligible);
  if (!best || best.score < opts.threshold) return null;
  // The runner-up is the best other reading, eligible or not: it is what the reader may have meant.
  const second = scored.find((s) => s !== best);
  if (second && second.eligible && best.score - second.score < opts.margin) return null;
  return {
    entity: best.c.entity,
    score: best.score,
    ...(second ? { runnerUp: { entity: second.c.entity, score: second.score } } : {}),
  };
}

/**
 * Drop spans that are part of a longer name the dataset does not know: "Lewis" in
 * "Chris Lewis" (and every later bare "Lewis" on the page: one sense per page),
 * "Jakarta" in "Jakarta Post".
 */
function dropPartsOfLongerNames(dataset: Dataset, text: string, spans: readonly Span[]): Span[] {
  const rejectedKeys = new Set<string>();
  const kept: Span[] = [];
  for (const s of spans) {
    const placeOnly = s.candidates.every((c) => dataset.entities[c.entity]!.type === 'place');
    if (placeOnly && partOfOrgName(text, s.start, s.end)) continue;
    if (partOfUnknownName(dataset, text, s, spans)) rejectedKeys.add(s.key);
    else kept.push(s);
  }
  return rejectedKeys.size ? kept.filter((s) => !rejectedKeys.has(s.key)) : kept;
}

/** A one-word, non-acronym name beside an unknown capitalised word: "Lewis" in "Chris Lewis". */
function partOfUnknownName(dataset: Dataset, text: string, span: Span, spans: readonly Span[]): boolean {
  if (span.key.includes(' ') || span.candidates.some((c) => c.flags & ALIAS_CASE)) return false;
  const isKnownAt = (offset: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return besideUnknownName(text, span.start, span.end, isKnownAt, dataset.commonWords);
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
  allSpans: readonly Span[],
  opts: LinkOptions = DEFAULT_LINK_OPTIONS,
  /** Entities already linked elsewhere on the page (earlier batches, late-loaded text). */
  pageContext: Iterable<number> = [],
): Mention[] {
  const flags: TextFlags = { sports: isSportsText(text), text };
  const spans = dropPartsOfLongerNames(dataset, text, allSpans);
  const anchors = new Set<number>(pageContext);
  const soft = new Set<number>();
  for (const span of spans) {
    const a = flags.sports ? null : isAnchor(dataset, span);
    if (a !== null) anchors.add(a);
    else if (span.candidates.length === 1 && !(span.candidates[0]!.flags & (WEAK_ALIAS | ALIAS_PARTIAL))) {
      soft.add(span.candidates[0]!.entity);
    }
  }
  const fullNamed = new Set(anchors);
  let decisions: (Decision | null)[] = [];
  // Two passes: what links in the first becomes context for the second.
  for (let pass = 0; pass < 2; pass++) {
    const ctx = contextOf(dataset, anchors, soft, fullNamed);
    decisions = spans.map((span) => decide(dataset, span, ctx, soft, opts, flags));
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
