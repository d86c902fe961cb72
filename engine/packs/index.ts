/**
 * Class packs: the API the options page, the background and the CLIs call.
 *
 * - `importPack(text, …)` checks a file and previews it; nothing is stored or applied.
 * - `installPack`, `setPackEnabled`, `removePack` return a new list to store (`local:packs`);
 *   a failed import never reaches them, so installed packs stay as they were.
 * - `applyPacks(dataset, enabledPacks(list))` is the dataset the background links with;
 *   `withPackNotes(card, packs)` adds the teachers' notes to a card.
 */
import type { Dataset } from '../data/dataset.ts';
import { checkEntitiesAgainst } from './check.ts';
import { formatPackError, type PackError } from './errors.ts';
import { previewPack, type PackPreview } from './preview.ts';
import { applyPacks } from './apply.ts';
import { readPack, type PackFormat } from './read.ts';
import { packSchema, type Pack } from './schema.ts';

export { applyPacks, PACK_PRIOR } from './apply.ts';
export { withPackNotes, type PackCard, type PackNote } from './card-notes.ts';
export { formatPackError, type PackError };
export { previewPack, type PackConflict, type PackPreview } from './preview.ts';
export { readPack, type PackFormat } from './read.ts';
export {
  PACK_LIMITS,
  PACK_FORMAT_VERSION,
  packSchema,
  isPackEntityId,
  type Pack,
  type PackEntity,
} from './schema.ts';

export { PACKS_STORAGE_KEY } from './storage-key.ts';

export interface InstalledPack {
  pack: Pack;
  enabled: boolean;
  /** ISO time of the (latest) import. */
  installedAt: string;
}

export type ValidateResult =
  { ok: true; pack: Pack; format: PackFormat } | { ok: false; errors: PackError[] };

/** Reads a pack (JSON or CSV) and checks it, shape and against the dataset; every error at once, in file order. */
export function validatePack(
  text: string,
  dataset: Dataset,
  opts: { fileName?: string } = {},
): ValidateResult {
  const read = readPack(text, opts);
  if (read.ok) {
    const errors = checkEntitiesAgainst(read.pack.entities, dataset, read.locate);
    return errors.length ? { ok: false, errors } : { ok: true, pack: read.pack, format: read.format };
  }
  const c = read.checked;
  const errors = c
    ? [...read.errors, ...checkEntitiesAgainst(c.entities, dataset, c.locate, c.index)]
    : read.errors;
  // Stable: the pack's own fields first, then entity by entity.
  return { ok: false, errors: errors.sort((a, b) => (a.entity ?? -1) - (b.entity ?? -1)) };
}

export type ImportResult =
  { ok: true; pack: Pack; preview: PackPreview } | { ok: false; errors: PackError[] };

/** A file's pack checked and previewed against the dataset and the installed packs. Changes nothing. */
export function importPack(
  text: string,
  opts: { fileName?: string; dataset: Dataset; installed?: readonly InstalledPack[] },
): ImportResult {
  const v = validatePack(text, opts.dataset, opts);
  if (!v.ok) return v;
  const installed = (opts.installed ?? []).map((p) => p.pack);
  return { ok: true, pack: v.pack, preview: previewPack(v.pack, v.format, opts.dataset, installed) };
}

/** The list with the pack added, or replacing the installed pack of the same id (which keeps its on/off state). */
export function installPack(list: readonly InstalledPack[], pack: Pack, now = new Date()): InstalledPack[] {
  const old = list.find((p) => p.pack.id === pack.id);
  const entry: InstalledPack = { pack, enabled: old?.enabled ?? true, installedAt: now.toISOString() };
  return old ? list.map((p) => (p === old ? entry : p)) : [...list, entry];
}

export const setPackEnabled = (
  list: readonly InstalledPack[],
  id: string,
  enabled: boolean,
): InstalledPack[] => list.map((p) => (p.pack.id === id ? { ...p, enabled } : p));

export const removePack = (list: readonly InstalledPack[], id: string): InstalledPack[] =>
  list.filter((p) => p.pack.id !== id);

export const enabledPacks = (list: readonly InstalledPack[]): Pack[] =>
  list.filter((p) => p.enabled).map((p) => p.pack);

/**
 * The packs to apply, in order: the administrator's (always on), then the reader's
 * enabled packs whose ids the administrator's do not take.
 */
export function activePacks(list: readonly InstalledPack[], managed: readonly Pack[] = []): Pack[] {
  const taken = new Set(managed.map((p) => p.id));
  return [...managed, ...enabledPacks(list).filter((p) => !taken.has(p.id))];
}

/** A pack as a JSON file that imports again unchanged. */
export const exportPack = (pack: Pack): { fileName: string; text: string } => ({
  fileName: `${pack.id}.pack.json`,
  text: `${JSON.stringify(pack, null, 2)}\n`,
});

/** Installed packs as stored, each checked again; a stored pack that no longer parses is dropped with a warning. */
export function readStoredPacks(value: unknown): InstalledPack[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown): InstalledPack[] => {
    const r = v as Partial<InstalledPack> | null;
    const parsed = packSchema.safeParse(r?.pack);
    if (!parsed.success) {
      console.warn('NewsContext: a stored class pack no longer reads and is ignored', r?.pack);
      return [];
    }
    return [{ pack: parsed.data, enabled: r?.enabled !== false, installedAt: String(r?.installedAt ?? '') }];
  });
}

/** Packs an administrator gives inline (managed storage): each checked; a bad one is skipped with a warning. */
export function managedPacks(texts: readonly string[], dataset: Dataset): Pack[] {
  return texts.flatMap((text, i) => {
    const v = validatePack(text, dataset);
    if (v.ok) return [v.pack];
    console.warn(
      `NewsContext: managed pack ${i + 1} is invalid and ignored:\n${v.errors.map(formatPackError).join('\n')}`,
    );
    return [];
  });
}

/** What decides the applied packs: the stored list (`local:packs`) and the policy's pack texts. */
export interface PackInputs {
  stored: unknown;
  policyPacks: readonly string[];
}

/** The dataset with the active packs applied, and those packs (for the cards' notes). */
export function applyPackInputs(base: Dataset, inputs: PackInputs): { dataset: Dataset; packs: Pack[] } {
  const packs = activePacks(readStoredPacks(inputs.stored), managedPacks(inputs.policyPacks, base));
  return { dataset: packs.length ? applyPacks(base, packs) : base, packs };
}
