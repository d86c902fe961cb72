/**
 * Ties each span to its tokens, so that a cue asks for "the token before this name"
 * by index instead of searching the text. Spans come sorted and start and end on
 * token boundaries (the scanner starts names at word starts and ends them after a
 * letter, digit or punctuation mark), so one walk over both lists does it.
 */
import type { Span } from '../match/select.ts';
import type { Tokens } from './tokens.ts';

export function indexSpans(tokens: Tokens, spans: readonly Span[]): void {
  let t = 0;
  for (const s of spans) {
    while (t < tokens.count && tokens.start[t]! < s.start) t++;
    s.firstToken = t;
    let last = t;
    while (last + 1 < tokens.count && tokens.end[last]! < s.end) last++;
    s.lastToken = last;
  }
}
