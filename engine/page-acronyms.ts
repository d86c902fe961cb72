/**
 * Acronyms a page defines for itself. "People Power Party (PPP)" makes every "PPP" on
 * that page the South Korean party, whatever else the dataset knows by those letters.
 */
import type { Span } from './select.ts';
import { ALIAS_AMBIGUOUS, ALIAS_COMMON_WORD, ALIAS_FOREIGN, ALIAS_PARTIAL } from './types.ts';

const ACRONYM = /^\p{Lu}{2,8}$/u;
const OPENS = /^\s*\(\s*$/;
const CLOSES = /^\s*\)/;
const DOUBTFUL = ALIAS_AMBIGUOUS | ALIAS_COMMON_WORD | ALIAS_FOREIGN | ALIAS_PARTIAL;

/** Acronym key → the entity of the unambiguous, multi-word name it follows in brackets. */
export function pageAcronyms(text: string, spans: readonly Span[]): Map<string, number> {
  const defined = new Map<string, number>();
  for (let i = 1; i < spans.length; i++) {
    const name = spans[i - 1]!;
    const acronym = spans[i]!;
    if (!ACRONYM.test(text.slice(acronym.start, acronym.end))) continue;
    if (!OPENS.test(text.slice(name.end, acronym.start))) continue;
    if (!CLOSES.test(text.slice(acronym.end, acronym.end + 4))) continue;
    const [only, ...others] = name.candidates;
    if (!only || others.length > 0 || only.flags & DOUBTFUL || !name.key.includes(' ')) continue;
    if (!defined.has(acronym.key)) defined.set(acronym.key, only.entity);
  }
  return defined;
}
