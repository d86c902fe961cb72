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
import { loadDataset, type Dataset } from '../../engine/data/dataset.ts';
import { joinJson, partFile, PARTS_INDEX_FILE, splitJson, type PartsIndex } from '../../engine/data/json-parts.ts';
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

/** The paths of one artefact's part files, in order. */
export function partPaths(name: 'entities' | 'aliases'): string[] {
  const n = readIndex().parts[name] ?? 0;
  return Array.from({ length: n }, (_, i) => join(DATA_DIR, partFile(name, i)));
}

function readParts<T>(name: 'entities' | 'aliases'): T {
  return joinJson<T>(
    partPaths(name).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>),
  );
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
  // Parts from an earlier, larger build must not linger in the package.
  for (const f of readdirSync(DATA_DIR)) if (f.endsWith('.json')) rmSync(join(DATA_DIR, f));
  const index: PartsIndex = { format: 1, parts: {} };
  for (const [name, value] of [
    ['entities', dataset],
    ['aliases', aliases],
  ] as const) {
    const parts = splitJson(value);
    parts.forEach((text, i) => writeFileSync(join(DATA_DIR, partFile(name, i)), text));
    index.parts[name] = parts.length;
  }
  writeFileSync(INDEX_FILE, JSON.stringify(index));
  writeFileSync(OUTLINES_FILE, JSON.stringify(buildOutlines()));
  // The data licences travel with the data, in both browser packages.
  copyFileSync(join(ROOT, 'NOTICE'), join(DATA_DIR, 'NOTICE.txt'));
  return { dataset, aliases, curatedCount: built.curatedCount };
}

/** Load the compiled dataset, building it first when missing or older than its sources. */
export function loadCompiled(): { dataset: CompiledDataset; aliases: CompiledAliases } {
  if (!existsSync(INDEX_FILE)) writeArtefacts();
  return { dataset: readParts<CompiledDataset>('entities'), aliases: readParts<CompiledAliases>('aliases') };
}

export function loadNodeDataset(): Dataset {
  const { dataset, aliases } = loadCompiled();
  return loadDataset(dataset, aliases);
}

export const compiledSize = (): number =>
  [...partPaths('entities'), ...partPaths('aliases'), OUTLINES_FILE].reduce(
    (n, f) => n + statSync(f).size,
    0,
  );
