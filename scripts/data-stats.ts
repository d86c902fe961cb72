/** `npm run data:stats [-- --json]`: counts by type and subtype, alias count, compiled size. */
import { ALIASES_FILE, compiledSize, ENTITIES_FILE, loadCompiled } from './lib/artefacts.ts';
import { expandDataset } from '../engine/dataset.ts';

const { dataset, aliases } = loadCompiled();
const entities = expandDataset(dataset).entities;
/** Ids the place generator gives; everything else comes from dataset/actors. */
const GENERATED_ID = /^place\/(country|admin1|admin2|geonames)-/;
const byType: Record<string, number> = {};
const bySubtype: Record<string, number> = {};
let curated = 0;
for (const e of entities) {
  byType[e.type] = (byType[e.type] ?? 0) + 1;
  bySubtype[`${e.type}/${e.subtype}`] = (bySubtype[`${e.type}/${e.subtype}`] ?? 0) + 1;
  if (!GENERATED_ID.test(e.id)) curated++;
}
const stats = {
  version: dataset.version,
  asOf: dataset.asOf,
  entities: entities.length,
  curated,
  actors: entities.filter((e) => e.type !== 'place').length,
  byType,
  bySubtype,
  aliasKeys: aliases.keys.length,
  aliasEntries: aliases.entity.length,
  compiledBytes: compiledSize(),
  files: [ENTITIES_FILE, ALIASES_FILE],
};
if (process.argv.includes('--json')) console.log(JSON.stringify(stats, null, 2));
else {
  console.log(`dataset ${stats.version} (${stats.asOf}): ${stats.entities} entities, ${stats.actors} actors`);
  for (const [k, v] of Object.entries(bySubtype).sort()) console.log(`  ${k.padEnd(40)} ${v}`);
  console.log(
    `alias keys ${stats.aliasKeys}, entries ${stats.aliasEntries}, compiled ${stats.compiledBytes} bytes`,
  );
}
