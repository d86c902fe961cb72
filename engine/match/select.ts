/**
 * From raw key hits to candidate spans: confirm each hit against its key, apply
 * the case policy per alias, then keep the leftmost-longest span that still has a
 * candidate. Shorter keys at the same start are fallbacks when a longer one fails
 * the case policy ("US Marines" written "us marines" can still not link "US").
 */
import { foldKeepCase, foldsTo } from '../text/fold.ts';
import { keyAt, type AliasIndex } from './alias-index.ts';
import type { RawMatches } from './scan.ts';
import { isDateline } from '../cues/place-cues.ts';
import { JOINED } from '../text/words.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CASE,
  ALIAS_COMMON_PHRASE,
  ALIAS_COMMON_WORD,
  ALIAS_FOREIGN,
  ALIAS_LOWER_START,
  ALIAS_PARTIAL,
} from '../types.ts';

export interface Candidate {
  entity: number;
  flags: number;
}

export interface Span {
  start: number;
  end: number;
  key: string;
  candidates: Candidate[];
  /** Inside all-caps text such as a headline or dateline. */
  caps: boolean;
  /** Opens a dateline ("WASHINGTON 1996-08-30"), or is the state or country after its place. */
  dateline: boolean;
  /** Its first and last tokens in the text's token table (engine/text/span-tokens.ts); -1 until indexed. */
  firstToken: number;
  lastToken: number;
}

const CAPS_WINDOW = 40;
const CAPS_MIN_LETTERS = 8;

/** True when the letters around a span are all upper case. */
export function inCapsContext(text: string, start: number, end: number): boolean {
  let upper = 0;
  const from = Math.max(0, start - CAPS_WINDOW);
  const to = Math.min(text.length, end + CAPS_WINDOW);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII fast path: no string is allocated on this per-span loop.
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) upper++;
      continue;
    }
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    if (lower === ch.toUpperCase()) continue;
    if (ch === lower) return false;
    upper++;
  }
  return upper >= CAPS_MIN_LETTERS;
}

/** Arabic and other name particles written in lower case: "al-Qaeda", "ash-Shabaab". */
const PARTICLE = /^(?:a[ldnrstz]|e[ldnrstz]|ash|ul)[-\u2010\u2011]/i;

function firstLetterIsLower(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return false; // an ASCII capital, as most names open
  // Only a lower-case first letter can open a particle: skip the look for the rest.
  const particle = c >= 97 && c <= 122 ? PARTICLE.exec(text.slice(start, Math.min(end, start + 5))) : null;
  for (let i = start + (particle ? particle[0].length : 0); i < end; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) return ch === lower;
  }
  return false;
}

/** Every word of three letters or more starts with a capital ("of" and "the" may not). */
function wordsCapitalised(surface: string): boolean {
  let wordStart = true;
  let len = 0;
  let lowerFirst = false;
  for (let i = 0; i <= surface.length; i++) {
    const ch = i < surface.length ? surface[i]! : ' ';
    const letter = ch.toLowerCase() !== ch.toUpperCase();
    if (letter) {
      if (wordStart) lowerFirst = ch === ch.toLowerCase();
      wordStart = false;
      len++;
      continue;
    }
    if (len >= 3 && lowerFirst && !GLUE.has(surface.slice(i - len, i))) return false;
    wordStart = true;
    len = 0;
  }
  return true;
}
const GLUE = new Set(['the', 'and', 'for']);

function acceptEntry(
  index: AliasIndex,
  entry: number,
  lowerStart: boolean,
  caps: boolean,
  text: string,
  start: number,
  end: number,
): boolean {
  const flags = index.flags[entry]!;
  const length = end - start;
  if (flags & ALIAS_CASE) {
    if (!asciiCaseAgrees(text, start, end, index.caseText.get(entry)!)) return false;
    const surface = text.slice(start, end);
    if (foldKeepCase(surface) !== index.caseText.get(entry)) return false;
    // In headlines "US" and "IS" are ordinary words; only longer, unambiguous acronyms hold.
    if (caps && (surface.length < 3 || flags & (ALIAS_COMMON_WORD | ALIAS_AMBIGUOUS))) return false;
    // Beside another word in capitals, "LA" is the article in "LA NACION", not Los Angeles.
    return surface.length > 2 || !besideWordInCapitals(text, start, end);
  }
  if (lowerStart && !(flags & ALIAS_LOWER_START)) return false;
  // "a purist Islamic state", "the democratic party of any country": words, not names.
  if (flags & ALIAS_COMMON_PHRASE && !caps && !wordsCapitalised(text.slice(start, end))) return false;
  // In capitals a name loses the case that told it apart; only a place's or actor's own,
  // unambiguous English names hold. A place's other-language name in capitals is a
  // photo credit or byline ("DESMOND KWANDE/AFP"), not the place.
  const doubtfulInCaps =
    caps && flags & (ALIAS_AMBIGUOUS | ALIAS_PARTIAL | ALIAS_COMMON_WORD | ALIAS_FOREIGN);
  const credit = flags & ALIAS_FOREIGN && length > 3 && isUpper(text.slice(start, end));
  if (!doubtfulInCaps && !credit) return true;
  // A dateline says a place is meant, so there a shared, common-word or other-language
  // name still links ("WASHINGTON 1996-08-30", "NICE , France", "NEW YORK (AP)").
  return !(flags & ALIAS_PARTIAL) && isDateline(text, start, end);
}

const isUpper = (s: string): boolean => s === s.toUpperCase();

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * False when the surface and an alias's case text differ in a leading ASCII letter or
 * digit ("In" is not "IN"): folding keeps those as they are, so the answer is already
 * known without folding the surface. True when they agree as far as that reaches.
 */
function asciiCaseAgrees(text: string, start: number, end: number, caseText: string): boolean {
  for (let i = 0; i < caseText.length && start + i < end; i++) {
    const a = text.charCodeAt(start + i);
    const b = caseText.charCodeAt(i);
    if (!isAsciiAlnum(a) || !isAsciiAlnum(b)) return true;
    if (a !== b) return false;
  }
  return true;
}

/** Some entry of the key can link with a lower-case first letter (`acceptEntry`'s rule). */
function mayOpenLower(index: AliasIndex, keyId: number): boolean {
  for (let e = index.offsets[keyId]!; e < index.offsets[keyId + 1]!; e++) {
    const flags = index.flags[e]!;
    if (flags & ALIAS_LOWER_START) return true;
    if (flags & ALIAS_CASE && hasLower(index.caseText.get(e) ?? '')) return true;
  }
  return false;
}

function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && s[i] !== s[i]!.toUpperCase()) return true;
  }
  return false;
}

/** A word in capitals of five letters or more: "NACION", not an acronym such as "AI" or "GDP" ("EU AI Act"). */
function besideWordInCapitals(text: string, start: number, end: number): boolean {
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

export function selectSpans(text: string, raw: RawMatches, index: AliasIndex): Span[] {
  const spans: Span[] = [];
  let covered = 0;
  for (let r = 0; r < raw.length;) {
    const start = raw[r]!;
    // Hits at one start arrive shortest first; gather them all.
    let last = r;
    while (last + 3 < raw.length && raw[last + 3] === start) last += 3;
    const next = last + 3;
    if (start < covered) {
      r = next;
      continue;
    }
    for (let m = last; m >= r; m -= 3) {
      const end = raw[m + 1]!;
      const keyId = raw[m + 2]!;
      const lowerStart = firstLetterIsLower(text, start, end);
      // Most words in running text open in lower case, and most keys cannot link so.
      if (lowerStart && !mayOpenLower(index, keyId)) continue;
      const key = keyAt(index, keyId);
      if (!foldsTo(text, start, end, key)) continue; // hash collision
      // A lower-case letter in the name is one inside the window: never in capitals.
      const caps = !lowerStart && inCapsContext(text, start, end);
      let candidates: Candidate[] | null = null;
      for (let e = index.offsets[keyId]!; e < index.offsets[keyId + 1]!; e++) {
        if (acceptEntry(index, e, lowerStart, caps, text, start, end)) {
          (candidates ??= []).push({ entity: index.entity[e]!, flags: index.flags[e]! });
        }
      }
      if (candidates === null) continue;
      spans.push({
        start,
        end,
        key,
        candidates: mergeCandidates(candidates),
        caps,
        dateline: isDateline(text, start, end),
        firstToken: -1,
        lastToken: -1,
      });
      covered = end;
      break;
    }
    r = next;
  }
  return spans;
}

/** One candidate per entity; when an entity has several aliases with the same key, the strongest wins. */
function mergeCandidates(list: Candidate[]): Candidate[] {
  if (list.length === 1) return list;
  const byEntity = new Map<number, number>();
  for (const c of list) {
    const prev = byEntity.get(c.entity);
    // Fewer caveat flags is stronger.
    const weak = ALIAS_AMBIGUOUS | ALIAS_PARTIAL | ALIAS_COMMON_WORD;
    if (prev === undefined || (c.flags & weak) < (prev & weak)) byEntity.set(c.entity, c.flags);
  }
  return [...byEntity].map(([entity, flags]) => ({ entity, flags }));
}
