/**
 * Cues from the words around a name, used by the linker to stay precise:
 * - a sports report names teams by their town or country ("England beat Australia");
 *   the tokeniser (engine/text/tokens.ts) counts its terms and scores in its one pass;
 * - a one-word name beside another capitalised word is often part of a longer name
 *   the dataset does not know ("Chris Lewis", "Paul Johnson", "New York Yankees").
 * Every cue reads the token table, never the characters again.
 */
import { T_CALENDAR, T_QUALIFIER, T_TITLE } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { listForm, wordAfter, wordBefore, wordCues, type Word } from '../text/words.ts';

export type { Word };

/** Words that never make a longer name of their neighbour: titles, "North", months and weekdays. */
export const NOT_A_NAME_PART = T_TITLE | T_QUALIFIER | T_CALENDAR;

export const isCapitalised = (w: string): boolean => {
  const first = w[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * True when a one-word name (tokens `first`…`last`) sits beside another capitalised
 * word that is not a common word, a title or another known name: "Lewis" in "Chris Lewis".
 */
export function besideUnknownName(
  tokens: Tokens,
  first: number,
  last: number,
  isKnownAt: (offset: number) => boolean,
  commonWords: ReadonlySet<string>,
): boolean {
  const surface = tokens.text.slice(tokens.start[first], tokens.end[last]);
  const check = (found: Word | null): boolean => {
    if (!found) return false;
    const w = found.word;
    if (!isCapitalised(w) || w.length < 2) return false;
    if (w === w.toUpperCase() && surface === surface.toUpperCase()) return false; // all caps
    if (wordCues(tokens, found) & NOT_A_NAME_PART || commonWords.has(listForm(w))) return false;
    return !isKnownAt(found.start);
  };
  return check(wordBefore(tokens, first)) || check(wordAfter(tokens, last));
}
