/**
 * Assemble the whole dataset: curated sources, generated places, curated place
 * overrides, all checked. Shared by data:build, data:check, data:stats, the CLI
 * and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityPlaceId } from '../../dataset/place-ids.ts';
import { ALIAS_AMBIGUOUS, type CompiledAliases, type CompiledDataset } from '../../engine/types.ts';
import type { BuildEntity } from './build-types.ts';
import { checkCurated, referencedIds } from './check.ts';
import {
  loadCommonWords,
  loadGuardWords,
  loadNameLikeWords,
  loadPhraseOpeners,
  RUNTIME_COMMON_WORD_RANK,
} from './common-words.ts';
import { compile } from './compile.ts';
import { aliasToBuild, curatedToBuild, loadCurated, loadPlaceOverrides, type Issue } from './load-sources.ts';
import { readCities500 } from './places/geonames.ts';
import { generatePlaces } from './places/generate-places.ts';

export interface BuiltDataset {
  entities: BuildEntity[];
  issues: Issue[];
  curatedCount: number;
}

export function buildDataset(root: string, populationThreshold?: number): BuiltDataset {
  const issues: Issue[] = [];
  const curated = loadCurated(root, issues);
  const overrides = loadPlaceOverrides(root, issues);
  const referenced = referencedIds(curated);
  for (const { override } of overrides) referenced.add(override.id);
  const rows = readCities500();
  const places = generatePlaces(
    rows,
    referenced,
    loadCommonWords(),
    loadNameLikeWords(),
    populationThreshold,
  );
  const generatedIds = new Set(places.map((p) => p.entity.id));
  // Any GeoNames town may be referenced: a reference pulls it in below the population threshold.
  const possible = new Set(rows.map((r) => cityPlaceId(r.geonameId)));
  const known = new Set([...generatedIds, ...curated.map((c) => c.source.id)]);
  for (const id of referenced) if (possible.has(id)) known.add(id);
  issues.push(...checkCurated(curated, known, generatedIds));

  const byId = new Map(places.map((p) => [p.entity.id, p]));
  for (const { file, override } of overrides) {
    const place = byId.get(override.id);
    if (!place) {
      issues.push({ file, id: override.id, field: 'id', message: 'no generated place has this id' });
      continue;
    }
    if (override.wikipedia !== undefined) place.entity.wikipedia = override.wikipedia;
    if (override.description) place.entity.description = override.description;
    if (override.role) place.entity.role = override.role;
    if (override.prior !== undefined) place.entity.prior = override.prior;
    for (const a of override.aliases ?? []) place.aliases.push(aliasToBuild(a));
    if (override.ambiguousName) {
      for (const a of place.aliases) if (a.text === place.entity.name) a.flags |= ALIAS_AMBIGUOUS;
    }
  }
  for (const p of places) {
    const english = p.aliases.filter((a) => a.flags === 0 && a.text !== p.entity.name).map((a) => a.text);
    if (english.length) p.entity.aliases = [...new Set(english)].slice(0, 3);
  }
  const entities = [...curated.map(curatedToBuild), ...places];
  return { entities, issues, curatedCount: curated.length };
}

export function datasetMeta(root: string): { version: string; asOf: string } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version: pkg.version, asOf: DATASET_AS_OF };
}

/** The date the curated facts were last reviewed as a whole; each time-varying fact has its own asOf. */
export const DATASET_AS_OF = '2025-06-01';

export function compileDataset(
  root: string,
  populationThreshold?: number,
): {
  built: BuiltDataset;
  dataset: CompiledDataset;
  aliases: CompiledAliases;
} {
  const built = buildDataset(root, populationThreshold);
  const { dataset, aliases } = compile(
    built.entities,
    loadGuardWords(),
    datasetMeta(root),
    loadCommonWords(RUNTIME_COMMON_WORD_RANK),
    loadPhraseOpeners(),
  );
  return { built, dataset, aliases };
}
