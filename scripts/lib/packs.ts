/**
 * Class packs from files, for the CLIs (`scan --pack`, `notes --pack`, `pack:check`):
 * the same checks and the same application as the extension.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../engine/data/dataset.ts';
import {
  applyPacks,
  formatPackError,
  validatePack,
  type Pack,
  type ValidateResult,
} from '../../engine/packs/index.ts';

/** A pack file checked against the dataset. */
export function checkPackFile(path: string, dataset: Dataset): ValidateResult {
  return validatePack(readFileSync(path, 'utf8'), dataset, { fileName: path });
}

export class PackLoadError extends Error {}

/**
 * Reads and checks the packs, and applies them to the dataset. Throws a
 * `PackLoadError` listing every error (one per line, prefixed with the file) when
 * any pack is invalid, so no CLI runs with half its packs.
 */
export function loadPacks(paths: readonly string[], dataset: Dataset): { dataset: Dataset; packs: Pack[] } {
  const packs: Pack[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    const r = checkPackFile(path, dataset);
    if (r.ok) packs.push(r.pack);
    else errors.push(...r.errors.map((e) => `${path}: ${formatPackError(e)}`));
  }
  if (errors.length) throw new PackLoadError(`invalid pack(s):\n${errors.join('\n')}`);
  return { dataset: applyPacks(dataset, packs), packs };
}
