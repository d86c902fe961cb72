import { beforeAll, describe, expect, it } from 'vitest';
import { buildCard } from '../../engine/card/card.ts';
import { GEONAMES } from '../../engine/card/place-card.ts';
import type { BuildEntity } from '../../scripts/lib/build-types.ts';
import { checkPlaceNames } from '../../scripts/lib/check-invented-names.ts';
import { loadNodeDataset, ROOT } from '../../scripts/lib/artefacts.ts';
import { loadPlaceOverrides, type Issue } from '../../scripts/lib/load-sources.ts';
import { generatePlaces } from '../../scripts/lib/places/generate-places.ts';
import { keepAlternate, readCities500 } from '../../scripts/lib/places/geonames.ts';
import { hasTypeWord, stackedTypeWords } from '../../scripts/lib/places/type-words.ts';

describe('GeoNames alternate names', () => {
  const none = new Set<string>();
  it('keeps Latin and Arabic names, and lower case only after a particle', () => {
    for (const kept of ['Abadan', 'al-Fashir', 'as-Suwayda', 'el-Obeid', 'ash-Shaddadi', 'الفاشر'])
      expect(keepAlternate(kept, none), kept).toBe(true);
  });
  it("drops other scripts' romanisations that open in lower case", () => {
    for (const dropped of [
      'a ba dan',
      'by syty myshygan',
      'he bao zhen',
      'an ba tuo',
      "no'ida",
      'you hao',
      'al pasw',
    ])
      expect(keepAlternate(dropped, none), dropped).toBe(false);
  });
});

describe('stacked type words', () => {
  it('finds a kind stacked onto a name that has one', () => {
    expect(stackedTypeWords('Tatarstan Republic Province')).toEqual(['Republic', 'Province']);
    expect(stackedTypeWords('Kyiv City Province')).toEqual(['City', 'Province']);
    expect(stackedTypeWords('Kalush Raion District')).toEqual(['Raion', 'District']);
    expect(stackedTypeWords('Saint John Parish Province')).toEqual(['Parish', 'Province']);
    expect(stackedTypeWords('Kyiv Oblast Province')).toEqual(['Oblast', 'Province']);
    expect(stackedTypeWords('Sanaa Governorate Province')).toEqual(['Governorate', 'Province']);
    expect(stackedTypeWords('Bomi County District')).toEqual(['County', 'District']);
    expect(stackedTypeWords('Municipality of Vipava Province')).toEqual(['Municipality', 'Province']);
    expect(stackedTypeWords('kyiv city province')).toEqual(['city', 'province']);
  });
  it('leaves names with one kind, or none, alone', () => {
    for (const name of [
      'Kandahar Province',
      'Kyiv City',
      'Kyiv Oblast',
      'Zhytomyr Oblast',
      'Kurdistan Region',
      'Achin District',
      'Islamabad Capital Territory',
      'Nicosia',
      'Red Sea State',
    ]) {
      expect(stackedTypeWords(name), name).toBeUndefined();
    }
  });
  it('knows a name that says what it is', () => {
    expect(hasTypeWord('Kyiv City')).toBe(true);
    expect(hasTypeWord('Muhafazat Hadramaout')).toBe(true);
    expect(hasTypeWord('Brussels Capital')).toBe(true);
    expect(hasTypeWord('Kandahar')).toBe(false);
  });
});

describe('generated place names', () => {
  let places: BuildEntity[];
  const overrideIssues: Issue[] = [];
  let overrides: ReturnType<typeof loadPlaceOverrides>;
  beforeAll(() => {
    places = generatePlaces(readCities500(), new Set(), new Set());
    overrides = loadPlaceOverrides(ROOT, overrideIssues);
  }, 60_000);
  const aliasesOf = (id: string) => places.find((p) => p.entity.id === id)?.aliases.map((a) => a.text);

  it('makes no stacked name, and the place overrides add none', () => {
    expect(overrideIssues).toEqual([]);
    expect(checkPlaceNames(overrides, places)).toEqual([]);
  });
  it('reports a stacked alias in the overrides with its file, id and field', () => {
    const file = 'dataset/places/overrides.json';
    const issues = checkPlaceNames(
      [{ file, override: { id: 'place/admin1-ua-12', aliases: ['Kyiv', { text: 'Kyiv City Province' }] } }],
      [],
    );
    expect(issues.map((i) => [i.file, i.id, i.field])).toEqual([[file, 'place/admin1-ua-12', 'aliases.1']]);
  });
  it('keeps the news forms of bare names and adds nothing to names with a kind', () => {
    expect(aliasesOf('place/admin1-af-23')).toContain('Kandahar Province');
    expect(aliasesOf('place/admin1-ua-12')).toEqual(['Kyiv City']);
    expect(aliasesOf('place/admin1-ru-73')).toEqual(['Tatarstan Republic']);
    expect(aliasesOf('place/admin1-ua-13')).toEqual(['Kyiv Oblast', 'Kyiv']);
    expect(aliasesOf('place/admin2-af-18-817')).toContain('Batī Kōṯ District');
  });
  it('uses the word a country gives its divisions, or none', () => {
    expect(aliasesOf('place/admin1-cy-04')).toEqual(['Nicosia', 'Nicosia District']);
    expect(aliasesOf('place/admin1-us-tx')).toEqual(['Texas']);
  });
  it('adds no kind to a raion, a parish or an atoll (GeoNames\'s own "Hajjah City District" stays)', () => {
    const stacked = places
      .filter((p) => p.origin !== 'generated:cities')
      .flatMap((p) =>
        p.aliases.filter(
          (a) =>
            a.text !== p.entity.name &&
            / (Raion|Parish|Atoll|City|Republic) (Province|District)$/.test(a.text),
        ),
      );
    expect(stacked).toEqual([]);
  });
});

describe('facts read from GeoNames', () => {
  const d = loadNodeDataset();
  const card = (id: string) => buildCard(d, d.byId.get(id)!);

  it('name GeoNames and the date it was read, never an "as of" date', () => {
    const jalalabad = card('place/geonames-1139715');
    const pop = jalalabad.facts.find((f) => f.label.startsWith('Population'));
    expect(pop?.label).toBe('Population (GeoNames, retrieved Sep 2026)');
    expect(pop).toMatchObject({ source: GEONAMES, sourceUrl: GEONAMES.url, retrieved: '2026-09-07' });
    expect(pop?.asOf).toBeUndefined();
    const capital = card('place/admin1-af-18').facts.find((f) => f.label === 'Capital');
    expect(capital).toMatchObject({
      refId: 'place/geonames-1139715',
      source: GEONAMES,
      retrieved: '2026-09-07',
    });
    expect(capital?.asOf).toBeUndefined();
  });
  it("date a country's capital the same way", () => {
    const capital = card('place/country-af').facts.find((f) => f.label === 'Capital');
    expect(capital).toMatchObject({ value: 'Kabul', source: GEONAMES, retrieved: '2026-09-07' });
    expect(capital?.asOf).toBeUndefined();
  });
  it("leave curated facts' own dates alone", () => {
    const fact = card('person/sirajuddin-haqqani').facts.find((f) => f.label === 'Position');
    expect(fact?.asOf).toBeTruthy();
    expect(fact?.retrieved).toBeUndefined();
  });
});
