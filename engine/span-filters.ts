/**
 * Spans and candidates the page itself rules out before scoring: a name that is
 * part of a longer, unknown name or of an organisation's name, and a province
 * that shares its name with the city that is its seat.
 */
import type { Dataset } from './dataset.ts';
import type { Candidate, Span } from './select.ts';
import { besideUnknownName, partOfOrgName } from './text-cues.ts';
import { ALIAS_CASE, ALIAS_PARTIAL } from './types.ts';

/**
 * A province or district named after its seat ("Kandahar", "Herat") loses to the
 * city: news says "Kandahar province" when it means the province.
 */
export function dropDivisionsOfSameNameSeats(
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

/**
 * Drop spans that are part of a longer name the dataset does not know: "Lewis" in
 * "Chris Lewis" (and every later bare "Lewis" on the page: one sense per page),
 * "Jakarta" in "Jakarta Post".
 */
/** Months and weekdays are capitalised mid-sentence, so no common-word guard catches "March" or "Friday". */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

export function dropPartsOfLongerNames(dataset: Dataset, text: string, spans: readonly Span[]): Span[] {
  const rejectedKeys = new Set<string>();
  const kept: Span[] = [];
  for (const s of spans) {
    if (CALENDAR.has(s.key)) continue;
    const placeOnly = s.candidates.every((c) => dataset.entities[c.entity]!.type === 'place');
    if (placeOnly && partOfOrgName(text, s.start, s.end)) continue;
    if (partOfUnknownName(dataset, text, s, spans)) rejectedKeys.add(s.key);
    else kept.push(s);
  }
  return rejectedKeys.size ? kept.filter((s) => !rejectedKeys.has(s.key)) : kept;
}

/** A one-word, non-acronym name beside an unknown capitalised word: "Lewis" in "Chris Lewis". */
/**
 * A neighbour counts as a known name only if it is a full name of something more
 * than a small town: in "Jonathan Moyo", "Moyo" is a village and "Jonathan" only a
 * surname fragment, so neither makes the other known.
 */
function isSubstantial(dataset: Dataset, c: Candidate): boolean {
  const e = dataset.entities[c.entity]!;
  return !(c.flags & ALIAS_PARTIAL) && (e.type !== 'place' || e.prior >= 0.45);
}

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
      else return s.candidates.some((c) => isSubstantial(dataset, c));
    }
    return false;
  };
  return besideUnknownName(text, span.start, span.end, isKnownAt, dataset.commonWords);
}
