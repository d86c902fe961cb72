/** How exports write a card's facts: each with its date, citing the card's sources by number. */
import type { CardSnapshot, FactSnapshot, SourceRef } from './model.ts';

/** The card's sources, numbered from 1: each fact's own source first, then the card's, without repeats. */
export function numberSources(card: CardSnapshot): {
  sources: SourceRef[];
  refOf: (f: FactSnapshot) => number | undefined;
} {
  const sources: SourceRef[] = [];
  const number = new Map<string, number>();
  for (const s of [...card.facts.flatMap((f) => (f.source ? [f.source] : [])), ...card.sources]) {
    if (number.has(s.url)) continue;
    sources.push(s);
    number.set(s.url, sources.length);
  }
  return { sources, refOf: (f) => (f.source ? number.get(f.source.url) : undefined) };
}

/** "as of 2021-08", "last confirmed 2023-01", "retrieved 2026-09-07", or empty. */
export function factDate(f: FactSnapshot): string {
  if (f.asOf) return f.stale ? `last confirmed ${f.asOf}` : `as of ${f.asOf}`;
  return f.retrieved ? `retrieved ${f.retrieved}` : '';
}

/** "Label: value (as of 2021-08) [1]", as plain text. */
export function factLine(f: FactSnapshot, ref: number | undefined): string {
  const date = factDate(f);
  return `${f.label}: ${f.value}${date ? ` (${date})` : ''}${ref ? ` [${ref}]` : ''}`;
}

/** The page line of a sighting: "Title (published 2021-08-26)". */
export const publishedNote = (published: string | undefined): string =>
  published ? `published ${published}` : 'publication date unknown';
