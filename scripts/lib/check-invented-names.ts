/**
 * No invented place names: a place's name or alias may not stack a kind onto a
 * name that already has one ("Tatarstan Republic Province", "Kyiv City Province",
 * "Kalush Raion District", "Saint John Parish Province"). Such names come from a
 * generator adding "Province" or "District" blindly; no source and no newspaper
 * uses them. Only places are checked: "US State Department" and "Islamic State –
 * Sahel Province" are fine.
 */
import type { AliasSource } from '../../dataset/schema.ts';
import type { BuildEntity } from './build-types.ts';
import type { CuratedEntity, Issue } from './load-sources.ts';
import { stackedTypeWords } from './places/type-words.ts';

/** One name to check and where it is written. */
export interface PlaceName {
  file: string;
  id: string;
  field: string;
  text: string;
}

export function checkInventedNames(names: Iterable<PlaceName>): Issue[] {
  const issues: Issue[] = [];
  for (const n of names) {
    const stacked = stackedTypeWords(n.text);
    if (!stacked) continue;
    issues.push({
      file: n.file,
      id: n.id,
      field: n.field,
      message: `"${n.text}" stacks "${stacked[1]}" onto "${stacked[0]}": an invented name; use the name the source or the news gives`,
    });
  }
  return issues;
}

const aliasText = (a: AliasSource): string => (typeof a === 'string' ? a : a.text);

/** The names and aliases of the curated places (dataset/actors). */
export function curatedPlaceNames(curated: CuratedEntity[]): PlaceName[] {
  return curated
    .filter(({ source }) => source.type === 'place')
    .flatMap(({ file, source: e }) => [
      { file, id: e.id, field: 'name', text: e.name },
      ...e.aliases.map((a, i) => ({ file, id: e.id, field: `aliases.${i}`, text: aliasText(a) })),
    ]);
}

/**
 * The names the generator made for its places: every alias of a division but its
 * GeoNames name (the source's own, even "Hajjah City District"). A town's aliases
 * are GeoNames's alternate names ("Vatican City State"), so they are not checked.
 */
export function generatedDivisionNames(entities: BuildEntity[]): PlaceName[] {
  return entities
    .filter((b) => b.origin === 'generated:admin1' || b.origin === 'generated:admin2')
    .flatMap((b) =>
      b.aliases
        .filter((a) => a.text !== b.entity.name)
        .map((a) => ({ file: b.origin, id: b.entity.id, field: 'aliases', text: a.text })),
    );
}

/** The aliases the place overrides (dataset/places) add. */
export function overridePlaceNames(
  overrides: { file: string; override: { id: string; aliases?: AliasSource[] | undefined } }[],
): PlaceName[] {
  return overrides.flatMap(({ file, override: o }) =>
    (o.aliases ?? []).map((a, i) => ({ file, id: o.id, field: `aliases.${i}`, text: aliasText(a) })),
  );
}

/**
 * The rule over the rest of the dataset: the place overrides and the names the
 * generator made (run it on the generated places before the overrides are merged
 * in, so that each issue names its file).
 */
export function checkPlaceNames(
  overrides: Parameters<typeof overridePlaceNames>[0],
  places: BuildEntity[],
): Issue[] {
  return checkInventedNames([...overridePlaceNames(overrides), ...generatedDivisionNames(places)]);
}
