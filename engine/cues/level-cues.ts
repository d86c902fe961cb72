/**
 * City or province. Many provinces share their name with their seat ("Kherson",
 * "Idlib", "Gao", "Kandahar"); the words around the name say which is meant:
 * - a division's kind word after it or before "of": "the Kherson region", "Idlib
 *   governorate", "the province of Kandahar", and through a list of one level:
 *   "Donetsk, Luhansk, Zaporizhzhia and Kherson regions", "the regions of Donetsk and Luhansk";
 * - "across" before it: "attacks across Idlib";
 * - an office after it: "New York's governor" (a province's), "the Kherson mayor" (a city's);
 * - a settlement's kind word: "Kherson city", "the city of Idlib";
 * - the page's own usage: once it says "Kherson region", a bare "Kherson" listed
 *   beside another name the page calls a region is the region too.
 * A physical feature's kind word after a name ("the Euphrates River") picks the feature
 * (feature-cues.ts).
 * Every cue reads the token table.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Candidate, Span } from '../match/select.ts';
import { isCapitalised } from './text-cues.ts';
import { T_DIVISION_KIND, T_SETTLEMENT_KIND } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { wordAfter, wordBefore, wordCues } from '../text/words.ts';
import { listAround, lowerWord } from './name-lists.ts';

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
        bits |= T_DIVISION_KIND | (SECOND_LEVEL.has(lowerWord(after)) ? SECOND : 0);
      }
    }
  }
  const of = wordBefore(tokens, first);
  if (of && of.word === 'of') {
    const kind = wordBefore(tokens, of.first);
    if (kind) {
      const cues = wordCues(tokens, kind) & (T_DIVISION_KIND | T_SETTLEMENT_KIND);
      // "the city of Idlib", "the province of Kandahar"; "Bank of England" is not a kind.
      if (cues && !isCapitalised(kind.word)) bits |= cues | (SECOND_LEVEL.has(lowerWord(kind)) ? SECOND : 0);
    }
  }
  return bits;
}

/**
 * "New York's governor", "the Kandahar governor", "the Kyiv mayor": a province has a
 * governor and a city a mayor. Only the office after the name: "the governor of
 * Kandahar", said of the city in the seed article's gold, is left to the other cues.
 */
const OFFICE_AFTER = /^(?:['’]s)? +(governor|mayor)s?\b/i;

function officeAfter(tokens: Tokens, last: number): Level {
  const end = tokens.end[last]!;
  const office = OFFICE_AFTER.exec(tokens.text.slice(end, end + 16))?.[1]?.toLowerCase();
  if (office === 'governor') return LEVEL_DIVISION;
  return office === 'mayor' ? LEVEL_SETTLEMENT : LEVEL_NONE;
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
  const office = officeAfter(tokens, last);
  if (office !== LEVEL_NONE) return office;
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
