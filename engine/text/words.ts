/**
 * Words as the cues read them, built from tokens: a word runs over adjacent letter
 * tokens and the marks that hold names together ("U.S.", "al-Qaeda", "O'Neill's"), and
 * stands beside a name only when ordinary spaces alone separate them. A cue asks for
 * the word before or after a token; the answer is a few index steps, never a scan of
 * characters.
 */
import { cueBits } from './cue-words.ts';
import { T_CUE_WORDS, T_SPACES_BEFORE, T_WORD } from './token-flags.ts';
import { tokenAt, type Tokens } from './tokens.ts';

export interface Word {
  word: string;
  /** Offset of its first character. */
  start: number;
  /** Its first and last tokens. */
  first: number;
  last: number;
}

const DOT = 0x2e;
/** Marks inside a word: "'" and "’", "-", and the Arabic tatweel (a letter the scanner ignores). */
const isInnerMark = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x640;

/** Does token `t` belong in a word ("." only when reading backwards, as in "U.S.")? */
function joins(tokens: Tokens, t: number, dots: boolean): boolean {
  if (tokens.flags[t]! & T_WORD) return true;
  const c = tokens.text.charCodeAt(tokens.start[t]!);
  return isInnerMark(c) || (dots && c === DOT);
}

/** Nothing between tokens `t - 1` and `t`. */
const touches = (tokens: Tokens, t: number): boolean => tokens.end[t - 1] === tokens.start[t];

/** Only ordinary spaces, at least one, between tokens `t - 1` and `t`. */
export const spacedFromPrevious = (tokens: Tokens, t: number): boolean =>
  t > 0 && t < tokens.count && (tokens.flags[t]! & T_SPACES_BEFORE) !== 0;

/** Only ordinary spaces, or nothing, between tokens `t - 1` and `t`. */
export const spacesOrNothingBefore = (tokens: Tokens, t: number): boolean =>
  t > 0 && t < tokens.count && (touches(tokens, t) || (tokens.flags[t]! & T_SPACES_BEFORE) !== 0);

/** A run of lower-case letters, a full stop and a capital: markup dropped a space ("said.CreditMichael"). */
export const JOINED = /^.*\p{Ll}{2}\.(?=\p{Lu})/u;

/**
 * The word whose last token is `last` ("U.S." keeps its dots). Where markup dropped
 * the space after a full stop ("said.CreditMichael Appleton"), the word starts after it.
 */
export function wordEndingWith(tokens: Tokens, last: number): Word | null {
  if (last < 0 || last >= tokens.count || !joins(tokens, last, true)) return null;
  let first = last;
  let dots = false;
  while (first > 0 && touches(tokens, first) && joins(tokens, first - 1, true)) {
    first--;
    if (!(tokens.flags[first]! & T_WORD) && tokens.text.charCodeAt(tokens.start[first]!) === DOT) dots = true;
  }
  let start = tokens.start[first]!;
  const text = tokens.text.slice(start, tokens.end[last]);
  if (dots) {
    const joined = JOINED.exec(text);
    if (joined) {
      start += joined[0].length;
      while (tokens.start[first]! < start) first++;
      return { word: text.slice(joined[0].length), start, first, last };
    }
  }
  return { word: text, start, first, last };
}

/** The word just before token `t`, if only spaces separate them. */
export function wordBefore(tokens: Tokens, t: number): Word | null {
  return spacedFromPrevious(tokens, t) ? wordEndingWith(tokens, t - 1) : null;
}

/** The last token of the word that starts at token `first` and reads forwards (no dots). */
function forwardEnd(tokens: Tokens, first: number): number {
  let last = first;
  while (last + 1 < tokens.count && touches(tokens, last + 1) && joins(tokens, last + 1, false)) last++;
  return last;
}

/** The word just after token `t`, if only spaces separate them ("U.S" stops at its dot). */
export function wordAfter(tokens: Tokens, t: number): Word | null {
  const first = t + 1;
  if (!spacedFromPrevious(tokens, first) || !joins(tokens, first, false)) return null;
  const last = forwardEnd(tokens, first);
  const start = tokens.start[first]!;
  return { word: tokens.text.slice(start, tokens.end[last]), start, first, last };
}

/** How far a word read from an offset may run: a bound on the look-up, not on any real word. */
const WORD_REACH = 40;

/** The word that starts at `offset`, read forwards, of at most 40 characters. */
export function wordStartingWith(tokens: Tokens, offset: number): string | undefined {
  const first = tokenAt(tokens, offset);
  if (first >= tokens.count || tokens.start[first] !== offset || !joins(tokens, first, false))
    return undefined;
  return tokens.text.slice(offset, Math.min(tokens.end[forwardEnd(tokens, first)]!, offset + WORD_REACH));
}

/** A word's form for the cue lists: lower case, without a trailing full stop or apostrophe ("Gen." → "gen"). */
export const listForm = (w: string): string => w.toLowerCase().replace(/[.'’]+$/, '');

/**
 * The cue bits (token-flags.ts) of a word. A word of one token, or one token and the
 * full stops or apostrophes after it ("Gen."), has them on that token already; a
 * longer one ("north-east") is looked up here.
 */
export function wordCues(tokens: Tokens, w: Word): number {
  let t = w.first + 1;
  while (t <= w.last && isTrailingMark(tokens.text.charCodeAt(tokens.start[t]!))) t++;
  if (t > w.last && tokens.flags[w.first]! & T_WORD) return tokens.flags[w.first]! & T_CUE_WORDS;
  return cueBits(listForm(w.word));
}

const isTrailingMark = (c: number): boolean => c === DOT || c === 0x27 || c === 0x2019;
