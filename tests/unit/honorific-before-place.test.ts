/**
 * A personal title just before a name ("Mr. Jordan", "Lord Kitchener") makes it a
 * person's name, never a place's (engine/cues/place-cues.ts `honorificBefore`).
 */
import { describe, expect, it } from 'vitest';
import { datasetOf, e, TINY, linkedIn } from './helpers/tiny-dataset.ts';

const d = datasetOf([
  ...TINY,
  e({
    id: 'place/test-jordan',
    type: 'place',
    subtype: 'country',
    name: 'Jordan',
    prior: 0.95,
    geo: { lat: 31, lon: 36, cc: 'JO' },
  }),
  e({
    id: 'place/test-kitchener',
    type: 'place',
    subtype: 'city',
    name: 'Kitchener',
    prior: 0.7,
    geo: { lat: 43.4, lon: -80.5, cc: 'CA' },
  }),
]);

const linked = (text: string): string[] => linkedIn(d, text);

describe('a personal title before a name', () => {
  it('makes the name a person, not the country or town of that name', () => {
    expect(linked('Mr. Jordan said on Tuesday that talks would go on in Lahore.')).toEqual([
      'Lahore=place/geonames-1172451',
    ]);
    expect(linked('Mrs Jordan and Dr Jordan agreed.')).toEqual([]);
    expect(linked('Lord Kitchener visited Canada, and officials in Kitchener cheered.')).toEqual([
      'Canada=place/country-ca',
      'Kitchener=place/test-kitchener',
    ]);
  });
  it('leaves the place alone without one', () => {
    expect(linked('Jordan closed its border with Pakistan on Tuesday.')).toEqual([
      'Jordan=place/test-jordan',
      'Pakistan=place/country-pk',
    ]);
  });
});
