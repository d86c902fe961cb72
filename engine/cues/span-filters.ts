/**
 * Spans and candidates the page itself rules out before scoring: a name that is
 * part of a longer, unknown name or of an organisation's name, and a province
 * that shares its name with the city that is its seat.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Candidate, Span } from '../match/select.ts';
import { commonPhraseExtended, partOfOrgName, personNamesAThing, type NameCues } from './org-name-cues.ts';
import { besideUnknownName, isCapitalised } from './text-cues.ts';
import { featureCandidates } from './feature-cues.ts';
import { cueBits } from '../text/cue-words.ts';
import { T_CALENDAR, T_QUALIFIER } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { wordAfter, wordStartingWith } from '../text/words.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CASE,
  ALIAS_COMMON_PHRASE,
  ALIAS_PARTIAL,
  MINOR_PLACE_PRIOR,
} from '../types.ts';

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
    // A seat whose name usually means something else (curated: "Gaza" is the Strip) yields.
    if ((sub === 'city' || sub === 'town') && g?.a1 && !(c.flags & ALIAS_AMBIGUOUS)) {
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
 * "Jakarta" in "Jakarta Post", "Canada" in "Bank of Canada".
 */
export function dropPartsOfLongerNames(
  dataset: Dataset,
  tokens: Tokens,
  spans: readonly Span[],
  /** In a sports report "Texas Rangers" is a team even where "Rangers" stands alone. */
  sports = false,
): Span[] {
  const rejectedKeys = new Set<string>();
  const besideUnknown = new Set<Span>();
  const kept: Span[] = [];
  const cues: NameCues = { tokens, commonWords: dataset.commonWords, isKnownAt: knownAt(dataset, spans) };
  const alone = sports ? never : standsAlone(tokens.text);
  for (const s of spans) {
    if (cueBits(s.key) & T_CALENDAR) continue;
    // A dateline names a place whatever stands beside it: "Glenn Somerville WASHINGTON 1996-08-30".
    if (s.dateline) {
      kept.push(s);
      continue;
    }
    // "the Euphrates River": the kind word names the feature, it does not make a longer name.
    if (featureCandidates(dataset, tokens, s)?.length) {
      kept.push(s);
      continue;
    }
    // "Western governments", "Northern farmers": an adjective before its noun, not a province.
    if (qualifierBeforeNoun(tokens, s)) continue;
    const placeOnly = s.candidates.every((c) => dataset.entities[c.entity]!.type === 'place');
    if (placeOnly && !s.caps && partOfOrgName(cues, s.firstToken, s.lastToken)) continue;
    const personOnly = s.candidates.every((c) => dataset.entities[c.entity]!.type === 'person');
    if (personOnly && !s.caps && personNamesAThing(tokens, s.lastToken)) continue;
    const phrase = s.candidates.every((c) => c.flags & ALIAS_COMMON_PHRASE);
    if (phrase && !s.caps && commonPhraseExtended(cues, s.firstToken)) continue;
    const neighbourAlone = isMajorPlace(dataset, s) ? alone : never;
    if (partOfUnknownName(dataset, cues, s, neighbourAlone)) {
      rejectedKeys.add(s.key);
      besideUnknown.add(s);
    }
    kept.push(s);
  }
  if (!rejectedKeys.size) return kept;
  // "Boris Yeltsin … Naina Yeltsin … Yeltsin said": a surname whose bearer the page names
  // in full keeps that reading wherever it stands alone.
  const named = fullNamedPeople(dataset, kept);
  return kept.filter(
    (s) =>
      s.dateline ||
      (!besideUnknown.has(s) &&
        (!rejectedKeys.has(s.key) ||
          s.candidates.some((c) => c.flags & ALIAS_PARTIAL && named.has(c.entity)))),
  );
}

/** A one-word name that is a qualifier ("Western", "Northern") right before a lower-case word. */
function qualifierBeforeNoun(tokens: Tokens, s: Span): boolean {
  if (s.firstToken !== s.lastToken || !(tokens.flags[s.firstToken]! & T_QUALIFIER)) return false;
  const after = wordAfter(tokens, s.lastToken);
  return after !== null && !isCapitalised(after.word) && /^\p{Ll}/u.test(after.word);
}

/** People named in full on the page: the one candidate of a multi-word, non-partial span. */
function fullNamedPeople(dataset: Dataset, spans: readonly Span[]): Set<number> {
  const named = new Set<number>();
  for (const s of spans) {
    const c = s.candidates[0];
    if (s.candidates.length !== 1 || !c || c.flags & ALIAS_PARTIAL || !s.key.includes(' ')) continue;
    if (dataset.entities[c.entity]!.type === 'person') named.add(c.entity);
  }
  return named;
}

/** A one-word, non-acronym name beside an unknown capitalised word: "Lewis" in "Chris Lewis". */
/**
 * A neighbour counts as a known name only if it is a full name of something more
 * than a small town: in "Jonathan Moyo", "Moyo" is a village and "Jonathan" only a
 * surname fragment, so neither makes the other known.
 */
function isSubstantial(dataset: Dataset, c: Candidate): boolean {
  const e = dataset.entities[c.entity]!;
  return (
    !(c.flags & ALIAS_PARTIAL) &&
    (e.type !== 'place' || e.subtype === 'country' || e.subtype === 'admin1' || e.prior >= MINOR_PLACE_PRIOR)
  );
}

const never = (): boolean => false;

/** A country, province or city big enough that a neighbouring name rarely swallows it ("Wang Donghai" does). */
function isMajorPlace(dataset: Dataset, span: Span): boolean {
  return span.candidates.some((c) => {
    const e = dataset.entities[c.entity]!;
    return (
      e.type === 'place' &&
      (e.subtype === 'country' || e.subtype === 'admin1' || e.prior >= MINOR_PLACE_PRIOR)
    );
  });
}

/** Does a substantial known name cover an offset? Spans are sorted, so this is a binary search. */
function knownAt(dataset: Dataset, spans: readonly Span[]): (offset: number) => boolean {
  return (offset) => {
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
}

/**
 * Does the page use this word as a name on its own, with no capitalised word beside
 * it ("Lebed said")? Then "Lebed Chechnya" in a headline is two names, not one.
 */
function standsAlone(text: string): (word: string, at: number) => boolean {
  const memo = new Map<string, boolean>();
  const capitalisedAt = (i: number): boolean => {
    const ch = text[i];
    return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  };
  return (word, at) => {
    let known = memo.get(word);
    if (known !== undefined) return known;
    known = false;
    for (let i = text.indexOf(word); i >= 0 && !known; i = text.indexOf(word, i + 1)) {
      const end = i + word.length;
      if (i === at || /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? ''))
        continue;
      let b = i - 1;
      while (b >= 0 && text[b] === ' ') b--;
      let a = end;
      while (a < text.length && text[a] === ' ') a++;
      const capBefore =
        b < i - 1 && /\p{L}/u.test(text[b] ?? '') && capitalisedAtWordStart(text, b, capitalisedAt);
      known = !capBefore && !capitalisedAt(a);
    }
    memo.set(word, known);
    return known;
  };
}

/** Is the word ending at `last` capitalised? */
function capitalisedAtWordStart(text: string, last: number, capitalisedAt: (i: number) => boolean): boolean {
  let s = last;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!)) s--;
  return capitalisedAt(s);
}

function partOfUnknownName(
  dataset: Dataset,
  cues: NameCues,
  span: Span,
  alone: (word: string, at: number) => boolean,
): boolean {
  if (span.key.includes(' ') || span.candidates.some((c) => c.flags & ALIAS_CASE)) return false;
  const { tokens } = cues;
  const isKnownAt = (offset: number): boolean => {
    if (cues.isKnownAt(offset)) return true;
    // The neighbour as a word of its own, without a possessive: "Lebed" in "Lebed's".
    const word = wordStartingWith(tokens, offset)?.replace(/['’]s?$/, '');
    return word !== undefined && word.length > 1 && alone(word, offset);
  };
  return besideUnknownName(tokens, span.firstToken, span.lastToken, isKnownAt, dataset.commonWords);
}
