/**
 * A small town named after a world city needs its own province on the page, not only
 * its country (engine/link/decide-span.ts): "Paris" on a page from Los Angeles is the
 * French capital unless the page is in Texas.
 */
import { describe, expect, it } from 'vitest';
import { ALIAS_AMBIGUOUS } from '../../engine/types.ts';
import { datasetOf, e, linkedIn } from './helpers/tiny-dataset.ts';

const place = (
  id: string,
  name: string,
  subtype: string,
  prior: number,
  geo: { cc: string; a1?: string },
  aliases: [string, number][] = [],
) => e({ id, type: 'place', subtype, name, prior, geo: { lat: 0, lon: 0, ...geo } }, aliases);

const d = datasetOf([
  place('place/test-paris', 'Paris', 'city', 0.68, { cc: 'FR', a1: '11' }),
  // Prior and flags as the real data has them for Paris, Texas.
  place('place/test-paris-tx', 'Paris, Texas', 'city', 0.35, { cc: 'US', a1: 'TX' }, [
    ['Paris', ALIAS_AMBIGUOUS],
  ]),
  place('place/test-los-angeles', 'Los Angeles', 'city', 0.7, { cc: 'US', a1: 'CA' }),
  place('place/test-texas', 'Texas', 'admin1', 0.6, { cc: 'US', a1: 'TX' }),
]);

const linked = (text: string): string[] => linkedIn(d, text);

describe('a small town named after a world city', () => {
  it('is not read on its country alone', () => {
    expect(linked('The tour opens in Los Angeles and ends in Paris next summer.')).toContain(
      'Paris=place/test-paris',
    );
  });
  it('is read where the page names its province', () => {
    expect(linked('Storms hit Texas overnight, and in Paris roofs were torn off.')).toContain(
      'Paris=place/test-paris-tx',
    );
  });
});
