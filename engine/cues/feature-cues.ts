/**
 * The physical feature a kind word names. "the Euphrates River", "the Red Sea", "crossed
 * the Dnipro": the words around a name, or the name's own last word, pick a river, a sea
 * or a mountain range over a city or province of the same name. Every cue reads the
 * token table.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Candidate, Span } from '../match/select.ts';
import { T_DIVISION_KIND, T_FEATURE_KIND } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { listForm, wordAfter, wordBefore, wordCues } from '../text/words.ts';

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
  const kinds = FEATURE_OF[listForm(after.word)];
  if (!kinds) return null;
  const found = span.candidates.filter((c) => kinds.includes(dataset.entities[c.entity]!.subtype));
  // "the Swat valley", "the Nuba mountains" are named after the district or the people: without
  // such a feature in the dataset, the name is read as usual. "the Kabul river" is never the city.
  return found.length || WATER.has(listForm(after.word)) ? found : null;
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
