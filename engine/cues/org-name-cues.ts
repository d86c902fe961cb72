/**
 * A place named inside the name of an organisation, event or publication is not a
 * mention of the place: "Bank of Canada", "Treaty of Baden", "Damascus Radio",
 * "Berlin Grand Prix", "the newspaper Granma". Capitalisation tells these apart in
 * running text; in a title-case headline every word is capitalised, so there the
 * cues stay silent.
 */
import { isCapitalised, NOT_A_NAME_PART } from './text-cues.ts';
import { cueBits } from '../text/cue-words.ts';
import {
  T_CALENDAR,
  T_KEEPS_PLACE,
  T_KEEPS_PLACE_OF,
  T_ORG_AFTER,
  T_ORG_BEFORE,
  T_PUBLICATION,
  T_SENT_START,
} from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { listForm, wordAfter, wordBefore, wordCues } from '../text/words.ts';

export interface NameCues {
  tokens: Tokens;
  commonWords: ReadonlySet<string>;
  /** Does a known name cover this offset? */
  isKnownAt: (offset: number) => boolean;
}

const SEGMENT_REACH = 160;

/**
 * True when the sentence or line around `at` is in title case, as headlines are:
 * most of its everyday words ("Seize", "After") are capitalised. Names do not
 * count, nor does the first word.
 */
export function inTitleCaseSegment(
  text: string,
  start: number,
  commonWords: ReadonlySet<string>,
  /** The end of the name, so that the dots of "U.S." do not end the segment. */
  end = start,
): boolean {
  let from = start;
  const floor = Math.max(0, start - SEGMENT_REACH);
  while (from > floor && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  const ceil = Math.min(text.length, end + SEGMENT_REACH);
  while (to < ceil && !/[.!?\n]/.test(text[to]!)) to++;
  let words = 0;
  let capitalised = 0;
  const segment = text.slice(from, to);
  let first = true;
  for (const m of segment.matchAll(/\p{L}{4,}/gu)) {
    // The segment's first word is capitalised anyway; a longer word after "He is a" is not it.
    if (first) {
      first = false;
      if (!/\p{L}/u.test(segment.slice(0, m.index))) continue;
    }
    const lower = m[0].toLowerCase();
    // A word in lower case is not a headline's, whether or not the short list knows it
    // ("a co-founder of the Brookings Energy Policy Center"): only names are left out.
    const capital = isCapitalised(m[0]);
    if ((capital && !commonWords.has(lower)) || cueBits(lower) & T_CALENDAR) continue;
    words++;
    if (capital) capitalised++;
  }
  return words >= 2 && capitalised / words >= 0.75;
}

/** Words that name an organisation or publication whatever the case around them. */
/** A club's initials after its town: "Chelsea F.C.", "Wrexham AFC", "Sevilla FC". */
const CLUB_INITIALS = /^ (?:A\.?)?F\.?C\b|^ C\.F\./;

function strongCue(tokens: Tokens, first: number, last: number): boolean {
  if (CLUB_INITIALS.test(tokens.text.slice(tokens.end[last], tokens.end[last]! + 6))) return true;
  const after = wordAfter(tokens, last);
  if (after && isCapitalised(after.word) && wordCues(tokens, after) & T_ORG_AFTER) return true;
  const before = wordBefore(tokens, first);
  if (!before) return false;
  // As written: "newspaper", not "Newspaper".
  if (cueBits(before.word) & T_PUBLICATION) return true;
  return isCapitalised(before.word) && (wordCues(tokens, before) & T_ORG_BEFORE) !== 0;
}

/** The capitalised word after the name makes a longer name of it: "Damascus Radio", "New York Energy Desk". */
function nameContinuesAfter(cues: NameCues, last: number): boolean {
  const after = wordAfter(cues.tokens, last);
  if (!after || after.word.length < 2 || !isCapitalised(after.word)) return false;
  if (after.word === after.word.toUpperCase()) return false; // an acronym or a caps dateline
  if (wordCues(cues.tokens, after) & (NOT_A_NAME_PART | T_KEEPS_PLACE)) return false;
  return !cues.isKnownAt(after.start);
}

/** "Bank of Canada", "Treaty of Baden", "Duke of Orleans". */
function nameContinuesBefore(cues: NameCues, first: number): boolean {
  const { tokens } = cues;
  const before = wordBefore(tokens, first);
  // Only "of": "in" more often places a named building in a town ("the Gaddafi Stadium in Lahore").
  if (!before || before.word !== 'of') return false;
  const head = wordBefore(tokens, before.first);
  if (!head || !isCapitalised(head.word) || head.word === head.word.toUpperCase()) return false;
  if (wordCues(tokens, head) & (NOT_A_NAME_PART | T_KEEPS_PLACE_OF)) return false;
  return !cues.isKnownAt(head.start) && !(tokens.flags[head.first]! & T_SENT_START);
}

/**
 * A person's name before the kind of thing named after them: "Trump Tower", "Kennedy
 * Airport", "Clinton Foundation", "Johnson City". The person is not the one meant.
 */
export function personNamesAThing(tokens: Tokens, last: number): boolean {
  const after = wordAfter(tokens, last);
  if (!after || !isCapitalised(after.word) || after.word === after.word.toUpperCase()) return false;
  return (wordCues(tokens, after) & T_ORG_AFTER) !== 0;
}

/** True when the words around a place (tokens `first`…`last`) make it part of a longer name. */
export function partOfOrgName(cues: NameCues, first: number, last: number): boolean {
  const { tokens } = cues;
  if (strongCue(tokens, first, last)) return true;
  if (!nameContinuesBefore(cues, first) && !nameContinuesAfter(cues, last)) return false;
  return !inTitleCaseSegment(tokens.text, tokens.start[first]!, cues.commonWords, tokens.end[last]);
}

/**
 * A name made of common words with a capitalised modifier before it that is not a
 * known name: "Indonesian Democratic Party", "Scottish Labour Party".
 */
export function commonPhraseExtended(cues: NameCues, first: number): boolean {
  const before = wordBefore(cues.tokens, first);
  if (!before || !isCapitalised(before.word) || before.word === before.word.toUpperCase()) return false;
  // "Yoon's People Power Party" is his party; "Islamist Muslim Brotherhood" describes it.
  if (/['’]s?$|ists?$/.test(before.word)) return false;
  if (cues.commonWords.has(listForm(before.word)) || wordCues(cues.tokens, before) & NOT_A_NAME_PART)
    return false;
  return !cues.isKnownAt(before.start);
}
