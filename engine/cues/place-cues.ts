/**
 * The words around a name that say it is a place: a dateline ("KABUL, Afghanistan
 * (AP) —"), a locative before it ("in", "from", and through a list that follows),
 * and a country in brackets after a name in sports results (a nationality).
 */
import { isCapitalised } from './text-cues.ts';
import { T_LOCATIVE, T_WORD } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { spacesOrNothingBefore, wordBefore, wordEndingWith } from '../text/words.ts';

/** What `\s` matches in a regular expression, as a test on one code unit. */
const isJsSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x1680 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** The first character of a dateline's tail after its spaces: a digit, "(" or a dash (a region opens with a comma). */
const TAIL_FIRST = new Set([0x28, 0x2d, 0x2013, 0x2014, ...Array.from({ length: 10 }, (_, i) => 0x30 + i)]);
/** What ends a dateline: a date, an agency or a dash ("1996-08-29", "(AP) —", "-- "). */
const DATELINE_TAIL = /^\s*(?:\d{4}-\d{2}-\d{2}|\(\s*\p{Lu}[\p{L} .]{0,20}\)|—|–|-{1,2}\s)/u;
/** An optional state or country between a dateline's place and its tail ("MILWAUKEE , Wisconsin"). */
const DATELINE_REGION = /^\s*,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}/u;
/** A dateline's place in capitals and its comma, just before a name: "KABUL, " in "KABUL, Afghanistan". */
const DATELINE_PLACE_BEFORE = /(?:^|[\s.])\p{Lu}{2}[\p{Lu} .'’-]*\s*,\s*$/u;

/**
 * A name that opens a dateline, the one place a news story states where it was filed:
 * the place in capitals ("MILWAUKEE , Wisconsin 1996-08-29", "KABUL, Afghanistan (AP) —",
 * "MOSCOW -- "), or the state or country after it.
 */
export function isDateline(text: string, start: number, end: number): boolean {
  // Most names have neither a comma before them nor a tail's first character after them:
  // those are answered without building a string (the matcher asks for every name).
  let a = end;
  while (a < text.length && isJsSpace(text.charCodeAt(a))) a++;
  let b = start;
  while (b > 0 && isJsSpace(text.charCodeAt(b - 1))) b--;
  const commaBefore = b > 0 && text.charCodeAt(b - 1) === 0x2c;
  const next = text.charCodeAt(a);
  const tail = TAIL_FIRST.has(next);
  if (!commaBefore && !tail && next !== 0x2c) return false;
  const surface = text.slice(start, end);
  if (surface === surface.toUpperCase()) {
    const after = text.slice(end, end + 48);
    const region = DATELINE_REGION.exec(after);
    return DATELINE_TAIL.test(region ? after.slice(region[0].length) : after);
  }
  return (
    commaBefore &&
    tail &&
    DATELINE_TAIL.test(text.slice(end, end + 28)) &&
    DATELINE_PLACE_BEFORE.test(text.slice(Math.max(0, start - 32), start))
  );
}

const charOf = (tokens: Tokens, t: number): number =>
  t >= 0 && t < tokens.count && !(tokens.flags[t]! & T_WORD) ? tokens.text.charCodeAt(tokens.start[t]!) : -1;

/**
 * The word before a name (its first token `first`) says it is a place: "in", "from",
 * "near"… A list carries it to every name in it: "flats in Tbilisi, Yerevan or Istanbul".
 */
export function locativeCue(tokens: Tokens, first: number): boolean {
  let at = first;
  for (let steps = 0; steps < 12; steps++) {
    let before = wordBefore(tokens, at);
    if (!before) {
      // "Tbilisi, Yerevan": step over the comma to the name before it.
      if (!spacesOrNothingBefore(tokens, at) || charOf(tokens, at - 1) !== 0x2c) return false;
      before = tokens.end[at - 2] === tokens.start[at - 1] ? wordEndingWith(tokens, at - 2) : null;
      if (!before || !isCapitalised(before.word)) return false;
    }
    // "in Tbilisi. Warsaw said": a sentence's full stop ends the list ("U.S." does not).
    if (/^[^.]+\.$/.test(before.word)) return false;
    if (before.first === before.last && tokens.flags[before.first]! & T_LOCATIVE) return true;
    const lower = before.word.toLowerCase();
    if (!isCapitalised(before.word) && lower !== 'and' && lower !== 'or') return false;
    at = before.first;
  }
  return false;
}

/** "Anthony Hill (Australia)": a country in brackets right after a name (tokens `first`…`last`)
 * is that person's or team's nationality, the one place a sports report names a country and
 * means the country. */
export function nationalityCue(tokens: Tokens, first: number, last: number): boolean {
  if (!spacesOrNothingBefore(tokens, first) || charOf(tokens, first - 1) !== 0x28) return false;
  if (!spacesOrNothingBefore(tokens, last + 1) || charOf(tokens, last + 1) !== 0x29) return false;
  if (!spacesOrNothingBefore(tokens, first - 1)) return false;
  return /\p{L}/u.test(tokens.text[tokens.end[first - 2]! - 1]!);
}

/** Definite articles of Spanish, French and Italian: none comes before a town's name unless it is part of it. */
const ROMANCE_ARTICLES = new Set(['la', 'el', 'los', 'las', 'le', 'les', 'il', 'gli']);

/**
 * "La Constitución manda…", "el Madrid ganó": an article just before a name (its first
 * token `first`) that is not part of it makes it a common noun or a club, not the town of
 * that name. Names that keep their article are matched with it ("La Paz", "El Fasher").
 */
export function articleBefore(tokens: Tokens, first: number): boolean {
  const before = wordBefore(tokens, first);
  return before !== null && ROMANCE_ARTICLES.has(before.word.toLowerCase());
}

/** Titles that come only before a person's name, as written (so "DR" of "DR Congo" is not one). */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady']);

/**
 * "Mr. Jordan said", "Lord Kitchener", "Mrs Chad": a personal title just before a name
 * (its first token `first`) makes it a person's, never a place's.
 */
export function honorificBefore(tokens: Tokens, first: number): boolean {
  const before = wordBefore(tokens, first);
  return before !== null && HONORIFICS.has(before.word.replace(/\.$/, ''));
}
