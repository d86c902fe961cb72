/**
 * A Spanish, French or Italian article just before a town's name, not part of it, makes
 * the word a common noun or a club (engine/cues/place-cues.ts `articleBefore`).
 */
import { describe, expect, it } from 'vitest';
import { ALIAS_FOREIGN } from '../../engine/types.ts';
import { datasetOf, e, TINY, linkedIn } from './helpers/tiny-dataset.ts';

const town = (id: string, name: string, cc: string, aliases: [string, number?][] = []) =>
  e({ id, type: 'place', subtype: 'city', name, prior: 0.6, geo: { lat: 0, lon: 0, cc } }, aliases);

const d = datasetOf([
  ...TINY,
  e({
    id: 'place/test-chile',
    type: 'place',
    subtype: 'country',
    name: 'Chile',
    prior: 0.95,
    geo: { lat: -30, lon: -71, cc: 'CL' },
  }),
  town('place/test-constitucion', 'Constitución', 'CL'),
  town('place/test-talca', 'Talca', 'CL'),
  e({
    id: 'place/test-bolivia',
    type: 'place',
    subtype: 'country',
    name: 'Bolivia',
    prior: 0.95,
    geo: { lat: -17, lon: -65, cc: 'BO' },
  }),
  e({
    id: 'place/test-egypt',
    type: 'place',
    subtype: 'country',
    name: 'Egipto',
    prior: 0.95,
    geo: { lat: 27, lon: 30, cc: 'EG' },
  }),
  town('place/test-la-paz', 'La Paz', 'BO'),
  town('place/test-cairo', 'Cairo', 'EG', [['El Cairo', ALIAS_FOREIGN]]),
]);
const linked = (text: string): string[] => linkedIn(d, text);

describe('an article before a town', () => {
  it('makes a capitalised common noun of its name', () => {
    const es = 'Chile debate su futuro en Talca. La Constitución manda reconocer a los pueblos.';
    expect(linked(es)).not.toContain('Constitución=place/test-constitucion');
    expect(linked(es)).toContain('Talca=place/test-talca');
  });
  it('leaves the town where no article stands before it', () => {
    expect(linked('Chile recuerda el terremoto en Talca y en Constitución.')).toContain(
      'Constitución=place/test-constitucion',
    );
  });
  it('keeps names that carry their article, matched with it', () => {
    expect(linked('El presidente viajó a La Paz, en Bolivia, y luego a El Cairo, en Egipto.')).toEqual(
      expect.arrayContaining(['La Paz=place/test-la-paz', 'El Cairo=place/test-cairo']),
    );
  });
});
