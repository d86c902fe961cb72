import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../engine/data/dataset.ts';
import { buildCard } from '../../engine/card/card.ts';
import { foldKey } from '../../engine/text/fold.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';

let d: Dataset;
beforeAll(() => {
  d = loadNodeDataset();
});
const get = (id: string) => {
  const i = d.byId.get(id);
  if (i === undefined) throw new Error(`missing ${id}`);
  return d.entities[i]!;
};

describe('generated places', () => {
  it('places Kabul at its GeoNames point in Kabul province, Afghanistan', () => {
    const kabul = get('place/geonames-1138958');
    expect(kabul.geo?.lat).toBeCloseTo(34.528, 2);
    expect(kabul.geo?.lon).toBeCloseTo(69.172, 2);
    expect(kabul.geo?.cc).toBe('AF');
    const card = buildCard(d, d.byId.get('place/geonames-1138958')!);
    expect(card.facts.find((f) => f.label === 'Province')?.refId).toBe('place/admin1-af-13');
    expect(card.facts.find((f) => f.label === 'Country')?.refId).toBe('place/country-af');
  });
  it('puts Jalalabad in Nangarhar and Quetta in Balochistan', () => {
    const jalalabad = buildCard(d, d.byId.get('place/geonames-1139715')!);
    expect(jalalabad.role).toBe('City in Nangarhar, Afghanistan');
    const quetta = [...d.entities].find((e) => e.name === 'Quetta' && e.geo?.cc === 'PK');
    expect(quetta?.geo?.a1).toBe('02');
    expect(get('place/admin1-pk-02').name).toBe('Balochistan');
  });
  it('has every country, first-level divisions and focus-country districts', () => {
    expect(get('place/country-af').wikidata).toBe('Q889');
    expect(get('place/country-us').wikipedia).toBe('United_States');
    expect(get('place/admin2-af-18-817').subtype).toBe('admin2'); // Bati Kot
    const countries = d.entities.filter((e) => e.subtype === 'country').length;
    const cities = d.entities.filter((e) => e.subtype === 'city' || e.subtype === 'town').length;
    expect(countries).toBeGreaterThanOrEqual(249);
    expect(cities).toBeGreaterThanOrEqual(10_000);
  });
  it('tells same-name places apart: Hyderabad in India and in Pakistan', () => {
    const hyderabads = d.entities.filter(
      (e) => foldKey(e.name) === 'hyderabad' && (e.subtype === 'city' || e.subtype === 'town'),
    );
    expect(new Set(hyderabads.map((e) => e.geo?.cc))).toEqual(new Set(['IN', 'PK']));
  });
  it('never places a continent or a historical state in the country of its map point', () => {
    for (const id of ['place/europe', 'place/sahel', 'place/soviet-union']) {
      const card = buildCard(d, d.byId.get(id)!);
      expect(card.facts.find((f) => f.label === 'Country')).toBeUndefined();
      expect(card.geo).toBeUndefined();
    }
    expect(buildCard(d, d.byId.get('place/geonames-1138958')!).geo?.cc).toBe('AF');
  });
});
