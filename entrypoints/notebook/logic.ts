/** The notebook page's pure logic: filters and the pages a project was read on. */
import { pageKey, type PinnedEntity } from '../../engine/notes/model.ts';
import type { EntityType } from '../../engine/types.ts';

export interface PinFilter {
  type: EntityType | '';
  /** A page key (`pageKey`), or '' for every page. */
  page: string;
  query: string;
}

export const NO_FILTER: PinFilter = { type: '', page: '', query: '' };

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The pins that pass the filter; a search matches the name, role, page titles and sentences. */
export function filterPins(pins: readonly PinnedEntity[], filter: PinFilter): PinnedEntity[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return pins.filter((p) => {
    if (filter.type && p.type !== filter.type) return false;
    if (filter.page && !p.seen.some((s) => pageKey(s.url) === filter.page)) return false;
    if (!words.length) return true;
    const haystack = fold(
      [p.name, p.role, p.description, ...p.seen.flatMap((s) => [s.title, s.sentence])].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}

/** Every page of the project once, with its title, in the order first pinned. */
export function pagesOf(pins: readonly PinnedEntity[]): { key: string; title: string }[] {
  const pages = new Map<string, string>();
  for (const p of pins)
    for (const s of p.seen) if (!pages.has(pageKey(s.url))) pages.set(pageKey(s.url), s.title || s.url);
  return [...pages].map(([key, title]) => ({ key, title }));
}
