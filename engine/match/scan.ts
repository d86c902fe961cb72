/**
 * One pass over a text: at every word start, hash folded characters word by word
 * and probe the alias index at each boundary, so the cost per character is a table
 * load and a multiply. Most lower-case words are stepped over unread (lower-starts.ts). Produces every key that matches at each start; choosing
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
import { FNV_OFFSET, HAS_PREFIX, type AliasIndex } from './alias-index.ts';
import { opensLower, startBit } from './lower-starts.ts';
import { cacheFor, lookup, lowerMayGo } from './lookup.ts';

/** Flat triples: start, end, keyId. */
export type RawMatches = Int32Array;

const NEWLINE = 10;
const SPACE_CODE = 32;
const FNV_PRIME = 16777619;

/** Folded code of each ASCII letter or digit, 0 for other ASCII (no ASCII character is ignorable). */
export const ASCII_WORD = new Uint16Array(128);
for (let c = 0; c < 128; c++) if (classOf(c) === CLS_WORD) ASCII_WORD[c] = FOLD[c]!;

/**
 * The hits of the scan under way, in one buffer kept between scans and copied out at the
 * end: pushing triples onto a growing array took a fifth of the scan's time.
 */
const FIRST_SIZE = 3 << 12;
/** A buffer grown past this (a text of megabytes) is let go after its scan, not kept for the next. */
const KEPT_SIZE = 3 << 16;
let hits = new Int32Array(FIRST_SIZE);
let used = 0;

function emit(start: number, end: number, keyId: number): void {
  if (used + 3 > hits.length) {
    const grown = new Int32Array(hits.length * 2);
    grown.set(hits);
    hits = grown;
  }
  hits[used] = start;
  hits[used + 1] = end;
  hits[used + 2] = keyId;
  used += 3;
}

export function scanText(text: string, index: AliasIndex): RawMatches {
  used = 0;
  const n = text.length;
  const cls = CLASS;
  const cache = cacheFor(index);
  const starts = index.lowerStarts;
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
      if (c < 97 || c > 122) {
        i = walk(text, i, index, cache, false);
        prevWord = true;
        continue;
      }
      // A lower-case word that neither a key opening so nor a particle ("al-") begins like:
      // past it, unread. A character past ASCII in its first three (an accent, an invisible
      // one) needs the full walk.
      if (i + 2 < n) {
        const c1 = text.charCodeAt(i + 1);
        const c2 = text.charCodeAt(i + 2);
        if (c1 < 128 && c2 < 128) {
          const bit = startBit(c, c1, c2);
          if ((starts[bit >>> 3]! & (1 << (bit & 7))) === 0) {
            while (++i < n && (c = text.charCodeAt(i)) < 128 && ASCII_WORD[c] !== 0);
            prevWord = true;
            continue;
          }
        }
      }
      i = walk(text, i, index, cache, opensLower(text, i));
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
    i = walk(text, i, index, cache, false);
    prevWord = true;
  }
  const found = hits.slice(0, used);
  if (hits.length > KEPT_SIZE) hits = new Int32Array(FIRST_SIZE);
  return found;
}

/**
 * Walks from a word start; returns the end of the first word. `lower`: the walk opened in
 * lower case, where only keys that may (`mayOpenLower`) can link, so it stops as soon as
 * none can lie ahead: most words in running text end their walk there, before the table.
 */
function walk(text: string, start: number, index: AliasIndex, cache: Int32Array, lower: boolean): number {
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
    if (info >>> 1) emit(start, wordEnd, (info >>> 1) - 1);
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
        if (info >>> 1) emit(start, pos + 1, (info >>> 1) - 1);
      }
      pos++;
    }
    if (pos >= n || words >= maxWords || (info & HAS_PREFIX) === 0) return firstWordEnd;
    if (sawSpace) h = Math.imul(h ^ SPACE_CODE, FNV_PRIME);
  }
}
