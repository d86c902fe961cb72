/** A pack entity's names as alias entries, and look-ups of folded keys in the dataset's alias index. */
import { FNV_OFFSET, mix, nonZero, probe, type AliasIndex } from '../match/alias-index.ts';
import type { Dataset } from '../data/dataset.ts';
import { foldKey } from '../text/fold.ts';
import { ALIAS_CASE, ALIAS_COMMON_WORD, ALIAS_LOWER_START, ALIAS_NAME, ALIAS_PARTIAL } from '../types.ts';
import { isPackEntityId, type PackEntity } from './schema.ts';

/** Short all-capital forms (ANC, U.N.) only match as written, as in the dataset build. */
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;

export interface PackAliasEntry {
  text: string;
  key: string;
  flags: number;
  /** The field it came from, for errors: `name`, `aliases[2]`. */
  field: string;
}

/** Flags as the build gives them, from what a pack can say and what the run-time common-word list knows. */
function flagsOf(text: string, given: number, commonWords: ReadonlySet<string>, key: string): number {
  let f = given;
  if (ACRONYM.test(text)) f |= ALIAS_CASE;
  if (!key.includes(' ') && commonWords.has(key) && !(f & ALIAS_CASE)) f |= ALIAS_COMMON_WORD;
  const first = [...text].find((ch) => ch.toLowerCase() !== ch.toUpperCase());
  if (first && first === first.toLowerCase()) f |= ALIAS_LOWER_START;
  return f;
}

/** The name (of a new entity) and every alias of a pack entity, folded. */
export function packAliasEntries(e: PackEntity, commonWords: ReadonlySet<string>): PackAliasEntry[] {
  const out: PackAliasEntry[] = [];
  const add = (text: string, given: number, field: string): void => {
    const key = foldKey(text);
    out.push({ text, key, flags: flagsOf(text, given, commonWords, key), field });
  };
  if (isPackEntityId(e.id) && e.name) add(e.name, ALIAS_NAME, 'name');
  (e.aliases ?? []).forEach((a, j) => {
    const field = `aliases[${j}]`;
    if (typeof a === 'string') add(a, 0, field);
    else add(a.text, (a.caseSensitive ? ALIAS_CASE : 0) | (a.partial ? ALIAS_PARTIAL : 0), field);
  });
  return out;
}

export const aliasText = (a: string | { text: string }): string => (typeof a === 'string' ? a : a.text);

/** The id of a folded key in the index, or -1: hashed as the index hashes it, confirmed against the stored key. */
export function keyIdOf(index: AliasIndex, key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = mix(h, key.charCodeAt(i));
  const id = (probe(index, nonZero(h)) >>> 1) - 1;
  if (id < 0) return -1;
  // Two keys with one hash share a slot: rare enough for a walk over the keys.
  return index.keys[id] === key ? id : index.keys.indexOf(key);
}

/** Dataset entities indexed under a folded key. */
export function entitiesUnder(dataset: Dataset, key: string): number[] {
  const k = keyIdOf(dataset.index, key);
  if (k < 0) return [];
  const { offsets, entity } = dataset.index;
  const out: number[] = [];
  for (let e = offsets[k]!; e < offsets[k + 1]!; e++) if (!out.includes(entity[e]!)) out.push(entity[e]!);
  return out;
}
