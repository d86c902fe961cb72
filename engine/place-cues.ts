/**
 * The words around a name that say it is a place: a dateline ("KABUL, Afghanistan
 * (AP) —"), a locative before it ("in", "from", and through a list that follows),
 * and a country in brackets after a name in sports results (a nationality).
 */
import { isCapitalised, prevWord, wordEndingAt } from './text-cues.ts';

/** "at" and "to" are left out: fixtures read "Kansas City at Detroit". */
const LOCATIVE = new Set(['in', 'from', 'near', 'outside', 'inside', 'across', 'around', 'into']);
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
  const surface = text.slice(start, end);
  if (surface === surface.toUpperCase()) {
    const after = text.slice(end, end + 48);
    const region = DATELINE_REGION.exec(after);
    return DATELINE_TAIL.test(region ? after.slice(region[0].length) : after);
  }
  return (
    DATELINE_TAIL.test(text.slice(end, end + 28)) &&
    DATELINE_PLACE_BEFORE.test(text.slice(Math.max(0, start - 32), start))
  );
}

/**
 * The word before a name says it is a place: "in", "from", "near"… A list carries it to
 * every name in it: "flats in Tbilisi, Yerevan or Istanbul".
 */
export function locativeCue(text: string, start: number): boolean {
  let at = start;
  for (let steps = 0; steps < 12; steps++) {
    let before = prevWord(text, at);
    if (!before) {
      // "Tbilisi, Yerevan": step over the comma to the name before it.
      let i = at;
      while (i > 0 && text[i - 1] === ' ') i--;
      if (text[i - 1] !== ',') return false;
      before = wordEndingAt(text, i - 1);
      if (!before || !isCapitalised(before.word)) return false;
    }
    // "in Tbilisi. Warsaw said": a sentence's full stop ends the list ("U.S." does not).
    if (/^[^.]+\.$/.test(before.word)) return false;
    const lower = before.word.toLowerCase();
    if (LOCATIVE.has(lower)) return true;
    if (!isCapitalised(before.word) && lower !== 'and' && lower !== 'or') return false;
    at = before.start;
  }
  return false;
}

/** "Anthony Hill (Australia)": a country in brackets right after a name is that person's or
 * team's nationality, the one place a sports report names a country and means the country. */
export function nationalityCue(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (text[i] !== '(') return false;
  let j = end;
  while (j < text.length && text[j] === ' ') j++;
  if (text[j] !== ')') return false;
  i--;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && /\p{L}/u.test(text[i]!);
}
