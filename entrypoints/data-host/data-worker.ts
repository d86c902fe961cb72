/**
 * The data host's worker: it loads the dataset once and answers every dataset request
 * with the same handlers the background uses, so the answers cannot differ. It lives as
 * long as the host page, which outlives the service worker (issue #14).
 */
import { applyPackInputs, type PackInputs, type Pack } from '../../engine/packs/index.ts';
import type { Dataset } from '../../engine/data/dataset.ts';
import { getDataset } from '../../utils/background/dataset-loader.ts';
import { handle } from '../../utils/background/handlers.ts';
import type { ErrorResponse } from '../../utils/protocol.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

/** How long a request waits for the background to send the packs before answering without them. */
const PACKS_WAIT_MS = 1500;

let inputs: PackInputs | null = null;
let inputsArrived: () => void = () => undefined;
const firstInputs = new Promise<void>((resolve) => (inputsArrived = resolve));
let applied: { base: Dataset; key: PackInputs; result: { dataset: Dataset; packs: Pack[] } } | null = null;

async function withPacks(base: Dataset): Promise<{ dataset: Dataset; packs: Pack[] }> {
  // The background sends the packs as it opens the host; a page's first request can come sooner.
  await Promise.race([firstInputs, new Promise((r) => setTimeout(r, PACKS_WAIT_MS))]);
  const key = inputs ?? { stored: [], policyPacks: [] };
  if (applied?.base !== base || applied.key !== key)
    applied = { base, key, result: applyPackInputs(base, key) };
  return applied.result;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const data = event.data;
  if ('packs' in data) {
    inputs = data.packs;
    inputsArrived();
    return;
  }
  void getDataset()
    .then(async (base) => {
      const { dataset, packs } = await withPacks(base);
      return handle(dataset, data.request, packs);
    })
    .catch((err: unknown): ErrorResponse => ({ ok: false, error: (err as Error).message }))
    .then((response) => self.postMessage({ id: data.id, response } satisfies FromWorker));
};
