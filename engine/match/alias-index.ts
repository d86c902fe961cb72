/**
 * The alias index: an open-addressing hash table over folded alias keys and their
 * word-boundary prefixes, built once from the compiled alias list. Scanning hashes
 * the text's folded characters as it walks, so no substring is ever allocated on
 * the hot path; a hit is confirmed against the stored key.
 */
import { CLS_PUNCT, CLS_SPACE, CLS_WORD, classOf } from '../text/fold.ts';
import { ALIAS_CASE, ALIAS_LOWER_START, type CompiledAliases } from '../types.ts';
import { hasLower } from './surface.ts';
import { buildLowerStarts } from './lower-starts.ts';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
export const mix = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME);
/** The table reserves 0 for empty slots. */
export const nonZero = (h: number): number => h || 1;

const HAS_PREFIX = 1;

export interface AliasIndex {
  readonly keys: readonly string[];
  readonly offsets: Int32Array;
  readonly entity: Int32Array;
  readonly flags: Uint8Array;
  readonly caseText: ReadonlyMap<number, string>;
  /** hash → slot; parallel arrays */
  readonly slotHash: Int32Array;
  /** (keyId + 1) << 1 | HAS_PREFIX */
  readonly slotInfo: Int32Array;
  readonly mask: number;
  /** Longest key in words, to bound a walk. */
  readonly maxWords: number;
  /**
   * One bit per `hash >>> FILTER_SHIFT`, set for every hash in the table: a small array
   * (it stays in cache) that turns most misses away before a probe of the big table.
   */
  readonly filter: Uint8Array;
  /**
   * The same, for the hashes on the way to a key that can link opening in lower case
   * (`mayOpenLower`): a few hundred of them, where most words in running text open in
   * lower case. The scan stops a lower-case walk as soon as this turns it away.
   */
  readonly lowerFilter: Uint8Array;
  /** The first three characters of those keys (lower-starts.ts), to step over a lower-case word unread. */
  readonly lowerStarts: Uint8Array;
  /**
   * The keys as the compiled files hold them (UTF-8 bytes and offsets), when `keys` is
   * a lazy view over them: `keyAt` reads them here without going through the view.
   */
  readonly keyTable?: KeyTable;
  /**
   * Compiled files check their bytes as they are read (engine/data/binary.ts): called
   * before slots `from` to `to` (exclusive; one slot by default) of both slot arrays are read.
   */
  readonly checkSlots?: (from: number, to?: number) => void;
}

export interface KeyTable {
  readonly bytes: Uint8Array;
  readonly offsets: Int32Array;
  /** Keys decoded lately; cleared when full, so it stays small. */
  readonly cache: Map<number, string>;
  /** Before key `id` is read. */
  check(id: number): void;
  /** Before the table is read whole (search). */
  checkAll(): void;
}

const KEY_CACHE = 16_384;

/** One key by id: from the key table when there is one (no proxy on the matcher's path), else `keys`. */
export function keyAt(index: AliasIndex, id: number): string {
  const t = index.keyTable;
  if (!t) return index.keys[id]!;
  let key = t.cache.get(id);
  if (key !== undefined) return key;
  t.check(id);
  const start = t.offsets[id]!;
  const end = t.offsets[id + 1]!;
  key = '';
  let ascii = true;
  for (let i = start; i < end; i++) {
    const b = t.bytes[i]!;
    if (b > 0x7f) {
      ascii = false;
      break;
    }
    key += String.fromCharCode(b);
  }
  if (!ascii) key = utf8.decode(t.bytes.subarray(start, end));
  if (t.cache.size >= KEY_CACHE) t.cache.clear();
  t.cache.set(id, key);
  return key;
}
const utf8 = new TextDecoder();

/** 2^21 bits (256 KB): one in eight or so misses gets past it at today's quarter-million hashes. */
export const FILTER_SHIFT = 11;

/** The filter for a slot table (engine/data/compiled.ts stores it; packs rebuild it over their table). */
export function buildFilter(slotHash: Int32Array): Uint8Array {
  const filter = new Uint8Array(1 << (32 - FILTER_SHIFT - 3));
  for (let s = 0; s < slotHash.length; s++) {
    const h = slotHash[s]!;
    if (h === 0) continue;
    const bit = h >>> FILTER_SHIFT;
    filter[bit >>> 3] = filter[bit >>> 3]! | (1 << (bit & 7));
  }
  return filter;
}

function insert(hashes: Int32Array, info: Int32Array, mask: number, h: number, value: number): void {
  let slot = h & mask;
  while (hashes[slot] !== 0 && hashes[slot] !== h) slot = (slot + 1) & mask;
  hashes[slot] = h;
  info[slot] = info[slot]! | value;
}

/**
 * Hash a folded key the way the scanner hashes text: `prefix` is called with the hash at
 * every word or punctuation boundary before the end, `whole` with the key's. Returns its words.
 */
function hashKey(key: string, prefix: (h: number) => void, whole: (h: number) => void): number {
  let h = FNV_OFFSET;
  let words = 1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const k = classOf(c);
    if (k === CLS_SPACE) words++;
    h = mix(h, c);
    const atWordEnd = k === CLS_WORD && (i + 1 === key.length || classOf(key.charCodeAt(i + 1)) !== CLS_WORD);
    const boundary = atWordEnd || k === CLS_PUNCT;
    if (boundary && i + 1 < key.length) prefix(nonZero(h));
  }
  whole(nonZero(h));
  return words;
}

function registerKey(key: string, keyId: number, hashes: Int32Array, info: Int32Array, mask: number): number {
  return hashKey(
    key,
    (h) => insert(hashes, info, mask, h, HAS_PREFIX),
    (h) => insert(hashes, info, mask, h, (keyId + 1) << 1),
  );
}

/** Some entry of the key can link with a lower-case first letter (select.ts's case rule). */
export function mayOpenLower(
  index: Pick<AliasIndex, 'offsets' | 'flags' | 'caseText'>,
  keyId: number,
): boolean {
  for (let e = index.offsets[keyId]!; e < index.offsets[keyId + 1]!; e++) {
    const flags = index.flags[e]!;
    if (flags & ALIAS_LOWER_START) return true;
    if (flags & ALIAS_CASE && hasLower(index.caseText.get(e) ?? '')) return true;
  }
  return false;
}

/** 2^16 bits (8 KB): a few hundred keys' hashes leave under one in a hundred misses through. */
export const LOWER_FILTER_SHIFT = 16;

/** `lowerFilter` and `lowerStarts` for an index whose other parts are built (compiled.ts stores them; packs rebuild them). */
export function buildLowerFilters(
  index: Omit<AliasIndex, 'lowerFilter' | 'lowerStarts' | 'filter'>,
): Pick<AliasIndex, 'lowerFilter' | 'lowerStarts'> {
  const filter = new Uint8Array(1 << (32 - LOWER_FILTER_SHIFT - 3));
  const set = (h: number) => {
    const bit = h >>> LOWER_FILTER_SHIFT;
    filter[bit >>> 3] = filter[bit >>> 3]! | (1 << (bit & 7));
  };
  const lowerKeys: string[] = [];
  for (let id = 0; id + 1 < index.offsets.length; id++) {
    if (!mayOpenLower(index, id)) continue;
    const key = keyAt(index as AliasIndex, id);
    hashKey(key, set, set);
    lowerKeys.push(key);
  }
  return { lowerFilter: filter, lowerStarts: buildLowerStarts(lowerKeys) };
}

/**
 * `maxLoad`: size the table for at most this share of used slots (the compiled dataset
 * uses 0.5, found by a first pass); without it, three slots per key.
 */
export function buildAliasIndex(data: CompiledAliases, maxLoad?: number): AliasIndex {
  let slots = 1 << Math.ceil(Math.log2(Math.max(16, data.keys.length * 3)));
  if (maxLoad !== undefined) {
    const used = buildAliasIndex(data).slotHash.reduce((n, h) => (h === 0 ? n : n + 1), 0);
    slots = 1 << Math.ceil(Math.log2(Math.max(16, used / maxLoad)));
  }
  const mask = slots - 1;
  const slotHash = new Int32Array(slots);
  const slotInfo = new Int32Array(slots);
  let maxWords = 1;
  for (let id = 0; id < data.keys.length; id++) {
    maxWords = Math.max(maxWords, registerKey(data.keys[id]!, id, slotHash, slotInfo, mask));
  }
  const caseText = new Map<number, string>();
  for (const [entry, text] of Object.entries(data.caseText)) caseText.set(Number(entry), text);
  const offsets = new Int32Array(data.keys.length + 1);
  for (let i = 0; i < data.counts.length; i++) offsets[i + 1] = offsets[i]! + data.counts[i]!;
  const index = {
    keys: data.keys,
    offsets,
    entity: Int32Array.from(data.entity),
    flags: Uint8Array.from(data.flags),
    caseText,
    slotHash,
    slotInfo,
    mask,
    maxWords,
  };
  return { ...index, filter: buildFilter(slotHash), ...buildLowerFilters(index) };
}

/** Slot info for a hash, or 0 when absent. */
export function probe(index: AliasIndex, h: number): number {
  const { slotHash, slotInfo, mask, checkSlots } = index;
  let slot = h & mask;
  for (;;) {
    checkSlots?.(slot);
    const s = slotHash[slot]!;
    if (s === h) return slotInfo[slot]!;
    if (s === 0) return 0;
    slot = (slot + 1) & mask;
  }
}

export { FNV_OFFSET, HAS_PREFIX };
