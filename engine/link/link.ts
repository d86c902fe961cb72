/**
 * Page-level linking. Unambiguous names anchor the page; every other span is
 * scored against those anchors (relations in the dataset, shared country and
 * province) plus a prior, and links only above a measured threshold and margin.
 * Linked entities then become context for a second pass.
 */
import type { Dataset } from '../data/dataset.ts';
import { contextOf, contextScore, type PageContext } from './page-context.ts';
import type { Candidate, Span } from '../match/select.ts';
import { pageAcronyms } from '../cues/page-acronyms.ts';
import { dropDivisionsOfSameNameSeats, dropPartsOfLongerNames } from '../cues/span-filters.ts';
import { locativeCue, nationalityCue } from '../cues/place-cues.ts';
import {
  featureAfterThe,
  featureCandidates,
  isDivision,
  isSettlement,
  divisionsFor,
  LEVEL_DISTRICT,
  LEVEL_DIVISION,
  LEVEL_SETTLEMENT,
  namesOwnFeature,
  pageLevels,
  type Level,
} from '../cues/level-cues.ts';
import { indexSpans } from '../text/span-tokens.ts';
import { T_DIVISION_KIND, T_SENT_START } from '../text/token-flags.ts';
import { tokenize, type Tokens } from '../text/tokens.ts';
import { titledPerson } from '../cues/title-cue.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_COMMON_WORD,
  ALIAS_FOREIGN,
  ALIAS_PARTIAL,
  MINOR_PLACE_PRIOR,
  type CompiledEntity,
  type Mention,
} from '../types.ts';

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
const COMMON_WORD_CONTEXT = 0.6;
const PRIOR_WEIGHT = 0.45;
/** "in Warsaw", "WARSAW 1996-08-30": a place reading gains this much. */
const PLACE_CUE_BONUS = 0.1;
/** "the Kherson region", "the Euphrates River": a kind word beside the name adds this much more. */
const LEVEL_CUE_BONUS = 0.05;
/**
 * An acronym several entities share ("PTI", "PNA"): the reading tied to the site's
 * country gains this much ("PTI" on an Indian site is the Press Trust of India).
 */
const SITE_COUNTRY_BONUS = 0.15;
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** A dateline names where a story was filed: a city or a country, not a province. */
const DATELINE_BONUS = 0.07;
const DATELINE_SUBTYPES = new Set(['city', 'town', 'country']);
/** "President Clinton": the person who held the title gains this much. */
const TITLE_CUE_BONUS = 0.1;
const CONTEXT_WEIGHT = 0.55;

/**
 * A name that is also a common word ("Turkey", "March", "Bath"): a sentence's
 * first word is capitalised anyway, so it needs strong support there; elsewhere a
 * country reads as the country, and a town still needs its country and province.
 */
function commonWordReadsAsName(entity: CompiledEntity, context: number, sentenceStart: boolean): boolean {
  if (sentenceStart) return entity.subtype === 'country' && context >= COMMON_WORD_CONTEXT;
  return entity.subtype === 'country' || context >= COMMON_WORD_CONTEXT;
}

/** How much a match by this kind of alias is worth, before context. */
function aliasTrust(flags: number, namedInFull: boolean): number {
  let trust = 1;
  if (flags & ALIAS_AMBIGUOUS) trust *= 0.8;
  if (flags & ALIAS_FOREIGN) trust *= 0.9;
  // "Arafat" after "Yasser Arafat" is as sure as the full name.
  if (flags & ALIAS_PARTIAL && !namedInFull) trust *= 0.9;
  return trust;
}

function bestKnownCity(dataset: Dataset, candidates: readonly Candidate[]): number {
  let best = -1;
  let prior = -1;
  for (const c of candidates) {
    const e = dataset.entities[c.entity]!;
    if (e.prior > prior) [best, prior] = [e.subtype === 'city' ? c.entity : -1, e.prior];
  }
  return best;
}

function isMinorPlace(entity: CompiledEntity): boolean {
  return entity.type === 'place' && entity.prior < MINOR_PLACE_PRIOR;
}

interface Decision {
  entity: number;
  score: number;
  runnerUp?: { entity: number; score: number };
  others: { entity: number; score: number }[];
  /** Named in full, or by surname after the title the person held: later bare surnames may follow. */
  identifies: boolean;
}

interface TextFlags {
  sports: boolean;
  tokens: Tokens;
  /** Acronyms the page defines ("People Power Party (PPP)"). */
  acronyms: Map<string, number>;
  /** City or province, where the words around a name or the page's usage say (level-cues.ts). */
  levels: Map<Span, Level>;
  /** The country the site writes from (engine/page/site-country.ts), else the dateline's. */
  siteCountry: string | null;
}

/** Is the entity tied to this country: located there, or related to it alone or with one other? */
function tiedTo(dataset: Dataset, entity: number, cc: string): boolean {
  const e = dataset.entities[entity]!;
  if (e.geo) return e.geo.cc === cc;
  const ccs = dataset.relatedCountries[entity]!;
  return ccs.length <= 2 && ccs.includes(cc);
}

/** The country of the page's first dateline ("NEW DELHI, India (PTI) —"), or null. */
function datelineCountry(dataset: Dataset, spans: readonly Span[]): string | null {
  for (const s of spans) {
    if (!s.dateline) continue;
    const city = bestKnownCity(dataset, s.candidates);
    const e = dataset.entities[city >= 0 ? city : s.candidates[0]!.entity]!;
    if (e.subtype === 'country') return e.id.slice('place/country-'.length).toUpperCase();
    if (e.geo) return e.geo.cc;
  }
  return null;
}

/**
 * The readings the words around a name leave: the feature its kind word names ("the
 * Euphrates River"), the division or the settlement a level cue names ("the Kherson
 * region", "the city of Idlib"), else the seat over a province named after it.
 */
function readingsOf(
  dataset: Dataset,
  span: Span,
  flags: TextFlags,
): { candidates: readonly Candidate[]; level: boolean } {
  const feature =
    featureCandidates(dataset, flags.tokens, span) ??
    namesOwnFeature(dataset, flags.tokens, span) ??
    featureAfterThe(dataset, flags.tokens, span);
  if (feature?.length) return { candidates: feature, level: true };
  if (feature) return { candidates: [], level: false };
  // "Kherson region" as one alias: the name says its level itself.
  if (span.lastToken > span.firstToken && flags.tokens.flags[span.lastToken]! & T_DIVISION_KIND) {
    const divisions = span.candidates.filter((c) => isDivision(dataset, c));
    if (divisions.length) return { candidates: divisions, level: true };
  }
  const level = flags.levels.get(span);
  if (level === LEVEL_DIVISION || level === LEVEL_DISTRICT)
    return { candidates: divisionsFor(dataset, span.candidates, level), level: true };
  if (level === LEVEL_SETTLEMENT) {
    return { candidates: span.candidates.filter((c) => isSettlement(dataset, c)), level: true };
  }
  return { candidates: dropDivisionsOfSameNameSeats(dataset, span.candidates), level: false };
}

function decide(
  dataset: Dataset,
  span: Span,
  ctx: PageContext,
  opts: LinkOptions,
  flags: TextFlags,
): Decision | null {
  const { candidates, level } = readingsOf(dataset, span, flags);
  const single = candidates.length === 1;
  const rivals = candidates.map((c) => c.entity);
  // A known person's surname ("Clinton", "Ramos") is not read as a small town of that name.
  const surname = candidates.some(
    (c) => c.flags & ALIAS_PARTIAL && dataset.entities[c.entity]!.type === 'person',
  );
  // Unless the surname is flagged as shared and the page never names that person: then a
  // town its own country supports stays the town ("near Djibo" on a Burkina Faso page,
  // though a former head of Niger was called Djibo).
  const sharedSurnameOnly =
    surname &&
    candidates.every(
      (c) =>
        !(c.flags & ALIAS_PARTIAL && dataset.entities[c.entity]!.type === 'person') ||
        (c.flags & ALIAS_AMBIGUOUS && !ctx.fullNamed.has(c.entity)),
    );
  const scored: { c: Candidate; score: number; eligible: boolean }[] = [];
  const dateline = span.dateline;
  // The list walk behind the locative cue is only worth it where a place could be meant.
  const placeCandidate = span.candidates.some((c) => dataset.entities[c.entity]!.type === 'place');
  const cue = dateline || level || (placeCandidate && locativeCue(flags.tokens, span.firstToken));
  const datelineCity = dateline ? bestKnownCity(dataset, candidates) : -1;
  const nationality = flags.sports && nationalityCue(flags.tokens, span.firstToken, span.lastToken);
  const titled = surname ? titledPerson(dataset, span, flags.tokens) : null;
  const sentenceStart = (flags.tokens.flags[span.firstToken]! & T_SENT_START) !== 0;
  const definedAs = flags.acronyms.get(span.key);
  const siteCountry =
    flags.siteCountry && candidates.length > 1 && ACRONYM.test(flags.tokens.text.slice(span.start, span.end))
      ? flags.siteCountry
      : null;
  // Every candidate is scored, so the reader can still pick a set-aside reading ("Not this one").
  for (const c of span.candidates) {
    const entity = dataset.entities[c.entity]!;
    const context = contextScore(dataset, c.entity, ctx, rivals);
    let eligible = rivals.includes(c.entity);
    const needsContext = (c.flags & WEAK_ALIAS) !== 0 || isMinorPlace(entity);
    // "BONN 1996-08-30", "PARIS (AP)": a dateline vouches for the best-known city of its name.
    const vouched =
      titled === c.entity ||
      definedAs === c.entity ||
      (dateline && c.entity === datelineCity) ||
      (level && rivals.includes(c.entity)) ||
      (siteCountry !== null && tiedTo(dataset, c.entity, siteCountry));
    if (definedAs !== undefined && definedAs !== c.entity) eligible = false;
    if (needsContext && context === 0 && !vouched) eligible = false;
    if (c.flags & ALIAS_COMMON_WORD && !commonWordReadsAsName(entity, context, sentenceStart)) {
      eligible = false;
    }
    if (surname && isMinorPlace(entity) && !(sharedSurnameOnly && context > 0)) eligible = false;
    if (c.flags & ALIAS_PARTIAL) {
      const dominant = single && !(c.flags & ALIAS_AMBIGUOUS) && context > 0 && !flags.sports;
      if (!ctx.fullNamed.has(c.entity) && !dominant && titled !== c.entity) eligible = false;
    }
    // In a sports report "England" and "Leeds" are teams unless the text says where.
    if (flags.sports && entity.type === 'place' && !cue && !(nationality && entity.subtype === 'country')) {
      eligible = false;
    }
    const trust = aliasTrust(c.flags, ctx.fullNamed.has(c.entity));
    let score = trust * (PRIOR_WEIGHT * entity.prior + CONTEXT_WEIGHT * context);
    if (cue && entity.type === 'place') score += PLACE_CUE_BONUS;
    if (level && rivals.includes(c.entity)) score += LEVEL_CUE_BONUS;
    if (dateline && DATELINE_SUBTYPES.has(entity.subtype)) score += DATELINE_BONUS;
    if (titled === c.entity) score += TITLE_CUE_BONUS;
    if (siteCountry && tiedTo(dataset, c.entity, siteCountry)) score += SITE_COUNTRY_BONUS;
    scored.push({ c, score, eligible });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored.find((s) => s.eligible);
  if (!best || best.score < opts.threshold) return null;
  // The runner-up is the best other reading, eligible or not: it is what the reader may have meant.
  const second = scored.find((s) => s !== best);
  if (second && second.eligible && best.score - second.score < opts.margin) return null;
  // Readings the page could support come first, by score; readings set aside before scoring
  // (a province named like its seat) follow by prominence.
  const setAside = (s: (typeof scored)[number]) => !rivals.includes(s.c.entity);
  const others = [
    ...scored.filter((s) => s !== best && !setAside(s)),
    ...scored
      .filter(setAside)
      .sort((a, b) => dataset.entities[b.c.entity]!.prior - dataset.entities[a.c.entity]!.prior),
  ].map((s) => ({ entity: s.c.entity, score: round(s.score) }));
  return {
    entity: best.c.entity,
    score: best.score,
    identifies: !(best.c.flags & ALIAS_PARTIAL) || best.c.entity === titled,
    others,
    ...(second ? { runnerUp: { entity: second.c.entity, score: second.score } } : {}),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

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
  /** The text's token table, when the caller has read it already. */
  tokens: Tokens = tokenize(text),
  /** The country the site writes from (ISO 3166 alpha-2), where the page gives one. */
  siteCountry: string | null = null,
): Mention[] {
  indexSpans(tokens, allSpans);
  const { sports } = tokens;
  const spans = dropPartsOfLongerNames(dataset, tokens, allSpans, sports);
  const flags: TextFlags = {
    sports,
    tokens,
    acronyms: pageAcronyms(tokens, spans),
    levels: pageLevels(dataset, tokens, spans),
    siteCountry: siteCountry?.toUpperCase() ?? datelineCountry(dataset, spans),
  };
  const anchors = new Set<number>(pageContext);
  const soft = new Set<number>();
  for (const span of spans) {
    if (flags.acronyms.has(span.key)) continue;
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
    decisions = spans.map((span) => decide(dataset, span, ctx, opts, flags));
    for (const d of decisions) {
      if (!d) continue;
      anchors.add(d.entity);
      if (d.identifies) fullNamed.add(d.entity);
    }
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
        score: round(d.score),
        candidates: span.candidates.length,
        others: d.others,
        ...(d.runnerUp ? { runnerUp: d.runnerUp } : {}),
      },
    });
  });
  return mentions;
}
