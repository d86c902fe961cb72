/**
 * One pass over a text: at every word start, hash folded characters word by word
 * and probe the alias index at each boundary, so the cost per character is a table
 * load and a multiply. Produces every key that matches at each start; choosing
 * among them (case policy, leftmost-longest) is `select.ts`'s job.
 */
import {
  CLASS,
  CLS_IGNORE,
  CLS_PUNCT,
  CLS_SPACE,
  CLS_UNKNOWN,
  CLS_WORD,
  FOLD,
  classOf,
} from '../text/fold.ts';
import { FILTER_SHIFT, FNV_OFFSET, HAS_PREFIX, LOWER_FILTER_SHIFT, type AliasIndex } from './alias-index.ts';

/** Flat triples: start, end, keyId. */
export type RawMatches = number[];

const NEWLINE = 10;
const SPACE_CODE = 32;
const FNV_PRIME = 16777619;

/** Folded code of each ASCII letter or digit, 0 for other ASCII (no ASCII character is ignorable). */
export const ASCII_WORD = new Uint16Array(128);
for (let c = 0; c < 128; c++) if (classOf(c) === CLS_WORD) ASCII_WORD[c] = FOLD[c]!;

/** Can a walk that opened in lower case go on through this hash (already non-zero) to a key that may? */
function lowerMayGo(index: AliasIndex, h: number): boolean {
  const bit = h >>> LOWER_FILTER_SHIFT;
  return (index.lowerFilter[bit >>> 3]! & (1 << (bit & 7))) !== 0;
}

const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
/** ASCII letters to lower case, anything else as it is. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

const PARTICLE_SECOND = new Set([...'ldnrstz'].map((ch) => ch.charCodeAt(0)));

/**
 * The word at `i` (a lower-case ASCII letter) opens in lower case for the case rules
 * (surface.ts `firstLetterIsLower`): it does not open with a particle such as "al-", after
 * which a name counts as opening with the letter that follows.
 */
function opensLower(text: string, i: number): boolean {
  const c0 = text.charCodeAt(i);
  const c1 = lowerAscii(text.charCodeAt(i + 1));
  if (c0 === 117) return !(c1 === 108 && isHyphen(text.charCodeAt(i + 2))); // ul-
  if (c0 !== 97 && c0 !== 101) return true;
  if (
    c0 === 97 &&
    c1 === 115 &&
    lowerAscii(text.charCodeAt(i + 2)) === 104 &&
    isHyphen(text.charCodeAt(i + 3))
  )
    return false; // ash-
  // a[ldnrstz]- and e[ldnrstz]-
  return !(PARTICLE_SECOND.has(c1) && isHyphen(text.charCodeAt(i + 2)));
}

/**
 * A small direct-mapped cache of recent answers (hash, info pairs; 32 KB) in front of
 * the table, one per index. The table is megabytes, so a probe there is a cache miss
 * or two, and news text names the same few hundred words and names again and again.
 */
const CACHE_BITS = 12;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const caches = new WeakMap<AliasIndex, Int32Array>();

function cacheFor(index: AliasIndex): Int32Array {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Int32Array(2 << CACHE_BITS)));
  return cache;
}

/** Slot info for a hash (already non-zero), or 0: the filter first, then the cache, then the table. */
function lookup(index: AliasIndex, cache: Int32Array, h: number): number {
  const bit = h >>> FILTER_SHIFT;
  if ((index.filter[bit >>> 3]! & (1 << (bit & 7))) === 0) return 0;
  const at = (h & CACHE_MASK) << 1;
  if (cache[at] === h) return cache[at + 1]!;
  const slotHash = index.slotHash;
  const mask = index.mask;
  const checkSlots = index.checkSlots;
  let slot = h & mask;
  let info = 0;
  for (;;) {
    checkSlots?.(slot);
    const s = slotHash[slot]!;
    if (s === h) {
      info = index.slotInfo[slot]!;
      break;
    }
    if (s === 0) break;
    slot = (slot + 1) & mask;
  }
  cache[at] = h;
  cache[at + 1] = info;
  return info;
}

export function scanText(text: string, index: AliasIndex, out: RawMatches = []): RawMatches {
  const n = text.length;
  const cls = CLASS;
  const cache = cacheFor(index);
  let i = 0;
  let prevWord = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === SPACE_CODE || c === NEWLINE) {
      // Runs of white space (a page's markup leaves many: often most of its text) in a
      // loop of one compare a character.
      prevWord = false;
      while (++i < n && ((c = text.charCodeAt(i)) === SPACE_CODE || c === NEWLINE));
      if (i >= n) break;
    }
    if (c < 128) {
      // ASCII (no ASCII character is ignorable): spaces and punctuation end a word.
      if (ASCII_WORD[c] === 0) {
        prevWord = false;
        i++;
        continue;
      }
      if (prevWord) {
        i++;
        continue;
      }
      i = walk(text, i, index, cache, out, c >= 97 && c <= 122 && opensLower(text, i));
      prevWord = true;
      continue;
    }
    let k = cls[c]!;
    if (k === CLS_UNKNOWN) k = classOf(c);
    if (k !== CLS_WORD) {
      if (k !== CLS_IGNORE) prevWord = false;
      i++;
      continue;
    }
    if (prevWord) {
      i++;
      continue;
    }
    // Other scripts' lower case is not told apart here: their walks are never cut short.
    i = walk(text, i, index, cache, out, false);
    prevWord = true;
  }
  return out;
}

/**
 * Walks from a word start; returns the end of the first word. `lower`: the walk opened in
 * lower case, where only keys that may (`mayOpenLower`) can link, so it stops as soon as
 * none can lie ahead: most words in running text end their walk there, before the table.
 */
function walk(
  text: string,
  start: number,
  index: AliasIndex,
  cache: Int32Array,
  out: RawMatches,
  lower: boolean,
): number {
  const n = text.length;
  const fold = FOLD;
  const cls = CLASS;
  let h = FNV_OFFSET;
  let pos = start;
  let firstWordEnd = -1;
  let words = 0;
  const maxWords = index.maxWords;
  for (;;) {
    // One word: letters, digits and invisible characters inside it.
    let lastWordChar = pos;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c < 128) {
        // ASCII: one table read gives the folded letter, or 0 for anything else.
        const f = ASCII_WORD[c]!;
        if (f === 0) break;
        h = Math.imul(h ^ f, FNV_PRIME);
        lastWordChar = pos++;
        continue;
      }
      let k = cls[c]!;
      if (k === CLS_UNKNOWN) k = classOf(c);
      if (k === CLS_WORD) {
        h = Math.imul(h ^ fold[c]!, FNV_PRIME);
        lastWordChar = pos;
      } else if (k !== CLS_IGNORE) break;
      pos++;
    }
    const wordEnd = lastWordChar + 1;
    if (firstWordEnd < 0) firstWordEnd = pos;
    words++;
    if (lower && !lowerMayGo(index, h || 1)) return firstWordEnd;
    let info = lookup(index, cache, h || 1);
    if (info === 0) return firstWordEnd;
    if (info >>> 1) out.push(start, wordEnd, (info >>> 1) - 1);
    // Separators: punctuation is part of keys ("U.S.", "IS-K"); whitespace runs fold to one space.
    let sawSpace = false;
    let newlines = 0;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === SPACE_CODE) {
        sawSpace = true;
        pos++;
        continue;
      }
      let k = cls[c]!;
      if (k === CLS_UNKNOWN) k = classOf(c);
      if (k === CLS_WORD) break;
      if (k === CLS_SPACE) {
        if (c === NEWLINE && ++newlines > 1) return firstWordEnd; // a paragraph break ends any name
        sawSpace = true;
      } else if (k === CLS_PUNCT) {
        if (sawSpace) {
          h = Math.imul(h ^ SPACE_CODE, FNV_PRIME);
          sawSpace = false;
        }
        h = Math.imul(h ^ fold[c]!, FNV_PRIME);
        if (lower && !lowerMayGo(index, h || 1)) return firstWordEnd;
        info = lookup(index, cache, h || 1);
        if (info === 0) return firstWordEnd;
        if (info >>> 1) out.push(start, pos + 1, (info >>> 1) - 1);
      }
      pos++;
    }
    if (pos >= n || words >= maxWords || (info & HAS_PREFIX) === 0) return firstWordEnd;
    if (sawSpace) h = Math.imul(h ^ SPACE_CODE, FNV_PRIME);
  }
}
