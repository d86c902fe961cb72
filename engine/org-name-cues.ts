/**
 * A place named inside the name of an organisation, event or publication is not a
 * mention of the place: "Bank of Canada", "Treaty of Baden", "Damascus Radio",
 * "Berlin Grand Prix", "the newspaper Granma". Capitalisation tells these apart in
 * running text; in a title-case headline every word is capitalised, so there the
 * cues stay silent.
 */
import {
  atSentenceStart,
  CALENDAR,
  isCapitalised,
  nextWord,
  prevWord,
  QUALIFIERS,
  TITLES,
} from './text-cues.ts';

/** Words that always make an organisation of the place before them ("Jakarta Post", "Newcastle United"). */
const ORG_AFTER = new Set(
  (
    'international group corp corporation inc ltd plc co company holdings bank airlines airways motors ' +
    'university college institute foundation post times daily herald tribune journal gazette news telegraph ' +
    'stock exchange mercantile cotton film festival united rovers athletic wanderers fc city town county ' +
    'club football cricket rugby hockey baseball treasury department embassy open'
  ).split(' '),
);
const ORG_BEFORE = new Set(['air', 'radio', 'royal', 'bank']);

/**
 * Capitalised words after a place that still leave it a place: its kind of division
 * ("Kandahar Province") and the offices of its people ("Iraq Foreign Minister").
 */
const PLACE_STAYS_BEFORE = new Set(
  (
    'province provinces district districts region regions state governorate oblast prefecture municipality ' +
    'territory territories area border borders valley basin coast peninsula highlands ' +
    'foreign defence defense interior deputy acting special senior top opposition'
  ).split(' '),
);
/** Capitalised words before "of" that leave the place a place: "Republic of Ireland", "President of France". */
const PLACE_STAYS_AFTER_OF = new Set(
  'republic kingdom state states government people peoples emirate sultanate federation commonwealth territory capital'.split(
    ' ',
  ),
);
/** A publication named after a place: "the official newspaper Granma". */
const PUBLICATION_BEFORE = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'paper']);

export interface NameCues {
  text: string;
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
  let first = true;
  for (const m of text.slice(from, to).matchAll(/\p{L}{4,}/gu)) {
    if (first) {
      first = false;
      continue;
    }
    const lower = m[0].toLowerCase();
    if (!commonWords.has(lower) || CALENDAR.has(lower)) continue;
    words++;
    if (isCapitalised(m[0])) capitalised++;
  }
  return words >= 2 && capitalised / words >= 0.75;
}

const lowerWord = (w: string): string => w.toLowerCase().replace(/[.'’]+$/, '');

/** Words that name an organisation or publication whatever the case around them. */
function strongCue(text: string, start: number, end: number): boolean {
  const after = nextWord(text, end);
  if (after && isCapitalised(after.word) && ORG_AFTER.has(lowerWord(after.word))) return true;
  const before = prevWord(text, start);
  if (!before) return false;
  if (PUBLICATION_BEFORE.has(before.word)) return true;
  return isCapitalised(before.word) && ORG_BEFORE.has(lowerWord(before.word));
}

/** The capitalised word after the name makes a longer name of it: "Damascus Radio", "New York Energy Desk". */
function nameContinuesAfter(cues: NameCues, end: number): boolean {
  const after = nextWord(cues.text, end);
  if (!after || after.word.length < 2 || !isCapitalised(after.word)) return false;
  const lower = lowerWord(after.word);
  if (after.word === after.word.toUpperCase()) return false; // an acronym or a caps dateline
  if (TITLES.has(lower) || QUALIFIERS.has(lower) || CALENDAR.has(lower) || PLACE_STAYS_BEFORE.has(lower)) {
    return false;
  }
  return !cues.isKnownAt(after.start);
}

/** "Bank of Canada", "Treaty of Baden", "Duke of Orleans". */
function nameContinuesBefore(cues: NameCues, start: number): boolean {
  const { text } = cues;
  const before = prevWord(text, start);
  // Only "of": "in" more often places a named building in a town ("the Gaddafi Stadium in Lahore").
  if (!before || before.word !== 'of') return false;
  const head = prevWord(text, before.start);
  if (!head || !isCapitalised(head.word) || head.word === head.word.toUpperCase()) return false;
  const lower = lowerWord(head.word);
  if (TITLES.has(lower) || QUALIFIERS.has(lower) || PLACE_STAYS_AFTER_OF.has(lower) || CALENDAR.has(lower)) {
    return false;
  }
  return !cues.isKnownAt(head.start) && !atSentenceStart(text, head.start);
}

/** True when the words around a place make it part of a longer name. */
export function partOfOrgName(cues: NameCues, start: number, end: number): boolean {
  if (strongCue(cues.text, start, end)) return true;
  if (!nameContinuesBefore(cues, start) && !nameContinuesAfter(cues, end)) return false;
  return !inTitleCaseSegment(cues.text, start, cues.commonWords, end);
}

/**
 * A name made of common words with a capitalised modifier before it that is not a
 * known name: "Indonesian Democratic Party", "Scottish Labour Party".
 */
export function commonPhraseExtended(cues: NameCues, start: number): boolean {
  const before = prevWord(cues.text, start);
  if (!before || !isCapitalised(before.word) || before.word === before.word.toUpperCase()) return false;
  // "Yoon's People Power Party" is his party; "Islamist Muslim Brotherhood" describes it.
  if (/['’]s?$|ists?$/.test(before.word)) return false;
  const lower = lowerWord(before.word);
  if (cues.commonWords.has(lower) || TITLES.has(lower) || QUALIFIERS.has(lower) || CALENDAR.has(lower))
    return false;
  return !cues.isKnownAt(before.start);
}
