/** Where the compiled dataset lives, and loading it in Node (CLI, eval, bench, tests). */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type Dataset } from '../../engine/dataset.ts';
import type { CompiledAliases, CompiledDataset } from '../../engine/types.ts';
import { compileDataset } from './build-dataset.ts';
import { formatIssue } from './check.ts';
import { buildOutlines } from './outlines.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Inside WXT's public folder, so both browser builds ship it (never web-accessible). */
export const DATA_DIR = join(ROOT, 'public/data');
export const ENTITIES_FILE = join(DATA_DIR, 'entities.json');
export const ALIASES_FILE = join(DATA_DIR, 'aliases.json');
export const OUTLINES_FILE = join(DATA_DIR, 'outlines.json');

/** Compile and write the artefacts; throws with every problem listed when the sources have issues. */
export function writeArtefacts(): {
  dataset: CompiledDataset;
  aliases: CompiledAliases;
  curatedCount: number;
} {
  const { built, dataset, aliases } = compileDataset(ROOT);
  if (built.issues.length) {
    throw new Error(
      `dataset has ${built.issues.length} problem(s):\n${built.issues.map(formatIssue).join('\n')}`,
    );
  }
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(ENTITIES_FILE, JSON.stringify(dataset));
  writeFileSync(ALIASES_FILE, JSON.stringify(aliases));
  writeFileSync(OUTLINES_FILE, JSON.stringify(buildOutlines()));
  // The data licences travel with the data, in both browser packages.
  copyFileSync(join(ROOT, 'NOTICE'), join(DATA_DIR, 'NOTICE.txt'));
  return { dataset, aliases, curatedCount: built.curatedCount };
}

/** Load the compiled dataset, building it first when missing or older than its sources. */
export function loadCompiled(): { dataset: CompiledDataset; aliases: CompiledAliases } {
  if (!existsSync(ENTITIES_FILE) || !existsSync(ALIASES_FILE)) writeArtefacts();
  return {
    dataset: JSON.parse(readFileSync(ENTITIES_FILE, 'utf8')) as CompiledDataset,
    aliases: JSON.parse(readFileSync(ALIASES_FILE, 'utf8')) as CompiledAliases,
  };
}

export function loadNodeDataset(): Dataset {
  const { dataset, aliases } = loadCompiled();
  return loadDataset(dataset, aliases);
}

export const compiledSize = (): number =>
  statSync(ENTITIES_FILE).size + statSync(ALIASES_FILE).size + statSync(OUTLINES_FILE).size;
