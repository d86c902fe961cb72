/**
 * Character folding shared by the index builder and the scanner. Both sides fold
 * with these tables, so an alias key and the text it matches always agree.
 *
 * Each UTF-16 unit gets a class and a folded code. Tables fill lazily: the first
 * sight of a non-ASCII character costs one `normalize()`, later ones are a load.
 */

export const CLS_UNKNOWN = 0;
/** Letter or digit, any script. */
export const CLS_WORD = 1;
/** Whitespace of any kind; runs collapse to one space. */
export const CLS_SPACE = 2;
/** Invisible inside words: combining marks, soft hyphen, zero-width and bidi controls, tatweel. */
export const CLS_IGNORE = 3;
/** Punctuation and symbols; dashes fold to '-', apostrophes to "'". */
export const CLS_PUNCT = 4;

export const CLASS = new Uint8Array(65536);
export const FOLD = new Uint16Array(65536);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const BASE_PLUS_MARKS = /^[^\p{M}]\p{M}+$/u;
const SPACE = /\s/u;
const IGNORABLE = new Set([
  0x00ad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x0640, 0x202a, 0x202b, 0x202c, 0x202d,
  0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0x034f,
]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x27, 0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0x60, 0xb4, 0x2032, 0xff07]);

/** Letters whose NFD form has no base letter to fall back on, plus Arabic letter variants. */
const SPECIAL: Record<number, string> = {
  0x00df: 's', // ß
  0x0131: 'i', // dotless i
  0x0142: 'l', // ł
  0x0111: 'd', // đ
  0x00f0: 'd', // ð
  0x00f8: 'o', // ø
  0x00e6: 'a', // æ
  0x0153: 'o', // œ
  0x00fe: 't', // þ
  0x0127: 'h', // ħ
  0x0623: 'ا', // أ
  0x0625: 'ا', // إ
  0x0622: 'ا', // آ
  0x0671: 'ا', // ٱ
  0x0649: 'ي', // ى
  0x06cc: 'ي', // Persian yeh
  0x0626: 'ي', // ئ
  0x0624: 'و', // ؤ
  0x0629: 'ه', // ة
  0x06a9: 'ك', // Persian kaf
};

function compute(c: number): number {
  let cls: number;
  let folded = c;
  if (c >= 0xd800 && c <= 0xdfff) {
    cls = CLS_PUNCT; // astral characters never appear in alias keys
  } else if (IGNORABLE.has(c)) {
    cls = CLS_IGNORE;
  } else if (DASHES.has(c)) {
    cls = CLS_PUNCT;
    folded = 0x2d;
  } else if (APOSTROPHES.has(c)) {
    cls = CLS_PUNCT;
    folded = 0x27;
  } else {
    const ch = String.fromCharCode(c);
    if (SPACE.test(ch)) {
      cls = CLS_SPACE;
      folded = 0x20;
    } else if (MARK.test(ch)) {
      cls = CLS_IGNORE;
    } else if (LETTER_OR_DIGIT.test(ch)) {
      cls = CLS_WORD;
      const special = SPECIAL[c];
      // Strip diacritics only: Hangul and other scripts whose NFD is not base + marks stay whole.
      const nfd = ch.normalize('NFD');
      const base = special ?? (BASE_PLUS_MARKS.test(nfd) ? nfd[0]! : ch).toLowerCase();
      // toLowerCase can expand (İ → i̇); keep the first unit, which is the base letter.
      folded = base.charCodeAt(0);
      const again = SPECIAL[folded];
      if (again) folded = again.charCodeAt(0);
    } else {
      cls = CLS_PUNCT;
    }
  }
  CLASS[c] = cls;
  FOLD[c] = folded;
  return cls;
}

/** Class of a UTF-16 unit, filling the tables on first sight. */
export function classOf(c: number): number {
  const k = CLASS[c]!;
  return k === CLS_UNKNOWN ? compute(c) : k;
}

for (let c = 0; c < 128; c++) compute(c);

/**
 * The folded form of a name, as stored in the alias index: case, diacritics,
 * dashes, apostrophes and whitespace folded; invisible characters dropped.
 * `start`/`end` fold a span of a longer text without slicing it first.
 */
export function foldKey(text: string, start = 0, end = text.length): string {
  return fold(text, start, end, false);
}

/** `foldKey(text, start, end) === key`, without building the folded string (the matcher asks for every hit). */
export function foldsTo(text: string, start: number, end: number, key: string): boolean {
  let j = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === CLS_IGNORE) continue;
    if (k === CLS_SPACE) {
      pendingSpace = j > 0;
      continue;
    }
    if (pendingSpace) {
      if (key.charCodeAt(j++) !== 32) return false;
      pendingSpace = false;
    }
    if (key.charCodeAt(j++) !== FOLD[c]) return false;
  }
  return j === key.length;
}

/** Like `foldKey` but keeps case: used to check case-sensitive aliases such as `US`. */
export function foldKeepCase(text: string): string {
  return fold(text, 0, text.length, true);
}

function fold(text: string, start: number, end: number, keepCase: boolean): string {
  let out = '';
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === CLS_IGNORE) continue;
    if (k === CLS_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    const f = String.fromCharCode(FOLD[c]!);
    const ch = text[i]!;
    out += keepCase && k === CLS_WORD && ch !== ch.toLowerCase() ? f.toUpperCase() : f;
  }
  return out;
}
