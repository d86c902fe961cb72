/**
 * From raw key hits to candidate spans: confirm each hit against its key, apply
 * the case policy per alias, then keep the leftmost-longest span that still has a
 * candidate. Shorter keys at the same start are fallbacks when a longer one fails
 * the case policy ("US Marines" written "us marines" can still not link "US").
 */
import { foldsTo } from '../text/fold.ts';
import { keyAt, mayOpenLower, type AliasIndex } from './alias-index.ts';
import type { RawMatches } from './scan.ts';
import {
  asciiCaseAgrees,
  besideWordInCapitals,
  firstLetterIsLower,
  inCapsContext,
  Surface,
} from './surface.ts';
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
  readonly entity: number;
  readonly flags: number;
}

export interface Span {
  start: number;
  end: number;
  key: string;
  /** Shared between spans of one key (see `sharedCandidates`): never changed in place. */
  candidates: readonly Candidate[];
  /** Inside all-caps text such as a headline or dateline. */
  caps: boolean;
  /** Opens a dateline ("WASHINGTON 1996-08-30"), or is the state or country after its place. */
  dateline: boolean;
  /** Its first and last tokens in the text's token table (engine/text/span-tokens.ts); -1 until indexed. */
  firstToken: number;
  lastToken: number;
}

const surface = new Surface();

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
    const caseText = index.caseText.get(entry)!;
    if (!asciiCaseAgrees(text, start, end, caseText) || surface.keptCase() !== caseText) return false;
    // In headlines "US" and "IS" are ordinary words; only longer, unambiguous acronyms hold.
    if (caps && (length < 3 || flags & (ALIAS_COMMON_WORD | ALIAS_AMBIGUOUS))) return false;
    // Beside another word in capitals, "LA" is the article in "LA NACION", not Los Angeles.
    return length > 2 || !besideWordInCapitals(text, start, end);
  }
  if (lowerStart && !(flags & ALIAS_LOWER_START)) return false;
  // "a purist Islamic state", "the democratic party of any country": words, not names.
  if (flags & ALIAS_COMMON_PHRASE && !caps && !surface.wordsCapitalised()) return false;
  // In capitals a name loses the case that told it apart; only a place's or actor's own,
  // unambiguous English names hold. A place's other-language name in capitals is a
  // photo credit or byline ("DESMOND KWANDE/AFP"), not the place.
  const doubtfulInCaps =
    caps && flags & (ALIAS_AMBIGUOUS | ALIAS_PARTIAL | ALIAS_COMMON_WORD | ALIAS_FOREIGN);
  const credit = flags & ALIAS_FOREIGN && length > 3 && surface.isUpper();
  if (!doubtfulInCaps && !credit) return true;
  // A dateline says a place is meant, so there a shared, common-word or other-language
  // name still links ("WASHINGTON 1996-08-30", "NICE , France", "NEW YORK (AP)").
  return !(flags & ALIAS_PARTIAL) && surface.isDateline();
}

export function selectSpans(text: string, raw: RawMatches, index: AliasIndex): Span[] {
  const spans: Span[] = [];
  const byKey = sharedFor(index);
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
      surface.reset(text, start, end);
      const from = index.offsets[keyId]!;
      const to = index.offsets[keyId + 1]!;
      let accepted = 0;
      for (let e = from; e < to; e++) {
        const ok = acceptEntry(index, e, lowerStart, caps, text, start, end);
        if (ok) accepted++;
        scratch[e - from] = ok;
      }
      if (accepted === 0) continue;
      spans.push({
        start,
        end,
        key,
        candidates:
          accepted === to - from
            ? sharedCandidates(index, byKey, keyId)
            : candidatesOf(index, from, to, accepted),
        caps,
        dateline: surface.isDateline(),
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

/** Which of the key's entries `acceptEntry` took, by entry − first entry; grows as needed. */
const scratch: boolean[] = [];

/**
 * Most spans keep every entry of their key, and a page names the same few hundred keys
 * again and again: those spans share one frozen list per key, so a long page does not
 * hold a fresh list (and its objects) for each of its thousands of mentions.
 */
const shared = new WeakMap<AliasIndex, Map<number, readonly Candidate[]>>();
const SHARED_KEYS = 4096;

function sharedFor(index: AliasIndex): Map<number, readonly Candidate[]> {
  let byKey = shared.get(index);
  if (!byKey) shared.set(index, (byKey = new Map()));
  return byKey;
}

function sharedCandidates(
  index: AliasIndex,
  byKey: Map<number, readonly Candidate[]>,
  keyId: number,
): readonly Candidate[] {
  let list = byKey.get(keyId);
  if (list) return list;
  const from = index.offsets[keyId]!;
  const to = index.offsets[keyId + 1]!;
  scratch.fill(true, 0, to - from);
  list = Object.freeze(candidatesOf(index, from, to, to - from));
  if (byKey.size >= SHARED_KEYS) byKey.clear();
  byKey.set(keyId, list);
  return list;
}

/**
 * The accepted entries (`scratch`) as candidates, one per entity: when an entity has
 * several aliases with the same key, the one with fewer caveat flags wins.
 */
function candidatesOf(index: AliasIndex, from: number, to: number, accepted: number): Candidate[] {
  const list: Candidate[] = [];
  const weak = ALIAS_AMBIGUOUS | ALIAS_PARTIAL | ALIAS_COMMON_WORD;
  for (let e = from; e < to; e++) {
    if (!scratch[e - from]) continue;
    const entity = index.entity[e]!;
    const flags = index.flags[e]!;
    // Entities repeat only among a key's few entries: a look back over the list is cheaper than a map.
    const at = accepted > 1 ? list.findIndex((c) => c.entity === entity) : -1;
    if (at < 0) list.push(Object.freeze({ entity, flags }));
    else if ((flags & weak) < (list[at]!.flags & weak)) list[at] = Object.freeze({ entity, flags });
  }
  return list;
}
