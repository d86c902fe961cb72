/**
 * Types of the compiled dataset and of the engine's results. Plain types only:
 * the content script imports these without pulling zod or any data in.
 */
import type { Designation, EntityType, Fact, Term, TermKind } from '../dataset/schema.ts';
import type { PlaceRow } from './data/compact-places.ts';

export type { Designation, EntityType, Fact, Term, TermKind };

/** A term as the background holds it: validated, de-duplicated (dataset/terms/*.json). */
export type CompiledTerm = Term;

/** Alias flags, one byte per alias entry. */
export const ALIAS_CASE = 1;
export const ALIAS_AMBIGUOUS = 2;
export const ALIAS_PARTIAL = 4;
/** The folded alias is a common English word ("mobile", "reading"). */
export const ALIAS_COMMON_WORD = 8;
/** Not an English form: a GeoNames alternate name or an alias tagged with another language. */
export const ALIAS_FOREIGN = 16;
/** The entity's own name. */
export const ALIAS_NAME = 32;
/** The alias itself starts with a lower-case letter ("al-Qaeda"), so lower case in text is fine. */
export const ALIAS_LOWER_START = 64;
/**
 * A name made of common words ("Democratic Party", "Islamic State"): it must be
 * capitalised as written, and a capitalised word before it ("Indonesian Democratic
 * Party") makes it part of another name.
 */
export const ALIAS_COMMON_PHRASE = 128;

/** Places below this prior (towns, districts) need their country or province on the page. */
export const MINOR_PLACE_PRIOR = 0.45;

export interface CompiledAliases {
  /** Folded keys (see engine/text/fold.ts). */
  keys: string[];
  /** Number of entries of each key; entries are stored key after key. */
  counts: number[];
  /** Entity index of each entry. */
  entity: number[];
  /** Alias flags of each entry. */
  flags: number[];
  /** Original text of case-sensitive entries, by entry index. */
  caseText: Record<string, string>;
  /** The most frequent lower-case English words (engine/cues/text-cues.ts). */
  commonWords: string[];
}

export interface CompiledGeo {
  lat: number;
  lon: number;
  cc: string;
  a1?: string;
  a2?: string;
  pop?: number;
  gid?: number;
  basis?: string;
  /** GeoNames id of a division's seat (its capital town). */
  seat?: number;
}

/** One entity as the background holds it. Optional fields are omitted when empty. */
export interface CompiledEntity {
  id: string;
  type: EntityType;
  subtype: string;
  name: string;
  /** Linking prior in 0..1. */
  prior: number;
  role?: string;
  description?: string;
  aliases?: string[];
  facts?: Fact[];
  related?: { id: string; relation: string }[];
  designations?: Designation[];
  sources?: { title: string; url: string }[];
  wikipedia?: string | null;
  wikidata?: string;
  geo?: CompiledGeo;
}

export interface CompiledDataset {
  version: string;
  asOf: string;
  /** Curated entities, countries and places with curated extras. */
  entities: CompiledEntity[];
  /** Plain generated places, as rows (engine/data/compact-places.ts); they follow `entities` in index order. */
  places: PlaceRow[];
  /** Who held which office when, sorted by office owner and start. */
  terms?: CompiledTerm[];
}

/** The dataset as the engine uses it, places expanded. */
export interface ExpandedDataset {
  version: string;
  asOf: string;
  entities: CompiledEntity[];
  terms: CompiledTerm[];
}

/** A linked mention in a text. Offsets are UTF-16 units into that text. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
  /** Why it linked: for the "Why this?" panel and the eval harness. */
  evidence: LinkEvidence;
}

export interface LinkEvidence {
  alias: string;
  score: number;
  runnerUp?: { entity: number; score: number };
  candidates: number;
  /** Every other reading of these words, best first, with its score on this page. */
  others: { entity: number; score: number }[];
}
