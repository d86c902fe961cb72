/**
 * Compile build entities into the two artefacts the background loads: the entity
 * records and the alias table (folded keys → entity entries with flags).
 */
import { foldKeepCase, foldKey } from '../../engine/text/fold.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CASE,
  ALIAS_COMMON_WORD,
  ALIAS_COMMON_PHRASE,
  ALIAS_LOWER_START,
  ALIAS_NAME,
  MINOR_PLACE_PRIOR,
  type CompiledAliases,
  type CompiledDataset,
  type CompiledEntity,
  type CompiledTerm,
} from '../../engine/types.ts';
import { toPlaceRow, type PlaceRow } from '../../engine/data/compact-places.ts';
import type { BuildEntity } from './build-types.ts';
import { FUNCTION_WORDS } from './function-words.ts';

/** Short all-capital forms (US, UAE, U.K.) only ever match as written. */
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;
/** Acronyms every web page prints as furniture ("RSS feed", "FAQ"): names only with support. */
const PAGE_FURNITURE = new Set([
  'RSS',
  'FAQ',
  'PDF',
  'API',
  'URL',
  'HTML',
  'CSS',
  'GPS',
  'USB',
  'TV',
  'CEO',
  'PR',
  'IT',
  'ID',
  'OK',
  'AM',
  'PM',
  'ET',
  'GMT',
  'UTC',
]);

const PHRASE_GLUE = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'el']);

/**
 * Several capitalised words, each a common word, the first perhaps a proper
 * adjective: "Democratic Party", "West Bank", "Islamic State".
 */
function isCommonPhrase(text: string, flags: number, words: PhraseWords): boolean {
  if (flags & (ALIAS_CASE | ALIAS_LOWER_START)) return false;
  const tokens = text.split(/[\s\u2010-]+/);
  const parts = tokens.filter((w) => !PHRASE_GLUE.has(w.toLowerCase()));
  // "The Bank" counts: two words, one of them glue.
  if (tokens.length < 2 || parts.length === 0 || !parts.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
    return false;
  const [first, ...rest] = parts.map((w) => w.toLowerCase());
  const firstIsWord = words.common.has(first!) || words.nameLike.has(first!);
  return firstIsWord && rest.every((w) => words.common.has(w));
}

interface PhraseWords {
  common: Set<string>;
  nameLike: Set<string>;
}

function aliasFlags(text: string, flags: number, commonWords: Set<string>, nameLike: Set<string>): number {
  let f = flags;
  if (ACRONYM.test(text)) f |= ALIAS_CASE;
  if (PAGE_FURNITURE.has(text.replace(/\./g, ''))) f |= ALIAS_AMBIGUOUS | ALIAS_COMMON_WORD;
  const key = foldKey(text);
  // An acronym only matches as written, so a foreign function word ("un", "au") cannot be it.
  const foreignOnly = FUNCTION_WORDS.has(key) && f & ALIAS_CASE;
  if (!key.includes(' ') && commonWords.has(key) && !foreignOnly) f |= ALIAS_COMMON_WORD;
  const first = [...text].find((ch) => ch.toLowerCase() !== ch.toUpperCase());
  if (first && first === first.toLowerCase()) f |= ALIAS_LOWER_START;
  if (isCommonPhrase(text, f, { common: commonWords, nameLike })) f |= ALIAS_COMMON_PHRASE;
  return f;
}

/**
 * A small place's alternate name made of common words ("The Bank", "Holy City") is far
 * likelier the words; indexed, it would also hide the name it overlaps ("The Bank of England").
 */
function isTownNickname(e: CompiledEntity, flags: number): boolean {
  return (
    e.type === 'place' &&
    e.prior < MINOR_PLACE_PRIOR &&
    !!(flags & ALIAS_COMMON_PHRASE) &&
    !(flags & ALIAS_NAME)
  );
}

export function compile(
  entities: BuildEntity[],
  commonWords: Set<string>,
  meta: { version: string; asOf: string },
  /** The smaller list shipped for run-time cues; defaults to none. */
  topCommonWords: Iterable<string> = [],
  /** Capitalised everyday words ("Islamic", "Democratic"): the first word of a common phrase. */
  nameLikeWords: Set<string> = new Set(),
  /** Who held which office when (dataset/terms), de-duplicated. */
  terms: CompiledTerm[] = [],
): { dataset: CompiledDataset; aliases: CompiledAliases } {
  // Objects first, rows after: the engine expands rows in the same order, so indices agree.
  const ordered = [
    ...entities.filter((b) => !toPlaceRow(b.entity)),
    ...entities.filter((b) => toPlaceRow(b.entity)),
  ];
  const byKey = new Map<string, { entity: number; flags: number; text: string }[]>();
  ordered.forEach((b, index) => {
    const seen = new Set<string>();
    for (const a of b.aliases) {
      const key = foldKey(a.text);
      if (key.length < 2) continue;
      const flags = aliasFlags(a.text, a.flags, commonWords, nameLikeWords);
      if (isTownNickname(b.entity, flags)) continue;
      const dedupe = `${key}|${flags & ALIAS_CASE ? foldKeepCase(a.text) : ''}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const list = byKey.get(key) ?? [];
      list.push({ entity: index, flags, text: a.text });
      byKey.set(key, list);
    }
  });
  const aliases: CompiledAliases = {
    keys: [],
    counts: [],
    entity: [],
    flags: [],
    caseText: {},
    commonWords: [...topCommonWords],
  };
  for (const [key, list] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    aliases.keys.push(key);
    for (const e of list) {
      if (e.flags & ALIAS_CASE) aliases.caseText[aliases.entity.length] = foldKeepCase(e.text);
      aliases.entity.push(e.entity);
      aliases.flags.push(e.flags);
    }
    aliases.counts.push(list.length);
  }
  const records: CompiledEntity[] = [];
  const places: PlaceRow[] = [];
  for (const b of ordered) {
    const row = toPlaceRow(b.entity);
    if (row) places.push(row);
    else records.push(b.entity);
  }
  return { dataset: { ...meta, entities: records, places, terms }, aliases };
}
