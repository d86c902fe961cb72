/**
 * The data host (Chromium): an offscreen document whose worker keeps the dataset loaded.
 * Chrome stops an idle service worker after about 30 s, and a stopped worker would have
 * to fetch and check ~15 MB before its first answer; the host is not stopped, so a page
 * opened minutes later is answered at once (issue #14). Pages and the popup ask it over a
 * port (`HOST_PORT`, utils/ask-data.ts); the background forwards requests (`to-host`),
 * opens it and sends it the class packs.
 */
import { browser } from 'wxt/browser';
import {
  hostPacksMessage,
  hostPortRequest,
  hostRequest,
  isOwnRequest,
  type BackgroundRequest,
  type HostPortAnswer,
} from '../../utils/protocol.ts';
import { HOST_PORT } from '../../utils/protocol-constants.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';
import DataWorker from './data-worker.ts?worker';

const worker = new DataWorker();
const waiting = new Map<number, (response: unknown) => void>();
let nextId = 1;

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  waiting.get(event.data.id)?.(event.data.response);
  waiting.delete(event.data.id);
};
const post = (message: ToWorker) => worker.postMessage(message);

/** The schemas refuse pack and settings requests here (the background keeps those); this says so to the types. */
function ask(request: BackgroundRequest): Promise<unknown> {
  if (isOwnRequest(request))
    return Promise.resolve({ ok: false, error: 'Pack and settings requests go to the background.' });
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    post({ id, request });
  });
}

browser.runtime.onMessage.addListener((message: unknown) => {
  const packs = hostPacksMessage.safeParse(message);
  if (packs.success) {
    post({ packs: { stored: packs.data.stored, policyPacks: packs.data.policyPacks } });
    return Promise.resolve({ ok: true });
  }
  const parsed = hostRequest.safeParse(message);
  return parsed.success ? ask(parsed.data.request) : undefined; // not for the host
});

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== HOST_PORT) return;
  port.onMessage.addListener((message: unknown) => {
    const id = (message as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return; // no id to answer to
    const parsed = hostPortRequest.safeParse(message);
    const answer = parsed.success
      ? ask(parsed.data.request)
      : Promise.resolve({ ok: false, error: 'The data host was sent a request it does not know.' });
    void answer.then((response) => {
      try {
        port.postMessage({ id, response } satisfies HostPortAnswer);
      } catch {
        // The page went away (navigated, closed) before the answer.
      }
    });
  });
});
