/** `npm run data:stats [-- --json]`: counts by type and subtype, alias count, compiled size. */
import { compiledSize, loadCompiled, partPaths } from './lib/artefacts.ts';
import { expandDataset } from '../engine/data/dataset.ts';
import { confirmedSince, isTimeVarying } from '../dataset/time-varying.ts';
import { STALE_BEFORE } from '../engine/card/fact-dating.ts';

const { dataset, aliases } = loadCompiled();
const entities = expandDataset(dataset).entities;
/** Ids the place generator gives; everything else comes from dataset/actors. */
const GENERATED_ID = /^place\/(country|admin1|admin2|geonames|ne)-/;
const byType: Record<string, number> = {};
const bySubtype: Record<string, number> = {};
let curated = 0;
for (const e of entities) {
  byType[e.type] = (byType[e.type] ?? 0) + 1;
  bySubtype[`${e.type}/${e.subtype}`] = (bySubtype[`${e.type}/${e.subtype}`] ?? 0) + 1;
  if (!GENERATED_ID.test(e.id)) curated++;
}
/**
 * How current and traceable the time-sensitive facts are (issue 11): how many there are,
 * how many cite their own source, how many were confirmed on or after 1 July 2025, and
 * the number of terms.
 */
let timeSensitive = 0;
let withSource = 0;
let asOfSince2025_07 = 0;
for (const e of entities) {
  for (const f of e.facts ?? []) {
    if (!isTimeVarying(f.label)) continue;
    timeSensitive++;
    if (f.sourceUrl) withSource++;
    if (f.asOf && confirmedSince(f.asOf, STALE_BEFORE)) asOfSince2025_07++;
  }
}
const terms = expandDataset(dataset).terms;
const freshness = {
  timeSensitive,
  withSource,
  asOfSince2025_07,
  terms: terms.length,
  termsCurrent: terms.filter((t) => !t.to).length,
  termsCurrentAsOfSince2025_07: terms.filter((t) => !t.to && confirmedSince(t.asOf, STALE_BEFORE)).length,
};

const stats = {
  version: dataset.version,
  asOf: dataset.asOf,
  entities: entities.length,
  curated,
  actors: entities.filter((e) => e.type !== 'place').length,
  physicalFeatures: entities.filter((e) => e.id.startsWith('place/ne-')).length, // Natural Earth (scripts/import-natural-earth.ts)
  byType,
  bySubtype,
  aliasKeys: aliases.keys.length,
  aliasEntries: aliases.entity.length,
  compiledBytes: compiledSize(),
  files: partPaths(),
  freshness,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(stats, null, 2));
else {
  console.log(`dataset ${stats.version} (${stats.asOf}): ${stats.entities} entities, ${stats.actors} actors`);
  for (const [k, v] of Object.entries(bySubtype).sort()) console.log(`  ${k.padEnd(40)} ${v}`);
  console.log(
    `alias keys ${stats.aliasKeys}, entries ${stats.aliasEntries}, compiled ${stats.compiledBytes} bytes`,
  );
  const pct = (n: number) => `${((100 * n) / Math.max(1, timeSensitive)).toFixed(1)}%`;
  console.log(
    `freshness: ${timeSensitive} time-sensitive facts, ${withSource} with their own source (${pct(withSource)}), ` +
      `${asOfSince2025_07} confirmed since July 2025 (${pct(asOfSince2025_07)}); ${terms.length} terms ` +
      `(${freshness.termsCurrent} current)`,
  );
}
