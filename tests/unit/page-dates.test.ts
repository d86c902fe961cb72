/** The reader's corrections of a page's publication date. */
import { describe, expect, it } from 'vitest';
import {
  formatDay,
  MAX_PAGE_DATES,
  pageKey,
  withCorrection,
  type PageDates,
} from '../../utils/page-dates.ts';

describe('page date corrections', () => {
  it('are kept per page, whatever the fragment', () => {
    expect(pageKey('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1');
    const one = withCorrection({}, 'https://example.org/a#top', '2021-11-15', 1);
    expect(one).toEqual({ 'https://example.org/a': { date: '2021-11-15', at: 1 } });
    expect(withCorrection(one, 'https://example.org/a', null, 2)).toEqual({});
  });

  it('refuse what is not a day', () => {
    expect(() => withCorrection({}, 'https://example.org/', '15/11/2021', 1)).toThrow(/not a date/);
  });

  it('drop the oldest when full, never the one just set', () => {
    let all: PageDates = {};
    for (let i = 0; i < MAX_PAGE_DATES; i++) all = withCorrection(all, `https://e.org/${i}`, '2020-01-01', i);
    all = withCorrection(all, 'https://e.org/new', '2021-01-01', MAX_PAGE_DATES + 1);
    expect(Object.keys(all)).toHaveLength(MAX_PAGE_DATES);
    expect(all['https://e.org/0']).toBeUndefined();
    expect(all['https://e.org/new']?.date).toBe('2021-01-01');
  });

  it('show the day in the reader’s language without moving it to their time zone', () => {
    expect(formatDay('2021-11-15', 'en-GB')).toBe('15 Nov 2021');
    expect(formatDay('2021-11-15', 'fr')).toBe('15 nov. 2021');
    expect(formatDay('2021-01-01', 'en-US')).toBe('Jan 1, 2021');
  });
});
