import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import {
  LEVEL_ACROSS,
  LEVEL_DISTRICT,
  LEVEL_DIVISION,
  LEVEL_NONE,
  LEVEL_SETTLEMENT,
  levelCue,
} from '../../engine/cues/level-cues.ts';
import { countryOfHost, countryOfLocale, detectSiteCountry } from '../../engine/page/site-country.ts';
import { tokenAt, tokenize } from '../../engine/text/tokens.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';

/** The level cue of the `nth` occurrence of a one-word `name` in `text`. */
function levelOf(text: string, name: string, nth = 0): number {
  const tokens = tokenize(text);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  const t = tokenAt(tokens, at);
  return levelCue(tokens, t, t);
}

describe('city or province: the words around a name', () => {
  it('reads a division from its kind word after the name or before "of"', () => {
    expect(levelOf('Shelling hit the Kherson region overnight.', 'Kherson')).toBe(LEVEL_DIVISION);
    expect(levelOf('Airstrikes hit Idlib governorate again.', 'Idlib')).toBe(LEVEL_DIVISION);
    expect(levelOf('Police in the province of Kandahar said.', 'Kandahar')).toBe(LEVEL_DIVISION);
    expect(levelOf('A convoy was attacked in the Gao region of Mali.', 'Gao')).toBe(LEVEL_DIVISION);
  });
  it('reads a settlement from "city" after the name or "the city of" before it', () => {
    expect(levelOf('In Kherson city, the power was out.', 'Kherson')).toBe(LEVEL_SETTLEMENT);
    expect(levelOf('The city of Idlib was hit.', 'Idlib')).toBe(LEVEL_SETTLEMENT);
  });
  it('carries a kind word through a list of one level joined by "and"', () => {
    const text = 'Moscow claims the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.';
    for (const name of ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson']) {
      expect(levelOf(text, name)).toBe(LEVEL_DIVISION);
    }
    expect(levelOf('Fighting raged in the regions of Donetsk and Luhansk.', 'Luhansk')).toBe(LEVEL_DIVISION);
  });
  it('does not make a list of a city and its province, nor read a body named after a division', () => {
    expect(levelOf('Boats sit idle at Sittwe, Rakhine State, this week.', 'Sittwe')).toBe(LEVEL_NONE);
    expect(levelOf('The Kherson Region Council met.', 'Kherson')).toBe(LEVEL_NONE);
    expect(levelOf('The Kherson City Council met.', 'Kherson')).toBe(LEVEL_NONE);
    expect(levelOf('Residents of Kherson queued for water.', 'Kherson')).toBe(LEVEL_NONE);
  });
  it('does not carry a kind word through a possessive ("Iran\'s state media")', () => {
    expect(levelOf("Protests spread in Tehran and Isfahan, Iran's state media said.", 'Isfahan')).toBe(
      LEVEL_NONE,
    );
  });
  it('reads a governor after the name as the province, a mayor as the city', () => {
    expect(levelOf("New York's governor said the state would sue.", 'York')).toBe(LEVEL_DIVISION);
    expect(levelOf('The Kandahar governor said so on Monday.', 'Kandahar')).toBe(LEVEL_DIVISION);
    expect(levelOf('The Kherson mayor said the city was shelled.', 'Kherson')).toBe(LEVEL_SETTLEMENT);
    // Before the name it is left to the other cues: the seed article's gold reads "the
    // governor of Kandahar" as the city.
    expect(levelOf('The governor of Kandahar told the media.', 'Kandahar')).toBe(LEVEL_NONE);
  });
  it('reads "across" as a weak division cue', () => {
    expect(levelOf('Attacks were reported across Idlib on Monday.', 'Idlib')).toBe(LEVEL_ACROSS);
  });
});

describe('city or province, names inside longer names and kind words, on the dataset', () => {
  const d = loadNodeDataset();
  const linked = (text: string, country: string | null = null): string[] =>
    annotateText(d, text, undefined, [], country).map(
      (m) => `${text.slice(m.start, m.end)}=${d.entities[m.entity]!.id}`,
    );
  const ids = (text: string, country: string | null = null): string[] =>
    linked(text, country).map((s) => s.slice(s.indexOf('=') + 1));

  it('links the oblast, the governorate, the province and the region where the words say so', () => {
    expect(ids('Fighting continued in Donetsk and Luhansk regions on Tuesday.')).toEqual([
      'place/admin1-ua-05',
      'place/admin1-ua-14',
    ]);
    expect(ids('Police in the province of Kandahar arrested two men.')).toEqual(['place/admin1-af-23']);
    expect(ids('Militants attacked a convoy in the Gao region of Mali.')).toEqual([
      'place/admin1-ml-09',
      'place/country-ml',
    ]);
    expect(ids('Airstrikes were reported across Idlib as the Idlib governorate braced for more.')).toEqual([
      'place/admin1-sy-12',
      'place/admin1-sy-12',
    ]);
  });
  it('reads "provinces" as the province and "district" as the district where a name is both', () => {
    expect(
      ids('In Helmand and Kandahar provinces, officials in Afghanistan said the harvest failed.'),
    ).toEqual(['place/admin1-af-10', 'place/admin1-af-23', 'place/country-af']);
    expect(levelOf('Traders in Spin Boldak district said.', 'Boldak')).toBe(LEVEL_DISTRICT);
  });
  it("links New York's governor's state, and the city its mayor runs", () => {
    expect(ids("New York's governor, Kathy Hochul, said the state would sue.")[0]).toBe('place/admin1-us-ny');
    expect(ids('The Kherson mayor said the city was shelled.')).toEqual(['place/geonames-706448']);
  });
  it('links the city where the words say so, and "across" a capital spans the city', () => {
    expect(ids('The city of Idlib was hit again.')).toEqual(['place/geonames-169389']);
    expect(ids('In Kherson city, the power was out.')).toEqual(['place/geonames-706448']);
    expect(ids('Fuel queues stretch across Bamako, officials in Mali said.')[0]).toBe(
      'place/geonames-2460596',
    );
  });
  it("follows the page's usage: a bare name it has called a region, listed beside another, is the region", () => {
    const text =
      'Moscow claims the Donetsk, Luhansk, Zaporizhzhia and Kherson regions. Shelling has doubled in Zaporizhzhia and Kherson.';
    expect(linked(text).filter((s) => s.startsWith('Kherson='))).toEqual([
      'Kherson=place/admin1-ua-08',
      'Kherson=place/admin1-ua-08',
    ]);
  });
  it('does not link a place inside the name of a club, storm or university', () => {
    expect(ids('Chelsea F.C. beat Real Madrid, and FC Barcelona drew in Spain.')).toEqual([
      'place/country-es',
    ]);
    expect(
      ids('Flood defences in Houston and across Texas were rebuilt after Hurricane Harvey.'),
    ).not.toContain('place/geonames-4895298');
    expect(ids('She studied at the University of Oxford in England.')).not.toContain(
      'place/geonames-2640729',
    );
  });
  it('does not link a person inside the name of a building or body named after them', () => {
    const text = 'Protesters gathered outside Trump Tower on Monday, and Donald Trump said nothing.';
    expect(linked(text)).toEqual(['Donald Trump=person/donald-trump']);
  });
  it('keeps the genuine place in "the Paris attacks" and "Kabul residents"', () => {
    expect(ids('The Paris attacks shocked France.')).toEqual(['place/geonames-2988507', 'place/country-fr']);
    expect(ids('Kabul residents said the Taliban had closed the road.')).toContain('place/geonames-1138958');
  });
  it('links a physical feature written with its kind word, and a name that is its own kind word', () => {
    expect(ids('The Euphrates River and the Dnieper River rose. Ships crossed the Red Sea.')).toEqual([
      'place/ne-river-euphrates',
      'place/ne-river-dnieper',
      'place/red-sea',
    ]);
  });
  it('reads a river after "the" as the river, and a city before a noun as the city', () => {
    expect(ids('Troops crossed the Dnipro near Kherson, officials in Kyiv and Ukraine said.')[0]).toBe(
      'place/ne-river-dnieper',
    );
    expect(ids('Officials in Ukraine said the Dnipro city council met.')).not.toContain(
      'place/ne-river-dnieper',
    );
  });
  it('reads "Western" before a noun as an adjective and "the Gulf" alone as water, never a province', () => {
    const text =
      'Western governments and Western airlines avoid Afghanistan. Traders returned from the Gulf.';
    expect(ids(text)).toEqual(['place/country-af']);
  });
});

describe('site-aware acronyms', () => {
  const d = loadNodeDataset();
  const idOf = (text: string, surface: string, country: string | null): string | undefined => {
    const m = annotateText(d, text, undefined, [], country).find(
      (x) => text.slice(x.start, x.end) === surface,
    );
    return m && d.entities[m.entity]!.id;
  };
  it("reads a shared acronym by the site's country", () => {
    const text = 'The report was carried by PTI on Tuesday. Officials declined to comment.';
    expect(idOf(text, 'PTI', 'IN')).toBe('organization/press-trust-of-india');
    expect(idOf(text, 'PTI', 'PK')).toBe('organization/pakistan-tehreek-e-insaf');
    expect(idOf(text, 'PTI', null)).toBeUndefined();
    expect(idOf('The figures were released, PNA said on Monday.', 'PNA', 'PH')).toBe(
      'organization/philippine-news-agency',
    );
  });
  it('falls back on the dateline for the country', () => {
    const text = 'NEW DELHI, India (Reuters) — PTI reported that talks would resume.';
    expect(idOf(text, 'PTI', null)).toBe('organization/press-trust-of-india');
  });
  it('reads the country from the domain, og:locale and html lang', () => {
    expect(countryOfHost('www.dawn.com.pk')).toBe('PK');
    expect(countryOfHost('www.bbc.co.uk')).toBe('GB');
    expect(countryOfHost('news.example.com')).toBeNull();
    expect(countryOfHost('startup.io')).toBeNull();
    expect(countryOfLocale('en_IN')).toBe('IN');
    expect(countryOfLocale('en-ph')).toBe('PH');
    expect(countryOfLocale('en')).toBeNull();
    const page = (head: string, lang = 'en'): Document =>
      parseHTML(`<html lang="${lang}"><head>${head}</head><body></body></html>`)
        .document as unknown as Document;
    expect(
      detectSiteCountry(page('<meta property="og:locale" content="en_IN">'), 'https://example.com/a'),
    ).toBe('IN');
    expect(
      detectSiteCountry(page('<meta property="og:locale" content="en_IN">'), 'https://www.dawn.com.pk/a'),
    ).toBe('PK');
    expect(detectSiteCountry(page('', 'en-PH'), 'file:///page.html')).toBe('PH');
    expect(detectSiteCountry(page(''), 'https://example.com/')).toBeNull();
  });
});
