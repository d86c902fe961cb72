/**
 * Opening the data host (entrypoints/data-host) and keeping it supplied, from the service
 * worker. Chromium only: `chrome.offscreen` is what lets a document, and the worker it
 * starts, outlive the service worker. Elsewhere (Firefox's background page stays loaded)
 * the background answers dataset requests itself.
 */
import { browser } from 'wxt/browser';
import type { PackInputs } from '../../engine/packs/index.ts';
import type { DatasetRequest, HostPacksMessage, HostRequest } from '../protocol.ts';

const HOST_PATH = 'data-host.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
const offscreen = (): OffscreenApi | undefined =>
  (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

export const hostSupported = (): boolean => offscreen() !== undefined;

let opening: Promise<void> | null = null;

/**
 * Make sure the host is open; when it was just opened, send it the packs (`currentPacks`
 * reads them from storage and the policy). Chrome keeps one offscreen document per
 * extension and refuses a second: that refusal means it is open.
 */
export function ensureHost(currentPacks: () => Promise<PackInputs>): Promise<void> {
  const api = offscreen();
  if (!api) return Promise.resolve();
  opening ??= api
    .createDocument({
      url: HOST_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the offline name matcher in a worker that keeps its dataset loaded.',
    })
    .then(
      async () => sendPacks(await currentPacks()),
      (err: unknown) => {
        if (!/single offscreen|already/i.test((err as Error).message)) throw err;
      },
    )
    .finally(() => (opening = null));
  return opening;
}

/**
 * The host applies class packs itself. The background sends them before it stores a
 * change, so a page that re-reads on seeing the change never gets the old packs.
 */
export async function sendPacks(inputs: PackInputs): Promise<void> {
  if (!hostSupported()) return;
  const message: HostPacksMessage = {
    type: 'host-packs',
    stored: inputs.stored,
    policyPacks: [...inputs.policyPacks],
  };
  await browser.runtime.sendMessage(message).catch(() => undefined); // no host open: it gets them when opened
}

/** A dataset request answered by the host, opened first if need be. */
export async function askHost(
  request: DatasetRequest,
  currentPacks: () => Promise<PackInputs>,
): Promise<unknown> {
  await ensureHost(currentPacks);
  const message: HostRequest = { type: 'to-host', request };
  const response = (await browser.runtime.sendMessage(message)) as
    { ok?: boolean; error?: string } | undefined;
  if (!response) return { ok: false, error: 'The data host did not answer.' };
  // The host's console is out of sight; its failures (a damaged data file) are reported here too.
  if (response.ok === false) console.error(`NewsContext: ${response.error ?? 'the data host failed'}`);
  return response;
}
