/**
 * One name's decision: every reading the words around it leave is scored against the
 * page's context (relations, shared country and province), a prior and the cues around
 * the name, and the best links only above the threshold and ahead of the runner-up by
 * the margin.
 */
import type { Dataset } from '../data/dataset.ts';
import { contextScore, provinceSupported, type PageContext } from './page-context.ts';
import type { Candidate, Span } from '../match/select.ts';
import { articleBefore, honorificBefore, locativeCue, nationalityCue } from '../cues/place-cues.ts';
import { T_SENT_START } from '../text/token-flags.ts';
import { titledPerson } from '../cues/title-cue.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_COMMON_WORD,
  ALIAS_FOREIGN,
  ALIAS_PARTIAL,
  type CompiledEntity,
} from '../types.ts';
import type { LinkOptions } from './link.ts';
import { bestKnownCity, isMinorPlace, readingsOf, worldCityOf, type TextFlags } from './span-readings.ts';
import { otherCountrysBody } from './generic-body.ts';

export const WEAK_ALIAS = ALIAS_AMBIGUOUS | ALIAS_COMMON_WORD | ALIAS_FOREIGN;
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
/** Places named without an article in Spanish, French and Italian, unlike countries ("la Argentina", "le Mali"). */
const SETTLEMENTS = new Set(['city', 'town', 'admin2']);
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

interface Scored {
  c: Candidate;
  score: number;
  eligible: boolean;
}

export interface Decision {
  entity: number;
  score: number;
  runnerUp?: { entity: number; score: number };
  /** Named in full, or by surname after the title the person held: later bare surnames may follow. */
  identifies: boolean;
  /** Every reading, by score, and those the words around the name left: for `otherReadings`. */
  scored: readonly Scored[];
  rivals: readonly number[];
}

/** Is the entity tied to this country: located there, or related to it alone or with one other? */
function tiedTo(dataset: Dataset, entity: number, cc: string): boolean {
  const e = dataset.entities[entity]!;
  if (e.geo) return e.geo.cc === cc;
  const ccs = dataset.relatedCountries[entity]!;
  return ccs.length <= 2 && ccs.includes(cc);
}

export function decide(
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
  const scored: Scored[] = [];
  const dateline = span.dateline;
  // The list walk behind the locative cue is only worth it where a place could be meant.
  const placeCandidate = span.candidates.some((c) => dataset.entities[c.entity]!.type === 'place');
  const cue = dateline || level || (placeCandidate && locativeCue(flags.tokens, span.firstToken));
  const datelineCity = dateline ? bestKnownCity(dataset, candidates) : -1;
  const nationality = flags.sports && nationalityCue(flags.tokens, span.firstToken, span.lastToken);
  const titled = surname ? titledPerson(dataset, span, flags.tokens) : null;
  const sentenceStart = (flags.tokens.flags[span.firstToken]! & T_SENT_START) !== 0;
  const article = placeCandidate && articleBefore(flags.tokens, span.firstToken);
  const honorific = placeCandidate && honorificBefore(flags.tokens, span.firstToken);
  const worldCity = placeCandidate ? worldCityOf(dataset, span.candidates) : null;
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
    if (c.flags & ALIAS_AMBIGUOUS && !vouched && otherCountrysBody(dataset, c.entity, span, ctx)) {
      eligible = false;
    }
    if (article && entity.type === 'place' && SETTLEMENTS.has(entity.subtype) && !vouched) eligible = false;
    if (honorific && entity.type === 'place') eligible = false;
    // "Paris" on a page from Los Angeles is still the French capital: a small town named
    // after a world city needs its own province on the page, not only its (large) country.
    if (
      worldCity &&
      isMinorPlace(entity) &&
      entity.geo &&
      entity.geo.cc !== worldCity &&
      !vouched &&
      !provinceSupported(dataset, c.entity, ctx, rivals)
    ) {
      eligible = false;
    }
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
  return {
    entity: best.c.entity,
    score: best.score,
    identifies: !(best.c.flags & ALIAS_PARTIAL) || best.c.entity === titled,
    scored,
    rivals,
    ...(second ? { runnerUp: { entity: second.c.entity, score: second.score } } : {}),
  };
}

/**
 * The readings other than the one linked, for the reader's "Not this one": those the page
 * could support first, by score; those set aside before scoring (a province named like its
 * seat) after them, by prominence. Asked only of the final pass's decisions.
 */
export function otherReadings(dataset: Dataset, d: Decision): { entity: number; score: number }[] {
  const setAside = (s: Scored) => !d.rivals.includes(s.c.entity);
  return [
    ...d.scored.filter((s) => s.c.entity !== d.entity && !setAside(s)),
    ...d.scored
      .filter(setAside)
      .sort((a, b) => dataset.entities[b.c.entity]!.prior - dataset.entities[a.c.entity]!.prior),
  ].map((s) => ({ entity: s.c.entity, score: round(s.score) }));
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
