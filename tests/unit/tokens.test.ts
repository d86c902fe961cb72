/** The token table (engine/text): one reading of a text that every cue shares. */
import { describe, expect, it } from 'vitest';
import { selectSpans } from '../../engine/match/select.ts';
import { scanText } from '../../engine/match/scan.ts';
import { indexSpans } from '../../engine/text/span-tokens.ts';
import {
  T_CALENDAR,
  T_CAPITALISED,
  T_HAS_LOWER,
  T_KEEPS_PLACE,
  T_LOCATIVE,
  T_PARA_BEFORE,
  T_SENT_START,
  T_SPACES_BEFORE,
  T_TITLE,
  T_WORD,
} from '../../engine/text/token-flags.ts';
import { tokenAt, tokenize, tokenText } from '../../engine/text/tokens.ts';
import { wordAfter, wordBefore, wordCues, wordStartingWith } from '../../engine/text/words.ts';
import { tinyDataset } from './helpers/tiny-dataset.ts';

const texts = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => tokenText(t, i));
};
const flagsOf = (text: string, word: string): number => {
  const t = tokenize(text);
  return t.flags[tokenAt(t, text.indexOf(word))]!;
};

describe('the token table', () => {
  it('splits words from punctuation, one token per mark, and keeps no whitespace', () => {
    expect(texts('the U.S. Navy’s ship (IS-K),\n\nKabul')).toEqual([
      'the',
      'U',
      '.',
      'S',
      '.',
      'Navy',
      '’',
      's',
      'ship',
      '(',
      'IS',
      '-',
      'K',
      ')',
      ',',
      'Kabul',
    ]);
  });
  it('records shape and case', () => {
    expect(flagsOf('in Kabul', 'Kabul') & (T_WORD | T_CAPITALISED | T_HAS_LOWER)).toBe(
      T_WORD | T_CAPITALISED | T_HAS_LOWER,
    );
    expect(flagsOf('in KABUL', 'KABUL') & T_HAS_LOWER).toBe(0);
    expect(flagsOf('in kabul', 'kabul') & T_CAPITALISED).toBe(0);
  });
  it('describes the whitespace before a token', () => {
    expect(flagsOf('in  Kabul', 'Kabul') & T_SPACES_BEFORE).toBeTruthy();
    expect(flagsOf('in\u00a0Kabul', 'Kabul') & T_SPACES_BEFORE).toBe(0);
    expect(flagsOf('Herat\n\nKabul', 'Kabul') & T_PARA_BEFORE).toBeTruthy();
    expect(flagsOf('Herat\n \nKabul', 'Kabul') & T_PARA_BEFORE).toBe(0);
  });
  it('marks sentence starts through quotes and brackets, and after a blank line', () => {
    const starts = (text: string, word: string): boolean => (flagsOf(text, word) & T_SENT_START) !== 0;
    expect(starts('Turkey said so.', 'Turkey')).toBe(true);
    expect(starts('He left. “(Turkey said so', 'Turkey')).toBe(true);
    expect(starts('He left; Turkey said so', 'Turkey')).toBe(true);
    expect(starts('He left, Turkey said so', 'Turkey')).toBe(false);
    expect(starts('A heading\n\nTurkey said so', 'Turkey')).toBe(true);
  });
  it('tags cue words case-blind, and only whole words of letters', () => {
    expect(flagsOf('born In Kabul', 'In') & T_LOCATIVE).toBeTruthy();
    expect(flagsOf('the Kandahar Province', 'Province') & T_KEEPS_PLACE).toBeTruthy();
    expect(flagsOf('on Monday', 'Monday') & T_CALENDAR).toBeTruthy();
    expect(flagsOf('in2 Kabul', 'in2') & T_LOCATIVE).toBe(0);
  });
  it('reads a sports report in the same pass', () => {
    const report =
      'Leeds beat Chelsea 2-1 in the league on Saturday , with a late goal from the striker after the ' +
      'keeper saved a penalty in the first half of the match at the stadium';
    expect(tokenize(report).sports).toBe(true);
    expect(tokenize('The minister said the talks in Kabul would go on for another week.').sports).toBe(false);
  });
});

describe('words read from tokens', () => {
  it('finds the word before and after a token, over ordinary spaces only', () => {
    const text = 'said Gen. Smith of north-east Kabul';
    const t = tokenize(text);
    expect(wordBefore(t, tokenAt(t, text.indexOf('Smith')))?.word).toBe('Gen.');
    expect(wordAfter(t, tokenAt(t, text.indexOf('of')))?.word).toBe('north-east');
    const nbsp = tokenize('Gen.\u00a0Smith');
    expect(wordBefore(nbsp, 3)).toBeNull();
  });
  it('gives a word the cue bits of its list form', () => {
    const text = 'said Gen. Smith of north-east Kabul';
    const t = tokenize(text);
    expect(wordCues(t, wordBefore(t, tokenAt(t, text.indexOf('Smith')))!) & T_TITLE).toBeTruthy();
    expect(wordCues(t, wordBefore(t, tokenAt(t, text.indexOf('Kabul')))!)).toBeTruthy();
  });
  it('reads a word forwards from an offset, dots excluded', () => {
    const text = 'Lebed’s men and U.S. troops';
    const t = tokenize(text);
    expect(wordStartingWith(t, 0)).toBe('Lebed’s');
    expect(wordStartingWith(t, text.indexOf('U.S.'))).toBe('U');
  });
});

describe('spans and their tokens', () => {
  it('ties each span to its first and last token', () => {
    const d = tinyDataset();
    const text = 'Fighters of IS-K attacked Jalalabad in Nangarhar Province.';
    const spans = selectSpans(text, scanText(text, d.index), d.index);
    const t = tokenize(text);
    indexSpans(t, spans);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(t.start[s.firstToken]).toBe(s.start);
      expect(t.end[s.lastToken]).toBe(s.end);
    }
  });
});
