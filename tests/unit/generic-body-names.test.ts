/**
 * A national body named by a generic alias ("the Interior Ministry") is read as its
 * country's only where that country leads the page (engine/link/decide-span.ts).
 */
import { describe, expect, it } from 'vitest';
import { ALIAS_AMBIGUOUS } from '../../engine/types.ts';
import { entitySchema } from '../../dataset/schema.ts';
import { curatedToBuild } from '../../scripts/lib/load-sources.ts';
import { datasetOf, e, TINY, linkedIn } from './helpers/tiny-dataset.ts';

/** A government body tied to the country of `place`, also called by the ambiguous `alias`. */
const body = (id: string, name: string, place: string, alias: string) =>
  e(
    {
      id,
      type: 'organization',
      subtype: 'government-body',
      name,
      related: [{ id: place, relation: 'body of' }],
    },
    [[alias, ALIAS_AMBIGUOUS]],
  );

const d = datasetOf([
  ...TINY,
  e({
    id: 'place/country-tn',
    type: 'place',
    subtype: 'country',
    name: 'Tunisia',
    prior: 0.95,
    geo: { lat: 34, lon: 9.5, cc: 'TN' },
  }),
  e({
    id: 'place/geonames-2464470',
    type: 'place',
    subtype: 'city',
    name: 'Tunis',
    prior: 0.7,
    geo: { lat: 36.8, lon: 10.2, cc: 'TN', a1: '38' },
  }),
  e({
    id: 'place/geonames-2464915',
    type: 'place',
    subtype: 'city',
    name: 'Sousse',
    prior: 0.6,
    geo: { lat: 35.8, lon: 10.6, cc: 'TN', a1: '23' },
  }),
  e({
    id: 'place/test-kandahar-city',
    type: 'place',
    subtype: 'city',
    name: 'Kandahar City',
    prior: 0.6,
    geo: { lat: 31.6, lon: 65.7, cc: 'AF' },
  }),
  // Tied to Afghanistan through a place there: the tiny dataset's Afghanistan has no map point.
  body(
    'organization/ministry-of-interior-affairs-afghanistan',
    'Ministry of Interior Affairs (Afghanistan)',
    'place/test-kandahar-city',
    'Interior Ministry',
  ),
  e({
    id: 'place/test-batumi',
    type: 'place',
    subtype: 'city',
    name: 'Batumi',
    prior: 0.6,
    geo: { lat: 41.6, lon: 41.6, cc: 'GE', a1: '04' },
  }),
  body(
    'organization/presidential-administration-of-russia',
    'Presidential Administration of Russia',
    'place/country-ru',
    'Kremlin',
  ),
]);

const linked = (text: string): string[] => linkedIn(d, text);
const MINISTRY = 'Interior Ministry=organization/ministry-of-interior-affairs-afghanistan';

describe('a national body named generically', () => {
  it("is its country's where the page is about that country", () => {
    expect(
      linked(
        'The Interior Ministry said police in Kandahar City had arrested two men. Afghanistan has seen attacks.',
      ),
    ).toContain(MINISTRY);
  });
  it('is not linked where another country leads the page and its own is named in passing', () => {
    const tunisia =
      'Tunisia mourned on Friday. The Interior Ministry said police in Tunis and Sousse had arrested ' +
      'two men. Tunisia says some of the fighters came back from Kandahar City.';
    expect(linked(tunisia)).not.toContain(MINISTRY);
    expect(linked(tunisia)).toEqual(
      expect.arrayContaining(['Tunisia=place/country-tn', 'Sousse=place/geonames-2464915']),
    );
  });
  it('is the body the page names in full, wherever it is', () => {
    const named =
      'Tunisia mourned on Friday. In Tunis and Sousse, officials recalled how the Ministry of Interior ' +
      'Affairs (Afghanistan) once asked for help; the Interior Ministry said nothing.';
    expect(linked(named)).toContain(MINISTRY);
  });
  it('still links a one-word name such as "the Kremlin", which no other country bears', () => {
    const georgia =
      'Georgia protested on Friday. Crowds in Tbilisi and Batumi said the Kremlin had lied, ' +
      'and Alexander Lebed called for calm.';
    expect(linked(georgia)).toContain('Kremlin=organization/presidential-administration-of-russia');
  });
});

/**
 * A body whose own name is the generic one ("Democratic Party"), flagged `ambiguousName`
 * in dataset/actors, goes through the build as the data does (scripts/lib/load-sources.ts).
 */
describe('a national body whose own name is generic', () => {
  const usParty = (ambiguousName: boolean) =>
    curatedToBuild({
      file: 'test',
      source: entitySchema.parse({
        id: 'organization/democratic-party-united-states',
        type: 'organization',
        subtype: 'party',
        name: 'Democratic Party',
        ...(ambiguousName ? { ambiguousName } : {}),
        aliases: [],
        description: 'One of the two major political parties of the United States.',
        facts: [],
        related: [{ id: 'place/country-us', relation: 'country' }],
        sources: [],
        wikipedia: null,
      }),
    });
  const place = (id: string, name: string, subtype: string, cc: string, prior: number) =>
    e({ id, type: 'place', subtype, name, prior, geo: { lat: 0, lon: 0, cc } });
  const parties = (ambiguousName: boolean, korean = true) =>
    datasetOf([
      place('place/country-us', 'United States', 'country', 'US', 0.95),
      place('place/test-washington', 'Washington', 'city', 'US', 0.7),
      place('place/country-kr', 'South Korea', 'country', 'KR', 0.95),
      place('place/test-seoul', 'Seoul', 'city', 'KR', 0.7),
      place('place/test-busan', 'Busan', 'city', 'KR', 0.6),
      usParty(ambiguousName),
      ...(korean
        ? [
            e(
              {
                id: 'organization/democratic-party-of-korea',
                type: 'organization',
                subtype: 'party',
                name: 'Democratic Party of Korea',
                related: [{ id: 'place/country-kr', relation: 'country' }],
              },
              [['Democratic Party', ALIAS_AMBIGUOUS]],
            ),
          ]
        : []),
    ]);
  const korea =
    "South Korea's opposition met in Seoul on Monday. The Democratic Party said Busan would vote " +
    'first, and South Korea would know by the evening. Washington said it was watching.';
  const us = 'The Democratic Party said in Washington that the United States needed a new budget.';

  it("is not linked on a page about another country: that country's party is meant", () => {
    const found = linkedIn(parties(true), korea);
    expect(found).not.toContain('Democratic Party=organization/democratic-party-united-states');
    expect(found).toContain('Democratic Party=organization/democratic-party-of-korea');
  });
  it('is linked on a page about its own country', () => {
    expect(linkedIn(parties(true), us)).toContain(
      'Democratic Party=organization/democratic-party-united-states',
    );
  });
  it("keeps the name from claiming another country's party that the data lacks", () => {
    const US_PARTY = 'Democratic Party=organization/democratic-party-united-states';
    expect(linkedIn(parties(false, false), korea)).toContain(US_PARTY); // without the flag: wrong
    expect(linkedIn(parties(true, false), korea)).not.toContain(US_PARTY);
    expect(linkedIn(parties(true, false), us)).toContain(US_PARTY);
  });
});
