/**
 * Reading a calendar date out of the strings pages use: machine values (ISO 8601,
 * `20170113`, `Fri Mar 13 21:30:09 EST 2015`) and written dates ("15 November, 2021",
 * "Feb. 21, 2019", "04.05.2015 à 13h36", "18 de marzo de 2015").
 *
 * The date is always the one the publisher wrote. "2017-01-13T00:00:04-05:00" is
 * 13 January, although it is already the 13th at 05:00 in UTC and still the 12th
 * in California: converting to UTC or to the reader's zone would move an article
 * published late in the evening to the next day (or early morning to the previous).
 * That is why nothing here goes through `Date` parsing.
 */

export type IsoDate = string;

// English, French, Spanish, Portuguese, Italian, German and Czech (whose month names in
// dates are genitives: "1. listopadu 2021"). Keys are lower case without a final dot.
const MONTH_NAMES: Record<string, number> = {};
const MONTH_LISTS: string[][] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
]; // prettier-ignore
for (const list of MONTH_LISTS) list.forEach((name, i) => (MONTH_NAMES[name] ??= i + 1));
Object.assign(MONTH_NAMES, {
  sept: 9,
  setiembre: 9,
  janv: 1,
  févr: 2,
  avr: 4,
  juil: 7,
  déc: 12,
  ene: 1,
  dic: 12,
});

const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
// A day may carry an English ordinal suffix ("15th") or a dot ("1. listopadu").
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?';
const YEAR = '((?:19|20)\\d\\d)';
// Letters or digits in any script just before a date mean it is part of a longer token.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

interface TextPattern {
  re: RegExp;
  order: 'dmy' | 'mdy' | 'ymd';
}
const TEXT_PATTERNS: TextPattern[] = [
  // 2021-11-15
  { re: /(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)/u, order: 'ymd' },
  // 15 November, 2021 · 15 Nov 2021 · 1. listopadu 2021 · 18 de marzo de 2015 · 3 Jan 2019
  { re: new RegExp(`${NOT_WORD_BEFORE}${DAY}\\s*(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'iu'), order: 'dmy' },
  // November 15, 2021 · Feb. 21, 2019 · Sat Dec 07 2024 · Fri Mar 13 21:30:09 EST 2015
  {
    re: new RegExp(
      `${NOT_WORD_BEFORE}${MONTH}\\s+${DAY},?\\s+(?:\\d{1,2}:\\d\\d(?::\\d\\d)?\\s+[A-Z]{2,5}\\s+)?${YEAR}(?!\\d)`,
      'iu',
    ),
    order: 'mdy',
  },
  // 04.05.2015 · 1. 11. 2021: with dots the order is always day, month, year.
  { re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)/u, order: 'dmy' },
]; // prettier-ignore

/** `YYYY-MM-DD` for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(token: string): number {
  return MONTH_NAMES[token.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export interface TextDateMatch {
  date: IsoDate;
  /** Where the date stands in the text, so callers can look at the words around it. */
  index: number;
  length: number;
}

/** The first written date in a piece of text ("Published 15 November, 2021 at 10:00"). */
export function findDateInText(text: string): TextDateMatch | null {
  let best: TextDateMatch | null = null;
  for (const { re, order } of TEXT_PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const [a, b, c] = [m[1]!, m[2]!, m[3]!];
    const date =
      order === 'ymd'
        ? isoDate(+a, +b, +c)
        : order === 'mdy'
          ? isoDate(+c, monthNumber(a), +b)
          : isoDate(+c, /^\d+$/.test(b) ? +b : monthNumber(b), +a);
    if (date) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * A date from a machine-readable value: a meta tag's `content`, a `datetime`
 * attribute, a JSON-LD `datePublished`. The date part is taken as written,
 * whatever offset follows it. Unix timestamps carry no written date and are ignored.
 */
export function parseDateValue(value: string): IsoDate | null {
  const v = value.trim();
  // 2021-11-15, 2021-11-15T10:52:50+01:00, 2019-04-28 06:01:07, 2021/11/15
  const iso = /^((?:19|20)\d\d)[-/](\d{1,2})[-/](\d{1,2})(?!\d)/.exec(v);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  // 20170113 (the New York Times' pdate), 20170113T000004
  const compact = /^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T)/.exec(v);
  if (compact) return isoDate(+compact[1]!, +compact[2]!, +compact[3]!);
  if (/^\d+$/.test(v)) return null;
  return findDateInText(v)?.date ?? null;
}

const DAY_MS = 86_400_000;
const EARLIEST = '1990-01-01';

/**
 * Nothing on the web predates 1990 (a page that says so is quoting an old date), and
 * nothing is published more than a day ahead of now: a day allows for zones ahead of
 * the reader's, anything beyond is a placeholder or an event's date.
 */
export function isPlausible(date: IsoDate, now: Date): boolean {
  const latest = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  return date >= EARLIEST && date <= latest;
}
