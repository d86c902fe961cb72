/** The opened dataset's look-ups (engine/data/lookups.ts) read as the maps they stand for. */
import { describe, expect, it } from 'vitest';
import { MapView } from '../../engine/data/map-view.ts';
import { openDatasetParts } from '../../engine/data/dataset.ts';
import { loadNodeDataset, readPartFiles } from '../../scripts/lib/artefacts.ts';

const d = loadNodeDataset();

/** Every way of reading a map gives the same entries as `get`, and `size` counts them. */
function expectConsistent<V>(map: ReadonlyMap<string, V>): [string, V][] {
  const entries = [...map];
  expect(entries.length).toBe(map.size);
  expect(entries.map(([k]) => map.get(k))).toEqual(entries.map(([, v]) => v));
  expect([...map.keys()]).toEqual(entries.map(([k]) => k));
  expect([...map.values()]).toEqual(entries.map(([, v]) => v));
  const seen: [string, V][] = [];
  map.forEach((v, k, self) => {
    expect(self).toBe(map);
    seen.push([k, v]);
  });
  expect(seen).toEqual(entries);
  return entries;
}

describe('the dataset’s look-ups', () => {
  it('ids: one entry per entity, each pointing at the entity with that id', () => {
    expect(d.byId).toBeInstanceOf(MapView);
    expect(d.byId.size).toBe(d.entities.length);
    // The first entries only: each is confirmed by decoding its entity's record.
    let n = 0;
    for (const [id, i] of d.byId) {
      expect(d.entities[i]!.id).toBe(id);
      expect(d.byId.get(id)).toBe(i);
      if (++n === 300) break;
    }
    expect(d.byId.has('person/ashraf-ghani')).toBe(true);
    expect(d.byId.has('person/nobody-at-all')).toBe(false);
  });

  it('country codes and first-level divisions', () => {
    const countries = expectConsistent(d.countryByCode);
    expect(countries.length).toBeGreaterThan(190);
    expect(d.entities[d.countryByCode.get('AF')!]!.id).toBe('place/country-af');
    const divisions = expectConsistent(d.admin1ByCode);
    expect(divisions.length).toBeGreaterThan(1000);
    for (const [code, i] of divisions.slice(0, 200)) {
      const g = d.entities[i]!.geo!;
      expect(`${g.cc}.${g.a1}`).toBe(code);
    }
  });

  it('terms by holder and by office: every listed term points back at the key', () => {
    const held = expectConsistent(d.termsByHolder);
    expect(held.length).toBeGreaterThan(100);
    for (const [id, list] of held.slice(0, 200)) for (const t of list) expect(d.terms[t]!.holder).toBe(id);
    const offices = expectConsistent(d.termsByOffice);
    for (const [id, list] of offices.slice(0, 200))
      for (const t of list) expect(d.terms[t]!.officeOf).toBe(id);
    expect(d.termsByHolder.get('person/nobody-at-all')).toBeUndefined();
  });

  it('relations and countries: the same lists however often they are read, and past the bound of those kept', () => {
    const isk = d.byId.get('armed-group/islamic-state-khorasan-province')!;
    const ids = (list: readonly number[]) => list.map((r) => d.entities[r]!.id);
    expect(d.relatedCountries[isk]).toEqual(['AF', 'PK']);
    expect(ids(d.related[isk]!)).toEqual(expect.arrayContaining(['armed-group/taliban', 'place/country-af']));
    const sample = [isk, ...Array.from({ length: 40 }, (_, k) => (k * 7919) % d.entities.length)];
    const first = sample.map((i) => [d.related[i]!, d.relatedCountries[i]!] as const);
    sample.forEach((i, k) => {
      // Kept: the same list, which no reader can change.
      expect(d.related[i]).toBe(first[k]![0]);
      expect(Object.isFrozen(first[k]![0])).toBe(true);
    });
    // Reading more entities than are kept drops them; read again, they are equal.
    for (let i = 0; i < 5000; i++) void (d.related[i], d.relatedCountries[i]);
    const fresh = openDatasetParts(readPartFiles());
    sample.forEach((i, k) => {
      expect(d.related[i]).toEqual(first[k]![0]);
      expect(d.relatedCountries[i]).toEqual(first[k]![1]);
      expect(fresh.related[i]).toEqual(first[k]![0]);
      expect(fresh.relatedCountries[i]).toEqual(first[k]![1]);
    });
  });
});
