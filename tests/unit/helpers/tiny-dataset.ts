/**
 * A small dataset compiled with the real build code, for engine tests that must
 * not depend on the full data: hard cases (two Hafiz Saeeds, Georgia, Kandahar)
 * live here as ordinary entities.
 */
import { compile } from '../../../scripts/lib/compile.ts';
import {
  loadCommonWords,
  loadPhraseOpeners,
  RUNTIME_COMMON_WORD_RANK,
} from '../../../scripts/lib/common-words.ts';
import type { BuildEntity } from '../../../scripts/lib/build-types.ts';
import { annotateText } from '../../../engine/annotate.ts';
import { loadDataset, type Dataset } from '../../../engine/data/dataset.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_FOREIGN,
  ALIAS_CASE,
  ALIAS_NAME,
  ALIAS_PARTIAL,
  type CompiledEntity,
} from '../../../engine/types.ts';

type Alias = [string, number?];

export function e(
  entity: Partial<CompiledEntity> & Pick<CompiledEntity, 'id' | 'type' | 'name'>,
  aliases: Alias[] = [],
): BuildEntity {
  return {
    origin: 'test',
    entity: { subtype: 'other', prior: 0.75, ...entity } as CompiledEntity,
    aliases: [
      { text: entity.name, flags: ALIAS_NAME },
      ...aliases.map(([text, flags]) => ({ text, flags: flags ?? 0 })),
    ],
  };
}

export const TINY: BuildEntity[] = [
  e({
    id: 'place/country-af',
    type: 'place',
    subtype: 'country',
    name: 'Afghanistan',
    prior: 0.95,
    wikipedia: 'Afghanistan',
  }),
  e({ id: 'place/country-pk', type: 'place', subtype: 'country', name: 'Pakistan', prior: 0.95 }),
  e({ id: 'place/country-us', type: 'place', subtype: 'country', name: 'United States', prior: 0.95 }, [
    ['US', ALIAS_CASE],
    ['U.S.', ALIAS_CASE],
  ]),
  e({
    id: 'place/country-ge',
    type: 'place',
    subtype: 'country',
    name: 'Georgia',
    prior: 0.95,
    geo: { lat: 41.7, lon: 44.8, cc: 'GE' },
  }),
  e({
    id: 'place/admin1-us-ga',
    type: 'place',
    subtype: 'admin1',
    name: 'Georgia',
    prior: 0.55,
    geo: { lat: 33.7, lon: -84.4, cc: 'US', a1: 'GA' },
  }),
  e({
    id: 'place/geonames-4180439',
    type: 'place',
    subtype: 'city',
    name: 'Atlanta',
    prior: 0.48,
    geo: { lat: 33.7, lon: -84.4, cc: 'US', a1: 'GA' },
  }),
  e({
    id: 'place/geonames-611717',
    type: 'place',
    subtype: 'city',
    name: 'Tbilisi',
    prior: 0.6,
    geo: { lat: 41.7, lon: 44.8, cc: 'GE' },
  }),
  e(
    {
      id: 'place/admin1-af-23',
      type: 'place',
      subtype: 'admin1',
      name: 'Kandahar',
      prior: 0.55,
      geo: { lat: 31.6, lon: 65.7, cc: 'AF', a1: '23' },
    },
    [['Kandahar Province']],
  ),
  e({
    id: 'place/geonames-1138336',
    type: 'place',
    subtype: 'city',
    name: 'Kandahar',
    prior: 0.47,
    geo: { lat: 31.6, lon: 65.7, cc: 'AF', a1: '23', pop: 391190 },
  }),
  e(
    {
      id: 'place/admin1-af-18',
      type: 'place',
      subtype: 'admin1',
      name: 'Nangarhar',
      prior: 0.55,
      geo: { lat: 34.4, lon: 70.4, cc: 'AF', a1: '18' },
    },
    [['Ningarhar']],
  ),
  e({
    id: 'place/geonames-1172451',
    type: 'place',
    subtype: 'city',
    name: 'Lahore',
    prior: 0.6,
    geo: { lat: 31.5, lon: 74.3, cc: 'PK', a1: '04' },
  }),
  e({
    id: 'place/geonames-2641170',
    type: 'place',
    subtype: 'town',
    name: 'Reading',
    prior: 0.4,
    geo: { lat: 51.4, lon: -0.97, cc: 'GB' },
  }),
  e(
    {
      id: 'armed-group/islamic-state-khorasan-province',
      type: 'armed-group',
      name: 'Islamic State – Khorasan Province',
      wikipedia: 'Islamic_State_–_Khorasan_Province',
      related: [
        { id: 'place/admin1-af-18', relation: 'stronghold' },
        { id: 'place/country-af', relation: 'active in' },
      ],
    },
    [['IS-K', ALIAS_CASE], ['ISKP', ALIAS_CASE], ['Islamic State-Khorasan']],
  ),
  e({ id: 'armed-group/islamic-state', type: 'armed-group', name: 'Islamic State' }, [
    ['IS', ALIAS_CASE | ALIAS_AMBIGUOUS],
    ['ISIS', ALIAS_CASE],
  ]),
  e(
    {
      id: 'armed-group/lashkar-e-taiba',
      type: 'armed-group',
      name: 'Lashkar-e-Taiba',
      related: [{ id: 'place/geonames-1172451', relation: 'based in' }],
    },
    [['LeT', ALIAS_CASE]],
  ),
  e({
    id: 'armed-group/taliban',
    type: 'armed-group',
    name: 'Taliban',
    related: [{ id: 'place/country-af', relation: 'controls' }],
  }),
  e(
    {
      id: 'person/hafiz-saeed-khan',
      type: 'person',
      name: 'Hafiz Saeed Khan',
      related: [
        { id: 'armed-group/islamic-state-khorasan-province', relation: 'leader of' },
        { id: 'place/admin1-af-18', relation: 'active in' },
      ],
    },
    [['Hafiz Saeed', ALIAS_AMBIGUOUS]],
  ),
  e(
    {
      id: 'person/hafiz-muhammad-saeed',
      type: 'person',
      name: 'Hafiz Muhammad Saeed',
      related: [
        { id: 'armed-group/lashkar-e-taiba', relation: 'founder of' },
        { id: 'place/geonames-1172451', relation: 'based in' },
      ],
    },
    [['Hafiz Saeed', ALIAS_AMBIGUOUS]],
  ),
  e(
    {
      id: 'person/ashraf-ghani',
      type: 'person',
      name: 'Ashraf Ghani',
      related: [{ id: 'place/country-af', relation: 'former president of' }],
    },
    [['Ghani', ALIAS_PARTIAL]],
  ),
  e(
    {
      id: 'person/abdul-ghani-baradar',
      type: 'person',
      name: 'Abdul Ghani Baradar',
      related: [{ id: 'armed-group/taliban', relation: 'co-founder of' }],
    },
    [['Baradar', ALIAS_PARTIAL], ['Mullah Baradar']],
  ),
  e({ id: 'organization/al-qaeda', type: 'organization', name: 'al-Qaeda' }),
  e({ id: 'place/country-ng', type: 'place', subtype: 'country', name: 'Nigeria', prior: 0.95 }),
  e({
    id: 'place/country-pl',
    type: 'place',
    subtype: 'country',
    name: 'Poland',
    prior: 0.95,
    geo: { lat: 52.2, lon: 21, cc: 'PL' },
  }),
  e(
    {
      id: 'person/goodluck-jonathan',
      type: 'person',
      name: 'Goodluck Jonathan',
      related: [{ id: 'place/country-ng', relation: 'former president of' }],
    },
    [['Jonathan', ALIAS_PARTIAL]],
  ),
  e({
    id: 'place/geonames-99',
    type: 'place',
    subtype: 'town',
    name: 'Moyo',
    prior: 0.3,
    geo: { lat: 3.6, lon: 31.7, cc: 'NG' },
  }),
  e({
    id: 'place/country-ca',
    type: 'place',
    subtype: 'country',
    name: 'Canada',
    prior: 0.95,
    geo: { lat: 56, lon: -106, cc: 'CA' },
  }),
  e({
    id: 'place/country-ru',
    type: 'place',
    subtype: 'country',
    name: 'Russia',
    prior: 0.95,
    geo: { lat: 60, lon: 100, cc: 'RU' },
  }),
  e({
    id: 'place/admin1-ru-12',
    type: 'place',
    subtype: 'admin1',
    name: 'Chechnya',
    prior: 0.44,
    geo: { lat: 43.3, lon: 45.7, cc: 'RU', a1: '12' },
  }),
  e({ id: 'organization/democratic-party', type: 'organization', name: 'Democratic Party' }),
  e(
    {
      id: 'place/geonames-4140963',
      type: 'place',
      subtype: 'city',
      name: 'Washington, D.C.',
      prior: 0.57,
      geo: { lat: 38.9, lon: -77, cc: 'US', a1: 'DC' },
    },
    [['Washington', ALIAS_AMBIGUOUS]],
  ),
  e(
    {
      id: 'place/geonames-2634715',
      type: 'place',
      subtype: 'town',
      name: 'Washington',
      prior: 0.37,
      geo: { lat: 54.9, lon: -1.5, cc: 'GB', a1: 'ENG' },
    },
    [['Washington', ALIAS_AMBIGUOUS]],
  ),
  e(
    {
      id: 'place/country-gb',
      type: 'place',
      subtype: 'country',
      name: 'United Kingdom',
      prior: 0.95,
      geo: { lat: 54, lon: -2, cc: 'GB' },
    },
    [['Britain']],
  ),
  e(
    {
      id: 'person/bill-clinton',
      type: 'person',
      name: 'Bill Clinton',
      role: 'Former President of the United States',
      related: [{ id: 'place/geonames-4140963', relation: 'former president, lived in' }],
    },
    [['Clinton', ALIAS_PARTIAL | ALIAS_AMBIGUOUS]],
  ),
  e(
    {
      id: 'place/geonames-756135',
      type: 'place',
      subtype: 'city',
      name: 'Warsaw',
      prior: 0.6,
      geo: { lat: 52.2, lon: 21, cc: 'PL', a1: '78' },
    },
    [['Warszawa', ALIAS_FOREIGN]],
  ),
  e(
    {
      id: 'person/hillary-clinton',
      type: 'person',
      name: 'Hillary Clinton',
      role: 'Former US Secretary of State',
    },
    [['Clinton', ALIAS_PARTIAL | ALIAS_AMBIGUOUS]],
  ),
  e({
    id: 'place/geonames-2946447',
    type: 'place',
    subtype: 'city',
    name: 'Bonn',
    prior: 0.426,
    geo: { lat: 50.7, lon: 7.1, cc: 'DE', a1: '07' },
  }),
  e(
    {
      id: 'organization/pakistan-peoples-party',
      type: 'organization',
      name: 'Pakistan Peoples Party',
      related: [{ id: 'place/country-pk', relation: 'party in' }],
    },
    [['PPP', ALIAS_CASE]],
  ),
  e({ id: 'organization/people-power-party', type: 'organization', name: 'People Power Party' }),
  e(
    {
      id: 'person/alexander-lebed',
      type: 'person',
      name: 'Alexander Lebed',
      related: [{ id: 'place/country-ru', relation: 'politician in' }],
    },
    [['Lebed', ALIAS_PARTIAL | ALIAS_AMBIGUOUS]],
  ),
];

/** The real word lists, so case and common-word rules behave as in the extension. */
export function tinyDataset(): Dataset {
  return datasetOf(TINY);
}

/** A dataset of these entities, compiled as the real one is. */
export function datasetOf(entities: BuildEntity[]): Dataset {
  const { dataset, aliases } = compile(
    entities,
    loadCommonWords(),
    { version: 'test', asOf: '2025-06-01' },
    loadCommonWords(RUNTIME_COMMON_WORD_RANK),
    loadPhraseOpeners(),
  );
  return loadDataset(dataset, aliases);
}

export const idsOf = (d: Dataset, mentions: { entity: number }[]): string[] =>
  mentions.map((m) => d.entities[m.entity]!.id);

/** What `text` links to, as "surface=entity id", in order. */
export const linkedIn = (d: Dataset, text: string): string[] =>
  annotateText(d, text).map((m) => `${text.slice(m.start, m.end)}=${d.entities[m.entity]!.id}`);
