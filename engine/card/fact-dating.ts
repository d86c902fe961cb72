/**
 * How a card dates a curated fact: its "as of", its source, and whether it is too old
 * to be shown as current (issue 11).
 */
import { confirmedSince, isTimeVarying } from '../../dataset/time-varying.ts';
import type { Fact } from '../types.ts';
import type { CardFact } from './card.ts';

/**
 * A time-sensitive fact last confirmed before this date, with no end, is not shown as
 * current: the card says "last confirmed <Month YYYY>" (issue 11).
 */
export const STALE_BEFORE = '2025-07-01';

/** Last confirmed before STALE_BEFORE. */
export const isStale = (asOf: string | undefined): boolean => !!asOf && !confirmedSince(asOf, STALE_BEFORE);

/** A value that says when it ended: "2002–2004", "29 September 2014 – 15 August 2021", "(until 2019)". */
const ENDED =
  /\b(1[89]|20)\d\d\s*[–—-]\s*(\d{1,2}\s+)?([A-Z][a-z]+\s+)?(1[89]|20)\d\d\b|\b(until|ended|former|formerly|killed|died|dissolved|abolished|defunct)\b/i;
const hasEnd = (v: Fact['value']): boolean => typeof v === 'string' && ENDED.test(v);

/** A curated fact's date and source, and whether it is too old to show as current. */
export function curatedDating(f: Fact): Partial<CardFact> {
  const source = factSource(f);
  return {
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(source ? { sourceUrl: source.url, source } : {}),
    ...(isTimeVarying(f.label) && isStale(f.asOf) && !hasEnd(f.value) ? { stale: true } : {}),
  };
}

/** A curated fact's source: its own page, titled where the dataset has the title. */
function factSource(f: Fact): { url: string; title: string } | undefined {
  if (!f.sourceUrl) return undefined;
  let title = f.sourceTitle;
  if (!title) {
    try {
      title = new URL(f.sourceUrl).hostname.replace(/^www\./, '');
    } catch {
      title = f.sourceUrl;
    }
  }
  return { url: f.sourceUrl, title };
}
