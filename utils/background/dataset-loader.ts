/**
 * The background's copy of the dataset. The service worker can be stopped at any
 * moment, so nothing is assumed to survive: the first request after a start
 * loads the compiled files (packaged with the extension, never web-accessible)
 * and every later request shares that one load.
 */
import { browser } from 'wxt/browser';
import { loadDataset, type Dataset } from '../../engine/data/dataset.ts';
import { joinJson, partFile, PARTS_INDEX_FILE, type PartsIndex } from '../../engine/data/json-parts.ts';
import type { CompiledAliases, CompiledDataset } from '../../engine/types.ts';

let loading: Promise<Dataset> | null = null;

async function readPackaged<T>(path: string): Promise<T> {
  // The data files are written by `npm run data:build`, so WXT's typed public paths may not list them yet.
  const url = browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot read ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** One artefact, read from its part files (engine/data/json-parts.ts) and joined. */
async function readParts<T>(index: PartsIndex, name: 'entities' | 'aliases'): Promise<T> {
  const n = index.parts[name] ?? 0;
  if (n === 0) throw new Error(`the packaged data has no ${name}`);
  const parts = await Promise.all(
    Array.from({ length: n }, (_, i) => readPackaged<Record<string, unknown>>(`/data/${partFile(name, i)}`)),
  );
  return joinJson<T>(parts);
}

export function getDataset(): Promise<Dataset> {
  loading ??= readPackaged<PartsIndex>(`/data/${PARTS_INDEX_FILE}`)
    .then((index) =>
      Promise.all([
        readParts<CompiledDataset>(index, 'entities'),
        readParts<CompiledAliases>(index, 'aliases'),
      ]),
    )
    .then(([data, aliases]) => loadDataset(data, aliases))
    .catch((err: unknown) => {
      loading = null; // let the next request try again
      throw err;
    });
  return loading;
}

let outlines: Promise<Record<string, number[][][]>> | null = null;

/** Country outlines for locator maps, loaded on the first place card. */
export function getOutlines(): Promise<Record<string, number[][][]>> {
  outlines ??= readPackaged<Record<string, number[][][]>>('/data/outlines.json').catch((err: unknown) => {
    outlines = null;
    throw err;
  });
  return outlines;
}
