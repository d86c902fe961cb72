/**
 * The sentence around a mention, for the notebook's "where it was seen". The text is
 * the page's collected text (blocks separated by a blank line) or a plain file; a
 * sentence never crosses a paragraph. Sentence ends are found with a small rule set
 * rather than `Intl.Segmenter`, which ends a sentence after "Mr." or "Gen.".
 */

/** Longest sentence kept; a longer one is cut around the mention with "…". */
export const MAX_SENTENCE_CHARS = 400;

/** Words ending in a full stop that do not end a sentence before a capital. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cpl adm gov sen rep rev st jr sr mt ft no vs fig sheikh pres'.split(
    ' ',
  ),
);

const PARAGRAPH = /\n[ \t\r\f\v]*\n/g;
/** Sentence-final punctuation (Latin, Arabic, CJK, Devanagari) with closing quotes or brackets. */
const END = /[.!?…؟。！？।]+["'”’»)\]]*/g;

function paragraphOf(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(PARAGRAPH)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** Whether the punctuation at `m` (ending at `after`) ends a sentence. */
function endsSentence(text: string, m: RegExpMatchArray, after: number): boolean {
  const next = text.slice(after, after + 3);
  if (!/^\s/.test(next) && after < text.length) return false;
  const following = next.trimStart()[0];
  if (following && /\p{Ll}/u.test(following)) return false;
  if (m[0][0] !== '.') return true;
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index! - 12), m.index))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial, "U.S."
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence holding `[start, end)`, on one line, with runs of white space made one space. */
export function sentenceAround(text: string, start: number, end: number, max = MAX_SENTENCE_CHARS): string {
  const [pStart, pEnd] = paragraphOf(text, start);
  const paragraph = text.slice(pStart, pEnd);
  let from = 0;
  let to = paragraph.length;
  const mStart = start - pStart;
  const mEnd = Math.min(end, pEnd) - pStart;
  for (const m of paragraph.matchAll(END)) {
    const after = m.index + m[0].length;
    if (!endsSentence(paragraph, m, after)) continue;
    if (after <= mStart) from = after;
    else if (after >= mEnd) {
      to = after;
      break;
    }
  }
  let sentence = paragraph.slice(from, to);
  let lead = '';
  let tail = '';
  if (sentence.trim().length > max) {
    // Keep the mention, with as much on each side as fits.
    const at = mStart - from;
    const half = Math.max(0, Math.floor((max - (mEnd - mStart)) / 2));
    const cutFrom = Math.max(0, Math.min(at - half, sentence.length - max));
    const cutTo = Math.min(sentence.length, cutFrom + max);
    lead = cutFrom > 0 ? '…' : '';
    tail = cutTo < sentence.length ? '…' : '';
    sentence = sentence.slice(cutFrom, cutTo);
  }
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return `${lead}${flat}${tail}`;
}
