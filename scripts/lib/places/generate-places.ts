/**
 * All generated places. Cities enter by population (POPULATION_THRESHOLD, chosen
 * by measuring precision; see README), by status (capitals, provincial seats), or
 * because a curated entity refers to them.
 */
import { cityPlaceId } from '../../../dataset/place-ids.ts';
import type { BuildEntity } from '../build-types.ts';
import { generateCountries, subdivisionQids } from './countries.ts';
import { readAdmin1, readAdmin2, type GeoRow } from './geonames.ts';
import { generatePhysical } from './physical.ts';
import { generateAdmin1, generateAdmin2, generateCities } from './subdivisions.ts';

export const POPULATION_THRESHOLD = 15000;
const ALWAYS = new Set(['PPLC', 'PPLA']);

export function generatePlaces(
  rows: GeoRow[],
  referencedIds: Set<string>,
  commonWords: ReadonlySet<string>,
  nameLike: ReadonlySet<string> = new Set(),
  threshold = POPULATION_THRESHOLD,
): BuildEntity[] {
  const capitals = new Map<string, GeoRow>();
  for (const r of rows) {
    if (r.featureCode !== 'PPLC') continue;
    const prev = capitals.get(r.cc);
    if (!prev || r.population > prev.population) capitals.set(r.cc, r);
  }
  const admin1 = readAdmin1();
  const knownAdmin1 = new Set(admin1.map((a) => a.code));
  const cities = rows.filter(
    (r) =>
      r.population >= threshold || ALWAYS.has(r.featureCode) || referencedIds.has(cityPlaceId(r.geonameId)),
  );
  return [
    ...generateCountries(capitals),
    ...generateAdmin1(admin1, rows, subdivisionQids()),
    ...generateAdmin2(readAdmin2(), rows),
    ...generateCities(cities, knownAdmin1, commonWords, nameLike),
    ...generatePhysical(),
  ];
}
