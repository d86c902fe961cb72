/**
 * "President Clinton", "Chancellor Kohl": a title before a surname picks, among the
 * people of that surname, the one whose role is that title.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Span } from '../match/select.ts';
import { isCapitalised } from './text-cues.ts';
import { cueBits } from '../text/cue-words.ts';
import { T_NOT_AN_OFFICE, T_TITLE } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { wordBefore } from '../text/words.ts';
import { ALIAS_PARTIAL } from '../types.ts';

/** The one person candidate of a surname span whose role names the title before it, if any. */
export function titledPerson(dataset: Dataset, span: Span, tokens: Tokens): number | null {
  const before = wordBefore(tokens, span.firstToken)?.word;
  if (!before || !isCapitalised(before)) return null;
  const title = before.toLowerCase().replace(/\.$/, '');
  // "Former Clinton" picks no one: those titles say when, not what.
  if ((cueBits(title) & (T_TITLE | T_NOT_AN_OFFICE)) !== T_TITLE) return null;
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
