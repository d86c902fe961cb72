/**
 * Enabled packs applied to the loaded dataset: a new `Dataset` whose entities and
 * alias index include the packs' entities and aliases, so the unchanged matcher and
 * linker find and link them like dataset entities. Pure: the base is not touched,
 * and the background rebuilds from the base whenever the enabled packs change.
 *
 * A pack's own names win on the pages where they appear: pack entities have a high
 * prior, and the dataset entities indexed under a pack's name are marked partial
 * there, so they link by that name only where the page names them in full.
 */
import type { Dataset } from '../data/dataset.ts';
import { foldKeepCase } from '../text/fold.ts';
import { ALIAS_CASE, type CompiledEntity } from '../types.ts';
import { aliasText, packAliasEntries } from './aliases.ts';
import { indexWithPacks, type PackEntry } from './pack-index.ts';
import { isPackEntityId, type Pack, type PackEntity } from './schema.ts';

/** Above nearly every dataset actor: a pack entity named on a page is what the teacher meant. */
export const PACK_PRIOR = 0.9;

const DEFAULT_SUBTYPE: Record<CompiledEntity['type'], string> = {
  person: 'other',
  organization: 'other',
  'armed-group': 'armed-group',
  place: 'facility',
  other: 'other',
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function newEntity(pack: Pack, e: PackEntity): CompiledEntity {
  return {
    id: e.id,
    type: e.type!,
    subtype: e.subtype ?? DEFAULT_SUBTYPE[e.type!],
    name: e.name!,
    prior: PACK_PRIOR,
    // Without a role of its own, the card says where the entity comes from.
    role: e.role ?? pack.title,
    ...(e.description ? { description: e.description } : {}),
    ...(e.aliases?.length ? { aliases: e.aliases.map(aliasText) } : {}),
    ...(e.related?.length ? { related: e.related } : {}),
    ...(e.link ? { sources: [{ title: hostOf(e.link), url: e.link }] } : {}),
    wikipedia: null,
  };
}

/** The dataset with the packs applied. Packs whose entities' ids are already taken by an earlier pack skip those. */
export function applyPacks(base: Dataset, packs: readonly Pack[]): Dataset {
  if (packs.length === 0) return base;
  const entities = base.entities.slice();
  const byId = new Map(base.byId);
  const added = new Map<string, PackEntry[]>();
  const addEntry = (key: string, entry: PackEntry): void => {
    const list = added.get(key) ?? [];
    if (!list.some((x) => x.entity === entry.entity && x.caseText === entry.caseText)) list.push(entry);
    added.set(key, list);
  };
  const targets: [PackEntity, number][] = [];
  for (const pack of packs) {
    for (const e of pack.entities) {
      let target = byId.get(e.id);
      if (isPackEntityId(e.id)) {
        if (target !== undefined) continue; // the same id in another pack: the first one holds
        target = entities.push(newEntity(pack, e)) - 1;
        byId.set(e.id, target);
      } else if (target === undefined) {
        continue; // an id this dataset no longer has
      } else if (e.aliases?.length) {
        const t = entities[target]!;
        entities[target] = { ...t, aliases: [...(t.aliases ?? []), ...e.aliases.map(aliasText)] };
      }
      targets.push([e, target]);
    }
  }
  for (const [e, target] of targets) {
    for (const a of packAliasEntries(e, base.commonWords)) {
      if (a.key.length < 2) continue;
      addEntry(a.key, {
        entity: target,
        flags: a.flags,
        ...(a.flags & ALIAS_CASE ? { caseText: foldKeepCase(a.text) } : {}),
      });
    }
  }
  // Relations go both ways, as loadDataset makes them.
  const related = base.related.slice() as number[][];
  const touched = new Set<number>();
  const relate = (i: number, j: number): void => {
    for (const [a, b] of [
      [i, j],
      [j, i],
    ] as const) {
      if (a < base.entities.length && !touched.has(a)) {
        related[a] = related[a]!.slice();
        touched.add(a);
      }
      related[a] ??= [];
      if (!related[a]!.includes(b)) related[a]!.push(b);
    }
  };
  for (let i = base.entities.length; i < entities.length; i++) {
    related[i] ??= [];
    for (const r of entities[i]!.related ?? []) {
      const j = byId.get(r.id);
      if (j !== undefined && j !== i) relate(i, j);
    }
  }
  const relatedCountries = base.relatedCountries.slice();
  for (let i = base.entities.length; i < entities.length; i++) {
    relatedCountries[i] = [...new Set(related[i]!.flatMap((j) => entities[j]!.geo?.cc ?? []))];
  }
  return {
    ...base,
    entities,
    byId,
    related,
    relatedCountries,
    index: indexWithPacks(base.index, base.commonWords, added),
  };
}
