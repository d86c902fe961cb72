/**
 * "President Clinton", "Chancellor Kohl": a title before a surname picks, among the
 * people of that surname, the one whose role is that title.
 */
import type { Dataset } from './dataset.ts';
import type { Span } from './select.ts';
import { isCapitalised, TITLES, wordBefore } from './text-cues.ts';
import { ALIAS_PARTIAL } from './types.ts';

/** Titles that say when, not what: "Former Clinton" picks no one. */
const NOT_AN_OFFICE = new Set(['former', 'late', 'chief', 'chair', 'director']);

/** The one person candidate of a surname span whose role names the title before it, if any. */
export function titledPerson(dataset: Dataset, span: Span, text: string): number | null {
  const before = wordBefore(text, span.start);
  if (!before || !isCapitalised(before)) return null;
  const title = before.toLowerCase().replace(/\.$/, '');
  if (!TITLES.has(title) || NOT_AN_OFFICE.has(title)) return null;
  const word = new RegExp(`\\b${title}\\b`, 'i');
  let found: number | null = null;
  for (const c of span.candidates) {
    if (!(c.flags & ALIAS_PARTIAL)) continue;
    const e = dataset.entities[c.entity]!;
    if (e.type !== 'person' || !e.role || !word.test(e.role)) continue;
    if (found !== null) return null; // two holders of the title: it decides nothing
    found = c.entity;
  }
  return found;
}
