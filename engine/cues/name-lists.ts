/**
 * Lists of names: "Donetsk, Luhansk, Zaporizhzhia and Kherson regions", "Kabul or
 * Kandahar". A kind word after a list, or before "of" it, names the level of every name
 * in it (level-cues.ts).
 */
import { isCapitalised } from './text-cues.ts';
import { T_DIVISION_KIND, T_SETTLEMENT_KIND, T_WORD } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { listForm, wordAfter, wordBefore, wordCues, type Word } from '../text/words.ts';

const MAX_LIST = 8;
/** A word as lists and kind words compare it (lower case). */
export const lowerWord = (w: Word): string => listForm(w.word);
const isListJoin = (w: Word | null): boolean =>
  w !== null && (lowerWord(w) === 'and' || lowerWord(w) === 'or');
/** A capitalised word that can be a name in a list: not a possessive ("Iran's state media"). */
const listName = (w: Word | null): w is Word =>
  w !== null && isCapitalised(w.word) && !/['’]s?$/.test(w.word);
const charAt = (tokens: Tokens, t: number): number =>
  t >= 0 && t < tokens.count && !(tokens.flags[t]! & T_WORD) ? tokens.text.charCodeAt(tokens.start[t]!) : -1;

/** The capitalised name ending at the word before token `t` (its first token), or -1. */
function nameBefore(tokens: Tokens, t: number): number {
  let w = wordBefore(tokens, t);
  if (!listName(w)) return -1;
  let first = w.first;
  // "South Sudan", "Nizhny Novgorod": a name of up to three words.
  for (let i = 0; i < 2; i++) {
    w = wordBefore(tokens, first);
    if (!w || !isCapitalised(w.word) || wordCues(tokens, w) & T_DIVISION_KIND) break;
    first = w.first;
  }
  return first;
}

/** The capitalised name starting at the word after token `t` (its last token), or -1. */
function nameAfter(tokens: Tokens, t: number): number {
  let w = wordAfter(tokens, t);
  if (!listName(w) || wordCues(tokens, w) & T_DIVISION_KIND) return -1;
  let last = w.last;
  for (let i = 0; i < 2; i++) {
    w = wordAfter(tokens, last);
    if (!listName(w) || wordCues(tokens, w) & (T_DIVISION_KIND | T_SETTLEMENT_KIND)) break;
    last = w.last;
  }
  return last;
}

/**
 * Step from a name's last token over ", Name" / "and Name" to the token ending the
 * list's last name; `joined` when an "and" or "or" was crossed. "Sittwe, Rakhine State"
 * has no "and": a city and its province, not a list of one level.
 */
function listEnd(tokens: Tokens, last: number): { at: number; joined: boolean } {
  let at = last;
  let joined = false;
  for (let steps = 0; steps < MAX_LIST; steps++) {
    let next = -1;
    if (charAt(tokens, at + 1) === 0x2c) {
      const w = wordAfter(tokens, at + 1);
      if (isListJoin(w)) {
        joined = true;
        next = nameAfter(tokens, w!.last);
      } else next = nameAfter(tokens, at + 1);
    } else if (isListJoin(wordAfter(tokens, at))) {
      joined = true;
      next = nameAfter(tokens, wordAfter(tokens, at)!.last);
    }
    if (next < 0) break;
    at = next;
  }
  return { at, joined };
}

/** Step from a name's first token back over "Name, " / "Name and" to the list's first name. */
function listStart(tokens: Tokens, first: number): { at: number; joined: boolean } {
  let at = first;
  let joined = false;
  for (let steps = 0; steps < MAX_LIST; steps++) {
    let prev = -1;
    const join = wordBefore(tokens, at);
    if (isListJoin(join)) {
      // "Donetsk and Luhansk", "Donetsk, Luhansk, and Kherson"
      joined = true;
      const t = join!.first;
      prev = charAt(tokens, t - 1) === 0x2c ? nameBefore(tokens, t - 1) : nameBefore(tokens, t);
    } else if (charAt(tokens, at - 1) === 0x2c) {
      prev = nameBefore(tokens, at - 1);
    }
    if (prev < 0) break;
    at = prev;
  }
  return { at, joined };
}

/** The list around a name, when it is one ("and" or "or" joins it): its first and last tokens. */
export function listAround(
  tokens: Tokens,
  first: number,
  last: number,
): { start: number; end: number } | null {
  const end = listEnd(tokens, last);
  const start = listStart(tokens, first);
  if (!end.joined && !start.joined) return null;
  return { start: start.at, end: end.at };
}
