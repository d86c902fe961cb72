/**
 * The case of a UTF-16 unit, as the cues have always tested it with strings
 * (`ch !== ch.toLowerCase()`…), kept in a table filled on first sight of each
 * character so the tokeniser never makes a string to ask.
 */

/** Upper case and not caseless: what makes "Kabul" capitalised. */
export const CASE_CAPITAL = 1;
/** Changes when put in upper case: a lower-case letter ("ß" too). */
export const CASE_LOWER = 2;
const KNOWN = 4;

const TABLE = new Uint8Array(65536);

export function caseOf(c: number): number {
  const k = TABLE[c]!;
  if (k) return k;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  let v = KNOWN;
  if (ch !== lower && ch === upper) v |= CASE_CAPITAL;
  if (ch !== upper) v |= CASE_LOWER;
  TABLE[c] = v;
  return v;
}
