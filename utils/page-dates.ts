/**
 * The reader's corrections of a page's publication date, kept per page. The content
 * script detects a date (engine/page/published-date.ts); the popup shows it and lets
 * the reader set another, which the cards of that page then use.
 */
import { storage } from 'wxt/utils/storage';
import { pageKeyOf } from './settings.ts';

export interface PageDateCorrection {
  /** `YYYY-MM-DD` as the reader set it. */
  date: string;
  /** When it was set (ms since epoch), so the oldest go first when the list is full. */
  at: number;
}

export type PageDates = Record<string, PageDateCorrection>;

/** Enough for months of reading; past it the oldest corrections are dropped, never the newest. */
export const MAX_PAGE_DATES = 500;

export const pageDatesItem = storage.defineItem<PageDates>('local:pageDates', {
  fallback: {},
  version: 1,
});

/** The key of a page: its address without the fragment (shared with the reader's link choices). */
export const pageKey = pageKeyOf;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The corrections with one set, or removed when `date` is null; bounded to MAX_PAGE_DATES. */
export function withCorrection(all: PageDates, url: string, date: string | null, now: number): PageDates {
  const next = { ...all };
  const key = pageKey(url);
  if (date === null) {
    delete next[key];
    return next;
  }
  if (!ISO_DAY.test(date)) throw new Error(`not a date: ${date}`);
  next[key] = { date, at: now };
  const keys = Object.keys(next);
  if (keys.length <= MAX_PAGE_DATES) return next;
  keys.sort((a, b) => next[a]!.at - next[b]!.at);
  for (const k of keys.slice(0, keys.length - MAX_PAGE_DATES)) delete next[k];
  return next;
}

export async function setPageDate(url: string, date: string | null): Promise<void> {
  await pageDatesItem.setValue(withCorrection(await pageDatesItem.getValue(), url, date, Date.now()));
}

/** The date in the reader's language, without shifting the day to their time zone. */
export function formatDay(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
