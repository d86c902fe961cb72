/**
 * What importing a pack would do, shown before anything is applied: how many
 * entities are new, how many are notes on existing ones, and the names it shares
 * with the dataset or with installed packs (the pack's reading wins there).
 */
import type { Dataset } from '../data/dataset.ts';
import { entitiesUnder, packAliasEntries } from './aliases.ts';
import type { PackFormat } from './read.ts';
import { isPackEntityId, type Pack, type PackEntity } from './schema.ts';

export interface PackConflict {
  /** The name or alias as the pack writes it. */
  alias: string;
  /** The pack entity (or the existing entity it annotates) that takes the name. */
  entity: string;
  /** Who else has the name: a dataset entity, or an entity of an installed pack or of this one. */
  with: { id: string; name: string; pack?: string };
}

export interface PackPreview {
  id: string;
  title: string;
  author: string;
  description: string;
  language?: string;
  format: PackFormat;
  /** New entities. */
  newEntities: number;
  /** Entries for existing dataset entities (notes, aliases, links). */
  onExisting: number;
  /** Aliases added to existing dataset entities. */
  aliasesOnExisting: number;
  conflicts: PackConflict[];
  /** The installed pack with the same id, which the import replaces. */
  replaces: { title: string; author: string } | null;
  /** Every entry, in file order: new entities by their name, existing ones by the dataset's name. */
  entities: { id: string; name: string; isNew: boolean }[];
}

/** A pack entity's name, or for an existing one the dataset's. */
const nameOf = (e: PackEntity, dataset: Dataset): string =>
  (isPackEntityId(e.id) ? e.name : dataset.entities[dataset.byId.get(e.id) ?? -1]?.name) ?? e.name ?? e.id;

/** Owners of each folded name among packs: entity id and name. */
function packNames(
  packs: readonly Pack[],
  dataset: Dataset,
): Map<string, { id: string; name: string; pack: string }[]> {
  const out = new Map<string, { id: string; name: string; pack: string }[]>();
  for (const p of packs) {
    for (const e of p.entities) {
      const name = nameOf(e, dataset);
      for (const a of packAliasEntries(e, dataset.commonWords)) {
        const list = out.get(a.key) ?? [];
        if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, name, pack: p.title });
        out.set(a.key, list);
      }
    }
  }
  return out;
}

export function previewPack(
  pack: Pack,
  format: PackFormat,
  dataset: Dataset,
  installed: readonly Pack[] = [],
): PackPreview {
  const others = installed.filter((p) => p.id !== pack.id);
  const fromPacks = packNames([...others, pack], dataset);
  const conflicts: PackConflict[] = [];
  const seen = new Set<string>();
  for (const e of pack.entities) {
    const target = isPackEntityId(e.id) ? undefined : dataset.byId.get(e.id);
    for (const a of packAliasEntries(e, dataset.commonWords)) {
      const withDataset = entitiesUnder(dataset, a.key)
        .filter((j) => j !== target)
        .map((j) => ({ id: dataset.entities[j]!.id, name: dataset.entities[j]!.name }));
      const withPacks = (fromPacks.get(a.key) ?? []).filter((x) => x.id !== e.id);
      for (const w of [...withDataset, ...withPacks]) {
        const k = `${e.id}|${w.id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        conflicts.push({ alias: a.text, entity: e.id, with: w });
      }
    }
  }
  const existing = pack.entities.filter((e) => !isPackEntityId(e.id));
  const replaced = installed.find((p) => p.id === pack.id);
  return {
    id: pack.id,
    title: pack.title,
    author: pack.author,
    description: pack.description,
    ...(pack.language ? { language: pack.language } : {}),
    format,
    newEntities: pack.entities.length - existing.length,
    onExisting: existing.length,
    aliasesOnExisting: existing.reduce((n, e) => n + (e.aliases?.length ?? 0), 0),
    conflicts,
    replaces: replaced ? { title: replaced.title, author: replaced.author } : null,
    entities: pack.entities.map((e) => ({ id: e.id, name: nameOf(e, dataset), isNew: isPackEntityId(e.id) })),
  };
}
