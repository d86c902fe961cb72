/**
 * Acronyms a page defines for itself. "People Power Party (PPP)" makes every "PPP" on
 * that page the South Korean party, whatever else the dataset knows by those letters.
 */
import type { Span } from '../match/select.ts';
import { T_WORD } from '../text/token-flags.ts';
import type { Tokens } from '../text/tokens.ts';
import { ALIAS_AMBIGUOUS, ALIAS_COMMON_WORD, ALIAS_FOREIGN, ALIAS_PARTIAL } from '../types.ts';

const ACRONYM = /^\p{Lu}{2,8}$/u;
const DOUBTFUL = ALIAS_AMBIGUOUS | ALIAS_COMMON_WORD | ALIAS_FOREIGN | ALIAS_PARTIAL;
/** At most this much whitespace between the acronym and its closing bracket. */
const CLOSE_REACH = 3;

/** Is token `t` the punctuation character `c`? */
const isChar = (tokens: Tokens, t: number, c: number): boolean =>
  t >= 0 &&
  t < tokens.count &&
  !(tokens.flags[t]! & T_WORD) &&
  tokens.text.charCodeAt(tokens.start[t]!) === c;

/** Acronym key → the entity of the unambiguous, multi-word name it follows in brackets. */
export function pageAcronyms(tokens: Tokens, spans: readonly Span[]): Map<string, number> {
  const defined = new Map<string, number>();
  for (let i = 1; i < spans.length; i++) {
    const name = spans[i - 1]!;
    const acronym = spans[i]!;
    if (!ACRONYM.test(tokens.text.slice(acronym.start, acronym.end))) continue;
    // "Name (ACRONYM)": only a bracket and whitespace between them, and the bracket closed just after.
    const open = acronym.firstToken - 1;
    if (name.lastToken !== open - 1 || !isChar(tokens, open, 0x28)) continue;
    const close = acronym.lastToken + 1;
    if (!isChar(tokens, close, 0x29) || tokens.start[close]! - acronym.end > CLOSE_REACH) continue;
    const [only, ...others] = name.candidates;
    if (!only || others.length > 0 || only.flags & DOUBTFUL || !name.key.includes(' ')) continue;
    if (!defined.has(acronym.key)) defined.set(acronym.key, only.entity);
  }
  return defined;
}
