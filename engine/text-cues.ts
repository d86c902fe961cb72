/**
 * Cues from the words around a name, used by the linker to stay precise:
 * - a sports report names teams by their town or country ("England beat Australia");
 * - a one-word name beside another capitalised word is often part of a longer name
 *   the dataset does not know ("Chris Lewis", "Paul Johnson", "New York Yankees").
 */

const SPORTS_TERMS = new Set(
  (
    'innings wicket wickets batsman batsmen bowler bowled bowling cricket goal goals striker midfielder ' +
    'goalkeeper keeper defender winger penalty penalties league cup tournament championship championships ' +
    'semifinal semi-final semifinals quarterfinal quarter-final quarterfinals final finals seeded seed birdie ' +
    'birdies bogey bogeys par round rounds pitcher inning homer homers try tries nba nfl nhl mlb olympic ' +
    'olympics sprint marathon prix race races lap laps match matches beat beats beaten drew draw draws ' +
    'defeated defeat victory win wins won lost unbeaten scored score scores scorer scoreline coach manager ' +
    'squad fixture fixtures standings season points club clubs played playing player players title champion ' +
    'champions runs runner-up kicked kick minute minutes half halftime half-time referee substitute header ' +
    'equaliser equalizer qualifier qualifiers qualifying team teams fans stadium captain medal medals ' +
    'stage overtime touchdown quarterback'
  ).split(' '),
);
/** The sport's own name counts for more: reports open with it. */
const SPORT_NAMES = new Set(
  'soccer football cricket tennis golf baseball rugby basketball hockey athletics cycling boxing motorsport skiing'.split(
    ' ',
  ),
);

/** True when the text reads as a sports report. One pass; only short ASCII words are looked up. */
export function isSportsText(text: string): boolean {
  let words = 0;
  let hits = 0;
  let scores = 0;
  let start = -1;
  let digitsBefore = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    const letter = c >= 97 && c <= 122;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words++;
      const len = i - start;
      if (len >= 2 && len <= 13) {
        const w = text.slice(start, i).toLowerCase();
        if (SPORT_NAMES.has(w)) hits += 3;
        else if (SPORTS_TERMS.has(w)) hits++;
      }
      start = -1;
    }
    // Scores such as "2-1" or "6-3": digits, a dash, digits.
    const raw = i < text.length ? text.charCodeAt(i) : 0;
    if (raw >= 48 && raw <= 57) digitsBefore++;
    else {
      if (raw === 45 && digitsBefore > 0 && digitsBefore <= 3) {
        const next = text.charCodeAt(i + 1);
        if (next >= 48 && next <= 57) scores++;
      }
      digitsBefore = 0;
    }
  }
  if (words < 20) return false;
  return (hits + scores) / words >= 0.05;
}

export interface Word {
  word: string;
  start: number;
}

/** The word just before `start`, if only spaces separate it ("U.S." keeps its dots). */
export function prevWord(text: string, start: number): Word | null {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  return i === start ? null : wordEndingAt(text, i);
}

export function wordEndingAt(text: string, i: number): Word | null {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.'’-]/u.test(text[j - 1]!)) j--;
  if (j === i) return null;
  // Markup can drop the space after a full stop ("said.CreditMichael Appleton"): the word
  // starts after it. "U.S." keeps its dots.
  const joined = /^.*\p{Ll}{2}\.(?=\p{Lu})/u.exec(text.slice(j, i));
  if (joined) j += joined[0].length;
  return { word: text.slice(j, i), start: j };
}

/** The word just after `end`, if only spaces separate it. */
export function nextWord(text: string, end: number): Word | null {
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  if (i === end) return null;
  let j = i;
  while (j < text.length && /[\p{L}\p{N}'’-]/u.test(text[j]!)) j++;
  return j > i ? { word: text.slice(i, j), start: i } : null;
}

export const wordBefore = (text: string, start: number): string | null => prevWord(text, start)?.word ?? null;

/** Months and weekdays are capitalised mid-sentence: "in Kabul Monday" still names Kabul,
 * and no common-word guard catches "March" or "Friday". */
export const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

export const TITLES = new Set(
  (
    'mr mrs ms dr sir dame lord lady president vice prime minister chancellor premier king queen prince princess ' +
    'emir sheikh sheik mullah maulana imam ayatollah general gen lt col colonel major captain admiral marshal ' +
    'commander senator sen rep representative governor gov mayor judge justice secretary ambassador envoy ' +
    'pope cardinal bishop archbishop chairman chair director chief spokesman spokeswoman former late'
  ).split(' '),
);

/** Words that qualify a place ("Western Niger", "Greater Kabul"): not parts of an unknown name. */
export const QUALIFIERS = new Set(
  (
    'north south east west northern southern eastern western central northeast northwest southeast southwest ' +
    'north-east north-west south-east south-west upper lower greater inner outer old new rural urban coastal'
  ).split(' '),
);

export const isCapitalised = (w: string): boolean => {
  const first = w[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * True when a one-word name sits beside another capitalised word that is not a
 * common word, a title or another known name: "Lewis" in "Chris Lewis".
 */
export function besideUnknownName(
  text: string,
  start: number,
  end: number,
  isKnownAt: (offset: number) => boolean,
  commonWords: ReadonlySet<string>,
): boolean {
  const check = (found: Word | null): boolean => {
    if (!found) return false;
    const w = found.word;
    if (!isCapitalised(w) || w.length < 2) return false;
    if (w === w.toUpperCase() && text.slice(start, end) === text.slice(start, end).toUpperCase())
      return false; // all caps
    const lower = w.toLowerCase().replace(/[.'’]+$/, '');
    if (TITLES.has(lower) || QUALIFIERS.has(lower) || CALENDAR.has(lower) || commonWords.has(lower))
      return false;
    return !isKnownAt(found.start);
  };
  return check(prevWord(text, start)) || check(nextWord(text, end));
}

/** True when `start` begins a sentence, a heading or a paragraph. */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"“‘'(\[]/.test(text[i]!)) {
    if (text[i] === '\n' && i > 0 && text[i - 1] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;…]/.test(text[i]!);
}
