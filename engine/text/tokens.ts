/**
 * The token table: one reading of a text that every cue shares, in the manner of
 * spaCy's `Doc` (the table) and `Token` (an index into it). A token is a run of
 * letters and digits (the scanner's word characters, engine/fold.ts) or one other
 * non-space character; whitespace is not a token but is described on the token after
 * it. Offsets and flags live in typed arrays, so a page of text costs a few bytes per
 * word and a cue reads "the token before this name" with one index step.
 *
 * The same pass gathers what the sports-report cue needs (words, sports terms and
 * scores), so no cue walks the text again.
 */
import { CLASS, CLS_SPACE, CLS_UNKNOWN, CLS_WORD, classOf } from './fold.ts';
import { CUE_HASH_SEED, cueBitsAt } from './cue-words.ts';
import {
  T_CAPITALISED,
  T_DIGIT,
  T_GAP_BEFORE,
  T_HAS_LOWER,
  T_PARA_BEFORE,
  T_SENT_START,
  T_SPACES_BEFORE,
  T_SPORT_NAME,
  T_SPORTS_TERM,
  T_WORD,
} from './token-flags.ts';
import { caseOf, CASE_CAPITAL, CASE_LOWER } from './char-case.ts';

export interface Tokens {
  readonly text: string;
  /** Number of tokens; the arrays may be longer. */
  readonly count: number;
  /** UTF-16 offsets of each token: text.slice(start[t], end[t]). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Bits from token-flags.ts. */
  readonly flags: Int32Array;
  /**
   * The text reads as a sports report: at least 20 words of ASCII letters, and sports
   * terms (a sport's name counts three) and scores ("2-1") make 5% of them. There a
   * country or town is a team unless the text says otherwise (engine/link.ts).
   */
  readonly sports: boolean;
}

/** Skipped when looking back for a sentence's end: quotes and opening brackets (and U+FEFF, a space to /\s/). */
const isOpener = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xfeff;
/** What ends a sentence: . ! ? : ; … */
const isTerminator = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x2026;

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = (n >> 2) + 16;
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let flags: Int32Array = new Int32Array(cap);
  let count = 0;
  let gap = 0;
  let prevNewline = false;
  // The next token would start a sentence: true at the start of the text.
  let sentence = true;
  // The sports cue's counts: words of ASCII letters, sports terms among them, scores ("2-1").
  let words = 0;
  let hits = 0;
  let scores = 0;
  let digitsBefore = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === CLS_UNKNOWN) k = classOf(c);
    if (k === CLS_SPACE) {
      if (gap === 0) gap = T_GAP_BEFORE | T_SPACES_BEFORE;
      if (c !== 32) gap &= ~T_SPACES_BEFORE;
      if (c === 10) {
        if (prevNewline) gap |= T_PARA_BEFORE;
        prevNewline = true;
      } else prevNewline = false;
      digitsBefore = 0;
      i++;
      continue;
    }
    prevNewline = false;
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      flags = grow(flags, cap);
    }
    let f = gap;
    gap = 0;
    const s = i;
    const word = k === CLS_WORD;
    if (word) {
      f |= T_WORD;
      const first = caseOf(c);
      if (first & CASE_CAPITAL) f |= T_CAPITALISED;
      if (isDigit(c)) f |= T_DIGIT;
      let lower = false;
      let runStart = -1;
      let h = CUE_HASH_SEED;
      for (;;) {
        if (caseOf(c) & CASE_LOWER) lower = true;
        if (isAsciiLetter(c)) {
          if (runStart < 0) {
            runStart = i;
            h = CUE_HASH_SEED;
          }
          h = (Math.imul(h, 31) + (c | 0x20)) | 0;
        } else if (runStart >= 0) {
          endRun(text, runStart, i, h);
          runStart = -1;
        }
        if (isDigit(c)) digitsBefore++;
        else digitsBefore = 0;
        i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        k = CLASS[c]!;
        if (k === CLS_UNKNOWN) k = classOf(c);
        if (k !== CLS_WORD) break;
      }
      if (runStart >= 0) {
        const bits = endRun(text, runStart, i, h);
        // Only a word of letters alone is on a list: "2nd" and "Kabul1" are not.
        if (runStart === s) f |= bits;
      }
      if (lower) f |= T_HAS_LOWER;
    } else {
      // Scores such as "2-1" or "6-3": one to three digits, a hyphen, a digit.
      if (c === 45 && digitsBefore > 0 && digitsBefore <= 3 && isDigit(text.charCodeAt(i + 1))) scores++;
      digitsBefore = 0;
      i++;
    }
    if (sentence || f & T_PARA_BEFORE) f |= T_SENT_START;
    if (word) sentence = false;
    else if (!isOpener(c)) sentence = isTerminator(c);
    else sentence = (f & T_SENT_START) !== 0;
    start[count] = s;
    end[count] = i;
    flags[count] = f;
    count++;
  }
  return { text, count, start, end, flags, sports: words >= 20 && (hits + scores) / words >= 0.05 };

  /** A run of ASCII letters ends: count it as a word and look it up once. */
  function endRun(t: string, from: number, to: number, hash: number): number {
    words++;
    const bits = cueBitsAt(t, from, to, hash);
    if (bits & T_SPORT_NAME) hits += 3;
    else if (bits & T_SPORTS_TERM) hits++;
    return bits;
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The text of token `t`. */
export const tokenText = (tokens: Tokens, t: number): string =>
  tokens.text.slice(tokens.start[t], tokens.end[t]);

/** The index of the token that starts at `offset`, or the first after it (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
