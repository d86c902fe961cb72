/**
 * Most words in running text open in lower case, and only a few hundred keys may link
 * so (`mayOpenLower`). Those keys begin with a few dozen different triples of folded
 * characters: one bit per triple lets the scan step over most lower-case words without
 * folding or hashing them.
 */

/** Folded ASCII letter 1–26, digit 27–36; 0 for any other ASCII character, which ends a word. */
export const START_CODE = new Uint8Array(128);
for (let c = 97; c <= 122; c++) START_CODE[c] = START_CODE[c - 32] = c - 96;
for (let c = 48; c <= 57; c++) START_CODE[c] = c - 48 + 27;

const CODES = 37;
const code = (ch: string): number => ch.charCodeAt(0);

/** The bit for a word's first three characters, each ASCII (`c0` a letter); after a word's end, the rest does not count. */
export function startBit(c0: number, c1: number, c2: number): number {
  const k1 = START_CODE[c1]!;
  return (START_CODE[c0]! * CODES + k1) * CODES + (k1 === 0 ? 0 : START_CODE[c2]!);
}

/**
 * The bits of keys (folded) that may open in lower case, and of particles. A key whose second or third
 * character is not ASCII sets none: a word can reach it only through a character that is
 * not ASCII either (ASCII folds to ASCII), and the scan walks every such word in full.
 */
export function buildLowerStarts(keys: Iterable<string>): Uint8Array {
  const starts = new Uint8Array(Math.ceil((CODES * CODES * CODES) / 8));
  for (const key of keys) {
    const c0 = key.charCodeAt(0);
    if (!(c0 >= 97 && c0 <= 122)) continue; // a lower-case walk opens on an ASCII letter
    const c1 = key.length > 1 ? key.charCodeAt(1) : 32;
    const c2 = key.length > 2 ? key.charCodeAt(2) : 32;
    if (c1 >= 128 || (START_CODE[c1] !== 0 && c2 >= 128)) continue;
    set(starts, startBit(c0, c1, c2));
  }
  // A particle ("al-Qaeda", "ash-Shabaab", "ul-Haq") opens a walk that counts as opening with the
  // letter after it (`opensLower`): the scan must read those words whatever the keys.
  for (const x of PARTICLE_SECONDS) for (const v of 'ae') set(starts, startBit(code(v), code(x), HYPHEN));
  set(starts, startBit(code('a'), code('s'), code('h')));
  set(starts, startBit(code('u'), code('l'), HYPHEN));
  return starts;
}

const HYPHEN = 0x2d;
const set = (starts: Uint8Array, bit: number): void => {
  starts[bit >>> 3] = starts[bit >>> 3]! | (1 << (bit & 7));
};

const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
/** ASCII letters to lower case, anything else as it is. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/** The second letters of the particles "al-", "an-"…, "el-", "en-"… */
const PARTICLE_SECONDS = 'ldnrstz';
const PARTICLE_SECOND = new Set([...PARTICLE_SECONDS].map(code));

/**
 * The length of the particle ("al-", "ash-", "ul-") opening `text` at `i` and ending by
 * `end`, or 0. After one, a name counts as opening with the letter that follows (the
 * case rules, surface.ts `firstLetterIsLower`; the scan, `opensLower`).
 */
export function particleLength(text: string, i: number, end = text.length): number {
  const length = particleAt(text, i);
  return i + length <= end ? length : 0;
}

function particleAt(text: string, i: number): number {
  const c0 = text.charCodeAt(i);
  const c1 = lowerAscii(text.charCodeAt(i + 1));
  if (c0 === 117) return c1 === 108 && isHyphen(text.charCodeAt(i + 2)) ? 3 : 0; // ul-
  if (c0 !== 97 && c0 !== 101) return 0;
  if (PARTICLE_SECOND.has(c1) && isHyphen(text.charCodeAt(i + 2))) return 3; // a[ldnrstz]- and e[ldnrstz]-
  const ash = c0 === 97 && c1 === 115 && lowerAscii(text.charCodeAt(i + 2)) === 104;
  return ash && isHyphen(text.charCodeAt(i + 3)) ? 4 : 0;
}

/** The word at `i` (a lower-case ASCII letter) opens in lower case for the case rules: no particle opens it. */
export const opensLower = (text: string, i: number): boolean => particleLength(text, i) === 0;
