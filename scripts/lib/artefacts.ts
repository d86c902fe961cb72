/** Where the compiled dataset lives, and loading it in Node (CLI, eval, bench, tests). */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binFile } from '../../engine/data/binary.ts';
import { decodeCompiled, openDataset, type OpenedDataset } from '../../engine/data/compiled.ts';
import { compileBinary, openDatasetParts, type Dataset } from '../../engine/data/dataset.ts';
import { PARTS_INDEX_FILE, type PartsIndex } from '../../engine/data/json-parts.ts';
import type { CompiledAliases, CompiledDataset } from '../../engine/types.ts';
import { compileDataset } from './build-dataset.ts';
import { formatIssue } from './check.ts';
import { buildOutlines } from './outlines.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Inside WXT's public folder, so both browser builds ship it (never web-accessible). */
export const DATA_DIR = join(ROOT, 'public/data');
/** The index of the part files (engine/data/json-parts.ts); the entities and aliases are split across parts. */
export const INDEX_FILE = join(DATA_DIR, PARTS_INDEX_FILE);
export const OUTLINES_FILE = join(DATA_DIR, 'outlines.json');

function readIndex(): PartsIndex {
  return JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as PartsIndex;
}

/** The binary dataset's part files (engine/data/binary.ts), in order. */
export function partPaths(name: 'dataset' = 'dataset'): string[] {
  const n = readIndex().parts[name] ?? 0;
  return Array.from({ length: n }, (_, i) => join(DATA_DIR, binFile(name, i)));
}

/** The part files' bytes, as the background fetches them. */
export function readPartFiles(): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(INDEX_FILE) || readIndex().format !== 2) writeArtefacts();
  return partPaths().map((f) => ({ name: f.slice(DATA_DIR.length + 1), bytes: readFileSync(f) }));
}

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
  // Parts from an earlier, larger build (or the former JSON parts) must not linger in the package.
  for (const f of readdirSync(DATA_DIR)) if (/\.(json|bin)$/.test(f)) rmSync(join(DATA_DIR, f));
  const parts = compileBinary(dataset, aliases);
  // Every block read back against its checksum before anything is written.
  openDataset(parts.map((bytes, i) => ({ name: binFile('dataset', i), bytes }))).verify();
  parts.forEach((bytes, i) => writeFileSync(join(DATA_DIR, binFile('dataset', i)), bytes));
  const index: PartsIndex = { format: 2, parts: { dataset: parts.length } };
  writeFileSync(INDEX_FILE, JSON.stringify(index));
  writeFileSync(OUTLINES_FILE, JSON.stringify(buildOutlines()));
  // The data licences travel with the data, in both browser packages.
  copyFileSync(join(ROOT, 'NOTICE'), join(DATA_DIR, 'NOTICE.txt'));
  return { dataset, aliases, curatedCount: built.curatedCount };
}

/** The dataset opened from the binary part files (every consumer reads these through the same code). */
export function openCompiled(): OpenedDataset {
  return openDataset(readPartFiles());
}

/** The compiled records and aliases as JSON objects, decoded from the binary files. */
export function loadCompiled(): { dataset: CompiledDataset; aliases: CompiledAliases } {
  return decodeCompiled(openCompiled());
}

/** Load the compiled dataset, building it first when missing. */
export function loadNodeDataset(): Dataset {
  return openDatasetParts(readPartFiles());
}

export const compiledSize = (): number =>
  [...partPaths(), OUTLINES_FILE].reduce((n, f) => n + statSync(f).size, 0);
