/**
 * The readings of a name that the words around it leave (a river, a province, a city),
 * and what the linker asks of a place reading: is it the best-known city of its name,
 * is it a minor place.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Candidate, Span } from '../match/select.ts';
import { dropDivisionsOfSameNameSeats } from '../cues/span-filters.ts';
import {
  isDivision,
  isSettlement,
  divisionsFor,
  LEVEL_DISTRICT,
  LEVEL_DIVISION,
  LEVEL_SETTLEMENT,
  type Level,
} from '../cues/level-cues.ts';
import { featureAfterThe, featureCandidates, namesOwnFeature } from '../cues/feature-cues.ts';
import { T_DIVISION_KIND } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { MINOR_PLACE_PRIOR, type CompiledEntity } from '../types.ts';

export interface TextFlags {
  sports: boolean;
  tokens: Tokens;
  /** Acronyms the page defines ("People Power Party (PPP)"). */
  acronyms: Map<string, number>;
  /** City or province, where the words around a name or the page's usage say (level-cues.ts). */
  levels: Map<Span, Level>;
  /** The country the site writes from (engine/page/site-country.ts), else the dateline's. */
  siteCountry: string | null;
}

export function bestKnownCity(dataset: Dataset, candidates: readonly Candidate[]): number {
  let best = -1;
  let prior = -1;
  for (const c of candidates) {
    const e = dataset.entities[c.entity]!;
    if (e.prior > prior) [best, prior] = [e.subtype === 'city' ? c.entity : -1, e.prior];
  }
  return best;
}

export function isMinorPlace(entity: CompiledEntity): boolean {
  return entity.type === 'place' && entity.prior < MINOR_PLACE_PRIOR;
}

/** A city at least this well known is the one its name means unless the page says otherwise. */
const WORLD_CITY_PRIOR = 0.6;

/** The country of the world city among a name's readings ("Paris", "Athens"), or null. */
export function worldCityOf(dataset: Dataset, candidates: readonly Candidate[]): string | null {
  for (const c of candidates) {
    const e = dataset.entities[c.entity]!;
    if (e.type === 'place' && e.subtype === 'city' && e.prior >= WORLD_CITY_PRIOR && e.geo) return e.geo.cc;
  }
  return null;
}

/**
 * The readings the words around a name leave: the feature its kind word names ("the
 * Euphrates River"), the division or the settlement a level cue names ("the Kherson
 * region", "the city of Idlib"), else the seat over a province named after it.
 */
export function readingsOf(
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
