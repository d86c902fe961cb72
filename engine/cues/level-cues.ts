/**
 * City or province, and the feature a kind word names. Many provinces share their
 * name with their seat ("Kherson", "Idlib", "Gao", "Kandahar"); the words around the
 * name say which is meant:
 * - a division's kind word after it or before "of": "the Kherson region", "Idlib
 *   governorate", "the province of Kandahar", and through a list of one level:
 *   "Donetsk, Luhansk, Zaporizhzhia and Kherson regions", "the regions of Donetsk and Luhansk";
 * - "across" before it: "attacks across Idlib";
 * - a settlement's kind word: "Kherson city", "the city of Idlib";
 * - the page's own usage: once it says "Kherson region", a bare "Kherson" listed
 *   beside another name the page calls a region is the region too.
 * A physical feature's kind word after a name ("the Euphrates River") picks the feature.
 * Every cue reads the token table.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Candidate, Span } from '../match/select.ts';
import { isCapitalised } from './text-cues.ts';
import { T_DIVISION_KIND, T_FEATURE_KIND, T_SETTLEMENT_KIND, T_WORD } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { listForm, wordAfter, wordBefore, wordCues, type Word } from '../text/words.ts';

/** What the words around a name say it is. */
export const LEVEL_NONE = 0;
export const LEVEL_DIVISION = 1;
/** "Spin Boldak district", "Beryslav raion": a second-level division. */
export const LEVEL_DISTRICT = 4;
export const LEVEL_SETTLEMENT = 2;
export type Level =
  typeof LEVEL_NONE | typeof LEVEL_DIVISION | typeof LEVEL_SETTLEMENT | typeof LEVEL_DISTRICT;
/** "across Idlib": the province, unless the city is a major one ("across Bamako", "across Kyiv"). */
export const LEVEL_ACROSS = 3;
/** A city at least this prominent is what "across" spans: a capital, a city of a million ("across Kharkiv"). */
const MAJOR_CITY_PRIOR = 0.5;

const DIVISIONS = new Set(['admin1', 'admin2']);
const SETTLEMENTS = new Set(['city', 'town']);

export const isDivision = (dataset: Dataset, c: Candidate): boolean =>
  DIVISIONS.has(dataset.entities[c.entity]!.subtype);

/**
 * The division readings a level leaves: the province for "region", "province", "oblast"
 * ("Kandahar provinces" is not Kandahar district), the district for "district" and
 * "raion", each falling back on the other level where the dataset has only that one.
 */
export function divisionsFor(dataset: Dataset, candidates: readonly Candidate[], level: Level): Candidate[] {
  const want = level === LEVEL_DISTRICT ? 'admin2' : 'admin1';
  const all = candidates.filter((c) => isDivision(dataset, c));
  const preferred = all.filter((c) => dataset.entities[c.entity]!.subtype === want);
  return preferred.length ? preferred : all;
}
export const isSettlement = (dataset: Dataset, c: Candidate): boolean =>
  SETTLEMENTS.has(dataset.entities[c.entity]!.subtype);

/** A name the words could move between levels: it has both a division and a settlement reading. */
export function twoLevels(dataset: Dataset, candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => isDivision(dataset, c)) && candidates.some((c) => isSettlement(dataset, c));
}

const MAX_LIST = 8;
const lower = (w: Word): string => listForm(w.word);
const isListJoin = (w: Word | null): boolean => w !== null && (lower(w) === 'and' || lower(w) === 'or');
/** A capitalised word that can be a name in a list: not a possessive ("Iran's state media"). */
const listName = (w: Word | null): w is Word =>
  w !== null && isCapitalised(w.word) && !/['’]s?$/.test(w.word);
const charAt = (tokens: Tokens, t: number): number =>
  t >= 0 && t < tokens.count && !(tokens.flags[t]! & T_WORD) ? tokens.text.charCodeAt(tokens.start[t]!) : -1;

/** The capitalised name ending at the word before token `t` (its first token), or -1. */
function nameBefore(tokens: Tokens, t: number): number {
  let w = wordBefore(tokens, t);
  if (!listName(w)) return -1;
  let first = w.first;
  // "South Sudan", "Nizhny Novgorod": a name of up to three words.
  for (let i = 0; i < 2; i++) {
    w = wordBefore(tokens, first);
    if (!w || !isCapitalised(w.word) || wordCues(tokens, w) & T_DIVISION_KIND) break;
    first = w.first;
  }
  return first;
}

/** The capitalised name starting at the word after token `t` (its last token), or -1. */
function nameAfter(tokens: Tokens, t: number): number {
  let w = wordAfter(tokens, t);
  if (!listName(w) || wordCues(tokens, w) & T_DIVISION_KIND) return -1;
  let last = w.last;
  for (let i = 0; i < 2; i++) {
    w = wordAfter(tokens, last);
    if (!listName(w) || wordCues(tokens, w) & (T_DIVISION_KIND | T_SETTLEMENT_KIND)) break;
    last = w.last;
  }
  return last;
}

/**
 * Step from a name's last token over ", Name" / "and Name" to the token ending the
 * list's last name; `joined` when an "and" or "or" was crossed. "Sittwe, Rakhine State"
 * has no "and": a city and its province, not a list of one level.
 */
function listEnd(tokens: Tokens, last: number): { at: number; joined: boolean } {
  let at = last;
  let joined = false;
  for (let steps = 0; steps < MAX_LIST; steps++) {
    let next = -1;
    if (charAt(tokens, at + 1) === 0x2c) {
      const w = wordAfter(tokens, at + 1);
      if (isListJoin(w)) {
        joined = true;
        next = nameAfter(tokens, w!.last);
      } else next = nameAfter(tokens, at + 1);
    } else if (isListJoin(wordAfter(tokens, at))) {
      joined = true;
      next = nameAfter(tokens, wordAfter(tokens, at)!.last);
    }
    if (next < 0) break;
    at = next;
  }
  return { at, joined };
}

/** Step from a name's first token back over "Name, " / "Name and" to the list's first name. */
function listStart(tokens: Tokens, first: number): { at: number; joined: boolean } {
  let at = first;
  let joined = false;
  for (let steps = 0; steps < MAX_LIST; steps++) {
    let prev = -1;
    const join = wordBefore(tokens, at);
    if (isListJoin(join)) {
      // "Donetsk and Luhansk", "Donetsk, Luhansk, and Kherson"
      joined = true;
      const t = join!.first;
      prev = charAt(tokens, t - 1) === 0x2c ? nameBefore(tokens, t - 1) : nameBefore(tokens, t);
    } else if (charAt(tokens, at - 1) === 0x2c) {
      prev = nameBefore(tokens, at - 1);
    }
    if (prev < 0) break;
    at = prev;
  }
  return { at, joined };
}

/** The list around a name, when it is one ("and" or "or" joins it): its first and last tokens. */
function listAround(tokens: Tokens, first: number, last: number): { start: number; end: number } | null {
  const end = listEnd(tokens, last);
  const start = listStart(tokens, first);
  if (!end.joined && !start.joined) return null;
  return { start: start.at, end: end.at };
}

/** Kind words of a second-level division: with them a district beats its province. */
const SECOND_LEVEL = new Set(['district', 'districts', 'raion', 'raions', 'department', 'departments']);
/** Not a token flag: kindAround's mark for a second-level kind word. */
const SECOND = 1 << 30;

/**
 * The kind word after a name, or before "of" it: the bits of T_DIVISION_KIND /
 * T_SETTLEMENT_KIND, and SECOND for a district's.
 */
function kindAround(tokens: Tokens, first: number, last: number): number {
  const after = wordAfter(tokens, last);
  let bits = 0;
  if (after) {
    const cues = wordCues(tokens, after);
    // "Kherson city", "Idlib governorate"; "Kansas City" and "Kherson City Council" are names.
    if (cues & T_SETTLEMENT_KIND && !isCapitalised(after.word)) bits |= T_SETTLEMENT_KIND;
    else if (cues & T_DIVISION_KIND) {
      // "Kherson Region Council" is a body; "Idlib Governorate" alone is still the division.
      const beyond = wordAfter(tokens, after.last);
      if (!beyond || !isCapitalised(beyond.word) || !isCapitalised(after.word)) {
        bits |= T_DIVISION_KIND | (SECOND_LEVEL.has(lower(after)) ? SECOND : 0);
      }
    }
  }
  const of = wordBefore(tokens, first);
  if (of && of.word === 'of') {
    const kind = wordBefore(tokens, of.first);
    if (kind) {
      const cues = wordCues(tokens, kind) & (T_DIVISION_KIND | T_SETTLEMENT_KIND);
      // "the city of Idlib", "the province of Kandahar"; "Bank of England" is not a kind.
      if (cues && !isCapitalised(kind.word)) bits |= cues | (SECOND_LEVEL.has(lower(kind)) ? SECOND : 0);
    }
  }
  return bits;
}

/**
 * The level the words around a name (tokens `first`…`last`) give it, through a list
 * of names of one level: "Donetsk, Luhansk and Kherson regions".
 */
export function levelCue(tokens: Tokens, first: number, last: number): Level | typeof LEVEL_ACROSS {
  let bits = kindAround(tokens, first, last);
  if (!bits) {
    const list = listAround(tokens, first, last);
    if (list && list.end !== last) bits |= kindAround(tokens, first, list.end) & (T_DIVISION_KIND | SECOND);
    if (list && list.start !== first)
      bits |= kindAround(tokens, list.start, last) & (T_DIVISION_KIND | SECOND);
  }
  if (bits & T_SETTLEMENT_KIND) return LEVEL_SETTLEMENT;
  if (bits & T_DIVISION_KIND) return bits & SECOND ? LEVEL_DISTRICT : LEVEL_DIVISION;
  // "attacks across Idlib": across a province, not a city.
  const before = wordBefore(tokens, first);
  if (before && before.word === 'across') return LEVEL_ACROSS;
  return LEVEL_NONE;
}

/** The spans of the same list as `span` (names joined by commas, "and", "or"), itself excepted. */
function listMates(tokens: Tokens, spans: readonly Span[], i: number): Span[] {
  const span = spans[i]!;
  const list = listAround(tokens, span.firstToken, span.lastToken);
  if (!list) return [];
  const from = tokens.start[list.start]!;
  const to = tokens.end[list.end]!;
  const mates: Span[] = [];
  for (let j = i - 1; j >= 0 && spans[j]!.start >= from; j--) mates.push(spans[j]!);
  for (let j = i + 1; j < spans.length && spans[j]!.end <= to; j++) mates.push(spans[j]!);
  return mates;
}

/**
 * The level of every span that has a division and a settlement reading: its own cue,
 * else the page's usage. A name the page has called a division ("the Kherson region")
 * is the division again where it stands bare in a list beside another such name.
 */
export function pageLevels(dataset: Dataset, tokens: Tokens, spans: readonly Span[]): Map<Span, Level> {
  const levels = new Map<Span, Level>();
  const divisionKeys = new Set<string>();
  for (const s of spans) {
    if (s.dateline || !twoLevels(dataset, s.candidates)) continue;
    let level = levelCue(tokens, s.firstToken, s.lastToken);
    if (level === LEVEL_ACROSS) {
      const major = s.candidates.some(
        (c) => isSettlement(dataset, c) && dataset.entities[c.entity]!.prior >= MAJOR_CITY_PRIOR,
      );
      level = major ? LEVEL_NONE : LEVEL_DIVISION;
    }
    if (level === LEVEL_NONE) continue;
    levels.set(s, level);
    if (level === LEVEL_DIVISION || level === LEVEL_DISTRICT) divisionKeys.add(s.key);
  }
  if (divisionKeys.size === 0) return levels;
  spans.forEach((s, i) => {
    if (levels.has(s) || s.dateline || !divisionKeys.has(s.key) || !twoLevels(dataset, s.candidates)) return;
    if (listMates(tokens, spans, i).some((m) => m.key !== s.key && divisionKeys.has(m.key))) {
      levels.set(s, LEVEL_DIVISION);
    }
  });
  return levels;
}

/** Physical-feature subtypes by their kind word. */
const FEATURE_OF: Record<string, readonly string[]> = {
  river: ['river'],
  sea: ['sea', 'region'],
  lake: ['lake'],
  mountains: ['mountain-range'],
  range: ['mountain-range'],
  desert: ['desert'],
  gulf: ['gulf'],
  strait: ['strait'],
  valley: ['valley'],
  basin: ['basin'],
  delta: ['delta'],
  plateau: ['plateau'],
  peninsula: ['peninsula'],
  bay: ['bay'],
  channel: ['channel'],
  ocean: ['ocean'],
};

/**
 * "the Euphrates River", "the Dnieper river": the candidates of the feature the word
 * after the name says, or null when there is no such word. An empty list means the
 * dataset holds no such body of water ("Kabul River"): the name is part of another's.
 */
export function featureCandidates(dataset: Dataset, tokens: Tokens, span: Span): Candidate[] | null {
  const after = wordAfter(tokens, span.lastToken);
  if (!after || !(wordCues(tokens, after) & T_FEATURE_KIND)) return null;
  const kinds = FEATURE_OF[lower(after)];
  if (!kinds) return null;
  const found = span.candidates.filter((c) => kinds.includes(dataset.entities[c.entity]!.subtype));
  // "the Swat valley", "the Nuba mountains" are named after the district or the people: without
  // such a feature in the dataset, the name is read as usual. "the Kabul river" is never the city.
  return found.length || WATER.has(lower(after)) ? found : null;
}

/** Kind words of bodies of water: a name before one is the water or nothing. */
const WATER = new Set(['river', 'sea', 'lake', 'strait', 'gulf', 'ocean', 'bay', 'channel']);

/**
 * A name that ends in its own kind word ("Red Sea", "Dead Sea"): the feature, not a
 * province named after it. A kind word alone ("the Gulf") keeps only a feature reading.
 */
export function namesOwnFeature(dataset: Dataset, tokens: Tokens, span: Span): Candidate[] | null {
  const last = tokens.flags[span.lastToken]!;
  if (!(last & T_FEATURE_KIND)) return null;
  const after = wordAfter(tokens, span.lastToken);
  // "Red Sea State", "Red Sea governorate" are the provinces.
  if (after && wordCues(tokens, after) & T_DIVISION_KIND) return null;
  const kinds =
    FEATURE_OF[tokens.text.slice(tokens.start[span.lastToken], tokens.end[span.lastToken]).toLowerCase()];
  if (!kinds) return null;
  const found = span.candidates.filter((c) => kinds.includes(dataset.entities[c.entity]!.subtype));
  // "the Gulf" alone is a body of water or nothing, never Gulf Province: no reading is left.
  if (span.lastToken === span.firstToken) return found;
  return found.length ? found : null;
}

/** Subtypes of physical features: a river, a lake, a sea and the rest (FEATURE_OF's values). */
const FEATURES = new Set(
  Object.values(FEATURE_OF)
    .flat()
    .filter((k) => k !== 'region'),
);

/** Words that may follow a river named on its own ("the Dnipro near Kherson", "the Helmand, which"). */
const AFTER_A_FEATURE = new Set(
  'and or in at near to from into since which where was is has had for on with between as by'.split(' '),
);

/**
 * "crossed the Dnipro", "the waters of the Helmand": a name after "the" that is both a
 * feature and a city or province is the feature; a city takes no article in English. A
 * country may ("the Gambia", "the Congo"), so a country reading leaves the name alone.
 */
export function featureAfterThe(dataset: Dataset, tokens: Tokens, span: Span): Candidate[] | null {
  const before = wordBefore(tokens, span.firstToken);
  if (!before || before.word !== 'the') return null;
  // "the Moscow club", "the Berlin meeting": a city before a noun stays the city.
  const after = wordAfter(tokens, span.lastToken);
  if (after && !AFTER_A_FEATURE.has(after.word)) return null;
  let features: Candidate[] | null = null;
  for (const c of span.candidates) {
    const sub = dataset.entities[c.entity]!.subtype;
    if (sub === 'country') return null;
    if (FEATURES.has(sub)) (features ??= []).push(c);
  }
  return features && features.length < span.candidates.length ? features : null;
}
