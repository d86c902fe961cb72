/**
 * Class packs in the background: the reader's installed packs (`local:packs`) and the
 * administrator's (the managed policy) applied to the packaged dataset. The applied
 * dataset is computed once and kept until the packs or the policy change; a service
 * worker restart computes it again on the first request.
 */
import { storage } from 'wxt/utils/storage';
import type { Dataset } from '../../engine/data/dataset.ts';
import {
  applyPackInputs,
  exportPack,
  formatPackError,
  importPack,
  installPack,
  managedPacks,
  PACKS_STORAGE_KEY,
  readStoredPacks,
  removePack,
  setPackEnabled,
  type InstalledPack,
  type Pack,
  type PackInputs,
} from '../../engine/packs/index.ts';
import { getPolicy, policyNow, rememberPolicy } from '../policy.ts';
import { sendPacks } from './data-host.ts';
import type {
  ErrorResponse,
  PackErrorsResponse,
  PackExportResponse,
  PackPreviewResponse,
  PackRequest,
  PacksListResponse,
} from '../protocol.ts';

/** Room the packs may take in `storage.local` (10 MB in Chromium without `unlimitedStorage`). */
export const MAX_PACKS_BYTES = 5_000_000;

export const packsItem = storage.defineItem<unknown>(PACKS_STORAGE_KEY, { fallback: [], version: 1 });

export interface Applied {
  dataset: Dataset;
  packs: Pack[];
}

let applied: { base: Dataset; result: Promise<Applied> } | null = null;
packsItem.watch(() => (applied = null));

/**
 * The stored packs and the policy's, as the data host needs them to apply the packs itself.
 * The policy's kept copy stands in while the browser is slow to give it (`policyNow`); the
 * background sends the packs again if the policy, once read, differs (`refreshPolicy`).
 */
export async function packInputs(policyRead = policyNow().first): Promise<PackInputs> {
  const [stored, policy] = await Promise.all([packsItem.getValue(), policyRead]);
  return { stored, policyPacks: policy.packs };
}

/**
 * Keep the policy (`fresh`: a read already under way, else a new one) as the copy, and
 * send the host the packs again if it changed.
 */
export async function refreshPolicy(fresh = getPolicy()): Promise<void> {
  const policy = await fresh;
  if (await rememberPolicy(policy)) {
    applied = null;
    await sendPacks({ stored: await packsItem.getValue(), policyPacks: policy.packs });
  }
}

async function compute(base: Dataset): Promise<Applied> {
  return applyPackInputs(base, await packInputs());
}

/** The dataset with the active packs applied, and those packs (for the cards' notes). */
export function withPacks(base: Dataset): Promise<Applied> {
  if (applied?.base !== base) applied = { base, result: compute(base) };
  return applied.result;
}

async function installed(): Promise<InstalledPack[]> {
  return readStoredPacks(await packsItem.getValue());
}

/** Save the list, or say why it cannot be saved; what was installed before stays as it was. */
async function save(list: InstalledPack[]): Promise<ErrorResponse | null> {
  const bytes = new TextEncoder().encode(JSON.stringify(list)).length;
  if (bytes > MAX_PACKS_BYTES) {
    return {
      ok: false,
      error: `The packs would take ${(bytes / 1e6).toFixed(1)} MB; the limit is ${MAX_PACKS_BYTES / 1e6} MB. Remove a pack first.`,
    };
  }
  try {
    // Dropped before and after the write: pages re-read as soon as they see the change,
    // and must never get the old packs' dataset from this cache.
    applied = null;
    await sendPacks({ stored: list, policyPacks: (await getPolicy()).packs });
    await packsItem.setValue(list);
    applied = null;
    return null;
  } catch (err) {
    await sendPacks(await packInputs()); // the host goes back to what is stored
    return { ok: false, error: `The pack could not be saved: ${(err as Error).message}` };
  }
}

async function list(base: Dataset): Promise<PacksListResponse> {
  const policy = await getPolicy();
  const managed = managedPacks(policy.packs, base);
  const summary = (pack: Pack, enabled: boolean, isManaged: boolean) => ({
    id: pack.id,
    title: pack.title,
    author: pack.author,
    description: pack.description,
    entities: pack.entities.length,
    enabled,
    managed: isManaged,
  });
  return {
    ok: true,
    packs: [
      ...managed.map((p) => summary(p, true, true)),
      ...(await installed()).map((p) => summary(p.pack, p.enabled, false)),
    ],
  };
}

export async function handlePacks(
  base: Dataset,
  req: PackRequest,
): Promise<
  PacksListResponse | PackPreviewResponse | PackErrorsResponse | PackExportResponse | ErrorResponse
> {
  switch (req.type) {
    case 'packs-list':
      return list(base);
    case 'pack-preview':
    case 'pack-install': {
      const current = await installed();
      const r = importPack(req.text, { fileName: req.fileName, dataset: base, installed: current });
      if (!r.ok) return { ok: false, errors: r.errors.map(formatPackError) };
      if (req.type === 'pack-preview') return { ok: true, preview: r.preview };
      return (await save(installPack(current, r.pack))) ?? list(base);
    }
    case 'pack-set-enabled':
      return (await save(setPackEnabled(await installed(), req.id, req.enabled))) ?? list(base);
    case 'pack-remove':
      return (await save(removePack(await installed(), req.id))) ?? list(base);
    case 'pack-export': {
      const pack = (await installed()).find((p) => p.pack.id === req.id)?.pack;
      return pack
        ? { ok: true, ...exportPack(pack) }
        : { ok: false, error: `No installed pack "${req.id}".` };
    }
  }
}
