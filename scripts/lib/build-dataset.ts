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
import { checkPlaceNames } from './check-invented-names.ts';
import { compile } from './compile.ts';
import { checkTerms, closeSupersededTerms, dedupeTerms, derivedFacts, derivedRole } from './check-terms.ts';
import { checkHeadsWrittenTwice } from './check-heads-twice.ts';
import {
  aliasToBuild,
  curatedToBuild,
  loadCurated,
  loadPlaceOverrides,
  loadTerms,
  type Issue,
} from './load-sources.ts';
import type { CompiledTerm } from '../../engine/types.ts';
import { compareDates } from '../../dataset/schema.ts';
import { readCities500 } from './places/geonames.ts';
import { generatePlaces } from './places/generate-places.ts';

export interface BuiltDataset {
  entities: BuildEntity[];
  issues: Issue[];
  curatedCount: number;
  /** Terms after de-duplication, sorted by office owner, office and start. */
  terms: CompiledTerm[];
  /** Terms merged into another term for the same tenure. */
  mergedTerms: number;
  /** Converted terms closed because a verified term shows a successor. */
  closedTerms: number;
}

export function buildDataset(root: string, populationThreshold?: number): BuiltDataset {
  const issues: Issue[] = [];
  const curated = loadCurated(root, issues);
  const overrides = loadPlaceOverrides(root, issues);
  const loadedTerms = loadTerms(root, issues);
  const referenced = referencedIds(curated);
  for (const { override } of overrides) referenced.add(override.id);
  for (const { term } of loadedTerms) referenced.add(term.officeOf);
  const rows = readCities500();
  const places = generatePlaces(
    rows,
    referenced,
    loadCommonWords(),
    loadNameLikeWords(),
    populationThreshold,
  );
  const generatedIds = new Set(places.map((p) => p.entity.id));
  // No name made by stacking a type word on one that has one ("Kyiv City Province").
  issues.push(...checkPlaceNames(overrides, places));
  // Any GeoNames town may be referenced: a reference pulls it in below the population threshold.
  const possible = new Set(rows.map((r) => cityPlaceId(r.geonameId)));
  const known = new Set([...generatedIds, ...curated.map((c) => c.source.id)]);
  for (const id of referenced) if (possible.has(id)) known.add(id);
  issues.push(...checkCurated(curated, known, generatedIds));
  const { terms: deduped, merged: mergedTerms } = dedupeTerms(loadedTerms);
  const { terms: current, closed: closedTerms } = closeSupersededTerms(deduped);
  issues.push(...checkTerms(current, known));
  issues.push(...checkHeadsWrittenTwice(curated, current));
  const terms = current
    .map((t) => t.term)
    .sort(
      (a, b) =>
        a.officeOf.localeCompare(b.officeOf) ||
        compareDates(a.from ?? a.asOf, b.from ?? b.asOf) ||
        a.office.localeCompare(b.office),
    );

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
  addDerivedFacts(entities, terms);
  return { entities, issues, curatedCount: curated.length, terms, mergedTerms, closedTerms };
}

/** Offices the dataset knows as terms become facts: never written twice (check-terms.ts). */
function addDerivedFacts(entities: BuildEntity[], terms: CompiledTerm[]): void {
  const byHolder = new Map<string, CompiledTerm[]>();
  const byOffice = new Map<string, CompiledTerm[]>();
  for (const t of terms) {
    if (t.holder) byHolder.set(t.holder, [...(byHolder.get(t.holder) ?? []), t]);
    byOffice.set(t.officeOf, [...(byOffice.get(t.officeOf) ?? []), t]);
  }
  for (const { entity: e } of entities) {
    const held = byHolder.get(e.id) ?? [];
    const offices = byOffice.get(e.id) ?? [];
    if (!held.length && !offices.length) continue;
    if (e.type === 'person') e.role = derivedRole(e.role, held);
    const derived = derivedFacts(e.id, e.type, held, offices);
    if (!derived.length) continue;
    const facts = e.facts ?? [];
    // After the founding date for a group; first for a person.
    const at =
      e.type === 'person' ? 0 : facts.findIndex((f) => /^(Founded|Established|Formed)$/.test(f.label)) + 1;
    e.facts = [...facts.slice(0, at), ...derived, ...facts.slice(at)];
  }
}

export function datasetMeta(root: string): { version: string; asOf: string } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version: pkg.version, asOf: DATASET_AS_OF };
}

/** The date of the last verification pass over the curated facts (issue 11); each time-sensitive fact has its own asOf. */
export const DATASET_AS_OF = '2026-12-04';

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
    built.terms,
  );
  if (process.env.npm_lifecycle_event === 'data:build') {
    console.log(
      `data:build: ${built.terms.length} terms (${built.mergedTerms} merged into a newer term for the same tenure, ` +
        `${built.closedTerms} converted terms closed at a verified successor's start)`,
    );
  }
  return { built, dataset, aliases };
}
