/**
 * What the selector (select.ts) reads of the text around a hit: whether it sits in
 * capitals, opens in lower case, agrees in case with an alias, or has a word in capitals
 * beside it. Plain reads of a few characters, most without building a string.
 */
import { isDateline } from '../cues/place-cues.ts';
import { CASE_CAPITAL, CASE_LOWER, caseOf } from '../text/char-case.ts';
import { foldKeepCase } from '../text/fold.ts';
import { particleLength } from './lower-starts.ts';
import { JOINED } from '../text/words.ts';

/** A letter with a case (engine/text/char-case.ts); caseless characters and marks have neither bit. */
const CASED = CASE_CAPITAL | CASE_LOWER;
const CAPS_WINDOW = 40;
const CAPS_MIN_LETTERS = 8;

/** True when the letters around a span are all upper case. */
export function inCapsContext(text: string, start: number, end: number): boolean {
  let upper = 0;
  const from = Math.max(0, start - CAPS_WINDOW);
  const to = Math.min(text.length, end + CAPS_WINDOW);
  for (let i = from; i < to; i++) {
    const k = caseOf(text.charCodeAt(i));
    if (k & CASE_LOWER) return false;
    if (k & CASE_CAPITAL) upper++;
  }
  return upper >= CAPS_MIN_LETTERS;
}

export function firstLetterIsLower(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return false; // an ASCII capital, as most names open
  // Only a lower-case first letter can open a particle ("al-Qaeda", "ash-Shabaab"): the
  // name then opens with the letter after it.
  const skip = c >= 97 && c <= 122 ? particleLength(text, start, end) : 0;
  for (let i = start + skip; i < end; i++) {
    const k = caseOf(text.charCodeAt(i));
    if (k & CASED) return (k & CASE_LOWER) !== 0;
  }
  return false;
}

/**
 * Every word of three letters or more in text[start, end) starts with a capital ("of" and
 * "the" may not). Read as codes: the selector asks this of every common phrase it meets.
 */
function wordsCapitalised(text: string, start: number, end: number): boolean {
  let len = 0;
  let lowerFirst = false;
  for (let i = start; i <= end; i++) {
    const k = i < end ? caseOf(text.charCodeAt(i)) : 0;
    if (k & CASED) {
      if (len++ === 0) lowerFirst = (k & CASE_LOWER) !== 0;
      continue;
    }
    if (len >= 3 && lowerFirst && !GLUE.has(text.slice(i - len, i))) return false;
    len = 0;
  }
  return true;
}
const GLUE = new Set(['the', 'and', 'for']);

const isUpper = (s: string): boolean => s === s.toUpperCase();

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * False when the surface and an alias's case text differ in a leading ASCII letter or
 * digit ("In" is not "IN"): folding keeps those as they are, so the answer is already
 * known without folding the surface. True when they agree as far as that reaches.
 */
export function asciiCaseAgrees(text: string, start: number, end: number, caseText: string): boolean {
  for (let i = 0; i < caseText.length && start + i < end; i++) {
    const a = text.charCodeAt(start + i);
    const b = caseText.charCodeAt(i);
    if (!isAsciiAlnum(a) || !isAsciiAlnum(b)) return true;
    if (a !== b) return false;
  }
  return true;
}

/**
 * What `acceptEntry` asks of a span's surface, worked out once per span however many
 * entries its key has (a common place name has dozens): one object, reset per span.
 */
export class Surface {
  private text = '';
  private start = 0;
  private end = 0;
  private upper = -1;
  private capitalised = -1;
  private dateline = -1;
  private kept: string | null = null;

  reset(text: string, start: number, end: number): void {
    this.text = text;
    this.start = start;
    this.end = end;
    this.upper = this.capitalised = this.dateline = -1;
    this.kept = null;
  }
  isUpper(): boolean {
    if (this.upper < 0) this.upper = isUpper(this.text.slice(this.start, this.end)) ? 1 : 0;
    return this.upper === 1;
  }
  wordsCapitalised(): boolean {
    if (this.capitalised < 0) this.capitalised = wordsCapitalised(this.text, this.start, this.end) ? 1 : 0;
    return this.capitalised === 1;
  }
  isDateline(): boolean {
    if (this.dateline < 0) this.dateline = isDateline(this.text, this.start, this.end) ? 1 : 0;
    return this.dateline === 1;
  }
  keptCase(): string {
    return (this.kept ??= foldKeepCase(this.text.slice(this.start, this.end)));
  }
}

export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (caseOf(s.charCodeAt(i)) & CASE_LOWER) return true;
  return false;
}

/** A word in capitals of five letters or more: "NACION", not an acronym such as "AI" or "GDP" ("EU AI Act"). */
export function besideWordInCapitals(text: string, start: number, end: number): boolean {
  return capsWord(spacedWord(text, start, -1)) || capsWord(spacedWord(text, end, 1));
}
const capsWord = (w: string): boolean => w.length > 4 && /^\p{Lu}+$/u.test(w);

/**
 * The word one space or more before (`dir` -1) or after (1) an offset, or "" ("U.S."
 * keeps its dots before, not after). Where markup dropped the space after a full stop
 * ("said.NACION") the word before starts after it. The selector reads these few
 * characters itself, for the rare two-letter acronym, so that the matcher does not
 * wait for the token table the linker reads (engine/text/tokens.ts).
 */
function spacedWord(text: string, from: number, dir: -1 | 1): string {
  let i = from;
  if (dir < 0) while (i > 0 && text[i - 1] === ' ') i--;
  else while (i < text.length && text[i] === ' ') i++;
  if (i === from) return '';
  let j = i;
  if (dir > 0) {
    while (j < text.length && /[\p{L}\p{N}'’-]/u.test(text[j]!)) j++;
    return text.slice(i, j);
  }
  while (j > 0 && /[\p{L}\p{N}.'’-]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i);
  return word.slice(JOINED.exec(word)?.[0].length ?? 0);
}
