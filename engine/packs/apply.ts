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
import { lazyArray } from '../data/lazy-array.ts';
import { MapView } from '../data/map-view.ts';
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

/** Ids of the packs' new entities over the dataset's own, without copying the dataset's table. */
class OverlayIds extends MapView<string, number> {
  constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly added: ReadonlyMap<string, number>,
  ) {
    super();
  }
  get(id: string): number | undefined {
    return this.added.get(id) ?? this.base.get(id);
  }
  get size(): number {
    return this.base.size + this.added.size;
  }
  *entries(): MapIterator<[string, number]> {
    yield* this.base.entries();
    yield* this.added.entries();
  }
}

/**
 * The dataset with the packs applied. Packs whose entities' ids are already taken by an
 * earlier pack skip those. The dataset's records, relations and index stay where they
 * are (the compiled buffers); the packs' few entities, changed records and relations,
 * and their keys (engine/packs/pack-index.ts) are laid over them.
 */
export function applyPacks(base: Dataset, packs: readonly Pack[]): Dataset {
  if (packs.length === 0) return base;
  const n = base.entities.length;
  const addedEntities: CompiledEntity[] = [];
  const changed = new Map<number, CompiledEntity>();
  const newIds = new Map<string, number>();
  const byId = new OverlayIds(base.byId, newIds);
  const entityAt = (i: number): CompiledEntity =>
    i < n ? (changed.get(i) ?? base.entities[i]!) : addedEntities[i - n]!;
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
        target = n + addedEntities.push(newEntity(pack, e)) - 1;
        newIds.set(e.id, target);
      } else if (target === undefined) {
        continue; // an id this dataset no longer has
      } else if (e.aliases?.length) {
        const t = entityAt(target);
        changed.set(target, { ...t, aliases: [...(t.aliases ?? []), ...e.aliases.map(aliasText)] });
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
  // Relations go both ways, as the dataset's are built.
  const relatedOf = new Map<number, number[]>();
  const listOf = (a: number): number[] => {
    let list = relatedOf.get(a);
    if (!list) relatedOf.set(a, (list = a < n ? base.related[a]!.slice() : []));
    return list;
  };
  const relate = (i: number, j: number): void => {
    for (const [a, b] of [
      [i, j],
      [j, i],
    ] as const) {
      const list = listOf(a);
      if (!list.includes(b)) list.push(b);
    }
  };
  const total = n + addedEntities.length;
  for (let i = n; i < total; i++) {
    listOf(i);
    for (const r of entityAt(i).related ?? []) {
      const j = byId.get(r.id);
      if (j !== undefined && j !== i) relate(i, j);
    }
  }
  const countriesOf = new Map<number, string[]>();
  for (let i = n; i < total; i++) {
    countriesOf.set(i, [...new Set(listOf(i).flatMap((j) => entityAt(j).geo?.cc ?? []))]);
  }
  return {
    ...base,
    entities: lazyArray(total, entityAt),
    byId,
    related: lazyArray(total, (i) => relatedOf.get(i) ?? base.related[i]!),
    relatedCountries: lazyArray(total, (i) => countriesOf.get(i) ?? base.relatedCountries[i]!),
    index: indexWithPacks(base.index, base.commonWords, added),
  };
}
