/**
 * Checks of a pack against the dataset: existing ids must exist, related ids too,
 * and no name or alias may shadow a country (equal, once folded as the matcher
 * folds text, to a country's name or alias).
 */
import type { Dataset } from '../data/dataset.ts';
import { entitiesUnder, packAliasEntries } from './aliases.ts';
import { quote, type Locate, type PackError } from './errors.ts';
import { isPackEntityId, type PackEntity } from './schema.ts';

const FIND_IDS =
  'an id in the dataset (find places with `npx tsx scripts/find-place.ts NAME`, others in dataset/actors)';

export function checkEntitiesAgainst(
  entities: readonly PackEntity[],
  dataset: Dataset,
  locate: Locate,
  index: (k: number) => number = (k) => k,
): PackError[] {
  const errors: PackError[] = [];
  entities.forEach((e, i) => {
    const at = locate(i);
    const entity = index(i);
    const target = isPackEntityId(e.id) ? -1 : (dataset.byId.get(e.id) ?? -2);
    if (target === -2) errors.push({ at, field: 'id', expected: FIND_IDS, got: quote(e.id)!, entity });
    (e.related ?? []).forEach((r, j) => {
      if (!isPackEntityId(r.id) && !dataset.byId.has(r.id)) {
        errors.push({ at, field: `related[${j}].id`, expected: FIND_IDS, got: quote(r.id)!, entity });
      }
    });
    for (const a of packAliasEntries(e, dataset.commonWords)) {
      if (a.key.length < 2) {
        errors.push({
          at,
          field: a.field,
          expected: 'a name of at least two letters or digits',
          got: quote(a.text)!,
          entity,
        });
        continue;
      }
      const j = entitiesUnder(dataset, a.key).find(
        (x) => x !== target && dataset.entities[x]!.subtype === 'country',
      );
      const country = j === undefined ? undefined : dataset.entities[j]!;
      if (country) {
        errors.push({
          at,
          field: a.field,
          expected: `a name that does not shadow a country ("${a.text}" names ${country.name}, ${country.id})`,
          got: quote(a.text)!,
          entity,
        });
      }
    }
  });
  return errors;
}
