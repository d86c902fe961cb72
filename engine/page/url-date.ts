/**
 * A date in the page's address: `/2021/11/15/`, `/2019/jan/03/` (the Guardian),
 * `/20211115/`, `…-2021-11-15.html`. Publishers put the day of first publication
 * there, and an address never changes, so it is a good fallback when the markup
 * states nothing.
 */
import { isoDate, type IsoDate } from './date-parse.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const Y = '((?:19|20)\\d\\d)';
const END = '(?=$|[/_.-])';
const PATTERNS: { re: RegExp; month: (s: string) => number }[] = [
  // /2021/11/15/ and /2021/11/15-slug
  { re: new RegExp(`/${Y}/(\\d{1,2})/(\\d{1,2})${END}`), month: Number },
  // /2019/jan/03/
  { re: new RegExp(`/${Y}/(${MONTHS.join('|')})[a-z]*/(\\d{1,2})${END}`, 'i'), month: (s) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1 },
  // /2021-11-15/ or slug-2021-11-15.html
  { re: new RegExp(`[/_-]${Y}-(\\d{2})-(\\d{2})${END}`), month: Number },
  // /20211115/ or slug-20211115.html: exactly eight digits, so longer ids do not count.
  { re: new RegExp(`[/_-]${Y}(\\d{2})(\\d{2})${END}`), month: Number },
]; // prettier-ignore

/** The path of an address, or the string itself when it is not a URL. */
function pathOf(url: string): string {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = new URL(url).pathname;
  } catch {
    // A bare path, as the CLI may pass.
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function urlDate(url: string): IsoDate | null {
  const path = pathOf(url);
  for (const { re, month } of PATTERNS) {
    const m = re.exec(path);
    const date = m ? isoDate(+m[1]!, month(m[2]!), +m[3]!) : null;
    if (date) return date;
  }
  return null;
}
