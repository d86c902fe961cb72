import { describe, expect, it } from 'vitest';
import { scanText } from '../../engine/match/scan.ts';
import { selectSpans } from '../../engine/match/select.ts';
import { isDateline, locativeCue, nationalityCue } from '../../engine/cues/place-cues.ts';
import { tokenAt, tokenize } from '../../engine/text/tokens.ts';
import { wordBefore } from '../../engine/text/words.ts';
import { tinyDataset, linkedIn } from './helpers/tiny-dataset.ts';

/** The word before `offset`, read from the text's token table. */
const prevWord = (text: string, offset: number) =>
  wordBefore(tokenize(text), tokenAt(tokenize(text), offset));

const d = tinyDataset();
const linked = (text: string): string[] => linkedIn(d, text);

describe('datelines', () => {
  it('recognises the place that opens a dateline, with or without a state, agency or date', () => {
    const at = (text: string, word: string): boolean =>
      isDateline(text, text.indexOf(word), text.indexOf(word) + word.length);
    expect(at('MILWAUKEE , Wisconsin 1996-08-29 Leading scores', 'MILWAUKEE')).toBe(true);
    expect(at('KABUL, Afghanistan (AP) — Fighting resumed', 'KABUL')).toBe(true);
    expect(at('MOSCOW -- Talks resumed', 'MOSCOW')).toBe(true);
    expect(at('MILWAUKEE , Wisconsin 1996-08-29 Leading scores', 'Wisconsin')).toBe(true);
    expect(at('KABUL, Afghanistan (AP) — Fighting resumed', 'Afghanistan')).toBe(true);
    expect(at('Rain fell in Kabul, Afghanistan (AP) on Friday', 'Afghanistan')).toBe(false);
    expect(at('Moscow 1996-08-30', 'Moscow')).toBe(false);
    expect(at('TALKS IN MOSCOW END WITHOUT A DEAL', 'MOSCOW')).toBe(false);
  });
  it('links a dateline after a byline, which is not part of the place name', () => {
    expect(linked('Glenn Somerville WARSAW 1996-08-30 Talks were held.')).toEqual([
      'WARSAW=place/geonames-756135',
    ]);
  });
  it('lets a shared name link in an all-caps dateline, where a headline would not', () => {
    expect(linked('STOCKS RISE AS WASHINGTON WAITS FOR RATE CUTS IN A QUIET WEEK')).toEqual([]);
    expect(linked('WASHINGTON (AP) — STOCKS ROSE SHARPLY ON FRIDAY AFTER A QUIET WEEK')).toEqual([
      'WASHINGTON=place/geonames-4140963',
    ]);
  });
  it('vouches for a mid-sized city that would otherwise need support from the page', () => {
    expect(linked('The cabinet met in Bonn on Friday.')).toEqual([]);
    expect(linked('BONN 1996-08-30 The cabinet met on Friday.')).toEqual(['BONN=place/geonames-2946447']);
  });
});

describe('a country in brackets in a sports report', () => {
  const report = (line: string): string =>
    'Results of the tennis tournament on Friday , second round : ' +
    line +
    ' . The seeded player won the match and the title is still open after the final round .';
  it('is a nationality, so it names the country', () => {
    const text = report('Pete Sampras ( United States ) beat Jiri Novak ( Canada ) 6-3 6-4');
    expect(linked(text)).toEqual(['United States=place/country-us', 'Canada=place/country-ca']);
  });
  it('is not a team, which a bare country name is in a sports report', () => {
    expect(linked(report('Canada beat Pakistan 2-1 in the cup match'))).toEqual([]);
    const text = 'Scores ( 2 ) Canada ( Pakistan won )';
    const at = tokenAt(tokenize(text), text.indexOf('Canada'));
    expect(nationalityCue(tokenize(text), at, at)).toBe(false);
  });
});

describe('surnames on a page that names several people of one family', () => {
  it('reads a bare surname as the person the page names in full', () => {
    const text = 'Bill Clinton visited the hospital. Chelsea Clinton was there. Clinton said she was well.';
    expect(linked(text)).toEqual(['Bill Clinton=person/bill-clinton', 'Clinton=person/bill-clinton']);
  });
  it('does not let a province beside a surname in a headline hide the person', () => {
    const text =
      'Yeltsin endorses Lebed Chechnya peace plan . Alexander Lebed is in Russia . Lebed said so .';
    expect(linked(text).filter((m) => m.startsWith('Lebed='))).toHaveLength(2);
  });
});

describe('words run together by markup', () => {
  it('starts the word before a name after a full stop that lost its space', () => {
    const credit = 'an official said.CreditMichael Appleton for the paper';
    expect(prevWord(credit, credit.indexOf('Appleton'))?.word).toBe('CreditMichael');
    const dots = 'a U.S. Navy ship';
    expect(prevWord(dots, dots.indexOf('Navy'))?.word).toBe('U.S.');
  });
  it('does not read a capitalised credit in a photo caption as a place in another language', () => {
    expect(linked('Talks resumed in Warsaw, Poland.\nCredit: WARSZAWA KOWALSKI/AFP')).toEqual([
      'Warsaw=place/geonames-756135',
      'Poland=place/country-pl',
    ]);
    expect(linked('WARSZAWA (AP) — Talks resumed on Friday.')).toEqual(['WARSZAWA=place/geonames-756135']);
  });
});

describe('two-letter acronyms', () => {
  it('are words of a phrase in capitals, such as a masthead, when a word in capitals stands beside them', () => {
    const spans = (text: string): string[] =>
      selectSpans(text, scanText(text, d.index), d.index).map((s) => text.slice(s.start, s.end));
    expect(spans('Subscribe to US NATIONAL NEWS for more.')).toEqual([]);
    expect(spans('The priest saving US gang members spoke.')).toEqual(['US']);
    expect(spans('The US FDA and the US GDP figures came out.')).toEqual(['US', 'US']);
    expect(spans('Read the US News Daily for more.')).toEqual(['US']);
  });
});

describe('a list after "in"', () => {
  it('carries the cue to every place in it, but not past the list', () => {
    expect(linked('Young people buy flats abroad, in Tbilisi, Warsaw or Bonn.')).toEqual([
      'Tbilisi=place/geonames-611717',
      'Warsaw=place/geonames-756135',
    ]);
    expect(linked('Talks were held in Tbilisi. Warsaw said nothing.')).toEqual([
      'Tbilisi=place/geonames-611717',
    ]);
    const cued = (text: string): boolean =>
      locativeCue(tokenize(text), tokenAt(tokenize(text), text.lastIndexOf('Warsaw')));
    expect(cued('in New York, Los Angeles and Warsaw')).toBe(true);
    expect(cued('the envoy of Tbilisi, Warsaw')).toBe(false);
  });
});

describe('acronyms the page defines', () => {
  it('read as the name they follow in brackets, for the whole page', () => {
    const korea = 'Lawmakers from the People Power Party (PPP) walked out. Later the PPP leader spoke.';
    expect(linked(korea)).toEqual(['People Power Party=organization/people-power-party']);
    expect(linked('In Pakistan the PPP leader spoke.')).toEqual([
      'Pakistan=place/country-pk',
      'PPP=organization/pakistan-peoples-party',
    ]);
    const pakistan = 'The Pakistan Peoples Party (PPP) met in Pakistan. The PPP leader spoke.';
    expect(linked(pakistan).filter((m) => m.startsWith('PPP='))).toEqual([
      'PPP=organization/pakistan-peoples-party',
      'PPP=organization/pakistan-peoples-party',
    ]);
  });
});
