import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import { inTitleCaseSegment } from '../../engine/cues/org-name-cues.ts';
import { idsOf, tinyDataset, linkedIn } from './helpers/tiny-dataset.ts';

const d = tinyDataset();
const linked = (text: string): string[] => linkedIn(d, text);

describe('places inside longer names', () => {
  it('does not read the place in an organisation, treaty or title of nobility', () => {
    expect(linked('Rates rose, the Bank of Canada said on Friday.')).toEqual([]);
    expect(linked('Markets waited for the University of Canada report.')).toEqual([]);
  });
  it('still reads the place after an office or a state form', () => {
    expect(linked('He met the President of Pakistan and the Government of Canada.')).toEqual([
      'Pakistan=place/country-pk',
      'Canada=place/country-ca',
    ]);
  });
  it('does not read a place followed by another capitalised word of the same name', () => {
    expect(linked('The state-run Pakistan Radio said on Tuesday that talks would resume next week.')).toEqual(
      [],
    );
    expect(linked('Prices were firm, the Afghanistan Energy Desk said in a note to clients.')).toEqual([]);
  });
  it('keeps the place before its kind of division, an office, a weekday or a known name', () => {
    expect(linked('Pakistan Foreign Minister spoke on Friday in Pakistan Monday.')).toEqual([
      'Pakistan=place/country-pk',
      'Pakistan=place/country-pk',
    ]);
  });
  it('stays silent in a title-case headline, where every word is capitalised', () => {
    const title = 'Taliban Fighters Seize Pakistan Border Post After Clashes';
    expect(inTitleCaseSegment(title, 30, d.commonWords)).toBe(true);
    const prose = 'Fighters seized a Pakistan Border post after clashes on the road.';
    expect(inTitleCaseSegment(prose, 20, d.commonWords)).toBe(false);
    expect(linked('Pakistan Closes Afghanistan Crossing After Deadly Clashes')).toEqual([
      'Pakistan=place/country-pk',
      'Afghanistan=place/country-af',
    ]);
  });
  it('is not fooled into title case by a sentence that a long name fills', () => {
    // Words the short common-word list lacks still count when in lower case, and the first
    // word left out is the sentence's own, not the first long one ("He is a co-founder").
    const sentence = 'He is a co-founder of the Pakistan Tax Policy Center in Lahore.';
    expect(inTitleCaseSegment(sentence, 26, d.commonWords, 34)).toBe(false);
    expect(linked(sentence).filter((m) => m.startsWith('Pakistan'))).toEqual([]);
    const quoted =
      'said C. Eugene Steuerle, a fellow at the Urban Institute and a co-founder of the Pakistan Tax Policy Center.';
    expect(inTitleCaseSegment(quoted, quoted.indexOf('Pakistan'), d.commonWords)).toBe(false);
  });
  it('does not read a publication named after a place', () => {
    expect(linked('Russia said so, the official newspaper Chechnya reported.')).toEqual([
      'Russia=place/country-ru',
    ]);
  });
});

describe('neighbouring names', () => {
  it('keeps a province beside a name the page also uses on its own ("Lebed Chechnya")', () => {
    const text = 'Yeltsin endorses Lebed Chechnya peace plan. Lebed said Russia would leave Chechnya.';
    expect(linked(text).filter((m) => m.startsWith('Chechnya'))).toHaveLength(2);
  });
  it('still drops a surname-like place whose neighbour never stands alone ("Chris Lewis")', () => {
    const text = 'Ivan Chechnya scored twice. Russia lost. Chechnya was booked later.';
    expect(linked(text).filter((m) => m.startsWith('Chechnya'))).toEqual([]);
  });
});

describe('names made of common words', () => {
  it('must be capitalised as written', () => {
    expect(linked('They want an Islamic democratic party in Pakistan.')).toEqual([
      'Pakistan=place/country-pk',
    ]);
    expect(linked('the Democratic Party said')).toEqual(['Democratic Party=organization/democratic-party']);
    expect(linked('the Democratic party said')).toEqual([]);
    expect(linked('the DEMOCRATIC PARTY said')).toEqual(['DEMOCRATIC PARTY=organization/democratic-party']);
  });
  it('are part of another name after a capitalised modifier that is not a known name', () => {
    expect(linked('the ousted Indonesian Democratic Party leader')).toEqual([]);
    expect(linked('the United States Democratic Party leader')).toEqual([
      'United States=place/country-us',
      'Democratic Party=organization/democratic-party',
    ]);
  });
});

describe('context from actors', () => {
  it("places an ambiguous city in the country of the page's actors", () => {
    const text = 'Bill Clinton ordered the strike as Washington raised the pressure. Britain agreed.';
    expect(idsOf(d, annotateText(d, text))).toContain('place/geonames-4140963');
  });
});

describe('cues from the words before a name', () => {
  it('picks the holder of a title among people of one surname, and keeps him for the page', () => {
    const text = 'Markets waited. President Clinton and his rival met. Clinton proposed a budget.';
    expect(idsOf(d, annotateText(d, text))).toEqual(['person/bill-clinton', 'person/bill-clinton']);
    expect(idsOf(d, annotateText(d, 'Markets waited. Clinton proposed a budget.'))).toEqual([]);
    expect(idsOf(d, annotateText(d, 'Secretary Clinton spoke.'))).toEqual(['person/hillary-clinton']);
  });
  it('reads a name after "in" or in a dateline as a place', () => {
    // Nothing else on these pages supports Warsaw: the words around it decide.
    expect(idsOf(d, annotateText(d, 'Warsaw said talks would resume.'))).toEqual([]);
    expect(idsOf(d, annotateText(d, 'Talks were held in Warsaw on Friday.'))).toEqual([
      'place/geonames-756135',
    ]);
    expect(idsOf(d, annotateText(d, 'WARSAW 1996-08-30 Talks were held.'))).toEqual([
      'place/geonames-756135',
    ]);
  });
});
