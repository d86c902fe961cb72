/**
 * The dataset as the extension's own contexts load it: the data host's worker in Chromium
 * (entrypoints/data-host), the background page in Firefox, and the service worker for
 * the rare request it answers itself (class packs). Whatever holds it can be stopped, so
 * nothing is assumed to survive: the first request after a start loads the compiled files
 * (packaged with the extension, never web-accessible) and every later request shares that
 * one load. No extension API is used, so a worker can run it.
 */
import { binFile } from '../../engine/data/binary.ts';
import { openDatasetParts, type Dataset } from '../../engine/data/dataset.ts';
import { PARTS_INDEX_FILE, type PartsIndex } from '../../engine/data/json-parts.ts';

let loading: Promise<Dataset> | null = null;
/** Set when a full check of the files failed: they are packaged, so they stay damaged. */
let damaged: Error | null = null;
/** After a start's first answers, the blocks no page has read yet are checked too. */
const VERIFY_AFTER_MS = 2000;

async function fetchPackaged(path: string): Promise<Response> {
  // Relative to the extension's origin: the same in a worker, a page and the service worker.
  const response = await fetch(new URL(path, self.location.origin));
  if (!response.ok) throw new Error(`cannot read ${path}: ${response.status}`);
  return response;
}

async function readPackaged<T>(path: string): Promise<T> {
  return (await (await fetchPackaged(path)).json()) as T;
}

/**
 * The binary dataset (engine/data/binary.ts): its part files fetched as bytes, every
 * header and index checked, then used in place, each block checked as it is first read.
 * No parse, no index to build. A little later, once the first pages have their answers,
 * everything else is checked too: a damaged file then fails every request, naming it.
 */
async function load(): Promise<Dataset> {
  const index = await readPackaged<PartsIndex>(`/data/${PARTS_INDEX_FILE}`);
  const n = index.format === 2 ? (index.parts.dataset ?? 0) : 0;
  if (n === 0)
    throw new Error(`the packaged data index (${PARTS_INDEX_FILE}) lists no binary dataset: rebuild it`);
  const parts = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const name = binFile('dataset', i);
      return { name, bytes: await (await fetchPackaged(`/data/${name}`)).arrayBuffer() };
    }),
  );
  const dataset = openDatasetParts(parts);
  setTimeout(() => {
    try {
      dataset.verify?.();
    } catch (err) {
      damaged = err as Error;
      console.error(`NewsContext: the dataset could not be loaded: ${damaged.message}`);
    }
  }, VERIFY_AFTER_MS);
  return dataset;
}

export function getDataset(): Promise<Dataset> {
  if (damaged) return Promise.reject(damaged);
  loading ??= load().catch((err: unknown) => {
    loading = null; // let the next request try again
    // Every request then answers an ErrorResponse with this message (the popup asks `dataset-status`).
    console.error(`NewsContext: the dataset could not be loaded: ${(err as Error).message}`);
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
