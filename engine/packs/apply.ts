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
import { buildAliasIndex } from '../alias-index.ts';
import type { Dataset } from '../dataset.ts';
import { foldKeepCase } from '../fold.ts';
import { ALIAS_CASE, ALIAS_PARTIAL, type CompiledAliases, type CompiledEntity } from '../types.ts';
import { aliasText, packAliasEntries } from './aliases.ts';
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

interface Entry {
  entity: number;
  flags: number;
  caseText?: string;
}

/** The dataset with the packs applied. Packs whose entities' ids are already taken by an earlier pack skip those. */
export function applyPacks(base: Dataset, packs: readonly Pack[]): Dataset {
  if (packs.length === 0) return base;
  const entities = base.entities.slice();
  const byId = new Map(base.byId);
  const added = new Map<string, Entry[]>();
  const touched = new Set<number>();
  const addEntry = (key: string, entry: Entry): void => {
    const list = added.get(key) ?? [];
    if (!list.some((x) => x.entity === entry.entity && x.caseText === entry.caseText)) list.push(entry);
    added.set(key, list);
  };
  const targets: [Pack, PackEntity, number][] = [];
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
      targets.push([pack, e, target]);
    }
  }
  for (const [, e, target] of targets) {
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
    index: buildAliasIndex(mergeAliases(base, added)),
  };
}

/** The base alias table with the packs' entries added; dataset entries under a pack's key become partial. */
function mergeAliases(base: Dataset, added: Map<string, Entry[]>): CompiledAliases {
  const out: CompiledAliases = {
    keys: [],
    counts: [],
    entity: [],
    flags: [],
    caseText: {},
    commonWords: [...base.commonWords],
  };
  const push = (e: Entry): void => {
    if (e.caseText !== undefined) out.caseText[out.entity.length] = e.caseText;
    out.entity.push(e.entity);
    out.flags.push(e.flags);
  };
  const { keys, offsets, entity, flags, caseText } = base.index;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const extra = added.get(key);
    const mine = extra ? new Set(extra.map((x) => x.entity)) : null;
    for (let e = offsets[k]!; e < offsets[k + 1]!; e++) {
      const ent = entity[e]!;
      const text = caseText.get(e);
      push({
        entity: ent,
        flags: mine && !mine.has(ent) ? flags[e]! | ALIAS_PARTIAL : flags[e]!,
        ...(text !== undefined ? { caseText: text } : {}),
      });
    }
    for (const x of extra ?? []) push(x);
    out.keys.push(key);
    out.counts.push(offsets[k + 1]! - offsets[k]! + (extra?.length ?? 0));
    added.delete(key);
  }
  for (const [key, list] of added) {
    out.keys.push(key);
    out.counts.push(list.length);
    for (const x of list) push(x);
  }
  return out;
}
